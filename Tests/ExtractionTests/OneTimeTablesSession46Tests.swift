import Foundation
import Testing
import TestSupport
@testable import ArabicText
@testable import Extraction

/// Session 46's one-time tables: word sets read from their text's bytes are the sets of its words, and the built-in
/// lexicon read from `BuiltInLexiconData` is the one its texts build.
@Suite struct OneTimeTablesSession46Tests {
    /// A set read on the bytes (`WordSet(wordsOf:)`) holds exactly the words of `WordSet(Lexicon.words(text))`, the
    /// former way, on random texts of repeated words, spaces and line feeds.
    @Test func wordSetsReadOnBytesAreTheSetsOfTheWords() {
        var random = SeededRandom(seed: 46)
        let pieces = ["كان", "ال", "ب", "ه", "ي", "a", "中", "𠀋", " ", " ", "\n", "  ", "مدينه", "x"]
        for _ in 0..<400 {
            let text = random.text(of: pieces, maxPieces: 40)
            Self.expectSame(text)
        }
        for text in ["", " ", "\n\n", "a", " a ", "a a a", "كان\nكان يكون", "x\ny z\n"] { Self.expectSame(text) }
        for text in [DictionaryWords.words, DictionaryWords.firstNames, DictionaryWords.inflected] { Self.expectSame(text) }
    }

    static func expectSame(_ text: String) {
        let words = Lexicon.words(text)
        let old = WordSet(words), new = WordSet(wordsOf: text)
        #expect(new.count == old.count, "\(text)")
        #expect(Set(new.keys) == Set(old.keys), "\(text)")
        #expect(new.isEmpty == old.isEmpty)
        for w in words + ["", "y", "كا", "كانx", "ا"] {
            #expect(new.contains(w) == old.contains(w), "\(w)")
            #expect(new.contains(w, droppingScalars: 1) == old.contains(w, droppingScalars: 1), "\(w)")
        }
    }

    /// The table read on bytes finds each of its keys at its own index, and its keys are the text's words in the order
    /// they first occur.
    @Test func aByteTableOfWordsKeepsTheFirstOrder() {
        let table = ByteTable(wordsOf: "ب ا ب\nج ا د")
        #expect(table.keys.map(\.string) == ["ب", "ا", "ج", "د"])
        for (k, key) in table.keys.enumerated() { #expect(table.index(of: key.string) == k) }
        #expect(table.index(of: "") == nil && table.index(of: "ه") == nil)
    }

    /// The built-in lexicon read from the data is, array by array and value by value, the one its texts build; the
    /// data is the one `encode` writes now. (With SITEGEN_WRITE_LEXICON_DATA=1, the data file is written anew instead:
    /// `scripts/lexicon/make-builtin-lexicon-data`.)
    @Test func builtInLexiconDataIsTheBuiltLexicon() throws {
        let built = Lexicon.buildBuiltIn()
        let encoded = try #require(BuiltInLexiconCoding.encode(built))
        if ProcessInfo.processInfo.environment["SITEGEN_WRITE_LEXICON_DATA"] == "1" {
            try Self.writeData(encoded, digest: BuiltInLexiconCoding.sourceDigest())
            return
        }
        #expect(BuiltInLexiconData.sourceDigest == BuiltInLexiconCoding.sourceDigest(),
                "the lexicon texts changed: run scripts/lexicon/make-builtin-lexicon-data")
        #expect(BuiltInLexiconData.trie == encoded.trie && BuiltInLexiconData.values == encoded.values,
                "the lexicon's code changed: run scripts/lexicon/make-builtin-lexicon-data")
        let read = try #require(Lexicon.readBuiltIn())
        Self.expectSame(read, built)
        Self.expectSame(Lexicon.builtIn, built)
    }

    /// Random gazetteers of lexicon entries go through `encode` and `decode` unchanged; damaged data reads as nil.
    @Test func lexiconCodingRoundTrips() throws {
        var random = SeededRandom(seed: 4646)
        let pieces = ["ال", "ب", "ت", "ث", "ج", "ح", "و", "ل", "ي", "ه", " ", "a", "中", "1"]
        for round in 0..<60 {
            var g = Gazetteer<LexEntry>()
            for _ in 0..<random.below(300) {
                let name = random.text(of: pieces, maxPieces: 12)
                let canonical: String? = random.below(2) == 0 ? nil : random.text(of: pieces, maxPieces: 6)
                g.insert(name, value: LexEntry(flags: LexFlags(rawValue: UInt32(random.below(1 << 14))), canonical: canonical),
                         combine: LexEntry.merge)
            }
            let encoded = try #require(BuiltInLexiconCoding.encode(g))
            let read = try #require(BuiltInLexiconCoding.decode(trie: encoded.trie, values: encoded.values), "round \(round)")
            Self.expectSame(read, g)
        }
        let encoded = try #require(BuiltInLexiconCoding.encode(Lexicon.buildBuiltIn()))
        #expect(BuiltInLexiconCoding.decode(trie: String(encoded.trie.dropLast(40)), values: encoded.values) == nil)
        #expect(BuiltInLexiconCoding.decode(trie: encoded.trie + "AAAA", values: encoded.values) == nil)
        #expect(BuiltInLexiconCoding.decode(trie: "*" + encoded.trie, values: encoded.values) == nil)
        #expect(BuiltInLexiconCoding.decode(trie: encoded.trie, values: "x") == nil)
        #expect(BuiltInLexiconCoding.decode(trie: "", values: "") == nil)
    }

    /// The same trie arrays, values and matches.
    static func expectSame(_ a: Gazetteer<LexEntry>, _ b: Gazetteer<LexEntry>) {
        #expect(a.storage == b.storage)
        #expect(a.values.count == b.values.count)
        for (x, y) in zip(a.values, b.values) {
            #expect(x.flags == y.flags && x.canonical == y.canonical && x.knownType == y.knownType)
        }
        let text = "قال الرئيس التونسي في تونس وبالعراق للعراق إن وزارة الخارجية الفرنسية ومنظمة الأمم المتحدة عبد الله"
        let tokens = Tokenizer.tokenize(text)
        let ma = a.matches(in: tokens), mb = b.matches(in: tokens)
        #expect(ma.map(\.tokens) == mb.map(\.tokens) && ma.map(\.prefixLength) == mb.map(\.prefixLength))
    }

    /// `Sources/Extraction/Lexicons/BuiltInLexiconData.swift` written anew.
    static func writeData(_ encoded: (trie: String, values: String), digest: UInt64) throws {
        #expect(!encoded.values.contains("\\") && !encoded.values.contains("\""))
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Extraction/Lexicons/BuiltInLexiconData.swift")
        let text = """
        // Generated by scripts/lexicon/make-builtin-lexicon-data: do not edit; run the script again.
        // The built-in lexicon's trie and values as `BuiltInLexiconCoding` writes them, made from the lexicon texts whose
        // digest is `sourceDigest` (`Lexicon.builtInSources`).

        enum BuiltInLexiconData {
            static let sourceDigest: UInt64 = 0x\(String(digest, radix: 16, uppercase: true))
            static let trie = \"\"\"
        \(encoded.trie)
        \"\"\"
            static let values = \"\"\"
        \(encoded.values)
        \"\"\"
        }

        """
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}
