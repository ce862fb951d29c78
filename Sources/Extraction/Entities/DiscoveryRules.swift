import ArabicText

/// Which rule found a candidate name. Strong rules rest on a lexicon, a title or a head word.
public enum DiscoveryRule: String, Sendable, Codable {
    case lexicon, known, title, apposition, reportingVerb, orgHead, placeHead, firstName, kunya, pooled

    var isStrong: Bool {
        switch self {
        case .lexicon, .known, .title, .apposition, .orgHead, .placeHead, .kunya: return true
        case .reportingVerb, .firstName, .pooled: return false
        }
    }
}

/// A name found in one block of one document.
public struct EntityCandidate: Hashable, Sendable {
    public var block: Int
    public var start: Int
    public var end: Int
    public var surface: String
    public var key: String
    public var type: EntityType
    public var cue: String?
    public var rule: DiscoveryRule
    /// For lexicon names: the display name the lexicon gives ("أمريكا" → "الولايات المتحدة").
    public var canonical: String?
    /// Why a weak candidate was taken, for debugging.
    public var note: String? = nil
}

/// The rules that find names in one analysed block (see `EntityExtractor` for the list).
struct DiscoveryRules {
    let a: BlockAnalysis
    var out: [EntityCandidate] = []
    /// Units already inside a candidate.
    var covered: Set<Int> = []

    static let connectors: Set<String> = ["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "اال", "اَل"]
    static let orgConstruct: Set<String> = ["اهل", "انصار", "ابناء", "ال", "سيد", "جند", "حماه", "شباب", "لواء"]
    static let placeConstruct: Set<String> = ["عين", "بير", "بئر", "تل", "جبل", "راس", "دير", "بيت", "كفر", "ام", "ابو",
                                              "سيدي", "بني", "بن", "خان", "وادي", "باب", "سوق", "مرج", "عين"]
    static let nameTails: Set<String> = ["الدين", "الله", "الرحمن", "العابدين"]
    static let genericOrgs: Set<String> = ["قواتالامن", "قواتالاحتلال", "قواتالجيش", "قواتالشرطه", "قواتالتحالف",
                                           "قواتالنظام", "قواتالمعارضه"]

    init(_ a: BlockAnalysis) { self.a = a }

    mutating func add(_ r: Range<Int>, _ type: EntityType, _ rule: DiscoveryRule, cue: String? = nil) {
        guard !r.isEmpty, !r.contains(where: { covered.contains($0) }) else { return }
        let (s, e) = a.span(r)
        let key = a.key(r)
        guard key.unicodeScalars.count >= 2 else { return }
        if type == .organization && Self.genericOrgs.contains(key) { return }
        var canonical: String? = nil
        if r.count == 1, let entry = a.units[r.lowerBound].entry { canonical = entry.canonical }
        out.append(EntityCandidate(block: a.block, start: s, end: e, surface: a.surface(r), key: key, type: type,
                                   cue: cue, rule: rule, canonical: canonical))
        for u in r { covered.insert(u) }
    }

    func flags(_ u: Int) -> LexFlags { u < a.units.count ? a.units[u].flags : [] }
    func text(_ r: Range<Int>) -> String { a.surface(r) }

    /// Person name starting at unit `j`: up to 4 name-like words.
    func personName(from j: Int, strictFirst: Bool = false) -> Range<Int>? {
        var k = j
        var parts = 0
        var lastWasConnector = false
        while k < a.units.count && parts < 4 {
            guard a.isWord(k), a.units[k].tokens.count == 1 else { break }
            let f = flags(k)
            let key = a.key(k)
            let isConnector = Self.connectors.contains(key)
            if parts == 0 {
                if a.units[k].prefix > 0 || f.contains(.common) { break }
                if ["بال", "وال", "فال", "كال", "لل"].contains(where: { key.hasPrefix($0) }) { break }
                if !(f.isEmpty || f.contains(.firstName) || f.contains(.ambiguousFirstName) || isConnector) { break }
                if f.isEmpty && key.unicodeScalars.count < 2 { break }
                if strictFirst && f.isEmpty && key.hasPrefix("ال") && !a.isNisba(k) { break }
            } else if lastWasConnector {
                if !(f.isEmpty || f.contains(.firstName) || f.contains(.ambiguousFirstName) || key == "الله") { break }
            } else if Self.nameTails.contains(key) {
                // نور الدين، عبد الله
            } else if f.contains(.firstName) || isConnector || a.isNisba(k) {
            } else if parts == 1 && f.isEmpty && !key.hasPrefix("ال") {
            } else if f.isEmpty && a.key(k - 1).unicodeScalars.count <= 2 {
                // a name split by a stray space: "قا آني"
            } else if parts == 1 && f.isEmpty && a.isNisba(k) {
            } else {
                break
            }
            let nameWord = (f.contains(.firstName) || f.contains(.ambiguousFirstName)) && !f.contains(.common)
            if !f.isDisjoint(with: LexFlags.notNamePart) && !nameWord { break }
            lastWasConnector = isConnector
            parts += 1
            k += 1
        }
        while k > j, Self.connectors.contains(a.key(k - 1)) { k -= 1 }
        return k > j ? j..<k : nil
    }

    /// Name words after an organization head, or nil.
    func orgName(after head: Int) -> Range<Int>? {
        var k = head + 1
        if a.isQuote(k) {
            var q = k + 1
            while q < a.units.count && q - k <= 6 && !a.isQuote(q) { q += 1 }
            if q < a.units.count, a.isQuote(q), q > k + 1 { return head..<(q + 1) }
            return nil
        }
        var taken = 0
        var prevIndefinite = false
        while k < a.units.count && taken < 5 {
            let f = flags(k)
            guard a.isWord(k) else { break }
            if f.contains(.place) || f.contains(.organization) {
                taken += 1; k += 1; prevIndefinite = false
                continue
            }
            if f.contains(.demonym) {
                if taken > 0 { taken += 1; k += 1 }
                break
            }
            let key = a.key(k)
            guard a.units[k].prefix == 0 || (taken > 0 && key.hasPrefix("لل")) else { break }
            guard f.isEmpty || f == .roleWord || f.contains(.firstName) || f.contains(.ambiguousFirstName) else { break }
            let definite = key.hasPrefix("ال") || key.hasPrefix("لل")
            if taken == 0 {
                if !definite && !Self.orgConstruct.contains(key) && !f.isEmpty { break }
                if !definite && (key.hasSuffix("يه") || key.hasSuffix("ه")) && !Self.orgConstruct.contains(key) { break }
            } else if !definite && !prevIndefinite {
                break
            }
            prevIndefinite = !definite
            taken += 1
            k += 1
        }
        while k > head + 1, prevIndefinite == false, k - 1 > head, Self.orgConstruct.contains(a.key(k - 1)) { k -= 1 }
        return taken > 0 ? head..<k : nil
    }

    /// Place name words after a place head (not including the head).
    func placeName(after head: Int) -> Range<Int>? {
        let k = head + 1
        if k < a.units.count, a.units[k].prefix == 0, flags(k).contains(.place) { return k..<(k + 1) }
        guard a.isUnknownWord(k), a.units[k].prefix == 0 else { return nil }
        let key = a.key(k)
        if !key.hasPrefix("ال") && key.hasSuffix("ه") { return nil }   // قاعدة عسكرية: an adjective
        if Self.placeConstruct.contains(key), k + 1 < a.units.count, a.isWord(k + 1),
           a.isUnknownWord(k + 1) || flags(k + 1).contains(.place) || flags(k + 1).contains(.firstName) {
            return k..<(k + 2)
        }
        return k..<(k + 1)
    }

    /// Role words, demonyms, known names and organization phrases that complete a title.
    mutating func roleComplement(from j: Int) -> Int {
        var k = j
        while k < a.units.count && k - j < 8 {
            let f = flags(k)
            let key = a.key(k)
            if f.contains(.roleWord) || f.contains(.demonym) { k += 1; continue }
            if f.contains(.organization) || f.contains(.place) {
                add(k..<(k + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                k += 1; continue
            }
            if f.contains(.orgHead), let r = orgName(after: k) {
                add(r, .organization, .orgHead, cue: text(k..<(k + 1)))
                k = r.upperBound; continue
            }
            if key == "في" || key == "باسم" || key == "لدي" || key == "العام" { k += 1; continue }
            break
        }
        // "… في" with nothing after it: give the preposition back
        while k > j, ["في", "باسم", "لدي"].contains(a.key(k - 1)) { k -= 1 }
        return k
    }

    mutating func run() {
        let n = a.units.count
        var i = 0
        while i < n {
            let f = flags(i)
            if covered.contains(i) { i += 1; continue }
            if let entry = a.units[i].entry, let t = entry.knownType {
                add(i..<(i + 1), t, .known); i += 1; continue
            }
            if f.contains(.organization) || f.contains(.place) {
                // "حزب الله" after a head is part of a longer name: let the head rule see it first
                add(i..<(i + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                i += 1; continue
            }
            if f.contains(.orgHead), a.units[i].tokens.count == 1, let r = orgName(after: i) {
                add(r, .organization, .orgHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.facilityHead), let r = placeName(after: i) {
                add(i..<r.upperBound, .place, .placeHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.areaHead), let r = placeName(after: i) {
                add(r, .place, .placeHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.title) {
                var j = roleComplement(from: i + 1)
                let cue = text(i..<max(i + 1, j))
                if a.isComma(j) && j > i + 1 { j += 1 }
                if let r = personName(from: j) {
                    add(r, .person, .title, cue: cue)
                    i = r.upperBound; continue
                }
                i = max(i + 1, j); continue
            }
            if f.contains(.reportingVerb) {
                if !flags(i + 1).contains(.title), let r = personName(from: i + 1, strictFirst: true) {
                    let next = r.upperBound
                    let after = next < n ? a.key(next) : ""
                    if next >= n || a.isPunct(next) || ["ان", "انه", "انها", "ان", "في", "خلال", "امام", "لـ"].contains(after) {
                        add(r, .person, .reportingVerb, cue: text(i..<(i + 1)))
                        i = next; continue
                    }
                }
                i += 1; continue
            }
            if f.isEmpty, a.isWord(i), a.units[i].prefix == 0, ["ابو", "ام"].contains(a.key(i)),
               let r = personName(from: i), r.count >= 2 {
                add(r, .person, .kunya); i = r.upperBound; continue
            }
            if f.contains(.firstName) || f.contains(.ambiguousFirstName), let r = personName(from: i), r.count >= 2 {
                let second = r.lowerBound + 1
                let unambiguous = f.contains(.firstName) && !f.contains(.common) && !f.contains(.ambiguousFirstName)
                if unambiguous || a.isNisba(second) || flags(second).contains(.firstName) {
                    add(r, .person, .firstName); i = r.upperBound; continue
                }
            }
            if a.isComma(i), i > 0, flags(i + 1).contains(.title) {
                // apposition: "قيس الخزعلي، زعيم …"
                var s = i
                while s > 0 && i - s < 3 && !covered.contains(s - 1) && a.isWord(s - 1)
                        && (a.isUnknownWord(s - 1) || flags(s - 1).contains(.firstName)) { s -= 1 }
                if s < i, let r = personName(from: s), r.upperBound == i {
                    let end = roleComplement(from: i + 2)
                    add(r, .person, .apposition, cue: text((i + 1)..<max(i + 2, end)))
                }
            }
            i += 1
        }
    }
}
