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
    /// Organization heads that only wrap a known name: "تنظيم داعش", "قوات الحشد الشعبي", "حركة «النهضة»" name
    /// the organization itself, so the mention is the name without the head.
    static let wrapperHeads: Set<String> = ["قوات", "هيئه", "حركه", "تنظيم", "جماعه", "فصيل", "مليشيا", "ميليشيا",
                                            "ميليشيات", "مليشيات", "عناصر", "مقاتلو", "مقاتلي", "مسلحو", "مسلحي"]
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

    /// Person name starting at unit `j`: up to 4 name-like words. After a title, a first name may be
    /// followed by a definite common word as the family name (`isFamilyName`).
    func personName(from j: Int, strictFirst: Bool = false, afterTitle: Bool = false) -> Range<Int>? {
        var k = j
        var parts = 0
        var lastWasConnector = false
        var connectorsSeen = 0
        while k < a.units.count && parts < 4 + min(connectorsSeen, 3) {
            let f = flags(k)
            // a first name written in two words ("عبد الله") is one lexicon unit
            guard a.isWord(k), a.units[k].tokens.count == 1
                    || (f.contains(.firstName) && a.units[k].prefix == 0 && isCompoundName(k)) else { break }
            let key = a.key(k)
            let isConnector = Self.connectors.contains(key)
            let familyName = afterTitle && parts == 1 && isFamilyName(k, after: j)
            if parts == 0 {
                if a.units[k].prefix > 0 || f.contains(.common) || f.contains(.frequent) { break }
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
            } else if familyName {
            } else {
                break
            }
            let nameWord = (f.contains(.firstName) || f.contains(.ambiguousFirstName)) && !f.contains(.common) && !f.contains(.frequent)
            if !f.isDisjoint(with: LexFlags.notNamePart) && !nameWord && !familyName { break }
            lastWasConnector = isConnector
            if isConnector { connectorsSeen += 1 }
            parts += 1
            k += 1
        }
        while k > j, Self.connectors.contains(a.key(k - 1)) { k -= 1 }
        // a kunya keeps its laqab even when the laqab is also a title word: "أبو X المهندس", unless a name follows it
        if k - j >= 2, ["ابو", "ام"].contains(a.key(j)), k < a.units.count, a.isWord(k), a.units[k].prefix == 0,
           a.units[k].tokens.count == 1, a.key(k).hasPrefix("ال"), !flags(k).isEmpty,
           flags(k).isSubset(of: [.title, .roleWord]),
           !(a.isUnknownWord(k + 1) || flags(k + 1).contains(.firstName)) {
            k += 1
        }
        return k > j ? j..<k : nil
    }

    /// A definite word that is also a common word, after a lexicon first name, read as the family name:
    /// "سمير الدباغ", "ماجد الفلاحي" (not a feminine noun, a verbal noun or a noun with a pronoun).
    func isFamilyName(_ u: Int, after first: Int) -> Bool {
        let key = a.key(u), f0 = flags(first)
        guard key.hasPrefix("ال"), key.unicodeScalars.count >= 5, a.units[u].prefix == 0, a.units[u].tokens.count == 1,
              f0.contains(.firstName) || f0.isEmpty,
              flags(u).isSubset(of: [.common, .frequent]) else { return false }
        let text = a.token(u).text
        return !text.hasSuffix("ة") && !text.hasSuffix("ات") && Self.surnameShapeOK(key: key, text: text)
    }

    /// A lexicon name unit of several tokens that is a real compound name ("عبد الله", "نور الدين"), not two
    /// words that spell a name once the space is dropped ("على أن" ≠ "عليان").
    func isCompoundName(_ u: Int) -> Bool {
        let toks = a.units[u].tokens
        guard toks.count >= 2 else { return true }
        return Self.connectors.contains(a.tokens[toks.lowerBound].key) || Self.nameTails.contains(a.tokens[toks.upperBound - 1].key)
    }

    /// Whether unit `u` (an unknown word found by a context rule) can be a one-word person name: not a
    /// verbal noun, not a feminine noun in ة, no attached pronoun, not a preposition + noun, not a noun + ه
    /// whose stem is a frequent word. Lexicon first names always can.
    func looksLikeName(_ u: Int) -> Bool {
        let f = flags(u)
        if f.contains(.firstName) || f.contains(.person) { return true }
        let key = a.key(u)
        let s = Self.letters(key)
        if Self.isVerbalNoun(key) || Self.hasPronounSuffix(key) { return false }
        if !Self.surnameShapeOK(key: key, text: a.token(u).text) { return false }
        if s.count >= 5, ["ب", "ل", "ك"].contains(s[0]) {
            let rest = String(String.UnicodeScalarView(s.dropFirst()))
            if Self.isVerbalNoun(rest) || rest.hasSuffix("ه") || rest.hasPrefix("ال") { return false }
        }
        // a definite word is a name only as a nisba (الكاظمي) or when pooled evidence says so later
        if key.hasPrefix("ال") && !a.isNisba(u) && !f.contains(.ambiguousFirstName) { return false }
        return true
    }

    /// An adjective right after a word: indefinite, ending in ي/ية, common or unknown ("شبه عسكري").
    func isAdjective(_ u: Int) -> Bool {
        guard a.isWord(u), a.units[u].prefix == 0 else { return false }
        let key = a.key(u)
        let f = flags(u)
        guard !key.hasPrefix("ال"), f.isEmpty || f.contains(.common) || f.contains(.frequent) || f.contains(.demonym) else { return false }
        return key.hasSuffix("ي") || key.hasSuffix("يه")
    }

    /// A person name found by a context rule (title, verb, apposition) is kept only when it looks like one:
    /// every word passes the one-word test for its first word and no attached pronoun on the last; a one-word
    /// name must also not be followed by an adjective ("قائد شبه عسكري": شبه is not a name).
    func plausiblePerson(_ r: Range<Int>) -> Bool {
        let first = r.lowerBound
        if Self.connectors.contains(a.key(first)) { return true }
        if !looksLikeName(first) { return false }
        if r.count == 1 {
            if r.upperBound < a.units.count && isAdjective(r.upperBound) { return false }
            // a lone feminine noun (قوة، جهة) is not a name; names in ة are in the first-name lexicon
            if a.token(first).text.unicodeScalars.last == "ة" && !flags(first).contains(.firstName) { return false }
            return true
        }
        let last = r.upperBound - 1
        if !(flags(last).contains(.firstName)) && !Self.surnameShapeOK(key: a.key(last), text: a.token(last).text) { return false }
        return true
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
                // "مركز للتحالف الدولي": a preposition before the name, no construct with the head
                if taken == 0 && a.units[k].prefix > 0 { break }
                taken += 1; k += 1; prevIndefinite = false
                continue
            }
            if f.contains(.demonym) {
                if taken > 0 { taken += 1; k += 1 }
                break
            }
            let key = a.key(k)
            guard a.units[k].prefix == 0 || (taken > 0 && key.hasPrefix("لل")) else { break }
            guard f.isEmpty || f == .roleWord || f == .frequent || f.contains(.firstName) || f.contains(.ambiguousFirstName) else { break }
            // a frequent word continues a name only in construct, with the article ("مجلس الشمال")
            if f == .frequent && !(key.hasPrefix("ال") || key.hasPrefix("لل")) { break }
            let definite = key.hasPrefix("ال") || key.hasPrefix("لل")
            if taken == 0 {
                if !definite && !Self.orgConstruct.contains(key) && !f.isEmpty { break }
                if !definite && (key.hasSuffix("يه") || key.hasSuffix("ه")) && !Self.orgConstruct.contains(key) { break }
                // "مركز دبلوماسي": an indefinite nisba adjective, not a name
                if !definite && key.hasSuffix("ي") && !Self.orgConstruct.contains(key) && !f.contains(.firstName) { break }
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

    /// For a wrapper head ("تنظيم", "قوات", "حركة"…) followed by one lexicon organization or by a quoted name,
    /// the name without the head (and without the quotes).
    func wrappedName(head: Int, _ r: Range<Int>) -> (range: Range<Int>, rule: DiscoveryRule)? {
        guard Self.wrapperHeads.contains(a.key(head)) else { return nil }
        let inner = (head + 1)..<r.upperBound
        if flags(inner.lowerBound).contains(.organization) {
            let one = inner.lowerBound..<(inner.lowerBound + 1)
            return (one, a.units[inner.lowerBound].entry?.knownType != nil ? .known : .lexicon)
        }
        if inner.count >= 3, a.isQuote(inner.lowerBound), a.isQuote(inner.upperBound - 1) {
            let words = (inner.lowerBound + 1)..<(inner.upperBound - 1)
            if words.count == 1, flags(words.lowerBound).contains(.organization) {
                return (words, a.units[words.lowerBound].entry?.knownType != nil ? .known : .lexicon)
            }
            return (words, .orgHead)
        }
        return nil
    }

    /// Place name words after a place head (not including the head).
    func placeName(after head: Int) -> Range<Int>? {
        let k = head + 1
        // a quoted name: قاعدة “عين الأسد”
        if a.isQuote(k) {
            var q = k + 1
            while q < a.units.count && q - k <= 4 && a.isWord(q) { q += 1 }
            if q < a.units.count, a.isQuote(q), q > k + 1 { return k..<(q + 1) }
            return nil
        }
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
            if f.contains(.place), !f.contains(.organization), a.isAdjectivalNisba(unit: i) {
                // "الفيروس التاجي": a place-like nisba right after a definite noun is its adjective
                i += 1; continue
            }
            if f.contains(.organization) || f.contains(.place) {
                // "حزب الله" after a head is part of a longer name: let the head rule see it first
                add(i..<(i + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                i += 1; continue
            }
            if f.contains(.orgHead), a.units[i].tokens.count == 1, let r = orgName(after: i) {
                if let inner = wrappedName(head: i, r) {
                    add(inner.range, .organization, inner.rule, cue: text(i..<(i + 1)))
                    if !a.isQuote(inner.range.lowerBound - 1) { i = inner.range.upperBound; continue }
                } else {
                    add(r, .organization, .orgHead, cue: text(i..<(i + 1)))
                }
                i = r.upperBound; continue
            }
            if f.contains(.facilityHead), let r = placeName(after: i) {
                add(i..<r.upperBound, .place, .placeHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.areaHead), let r = placeName(after: i), !a.isQuote(r.lowerBound) {
                add(r, .place, .placeHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.title) {
                var j = roleComplement(from: i + 1)
                let cue = text(i..<max(i + 1, j))
                if a.isComma(j) && j > i + 1 { j += 1 }
                if let r = personName(from: j, afterTitle: true), plausiblePerson(r) {
                    add(r, .person, .title, cue: cue)
                    i = r.upperBound; continue
                }
                i = max(i + 1, j); continue
            }
            if f.contains(.reportingVerb) {
                if !flags(i + 1).contains(.title), let r = personName(from: i + 1, strictFirst: true), plausiblePerson(r) {
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
                let unambiguous = f.contains(.firstName) && !f.contains(.common) && !f.contains(.frequent) && !f.contains(.ambiguousFirstName)
                if unambiguous || a.isNisba(second) || flags(second).contains(.firstName) {
                    add(r, .person, .firstName); i = r.upperBound; continue
                }
            }
            if a.isComma(i), i > 0, flags(i + 1).contains(.title) {
                // apposition: "قيس الخزعلي، زعيم …"
                var s = i
                while s > 0 && i - s < 3 && !covered.contains(s - 1) && a.isWord(s - 1)
                        && (a.isUnknownWord(s - 1) || flags(s - 1).contains(.firstName)) { s -= 1 }
                if s < i, let r = personName(from: s), r.upperBound == i, plausiblePerson(r) {
                    let end = roleComplement(from: i + 2)
                    add(r, .person, .apposition, cue: text((i + 1)..<max(i + 2, end)))
                }
            }
            i += 1
        }
    }
}
