import ArabicText
import Testing
@testable import Extraction

/// The event scans' per-word look-ups without hashing answer as the dictionaries and `String` comparisons did.
@Suite struct EventWordLookupTests {
    @Test func wordSlotsReadAsADictionary() {
        var slots = WordSlots<Int>(count: 4)
        var dict: [Int: Int] = [:]
        for (k, v) in [(0, 7), (3, 1), (9, 2), (2, 5), (3, 4)] {
            slots[k] = v
            dict[k] = v
        }
        slots[2] = nil
        dict[2] = nil
        slots[40] = nil
        for i in -3...45 { #expect(slots[i] == dict[i], "\(i)") }
        let empty = WordSlots<Int>()
        #expect(empty[0] == nil && empty[-1] == nil)
    }

    @Test func keyOfOneASCIIScalarComparedOnItsByte() {
        let words = ["قال", ":", ";", "\"", "::", "؛", ":\u{0301}", "", ","]
        for w in words {
            let word = SentenceWords.Word(start: 0, end: 1, text: w, key: w, readings: [w], isNumber: false, isPunct: true)
            for c in [":", ";", "\"", ","] as [Unicode.Scalar] {
                #expect(word.isKey(c) == (w == String(c)), "\(w) \(c)")
            }
        }
    }

    @Test func killingAndCasualtyWordsAsSets() {
        for w in ["مقتل", "قتل", "مصرع"] { #expect(SentenceEvents.killingNouns.contains(w)) }
        for w in ["في", "من", "علي", "خلال", "اثر", "جراء"] { #expect(SentenceEvents.casualtyStops.contains(w)) }
        for w in ["مقتلا", "قتلى", "على", "أثر", "إثر", "ف"] {
            #expect(!SentenceEvents.killingNouns.contains(w) && !SentenceEvents.casualtyStops.contains(w))
        }
    }
}
