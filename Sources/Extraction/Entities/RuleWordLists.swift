import ArabicText

/// Word lists that discovery rules ask of every unit (`DiscoveryRules.run` tries the rules in turn at each unit, and
/// most of them start by asking whether the unit's key or stem key is in one of their lists).
struct RuleLists: OptionSet, Sendable {
    let rawValue: UInt32

    /// `ClubForms.byCity`'s keys.
    static let clubByCity = RuleLists(rawValue: 1 << 0)
    /// `ClubForms.firstWords`.
    static let clubFirstWord = RuleLists(rawValue: 1 << 1)
    /// `ClubForms.byWord`'s keys.
    static let clubByWord = RuleLists(rawValue: 1 << 2)
    /// `DiscoveryRules.clubNouns`.
    static let clubNoun = RuleLists(rawValue: 1 << 3)
    /// `DiscoveryRules.cityNouns`.
    static let cityNoun = RuleLists(rawValue: 1 << 4)
    /// `DiscoveryRules.clubNounsOfOtherSenses`.
    static let clubNounOfOtherSenses = RuleLists(rawValue: 1 << 5)
    /// `DiscoveryRules.townHeads`.
    static let townHead = RuleLists(rawValue: 1 << 6)
    /// The word «حي» as written (`quarterName`'s head).
    static let quarterHead = RuleLists(rawValue: 1 << 7)
    /// `DiscoveryRules.kanaSisters`.
    static let kanaSister = RuleLists(rawValue: 1 << 8)
    /// `DiscoveryRules.kanaSisters` with «و» or «ف» before them.
    static let kanaSisterAfterWawOrFa = RuleLists(rawValue: 1 << 9)
    /// `DiscoveryRules.relationNouns`.
    static let relationNoun = RuleLists(rawValue: 1 << 10)
    /// `DiscoveryRules.teamHeads`.
    static let teamHead = RuleLists(rawValue: 1 << 11)
    /// `DiscoveryRules.hostAndGuest`.
    static let hostOrGuest = RuleLists(rawValue: 1 << 12)
    /// `DiscoveryRules.drawVerbs`.
    static let drawVerb = RuleLists(rawValue: 1 << 13)
    /// `DiscoveryRules.complementizers`.
    static let complementizer = RuleLists(rawValue: 1 << 14)
    /// `DiscoveryRules.clubNameWords`.
    static let clubNameWord = RuleLists(rawValue: 1 << 15)
    /// The word «ابي» as written (`isKunyaOpening`).
    static let kunyaAbi = RuleLists(rawValue: 1 << 16)
    /// Not a list: set on a unit's key lists when the key is كان or a sister as `isKanaVerb` reads it (with «و» or
    /// «ف» before three scalars or more, `kanaSisterAfterWawOrFa`; else `kanaSister`).
    static let kanaVerb = RuleLists(rawValue: 1 << 31)
    /// Not a list: set on a unit's key lists when the key is ال and three scalars or more
    /// (`DiscoveryRules.isDefinite(_:scalars: 5)`, which `isDefiniteOrganizationHead` asks first).
    static let definiteOfFiveScalars = RuleLists(rawValue: 1 << 30)
    /// Not a list: set on a unit's key lists when the key is ال … ي or ال … يه (`DiscoveryRules.hasDefiniteNisbaShape`,
    /// which `clubNamedWithItsCityAdjective` asks first of the next unit).
    static let definiteNisbaShape = RuleLists(rawValue: 1 << 29)
}

/// One table of the words of all `RuleLists`, whose value for a word is the lists that hold it: a unit's key and its
/// stem key are each looked up once (`UnitLists`), and the rules test bits instead of asking each list in turn
/// (~1 M look-ups at 1k, mostly of the same key in another list). The lists stay the rules' own; this table is made
/// from their keys (as the lists hold them, by their bytes) and `RuleWordListsTests` compares it with them.
struct RuleWordTable: Sendable {
    private let table: ByteTable
    /// The lists of each key of `table`, in its order.
    private let values: [UInt32]

    /// Each list and its keys.
    static var sources: [(RuleLists, [WordKey])] {
        [(.clubByCity, Array(ClubForms.byCity.entries.keys)),
         (.clubFirstWord, ClubForms.firstWords.keys),
         (.clubByWord, Array(ClubForms.byWord.entries.keys)),
         (.clubNoun, DiscoveryRules.clubNouns.keys),
         (.cityNoun, DiscoveryRules.cityNouns.keys),
         (.clubNounOfOtherSenses, DiscoveryRules.clubNounsOfOtherSenses.keys),
         (.townHead, DiscoveryRules.townHeads.keys),
         (.quarterHead, [WordKey("حي")]),
         (.kanaSister, DiscoveryRules.kanaSisters.keys),
         (.kanaSisterAfterWawOrFa, DiscoveryRules.kanaSisters.keys.flatMap { [WordKey("و" + $0.string), WordKey("ف" + $0.string)] }),
         (.relationNoun, DiscoveryRules.relationNouns.keys),
         (.teamHead, DiscoveryRules.teamHeads.keys),
         (.hostOrGuest, DiscoveryRules.hostAndGuest.keys),
         (.drawVerb, DiscoveryRules.drawVerbs.keys),
         (.complementizer, DiscoveryRules.complementizers.keys),
         (.clubNameWord, DiscoveryRules.clubNameWords.keys),
         (.kunyaAbi, [WordKey("ابي")])]
    }

    static let shared = RuleWordTable()

    init() {
        var lists: [WordKey: UInt32] = [:]
        for (list, keys) in Self.sources { for k in keys { lists[k, default: 0] |= list.rawValue } }
        let table = ByteTable(lists.keys)
        self.table = table
        values = table.keys.map { lists[$0]! }
    }

    /// The lists that hold the word whose UTF-8 bytes are `b`.
    @inline(__always)
    func lists(ofBytes b: UnsafeBufferPointer<UInt8>) -> RuleLists {
        guard let i = table.index(ofBytes: b) else { return [] }
        return RuleLists(rawValue: values[i])
    }

    /// The lists that hold `word`.
    func lists(of word: String) -> RuleLists {
        if let found = word.utf8.withContiguousStorageIfAvailable({ lists(ofBytes: $0) }) { return found }
        var w = word
        return w.withUTF8 { lists(ofBytes: $0) }
    }

    /// The lists of each unit's key (with `kanaVerb` and the key's shapes) and stem key (`BlockAnalysis.stemKey`) in `a`.
    func unitLists(_ a: BlockAnalysis) -> [UnitLists] {
        var out: [UnitLists] = []
        out.reserveCapacity(a.units.count)
        for u in a.units.indices {
            // (the unit's fields read one by one: a copy of the `Unit`, whose entry holds strings, cost more than its look-ups)
            let first = a.units[u].tokens.lowerBound, prefix = a.units[u].prefix
            let stemOfOwnBytes = prefix == 0 || !a.units[u].restoredAlef
            let read: UnitLists? = a.tokens[first].key.utf8.withContiguousStorageIfAvailable { b in
                let found = lists(ofBytes: b)
                let k = found.union(Self.shapes(ofKey: b, lists: found))
                guard stemOfOwnBytes else { return UnitLists(key: k, stem: []) }
                if prefix == 0 { return UnitLists(key: k, stem: found) }
                let start = UTF8Scalars.offset(ofScalar: prefix, in: b) ?? b.count
                return UnitLists(key: k, stem: lists(ofBytes: UnsafeBufferPointer(rebasing: b[start...])))
            }
            if var read {
                if !stemOfOwnBytes { read.stem = lists(of: a.stemKey(u)) }
                out.append(read)
            } else {
                out.append(Self.unitLists(a, u, table: self))
            }
        }
        return out
    }

    /// The members of `RuleLists` that are no list, for the key whose UTF-8 bytes are `b` and which `lists` hold.
    @inline(__always)
    static func shapes(ofKey b: UnsafeBufferPointer<UInt8>, lists: RuleLists) -> RuleLists {
        var k: RuleLists = []
        // `isKanaVerb`: و (D9 88) or ف (D9 81) before three scalars or more is read off the verb
        let clitic = b.count >= 2 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) && UTF8Scalars.offset(ofScalar: 4, in: b) != nil
        if lists.contains(clitic ? .kanaSisterAfterWawOrFa : .kanaSister) { k.insert(.kanaVerb) }
        if b.count >= 4 && b[0] == 0xD8 && b[1] == 0xA7 && b[2] == 0xD9 && b[3] == 0x84 {   // ال
            if UTF8Scalars.offset(ofScalar: 5, in: b) != nil { k.insert(.definiteOfFiveScalars) }
            if DiscoveryRules.hasDefiniteNisbaShape(bytes: b) { k.insert(.definiteNisbaShape) }
        }
        return k
    }

    /// `unitLists` for unit `u` from strings (a key with no contiguous UTF-8).
    static func unitLists(_ a: BlockAnalysis, _ u: Int, table: RuleWordTable) -> UnitLists {
        let key = a.key(u)
        var k = table.lists(of: key)
        let s = key.unicodeScalars
        let clitic = (s.first == "و" || s.first == "ف") && s.count >= 4
        if clitic ? DiscoveryRules.kanaSisters.contains(key, droppingScalars: 1) : DiscoveryRules.kanaSisters.contains(key) {
            k.insert(.kanaVerb)
        }
        if DiscoveryRules.isDefinite(key, scalars: 5) { k.insert(.definiteOfFiveScalars) }
        if DiscoveryRules.hasDefiniteNisbaShape(key) { k.insert(.definiteNisbaShape) }
        return UnitLists(key: k, stem: table.lists(of: a.stemKey(u)))
    }
}

/// The lists of `RuleLists` that hold a unit's key and its stem key (the key without the proclitics the lexicon split
/// off, `BlockAnalysis.stemKey`).
struct UnitLists: Sendable {
    var key: RuleLists
    var stem: RuleLists
}

extension DiscoveryRules {
    /// Whether unit `u` is a word whose key is in `list` (`keyIs(_:in:)` through the unit's lists).
    func keyIs(_ u: Int, _ list: RuleLists) -> Bool {
        u < a.units.count && a.isWord(u) && wordLists[u].key.contains(list)
    }
}
