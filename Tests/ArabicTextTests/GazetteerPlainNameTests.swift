import Testing
import TestSupport
@testable import ArabicText

/// A plain name is inserted from its UTF-8 bytes (`GazetteerTrie.insertPlain`) instead of its tokens (`keyParts`): its
/// words and key scalars are the tokens' keys', and a gazetteer built by `insert` is, array by array, the one built by
/// `insertTokenized` (the former `insert`, kept) of the same names.
@Suite struct GazetteerPlainNameTests {
    /// The words and key scalars the plain path reads, or nil when it leaves the name to the tokenizer.
    static func plainParts(_ name: String) -> (words: Int, scalars: [UInt32])? {
        var n = name
        return n.withUTF8 { b in
            guard let words = Tokenizer.plainWordCount(utf8: b) else { return nil }
            var scalars: [UInt32] = []
            Tokenizer.forEachPlainKeyScalar(utf8: b) { scalars.append($0) }
            return (words, scalars)
        }
    }

    /// Names of letters, the letters the fold changes (أ إ آ ؤ ئ ة ى), marks, spaces, digits, punctuation and other
    /// scripts: plain and not.
    static func randomNames(seed: UInt64, count: Int) -> [String] {
        var random = SeededRandom(seed: seed)
        let pieces = ["ا", "ب", "ت", "ع", "ي", "ن", "ء", "ؤ", "ئ", "أ", "إ", "آ", "ة", "ى", "ال", "و", "غ", "ف", "ق", "ك",
                      "\u{0640}", "\u{064E}", "\u{0651}", "\u{065F}", "\u{0670}", "\u{0620}", "\u{063F}", "\u{064B}",
                      " ", " ", "  ", "a", "Z", "q", "M", "1", "٣", "-", ".", "'", "\n", "\u{00A0}", "\u{200C}",
                      "中", "😀", "é", "e\u{0301}", "پ", "ک", "\u{FEFB}"]
        var names: [String] = []
        for _ in 0..<count { names.append(random.text(of: pieces, maxPieces: 9)) }
        return names
    }

    static let edgeNames = ["", " ", "   ", "ا", " ا ", "عبد الله", "عبد  الله ", "الأمم المتحدة", "قا آني", "\u{0640}",
                            "\u{064E}ب", "ب\u{064E}", "ب \u{064E}", "ب \u{064E}ت", "ABC", "New York", "حزب 1", "أبو-ظبي",
                            "مجلس الأمن الدولي", "ـالجزيرة", "الجزيرةـ", "مؤسسة", "ى", "ة", "aب", "بa b", "\u{0621}\u{064A}"]

    @Test func plainPartsAreTheKeyParts() {
        var plain = 0
        for name in Self.edgeNames + Self.randomNames(seed: 45, count: 30_000) {
            guard let p = Self.plainParts(name) else { continue }
            plain += 1
            let parts = Gazetteer<Int>.keyParts(name)
            #expect(p.words == parts.count, "\(name)")
            #expect(p.scalars == parts.flatMap { $0.unicodeScalars.map(\.value) }, "\(name)")
        }
        #expect(plain > 3_000)
    }

    /// `wordKeys` of a plain name, read on its bytes, gives the keys `scan` gives, byte for byte (long words too).
    @Test func plainWordKeysAreTheScannedOnes() {
        var random = SeededRandom(seed: 4_546)
        var long: [String] = []
        for _ in 0..<500 {
            long.append(random.text(of: ["ا", "ب", "ة", "أ", "ى", "ك", "\u{064E}", " ", "a", "Q", "\u{0640}"], maxPieces: 40))
        }
        var plain = 0
        for name in Self.edgeNames + long + Self.randomNames(seed: 46, count: 20_000) {
            let fast = Tokenizer.wordKeys(name).map { Array($0.utf8) }
            let scanned = Tokenizer.wordKeysByScalars(name).map { Array($0.utf8) }
            #expect(fast == scanned, "\(name)")
            if Self.plainParts(name) != nil { plain += 1 }
        }
        #expect(plain > 2_000)
    }

    @Test func insertedTriesAreTheTokenizedOnes() {
        let names = Self.edgeNames + Self.randomNames(seed: 4_545, count: 8_000)
        var fast = Gazetteer<[Int]>(), tokenized = Gazetteer<[Int]>()
        for (k, name) in names.enumerated() {
            fast.insert(name, value: [k], combine: { $0 + $1 })
            tokenized.insertTokenized(name, value: [k], combine: { $0 + $1 })
        }
        #expect(fast.values == tokenized.values)
        #expect(fast.values.count > 1_000)
        let a = fast.trie, b = tokenized.trie
        #expect(a.firstEdge == b.firstEdge)
        #expect(a.moreEdges == b.moreEdges)
        #expect(a.rootArabic == b.rootArabic)
        #expect(a.terminal == b.terminal)
        #expect(a.wordCounts == b.wordCounts)
        #expect(a.maxTokens == b.maxTokens)
        #expect(a.wideRow == b.wideRow)
        #expect(a.wideRows == b.wideRows)
        for name in names.prefix(2_000) { #expect(fast.lookup(name) == tokenized.lookup(name), "\(name)") }
    }

    /// A name the plain path would misread must be refused: a word opening with a mark, digits, other letters.
    @Test func notPlainNamesAreLeftToTheTokenizer() {
        for name in ["\u{064E}ب", "ب \u{064E}", "حزب 1", "أبو-ظبي", "ـالجزيرة", "e\u{0301}", "پ", "\u{0620}", "a\nb", "ب\u{00A0}ت"] {
            #expect(Self.plainParts(name) == nil, "\(name)")
        }
    }
}
