import Testing
@testable import ArabicText
@testable import Extraction
import TestSupport

/// The readings kept in `SharedWords` (`SentenceWords.cachedReadings`) and made through `SharedStrings` against the
/// readings of the word worked out without them (`characterReadings`, the `Character` path).
@Suite struct SharedReadingsTests {
    /// Random words of the letters the readings are cut at (proclitics, the article, a final alif, hamza) and others,
    /// some long enough to be made without the table.
    static func randomWords(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let letters = Array("وفبلكالءاتحمدنيسة") + ["أ", "آ", "ى", "x", "1"]
        return (0..<count).map { _ in
            let n = random.below(30)
            return EventLexicon.key(String((0..<n).map { _ in letters[random.below(letters.count)] }))
        }
    }

    @Test func cachedReadingsAreTheCharacterReadings() {
        let words = Self.randomWords(4_000, seed: 0x5EED) + ["وبالمدينة", "للمدرسة", "شخصا", "في", "والقوات", "ولل"].map(EventLexicon.key)
        // twice: the second time most come from the table (32 Ki slots, so some words share a slot)
        for w in words + words {
            let cached = SentenceWords.cachedReadings(of: w)
            #expect(cached.map { Array($0.utf8) } == SentenceWords.characterReadings(of: w).map { Array($0.utf8) }, "\(w)")
            #expect(cached.map { Array($0.utf8) } == SentenceWords.readings(of: w).map { Array($0.utf8) }, "\(w)")
        }
    }

    @Test func aSharedWordsValueIsItsWordsValue() {
        let table = SharedWords<Int>(slots: 64, longestKept: 48)   // small: slots shared by many words
        let words = Self.randomWords(1_000, seed: 7)
        for w in words + words {
            #expect(table.value(of: w) { Array($0.utf8).reduce(0) { $0 &* 31 &+ Int($1) } } == Array(w.utf8).reduce(0) { $0 &* 31 &+ Int($1) })
        }
    }
}
