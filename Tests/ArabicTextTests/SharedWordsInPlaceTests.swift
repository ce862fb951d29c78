import Testing
import TestSupport
@testable import ArabicText

/// `SharedWords.entry` compares a slot's fields in place (no copy of the entry): in a table of 64 slots, where words
/// share slots all the time, every look-up still gives a word with the bytes asked for and the value computed from it,
/// for words of up to 16 bytes (compared by their first 16 bytes) and longer ones that share those 16 bytes.
@Suite struct SharedWordsInPlaceTests {
    @Test func seededRandomWordsInASmallTable() {
        let table = SharedWords<String>(slots: 64, longestKept: 48)
        var random = SeededRandom(seed: 0x5A_12ED)
        let letters = ["ا", "ب", "ت", "ل", "م", "ن", "a", "b", "é"]
        let prefix16 = "الحكومةال"   // 17 bytes: longer words below share their first 16
        var computed = 0, asked = 0
        for _ in 0..<20_000 {
            var word = random.below(3) == 0 ? prefix16 : ""
            for _ in 0..<(1 + random.below(6)) { word += letters[random.below(letters.count)] }
            var bytes = Array(word.utf8)
            let kept = bytes.withUnsafeMutableBufferPointer { b in
                table.entry(of: UnsafeBufferPointer(b), word: nil) { w -> String in computed += 1; return "<" + w + ">" }
            }
            asked += 1
            #expect(Array(kept.word.utf8) == Array(word.utf8), "\(word)")
            #expect(kept.value == "<" + word + ">", "\(word)")
        }
        // most look-ups found their word (the same few hundred words come back), not all (64 slots)
        #expect(computed < asked && computed > 64)
    }
}
