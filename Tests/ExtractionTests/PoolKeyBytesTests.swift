import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// Pooling's and discovery's `String`-keyed sets and tables replaced by byte-keyed ones give what the `String` ones
/// gave, on seeded random keys with canonically equivalent spellings of other bytes among them: a document's
/// followers (`DistinctSortedKeys` against `Set(keys).sorted()`), the follower counts (`CanonicalKeyIndex.add` against a
/// `[String: Int]`), and a short form's proclitic readings (`ShortFormTie.withoutProclitics` on bytes against the
/// `Character` code it replaces).
@Suite struct PoolKeyBytesTests {
    /// Arabic letters (proclitic letters and «ال» among them), ASCII with «K» and the Kelvin sign, a decomposed hamza,
    /// tashkeel, tatweel, a Persian letter, a space.
    static let pieces = ["ا", "ل", "ال", "لل", "و", "ف", "ب", "ك", "م", "ي", "ه", "ة", "ت", "أ", "\u{0627}\u{0654}", "\u{064E}",
                         "\u{0651}", "\u{0640}", "گ", "K", "\u{212A}", "a", "z", "0", " ", "ستاغ", "شركة"]
    /// Only letters U+0621…U+064A and ASCII (the byte path's keys), with words that repeat.
    static let plainPieces = ["ا", "ل", "ال", "لل", "و", "ف", "ب", "ك", "م", "ي", "ه", "ة", "ت", "أ", "ء", "a", "K", "0", "ستاغ"]

    static func keys(_ random: inout SeededRandom, from pieces: [String], count: Int) -> [String] {
        (0..<count).map { _ in random.text(of: pieces, maxPieces: 6) }
    }

    @Test func distinctSortedKeysAreTheSetsSorted() {
        var random = SeededRandom(seed: 0x5044_0001)
        var bytePaths = 0, repeats = 0
        for round in 0..<6_000 {
            let pieces = round % 3 == 0 ? Self.pieces : Self.plainPieces
            let keys = Self.keys(&random, from: pieces, count: random.below(14))
            let expected = Set(keys).sorted()
            let got = DistinctSortedKeys.of(keys)
            #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(keys.map { Array($0.unicodeScalars) })")
            if keys.allSatisfy(CanonicalKeyIndex.isOwnNFC) && keys.count > 1 { bytePaths += 1 }
            if Set(keys).count < keys.count { repeats += 1 }
        }
        #expect(bytePaths > 2_000 && repeats > 1_000)
    }

    @Test func followerCountsAddAsAStringDictionary() {
        var random = SeededRandom(seed: 0x5044_0002)
        for _ in 0..<400 {
            var one: [String: Int] = [:], first: [String: Int] = [:], second: [String: Int] = [:]
            var index = CanonicalKeyIndex(), firstIndex = CanonicalKeyIndex(), secondIndex = CanonicalKeyIndex()
            let keys = Self.keys(&random, from: Self.pieces, count: 1 + random.below(30))
            let middle = random.below(keys.count + 1)
            for (i, k) in keys.enumerated() {
                one[k, default: 0] += 1
                index.add(1, to: k)
                if i < middle { first[k, default: 0] += 1; firstIndex.add(1, to: k) } else { second[k, default: 0] += 1; secondIndex.add(1, to: k) }
            }
            first.merge(second, uniquingKeysWith: +)
            firstIndex.add(secondIndex)
            for k in keys + Self.keys(&random, from: Self.pieces, count: 20) {
                #expect(index[k] == one[k])
                #expect(firstIndex[k] == first[k])
                #expect(CanonicalKeyIndex(one)[k] == one[k])
            }
            #expect(index.count == one.count && firstIndex == index)
        }
    }

    @Test func withoutProcliticsOnBytesIsByCharacters() {
        var random = SeededRandom(seed: 0x5044_0003)
        var bytePaths = 0, readings = 0
        let proclitics = ["", "و", "ف", "ب", "ك", "ل", "لل", "وال", "بال", "فلل", "وب", "كال"]
        for round in 0..<30_000 {
            let key = proclitics[random.below(proclitics.count)] + random.text(of: round % 2 == 0 ? Self.plainPieces : Self.pieces, maxPieces: 7)
            let got = ShortFormTie.withoutProclitics(key)
            let expected = ShortFormTie.withoutProcliticsByCharacters(key)
            #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(Array(key.unicodeScalars))")
            if key.utf8.withContiguousStorageIfAvailable(ShortFormTie.isArabicLetters) == true { bytePaths += 1 }
            if expected.count > 1 { readings += 1 }
        }
        #expect(bytePaths > 5_000 && readings > 5_000, "\(bytePaths) \(readings)")
        // the edge cases: short words, «لل» with three letters, و + «لل»
        for key in ["", "و", "ول", "ولل", "للا", "لل", "للمم", "وللمم", "فبالا", "بال", "كالم", "لالم", "وبالم"] {
            #expect(ShortFormTie.withoutProclitics(key) == ShortFormTie.withoutProcliticsByCharacters(key), "\(key)")
        }
    }

    /// `BlockAnalysis.stemKey` and `key(_:)` (a range's joined key) made on bytes, against the scalar-view code they
    /// replace, on random texts of words with proclitics («لل», «وب», «فال»…), marks and Latin words, and on the
    /// stem helper itself for every drop and both alefs.
    @Test func stemAndRangeKeysOnBytesAreTheScalarViews() {
        func oldStem(_ k: String, _ n: Int, _ alef: Bool) -> String {
            let stem = String(String.UnicodeScalarView(k.unicodeScalars.dropFirst(n)))
            return alef ? "ا" + stem : stem
        }
        func oldKey(_ a: BlockAnalysis, _ r: Range<Int>) -> String {
            var out = ""
            let stripped = a.namePrefix(r) > 0
            for u in r {
                for t in a.units[u].tokens where a.tokens[t].kind != .punct {
                    var k = a.tokens[t].key
                    if t == a.units[r.lowerBound].tokens.lowerBound, stripped {
                        k = String(String.UnicodeScalarView(k.unicodeScalars.dropFirst(a.units[u].prefix)))
                        if a.units[u].restoredAlef { k = "ا" + k }
                    }
                    out += k
                }
            }
            return out
        }
        var random = SeededRandom(seed: 0x5044_0004)
        for _ in 0..<3_000 {
            let k = random.text(of: Self.pieces, maxPieces: 9)
            for n in 0..<5 {
                for alef in [false, true] {
                    #expect(Array(BlockAnalysis.stem(of: k, dropping: n, alef: alef).utf8) == Array(oldStem(k, n, alef).utf8))
                }
            }
        }
        let words = ["للعراق", "والعراق", "بمدينة", "وبحي", "فالحكومة", "لمنزل", "بورقيبة", "محمد", "بن", "علي", "الاتحاد", "التونسي",
                     "للشغل", "وزارة", "حركة", "النهضة", "Paris", "،", "(", "\"", "مُحمّد", "إِبراهيم", "وللمدينة", "كالمعتاد", "123", "عبد", "الله"]
        var prefixed = 0, ranges = 0
        for _ in 0..<300 {
            let text = (0..<(3 + random.below(14))).map { _ in words[random.below(words.count)] }.joined(separator: " ")
            let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
            for u in a.units.indices {
                if a.isWord(u) {
                    if a.units[u].prefix > 0 { prefixed += 1 }
                    #expect(Array(a.stemKey(u).utf8) == Array(oldStem(a.key(u), a.units[u].prefix > 0 ? a.units[u].prefix : 0,
                                                                      a.units[u].prefix > 0 && a.units[u].restoredAlef).utf8), "\(text)")
                }
                for end in (u + 1)...min(a.units.count, u + 4) {
                    #expect(Array(a.key(u..<end).utf8) == Array(oldKey(a, u..<end).utf8), "\(text) \(u)..<\(end)")
                    ranges += 1
                }
            }
        }
        #expect(prefixed > 200 && ranges > 2_000)
    }

    /// `NamedAfterPersonRules.head` on a key's bytes against the scalar code it replaces, on random keys made of heads
    /// («مطار», «مدرسة», «جمعية»…) after proclitics and the article, and of other letters and marks.
    @Test func headOnBytesIsByScalars() {
        let pieces = ["و", "ف", "ب", "ل", "ك", "ال", "لل", "مطار", "مدرسه", "جمعيه", "شارع", "حي", "دار", "كتيبه", "ملعب", "ا", "م",
                      "ي", "\u{064E}", "a", "ة"]
        var random = SeededRandom(seed: 0x5044_0005)
        var heads = 0
        for _ in 0..<30_000 {
            let key = random.text(of: pieces, maxPieces: 5)
            let got = NamedAfterPersonRules.head(key), expected = NamedAfterPersonRules.headByScalars(key)
            #expect(got.map { [Array($0.stem.utf8), [UInt8($0.proclitics)], [$0.definite ? 1 : 0]] }
                    == expected.map { [Array($0.stem.utf8), [UInt8($0.proclitics)], [$0.definite ? 1 : 0]] }, "\(key)")
            if expected != nil { heads += 1 }
        }
        #expect(heads > 3_000)
    }
}
