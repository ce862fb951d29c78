/// The context lists `SentenceContext` asks of every word of a sentence with a trigger (`EventContextLexicon`'s
/// sport, animal, figurative, cyber, comment, vehicle, violence, force and accident words, and the instruments of
/// `EventLexicon` other than the air force), as one bit each: a word's readings are looked up once in one table,
/// not once per list (ten lists, each asked of every reading of every word).
struct ContextWordKinds: OptionSet, Sendable {
    let rawValue: UInt16

    static let sport = ContextWordKinds(rawValue: 1 << 0)
    static let strongSport = ContextWordKinds(rawValue: 1 << 1)
    static let animals = ContextWordKinds(rawValue: 1 << 2)
    static let figurative = ContextWordKinds(rawValue: 1 << 3)
    static let cyber = ContextWordKinds(rawValue: 1 << 4)
    static let commentary = ContextWordKinds(rawValue: 1 << 5)
    static let motorVehicles = ContextWordKinds(rawValue: 1 << 6)
    static let violence = ContextWordKinds(rawValue: 1 << 7)
    static let forces = ContextWordKinds(rawValue: 1 << 8)
    static let accident = ContextWordKinds(rawValue: 1 << 9)
    /// A key of `EventLexicon.instruments` whose sub-kind is not "air".
    static let groundInstrument = ContextWordKinds(rawValue: 1 << 10)

    /// The lists each bit stands for, as `SentenceContext` read them one by one.
    static let lists: [(WordSet, ContextWordKinds)] = [
        (EventContextLexicon.sport, .sport), (EventContextLexicon.strongSport, .strongSport),
        (EventContextLexicon.animals, .animals), (EventContextLexicon.figurative, .figurative),
        (EventContextLexicon.cyber, .cyber), (EventContextLexicon.commentary, .commentary),
        (EventContextLexicon.motorVehicles, .motorVehicles), (EventContextLexicon.violence, .violence),
        (EventContextLexicon.forces, .forces), (EventContextLexicon.accident, .accident),
    ]

    /// Every key of the lists with the bits of the lists that hold it, keyed by bytes as the lists are.
    static let table: WordMap<ContextWordKinds> = {
        var t: [WordKey: ContextWordKinds] = [:]
        for (list, kind) in lists { for key in list.keys { t[key, default: []].insert(kind) } }
        for (key, kind) in EventLexicon.instruments.entries where kind != "air" { t[key, default: []].insert(.groundInstrument) }
        return WordMap(keyed: t)
    }()

    /// The bits of the lists that hold one of `word`'s readings (`SentenceWords.has(_:in:)` of each list at once).
    /// (the low bits of the word's `lists`, `EventListBit.sport` … `.groundInstrument`, in this set's order)
    static func of(_ word: SentenceWords.Word) -> ContextWordKinds {
        ContextWordKinds(rawValue: UInt16(truncatingIfNeeded: word.lists & EventWordLists.contextKindsMask))
    }

    /// `of(_:)` by each reading of the word looked up in `table`: the lists one by one.
    static func byReadings(_ word: SentenceWords.Word) -> ContextWordKinds {
        var kinds: ContextWordKinds = []
        for r in word.readings { if let k = table[r] { kinds.formUnion(k) } }
        return kinds
    }
}
