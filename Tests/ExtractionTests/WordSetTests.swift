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

/// The byte and scalar paths that stand in for `Character` work give the same answers.
struct WordPathTests {
    @Test func plainReadingsAreTheCharacterReadings() {
        let keys = ["وبالمدينة", "للمدرسة", "لليبيا", "فللجنة", "شخصا", "بدءا", "الاخرا", "والقوات", "في", "ولل", "كالعادة",
                    "ببب", "وببب", "abc", "وx12", ""].map(EventLexicon.key)
        for k in keys {
            let plain = SentenceWords.plainReadings(of: k)
            #expect(plain != nil, "\(k)")
            #expect(plain == SentenceWords.characterReadings(of: k), "\(k)")
        }
        // every proclitic run before stems with and without the article, «لل», a final alif or hamza
        for pre in ["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ول", "لل", "ولل", "وال", "بال", "كال"] {
            for stem in ["ا", "لا", "الا", "مدرسة", "الشعب", "شعبا", "سماءا", "لبنان", "ليبيا", "x1", "a-b"] {
                let k = EventLexicon.key(pre + stem)
                #expect(SentenceWords.plainReadings(of: k) == SentenceWords.characterReadings(of: k), "\(k)")
            }
        }
        // a mark the key keeps (Quranic small high meem) or a composed letter: the Character path
        for k in ["وبال\u{06E2}مدينه", "بأحمد", "وآل"] {
            #expect(SentenceWords.plainReadings(of: k) == nil, "\(k)")
            #expect(SentenceWords.readings(of: k) == SentenceWords.characterReadings(of: k))
        }
    }

    @Test func aLargeWordSetFindsWhatASetFinds() {
        let words = (0..<3_000).map { EventLexicon.key("كلمة\($0)") } + ["في", "من", "الى"]
        let set = WordSet(words)
        let strings = Set(words)
        let probes = words + (2_990..<3_020).map { EventLexicon.key("كلمة\($0)") } + ["فى", "ال", "مدينة"]
        for p in probes { #expect(set.contains(p) == strings.contains(p), "\(p)") }
        #expect(set.count == strings.count)
    }

    @Test func lexiconLinesAreSplitOnTheirBytes() {
        // spellings split on «|», spaces trimmed, empty spellings and lines dropped, « @country» not a spelling
        let text = "  بغداد | بغداذ @العراق\n\n|  |\nالقيروان\n  سوسة|  @ تونس "
        #expect(Lexicon.lines(text) == [["بغداد", "بغداذ"], ["القيروان"], ["سوسة"]])
        let countries = Lexicon.countriesOfLines(text)
        #expect(countries.map(\.spellings) == [["بغداد", "بغداذ"], ["سوسة"]])
        #expect(countries.map(\.country) == ["العراق", "تونس"])
        // every built-in lexicon line keeps its spellings as written (no space left at either end)
        for line in Lexicon.lines(PlaceLexicon.allPlaces.joined(separator: "\n")) {
            #expect(line.allSatisfy { !$0.isEmpty && $0.first != " " && $0.last != " " })
        }
    }
}
