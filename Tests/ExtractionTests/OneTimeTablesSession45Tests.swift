import Testing
import TestSupport
@testable import ArabicText
@testable import Extraction

/// Session 45's one-time tables: the built-in lexicon inserted on bytes is the tokenized one, and the name-shape
/// weights read in one pass are the ones `parsedWeights` reads.
@Suite struct OneTimeTablesSession45Tests {
    /// The built-in lexicon, every plain name inserted from its bytes, is array by array the lexicon whose names were
    /// all tokenized (`Gazetteer.insertTokenized`, the former `insert`), with the same entries in the same order.
    @Test func builtInLexiconIsTheTokenizedOne() {
        let fast = Lexicon.buildBuiltIn(), tokenized = Lexicon.buildBuiltIn(tokenized: true)
        #expect(fast.values.count == tokenized.values.count)
        #expect(fast.values.count > 8_000)
        for (a, b) in zip(fast.values, tokenized.values) {
            #expect(a.flags == b.flags && a.canonical == b.canonical && a.knownType == b.knownType)
        }
        #expect(Self.entries(fast) == Self.entries(tokenized))
        #expect(fast.maxTokens == tokenized.maxTokens)
        #expect(fast.trie.wordCounts == tokenized.trie.wordCounts && fast.trie.wideRows == tokenized.trie.wideRows)
        #expect(fast.trie.terminal == tokenized.trie.terminal && fast.trie.firstEdge == tokenized.trie.firstEdge)
        #expect(fast.trie.moreEdges == tokenized.trie.moreEdges && fast.trie.rootArabic == tokenized.trie.rootArabic)
    }

    /// Every key of a gazetteer's trie (its UTF-8 bytes), in byte order.
    static func entries<V>(_ g: Gazetteer<V>) -> [[UInt8]] {
        var out: [[UInt8]] = []
        g.forEachEntry { key, _ in out.append(key) }
        return out
    }

    /// The notable persons' gazetteer (spellings as the lists write them) is the tokenized one too.
    @Test func notablePersonsAreTheTokenizedOnes() {
        var tokenized = Gazetteer<String?>()
        func keep(_ spelling: String) -> Bool {
            NameSkeleton.words(spelling).count >= 2 || NotablePersons.isNameOnly(ArabicNormalizer.matchKey(spelling))
        }
        for line in Lexicon.lines(NotablePeople.people) {
            for spelling in line where keep(spelling) { tokenized.insertTokenized(spelling, value: line[0]) }
        }
        for line in Lexicon.lines(NotablePeople.sharedSurnames) {
            for spelling in line where keep(spelling) { tokenized.insertTokenized(spelling, value: nil) }
        }
        let fast = NotablePersons.gazetteer
        #expect(fast.values == tokenized.values)
        #expect(fast.trie.terminal == tokenized.trie.terminal && fast.trie.wordCounts == tokenized.trie.wordCounts)
        #expect(Self.entries(fast) == Self.entries(tokenized))
    }

    /// The weights read in one pass (`plainWeights`) are `parsedWeights`'s, n-gram by n-gram, to the bit.
    @Test func plainWeightsAreTheParsedOnes() throws {
        let parsed = NameShapeScore.parsedWeights(NameShapeWeights.weights)
        let plain = try #require(NameShapeScore.plainWeights(NameShapeWeights.weights))
        #expect(plain.table.keys.count == parsed.count)
        for (k, w) in parsed {
            let i = try #require(plain.table.index(of: k.string), "\(k.string)")
            #expect(plain.values[i].bitPattern == w.bitPattern, "\(k.string)")
        }
        let byBytes = try #require(NameShapeScore.weightsByBytes)
        #expect(byBytes.table.keys.count == parsed.count)
        // items `parsedWeights` reads otherwise are left to it: an n-gram twice, no colon, an empty n-gram, another number
        for text in ["ab:1 ab:2", "ab:1 cd", "ab:1 :2", "ab:1 cd:1e3", "ab:1 cd:+1", "ab:1 cd:.5", "ab:1 cd:1.", "é:1", "ab:1 c\u{0622}:1", ""] {
            #expect(NameShapeScore.plainWeights(text) == nil, "\(text)")
        }
        let small = try #require(NameShapeScore.plainWeights("  ab:1.5 \n\n^ا:-0.25 x:y:3 $:-0\n"))
        #expect(small.table.keys.map(\.string) == ["ab", "^ا", "x:y", "$"])
        #expect(small.values.map(\.bitPattern) == [1.5, -0.25, 3, -0.0].map(\.bitPattern))
    }

    /// The idiom heads looked up by their bytes are the table's keys, and a stem is turned away only when the table has
    /// no entry for it (as `String`s compare).
    @Test func idiomHeadsAreTheTableKeys() {
        #expect(DiscoveryRules.idiomHeads.count == DiscoveryRules.idiomSecondWords.count)
        for k in DiscoveryRules.idiomSecondWords.keys { #expect(DiscoveryRules.idiomHeads.contains(k), "\(k)") }
        for stem in ["مسقط", "مسقطا", "مسق", "\u{0645}\u{0633}\u{0642}\u{0637}", "مسقط\u{064E}", "", "muscat", "بمسقط"] {
            #expect(DiscoveryRules.idiomHeads.contains(stem) == (DiscoveryRules.idiomSecondWords[stem] != nil), "\(stem)")
        }
    }

    /// `plainDecimal` reads a plain decimal as `Double(_:)` does, to the bit, and refuses the rest.
    @Test func plainDecimalsAreDoubles() {
        var random = SeededRandom(seed: 4_501)
        var texts = ["0", "-0", "0.0", "-0.00", "1", "3.04", "-2.96", "999999999999999", "-0.00000000000001",
                     "123456789.012345", "0.1", "0.3", "2.675", "1.005", "5.89"]
        for _ in 0..<40_000 {
            var t = random.below(3) == 0 ? "-" : ""
            let whole = 1 + random.below(8), decimals = random.below(8)
            for _ in 0..<whole { t += String(random.below(10)) }
            if decimals > 0 { t += "."; for _ in 0..<decimals { t += String(random.below(10)) } }
            texts.append(t)
        }
        for t in texts {
            var bytes = Array(t.utf8)
            let mine = bytes.withUnsafeMutableBufferPointer { NameShapeScore.plainDecimal(UnsafeBufferPointer($0)) }
            let theirs = Double(t)!
            #expect(mine?.bitPattern == theirs.bitPattern, "\(t)")
        }
        for t in ["", "-", ".", "1.", ".5", "+1", "1e3", "1.2.3", "--1", "1-", "1 ", "nan", "inf", "1234567890123456", "-0.000000000000001", "١"] {
            var bytes = Array(t.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { NameShapeScore.plainDecimal(UnsafeBufferPointer($0)) } == nil, "\(t)")
        }
    }
}
