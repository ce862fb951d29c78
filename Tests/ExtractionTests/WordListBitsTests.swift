import ArabicText
import Testing
import TestSupport
@testable import Extraction

/// The event rules' lists read as bits of each word (`EventWordLists`, `SentenceWords.Word.lists`) against the look-ups
/// they replace, kept here: `has(_:in:)` by each reading looked up in the list, the trigger test of `readTrigger`, the
/// «س» test of `isFuture`, `ContextWordKinds` by its own table, and `BackgroundClauses` by its lists of strings.
@Suite struct WordListBitsTests {
    /// `SentenceWords.has(_:in:)` before the bits.
    static func hasByReadings(_ w: SentenceWords, _ i: Int, _ set: WordSet) -> Bool {
        guard i >= 0, i < w.words.count else { return false }
        return w.words[i].readings.contains { set.contains($0) }
    }

    /// Every bit but `groundInstrument` is one list's, and no two lists share one.
    @Test func everyBitIsOneListsBit() {
        let masks = EventWordLists.lists.map(\.listMask)
        #expect(Set(masks).count == masks.count)
        for bit in EventListBit.allCases where bit != .groundInstrument {
            #expect(masks.filter { $0 == 1 << UInt64(bit.rawValue) }.count == 1, "\(bit)")
        }
        #expect(!masks.contains(0) && !masks.contains(EventWordLists.triggerMask) && !masks.contains(EventWordLists.sinMask)
                && !masks.contains(EventWordLists.numberWordMask))
        #expect(EventListBit.allCases.count <= 61)
    }

    /// Words made of the lists' keys, the trigger keys and other words, with and without proclitics and the article.
    static func pieces() -> [String] {
        var keys = EventWordLists.lists.flatMap { $0.keys.map(\.string) }
        keys += EventLexicon.triggers.entries.keys.map(\.string).prefix(400)
        keys += EventLexicon.numberWords.entries.keys.map(\.string)
        keys += ["في", "من", "سيزور", "وسيتم", "الساعات", "سنوات", "ستكون", "س", "سس", "قال", "،", ":", "2019", "وقت", "سابق",
                 "قد", "وقد", "كانت", "يذكر", "اليوم", "الهجوم", "بالهجوم", "للهجوم", "والقتلى", "فالشرطة", "كالذي", "شخصا"]
        return keys
    }

    static func word(_ random: inout SeededRandom, _ pieces: [String]) -> String {
        let base = pieces[random.below(pieces.count)]
        let clitics = ["", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "ال", "لل", "وال", "بال"]
        let ends = ["", "", "", "ا", "ه", "ة"]
        return clitics[random.below(clitics.count)] + base + ends[random.below(ends.count)]
    }

    @Test func bitsAnswerAsTheLookUps() {
        var random = SeededRandom(seed: 0x51_7E_43)
        let pieces = Self.pieces()
        let lists = EventWordLists.lists
        for round in 0..<1_500 {
            let text = (0..<(1 + random.below(30))).map { _ in Self.word(&random, pieces) }.joined(separator: " ")
            let scalars = Array(text.unicodeScalars)
            let w = SentenceWords(block: scalars, span: TextSpan(block: 0, start: 0, end: scalars.count))
            for i in -1...w.words.count {
                for list in lists { #expect(w.has(i, in: list) == Self.hasByReadings(w, i, list), "\(round) \(i)") }
                guard i >= 0, i < w.words.count else { continue }
                let word = w.words[i]
                // the same bits made again from the readings (a word met before takes them from the memo)
                #expect(word.lists == EventWordLists.lists(ofReadings: word.readings))
                #expect((word.lists & EventWordLists.triggerMask != 0) == word.readings.contains { EventLexicon.triggers[$0] != nil })
                #expect((word.lists & EventWordLists.sinMask != 0) == word.readings.contains(where: SentenceEvents.startsWithSin))
                #expect((word.lists & EventWordLists.numberWordMask != 0) == word.readings.contains { EventLexicon.numberWords[$0] != nil })
                #expect(ContextWordKinds.of(word) == ContextWordKinds.byReadings(word))
            }
            #expect(BackgroundClauses.opens(w) == w.words.prefix(2).contains { $0.readings.contains { EventContextLexicon.background.contains($0) } })
            for t in 0...w.words.count {
                #expect(BackgroundClauses.before(t, in: w) == Self.backgroundBefore(t, in: w))
                #expect(BackgroundClauses.before(t, in: w, anaphoric: true) == Self.backgroundBefore(t, in: w, anaphoric: true))
            }
        }
    }

    /// A word made by hand from its readings reads the same bits.
    @Test func wordsMadeFromReadings() {
        for key in ["بعد", "الذي", "قال", "هجوم", "سيزور", "كان", "x", ":"] {
            let readings = SentenceWords.readings(of: key)
            let word = SentenceWords.Word(start: 0, end: 1, text: key, key: key, readings: readings, isNumber: false, isPunct: false)
            #expect(word.lists == EventWordLists.lists(ofReadings: readings))
            for list in EventWordLists.lists {
                #expect((word.lists & list.listMask != 0) == readings.contains { list.contains($0) }, "\(key)")
            }
        }
    }

    /// `BackgroundClauses.before` as it was, with its lists of strings compared by bytes (`isAny`).
    static func backgroundBefore(_ trigger: Int, in w: SentenceWords, anaphoric: Bool = false) -> Bool {
        let perfectAuxiliaries = ["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"].map(EventLexicon.key)
        let reminderWords = ["يذكر", "ويذكر", "يشار", "ويشار", "للتذكير", "وللتذكير", "سبق", "وسبق", "سبقت", "وسبقت"].map(EventLexicon.key)
        let sameDayWords = ["اليوم", "الليلة", "من", "هذا", "هذه", "صباح", "مساء"].map(EventLexicon.key)
        let end = min(trigger, w.words.count)
        for i in 0..<end {
            if w.isAny(i, reminderWords) { return true }
            if w.isAny(i, ["وقت"]), w.isAny(i + 1, ["سابق"]), !w.isAny(i + 2, sameDayWords),
               anaphoric || !((i + 2)..<max(i + 2, end)).contains(where: { hasByReadings(w, $0, EventLexicon.complementizer) }) { return true }
            if w.isAny(i, perfectAuxiliaries),
               ((i + 1)..<min(end, i + 1 + BackgroundClauses.perfectReach)).contains(where: { w.isAny($0, ["قد", "وقد"]) }) { return true }
        }
        return false
    }
}

/// The demonyms' table keyed by bytes (`PlaceKinds.demonyms`) against the `[String: String]` it replaces.
@Suite struct DemonymTableTests {
    @Test func sameKeysAndPlacesAsTheStringTable() {
        var old: [String: String] = [:]
        for parts in Lexicon.lines(DemonymLexicon.demonyms) where parts.count == 2 {
            for f in Lexicon.demonymForms(parts[0]) { old[ArabicNormalizer.matchKey(f)] = parts[1] }
        }
        // (no two keys canonically equivalent and written apart: the byte keys are the string keys)
        #expect(PlaceKinds.demonyms.count == old.count)
        for (k, v) in old { #expect(PlaceKinds.demonyms[k] == v, "\(k)") }
        for w in ["الأمريكية", "الامريكيه", "التونسيون", "المصري", "أوروبي", "كلمة", "", "ال"] {
            #expect(PlaceKinds.country(ofDemonym: w) == old[ArabicNormalizer.matchKey(w)], "\(w)")
        }
    }
}

/// `MentionWords` against the `[Int: Int]` it replaces in `SentenceEvents`.
@Suite struct MentionWordsTests {
    @Test func readsAsADictionary() {
        var random = SeededRandom(seed: 0x4D57)
        for _ in 0..<500 {
            var index = MentionWords(capacity: 4)
            var dict: [Int: Int] = [:]
            for _ in 0..<random.below(30) {
                let m = random.below(40), v: Int? = random.below(5) == 0 ? nil : random.below(100)
                index[m] = v
                dict[m] = v
            }
            for m in -2..<45 { #expect(index[m] == dict[m]) }
        }
    }
}

/// Answers kept per text in `SharedWords` (`EventLexicon.isMedia`, `EventDating.isElapsed`) against working each out
/// from the text every time, each text asked twice (the second answer comes from the table).
@Suite struct KeptAnswersTests {
    static func expectKept(seed: UInt64, pieces: [String], texts: Int, kept: (String) -> Bool, read: (String) -> Bool) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<texts {
            let text = random.text(of: pieces, maxPieces: 6)
            #expect(kept(text) == read(text), "\(text)")
            #expect(kept(text) == read(text), "\(text)")
        }
    }

    @Test func mediaNames() {
        Self.expectKept(seed: 0x3ED1A, pieces: ["وكالة", "الأنباء", "رويترز", "فرانس", "برس", "قناة", "الجزيرة", "وزارة", "الداخلية",
                                               "الاستخبارات", "سي", "إن", " ", " ", "  ", "\u{064E}", "bbc", "تونس"],
                        texts: 4_000, kept: EventLexicon.isMedia, read: EventLexicon.namesMedia)
    }

    @Test func elapsedDates() {
        Self.expectKept(seed: 0xE1A5, pieces: ["منذ", "قبل", "يومين", "أسبوعين", "قرابة", "اليوم", "أمس", "الأحد", "يوم", "2019", "14",
                                              "جانفي", "شهر", "أيام", "ثلاثة", "سنوات", "حوالي", " ", " ", "قليل"],
                        texts: 3_000, kept: EventDating.isElapsed, read: EventDating.parsesAsElapsed)
    }
}
