import ArabicText

/// The event rules' most asked word lists, one bit each in every word's `SentenceWords.Word.lists`: the bits of the
/// lists that hold one of the word's readings, read once when the word is made (once per distinct word for the words
/// whose readings are kept in the shared memo). `SentenceWords.has(_:in:)` of a list with a bit tests it instead of
/// looking each reading of the word up in the list (the rules ask a few lists of every word of a sentence with a
/// trigger, and several of the words around each trigger).
///
/// The first eleven bits are `ContextWordKinds`' bits, in its order, so that a word's kinds are its low bits.
enum EventListBit: Int, CaseIterable, Sendable {
    // `ContextWordKinds`, in the order of its raw values
    case sport, strongSport, animals, figurative, cyber, commentary, motorVehicles, violence, forces, accident, groundInstrument
    // `EventLexicon`
    case cause, modal, negation, cancelled, clauseBreak, complementizer, placeNouns, reporting, demonstratives,
         militaryObjects, placePrepositions, sourceAttribution, launchVerbs, phraseBreaks, relationNouns
    // `EventContextLexicon`
    case relatives, timeNouns, objectNouns, series, planned, attribution, referenceNouns, topicWords, dayParts,
         reportNouns, periodNouns, roleNouns, targetNouns, placeAnaphors, securityNouns, phraseStops, personNouns,
         background
    // the rules' own
    case supportVerbs, enablingVerbs, areaNouns, unitHeads, perfectAuxiliaries, reminderWords, sameDayWords,
         timeWord, earlierWord, perfectParticles, weekdays, dayTimeWords, recency, recentTimeNouns, durations, spanOpeners,
         spanPastWords
}

enum EventWordLists {
    /// A reading is a trigger word (a key of `EventLexicon.triggers`).
    static let triggerMask: UInt64 = 1 << 62
    /// A reading is a number word (a key of `EventLexicon.numberWords`: `SentenceWords.number`).
    static let numberWordMask: UInt64 = 1 << 61
    /// A reading starts with «س» (a future verb may: `SentenceEvents.isFuture`).
    static let sinMask: UInt64 = 1 << 63
    /// The bits of `ContextWordKinds` (`EventListBit.sport` … `.groundInstrument`).
    static let contextKindsMask: UInt64 = 1 << UInt64(EventListBit.groundInstrument.rawValue + 1) - 1

    /// The lists with a bit (every `EventListBit` but `groundInstrument`, which is read from `EventLexicon.instruments`).
    static var lists: [WordSet] {
        [EventContextLexicon.sport, EventContextLexicon.strongSport, EventContextLexicon.animals, EventContextLexicon.figurative,
         EventContextLexicon.cyber, EventContextLexicon.commentary, EventContextLexicon.motorVehicles, EventContextLexicon.violence,
         EventContextLexicon.forces, EventContextLexicon.accident,
         EventLexicon.cause, EventLexicon.modal, EventLexicon.negation, EventLexicon.cancelled, EventLexicon.clauseBreak,
         EventLexicon.complementizer, EventLexicon.placeNouns, EventLexicon.reporting, EventLexicon.demonstratives,
         EventLexicon.militaryObjects, EventLexicon.placePrepositions, EventLexicon.attribution, EventLexicon.launchVerbs,
         EventLexicon.phraseBreaks, EventLexicon.relationNouns,
         EventContextLexicon.relatives, EventContextLexicon.timeNouns, EventContextLexicon.objectNouns, EventContextLexicon.series,
         EventContextLexicon.planned, EventContextLexicon.attribution, EventContextLexicon.referenceNouns,
         EventContextLexicon.topicWords, EventContextLexicon.dayParts, EventContextLexicon.reportNouns,
         EventContextLexicon.periodNouns, EventContextLexicon.roleNouns, EventContextLexicon.targetNouns,
         EventContextLexicon.placeAnaphors, EventContextLexicon.securityNouns, EventContextLexicon.phraseStops,
         EventContextLexicon.personNouns, EventContextLexicon.background,
         SentenceEvents.supportVerbs, SentenceEvents.enablingVerbs, SentenceEvents.areaNouns, SentenceEvents.unitHeads,
         BackgroundClauses.perfectAuxiliaries, BackgroundClauses.reminderWords, BackgroundClauses.sameDayWords,
         BackgroundClauses.timeWord, BackgroundClauses.earlierWord, BackgroundClauses.perfectParticles,
         SentenceEvents.weekdays, SentenceEvents.dayTimeWords, EventLexicon.recency, EventLexicon.recentTimeNouns,
         SentenceWords.durations, SentenceWords.spanOpeners, SentenceWords.spanPastWords]
    }

    /// Every key of the lists with the bits of the lists that hold it, and the trigger bit; keyed by bytes as the lists are.
    static let table: WordMap<UInt64> = {
        var t: [WordKey: UInt64] = [:]
        for list in lists {
            precondition(list.listMask != 0, "a list without a bit")
            for key in list.keys { t[key, default: 0] |= list.listMask }
        }
        let ground: UInt64 = 1 << UInt64(EventListBit.groundInstrument.rawValue)
        for (key, kind) in EventLexicon.instruments.entries where kind != "air" { t[key, default: 0] |= ground }
        for key in EventLexicon.triggers.entries.keys { t[key, default: 0] |= triggerMask }
        for key in EventLexicon.numberWords.entries.keys { t[key, default: 0] |= numberWordMask }
        return WordMap(keyed: t)
    }()

    /// The bits of a word whose readings are `readings`: for each list, whether it holds one of them.
    static func lists(ofReadings readings: [String]) -> UInt64 {
        let table = table
        var bits: UInt64 = 0
        for r in readings {
            if let b = table[r] { bits |= b }
            if SentenceEvents.startsWithSin(r) { bits |= sinMask }
        }
        return bits
    }
}
