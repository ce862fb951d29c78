import Testing
@testable import Extraction

/// `WordSet` (byte-keyed word lists) finds exactly the words a `Set<String>` of the same keys finds.
struct WordSetTests {
    @Test func findsTheSameWordsAsASetOfStrings() {
        let words = ["في", "مدينة", "الذي", "أن", "ردا", "قوات"].map(EventLexicon.key)
        let set = WordSet(words)
        let strings = Set(words)
        let probes = words + ["مدينه", "المدينة", "ف", "الذين", "قواتها", "", "x", "مدينةمدينة"].map(EventLexicon.key)
        for p in probes { #expect(set.contains(p) == strings.contains(p), "\(p)") }
        #expect(set.count == strings.count)
    }

    @Test func anEmptySetHasNoWord() {
        let set = WordSet([String]())
        #expect(set.isEmpty)
        #expect(!set.contains(""))
        #expect(!set.contains("في"))
    }

    @Test func sentenceWordsReadEveryReadingAgainstTheSet() {
        // "وبالمدينة" is read as بالمدينة, المدينة and مدينة: the bare noun is in the list.
        let text = Array("وقع الهجوم وبالمدينة أمس".unicodeScalars)
        let words = SentenceWords(block: text, span: TextSpan(block: 0, start: 0, end: text.count))
        let nouns = WordSet(["مدينة"].map(EventLexicon.key))
        #expect(words.has(2, in: nouns) == words.has(2, in: Set(["مدينة"].map(EventLexicon.key))))
        #expect(words.has(2, in: nouns))
        #expect(!words.has(1, in: nouns))
    }

    @Test func cachedReadingsAreTheReadings() {
        for w in ["وبالمدينة", "للمدرسة", "شخصا", "في", "والقوات", "وبالمدينة"].map(EventLexicon.key) {
            #expect(SentenceWords.cachedReadings(of: w) == SentenceWords.readings(of: w))
            #expect(SentenceWords.cachedReadings(of: w) == SentenceWords.readings(of: w))
        }
    }

    /// `WordMap` (byte-keyed) gives what a `[String: V]` of the same keys gives.
    @Test func wordMapFindsWhatADictionaryFinds() {
        let dict = Dictionary(uniqueKeysWithValues: ["هجوم", "قتل", "اعتقال", "زيارة"].map(EventLexicon.key).enumerated().map { ($1, $0) })
        let map = WordMap(dict)
        for p in ["هجوم", "قتل", "اعتقال", "زيارة", "زياره", "هجمات", "", "قتلت"].map(EventLexicon.key) {
            #expect(map[p] == dict[p], "\(p)")
        }
        #expect(map.count == dict.count)
        #expect(EventLexicon.triggers["هجوم"]?.type == .attack)
    }
}
