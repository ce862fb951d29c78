import ArabicText

/// What a lexicon word or phrase is.
struct LexFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt32
    static let place = LexFlags(rawValue: 1 << 0)
    static let organization = LexFlags(rawValue: 1 << 1)
    static let person = LexFlags(rawValue: 1 << 2)
    static let demonym = LexFlags(rawValue: 1 << 3)
    static let title = LexFlags(rawValue: 1 << 4)
    static let roleWord = LexFlags(rawValue: 1 << 5)
    static let reportingVerb = LexFlags(rawValue: 1 << 6)
    static let orgHead = LexFlags(rawValue: 1 << 7)
    static let facilityHead = LexFlags(rawValue: 1 << 8)
    static let areaHead = LexFlags(rawValue: 1 << 9)
    static let firstName = LexFlags(rawValue: 1 << 10)
    static let ambiguousFirstName = LexFlags(rawValue: 1 << 11)
    static let common = LexFlags(rawValue: 1 << 12)
    /// A frequent non-name word of news text (`FrequentWords`): never a person name, but it may follow an
    /// organization head ("مجلس الشمال").
    static let frequent = LexFlags(rawValue: 1 << 13)

    static let names: LexFlags = [.place, .organization, .person]
    /// Flags that stop a person name.
    static let notNamePart: LexFlags = [.place, .organization, .demonym, .title, .roleWord, .reportingVerb,
                                        .orgHead, .facilityHead, .areaHead, .common, .frequent]
}

/// One lexicon phrase: its flags and, for names and demonyms, the canonical name it stands for.
struct LexEntry: Sendable {
    var flags: LexFlags
    /// Display name of the place/organization (for a demonym: its place).
    var canonical: String?
    /// Curated type, when the entry comes from a `KnownName`.
    var knownType: EntityType?

    static func merge(_ a: LexEntry, _ b: LexEntry) -> LexEntry {
        LexEntry(flags: a.flags.union(b.flags), canonical: a.canonical ?? b.canonical, knownType: b.knownType ?? a.knownType)
    }
}

/// The built-in lexicons as one gazetteer.
enum Lexicon {
    /// Match keys of ordinary words (`DictionaryWords`): evidence that a word is not a name, kept apart
    /// from the flags (a first name or a place of the lexicon may also be an ordinary word).
    static let dictionary = WordSet(wordsOf: DictionaryWords.words)
    /// First names that are also ordinary words (`DictionaryWords.firstNames`): "نمر", "بشر", "جميلة".
    static let ordinaryFirstNames = WordSet(wordsOf: DictionaryWords.firstNames)
    /// Inflected and cliticized ordinary words, verbs (`DictionaryWords.inflected`): "بكثرة", "يواجه".
    static let inflectedWords = WordSet(wordsOf: DictionaryWords.inflected)

    /// The spellings of each line of a lexicon text, split on «|»; a line's « @country» (the country of a city,
    /// `countriesOfLines`) is not a spelling. (Read on UTF-8 bytes: splitting the texts by `Character` cost more
    /// than all the rest of building the lexicons.)
    /// (In the bytes the text lends: the `utf8` view's `split` of the lines, then of each line at «@» and «|», walked
    /// the ~50 KB of lexicon texts through generic slices, ~50 M instructions a build.)
    static func lines(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { b in
            var out: [[String]] = []
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                var stop = start   // the spellings end at the line's first «@»
                while stop < end, b[stop] != 0x40 { stop += 1 }
                var parts: [String] = []
                var lo = start
                while lo < stop {
                    var hi = lo
                    while hi < stop, b[hi] != 0x7C { hi += 1 }   // «|»
                    if let spelling = trimmedSpelling(b, lo, hi) { parts.append(spelling) }
                    lo = hi + 1
                }
                if !parts.isEmpty { out.append(parts) }
                start = end + 1
            }
            return out
        }
    }

    /// `trimmedSpelling` of bytes `lo..<hi` of `b`.
    static func trimmedSpelling(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        var first = lo, last = hi
        while first < last, b[first] == 0x20 { first += 1 }
        while last > first, b[last - 1] == 0x20 { last -= 1 }
        return first < last ? String(decoding: UnsafeBufferPointer(rebasing: b[first..<last]), as: UTF8.self) : nil
    }

    /// The lines of a lexicon text that name their country, «بغداد @العراق»: each line's spellings and its country.
    static func countriesOfLines(_ text: String) -> [(spellings: [String], country: String)] {
        text.utf8.split(separator: 0x0A).compactMap { line in
            let halves = line.split(separator: 0x40, maxSplits: 1, omittingEmptySubsequences: false)
            guard halves.count == 2 else { return nil }
            let spellings = halves[0].split(separator: 0x7C).compactMap(trimmedSpelling)
            guard let country = trimmedSpelling(halves[1]), !spellings.isEmpty else { return nil }
            return (spellings, country)
        }
    }

    /// The bytes without the spaces around them, as a string; nil when nothing else is left.
    static func trimmedSpelling(_ bytes: Substring.UTF8View.SubSequence) -> String? {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// A lexicon entry written «=name»: the display name of the line's spellings, not matched itself (an outlet
    /// named without its head, «=العربية|قناة العربية», whose name alone is also a common word).
    static func displayOnly(_ entry: String) -> String? {
        UTF8Key.hasPrefix(entry, "=") ? String(entry.dropFirst()) : nil
    }

    /// (split on the UTF-8 bytes of the space and the line feed: comparing every `Character` of the word
    /// lists with " " normalized each one; and in the bytes the text lends, not through its `utf8` view's
    /// `split`, whose generic walk cost ~50 instructions a byte of the 340 KB of word lists)
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { b in
            var out: [String] = []
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 || b[i] == 0x0A { i += 1 }
                let start = i
                while i < b.count, b[i] != 0x20, b[i] != 0x0A { i += 1 }
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
            }
            return out
        }
    }

    /// Forms of a demonym: إيراني → إيراني إيرانية إيرانيون إيرانيين إيرانيان إيرانيتان and with ال.
    static func demonymForms(_ base: String) -> [String] {
        let stems = [base, base + "ة", base + "ون", base + "ين", base + "ان", base + "تان", base + "تين"]
        return stems + stems.map { "ال" + $0 }
    }

    /// The built-in lexicon plus `known` names (curated entities).
    static func build(known: [KnownName]) -> Gazetteer<LexEntry> {
        var g = builtIn
        for k in known {
            let flags: LexFlags = k.type == .person ? .person : k.type == .place ? .place : .organization
            for v in [k.name] + k.aliases {
                // a curated name overrides what the built-in lexicon says about the phrase
                g.insert(v, value: LexEntry(flags: flags, canonical: k.name, knownType: k.type),
                         combine: { old, new in LexEntry(flags: new.flags.union(old.flags.subtracting(LexFlags.names.union([.common, .frequent]))),
                                                         canonical: new.canonical, knownType: new.knownType) })
            }
        }
        return g
    }

    /// The spellings as written of the places and organizations of the lexicon, by match key (spaces
    /// removed): what a written form is checked against when a folded key matched it.
    static let nameSpellings: [String: [String]] = {
        var out: [String: [String]] = [:]
        out.reserveCapacity(4_096)   // (~2,100 keys: growing the table rehashed every Arabic key, ~5 M instructions)
        for text in PlaceLexicon.allPlaces + OrganizationLexicon.all {
            for l in lines(text) { for v in l where displayOnly(v) == nil { out[ArabicNormalizer.matchKey(v), default: []].append(v) } }
        }
        return out
    }()

    /// The built-in lexicons, read once from the data made from them (`BuiltInLexiconData`), or built from their texts
    /// when that data is not theirs (`BuiltInLexiconCoding`).
    static let builtIn: Gazetteer<LexEntry> = readBuiltIn() ?? buildBuiltIn()

    /// The built-in lexicon read from `BuiltInLexiconData`, or nil when the data was made from other texts than
    /// `builtInSources` or does not read.
    static func readBuiltIn() -> Gazetteer<LexEntry>? {
        guard BuiltInLexiconData.sourceDigest == BuiltInLexiconCoding.sourceDigest() else { return nil }
        return BuiltInLexiconCoding.decode(trie: BuiltInLexiconData.trie, values: BuiltInLexiconData.values)
    }

    /// Every text `buildBuiltIn` reads, in its order (what `BuiltInLexiconData.sourceDigest` is the digest of).
    static var builtInSources: [String] {
        [CommonWords.words, CommonWords.adjectives, FrequentWords.words, PersonLexicon.firstNames, PersonLexicon.ambiguousFirstNames,
         FirstNames.arabicMale, FirstNames.arabicFemale, FirstNames.foreign, PersonLexicon.titles, PersonLexicon.roleWords,
         PersonLexicon.reportingVerbs, OrganizationLexicon.heads, OrganizationLexicon.facilityHeads, OrganizationLexicon.areaHeads,
         DemonymLexicon.demonyms, DemonymLexicon.extraForms] + PlaceLexicon.allPlaces + OrganizationLexicon.all
    }

    /// (`tokenized`: every name inserted by its tokens, `Gazetteer.insertTokenized`, for the test that compares the two)
    static func buildBuiltIn(tokenized: Bool = false) -> Gazetteer<LexEntry> {
        var g = Gazetteer<LexEntry>()
        func add(_ name: String, _ flags: LexFlags, _ canonical: String? = nil, _ type: EntityType? = nil) {
            let entry = LexEntry(flags: flags, canonical: canonical, knownType: type)
            if tokenized { g.insertTokenized(name, value: entry, combine: LexEntry.merge) } else { g.insert(name, value: entry, combine: LexEntry.merge) }
        }
        for w in words(CommonWords.words) { add(w, .common) }
        for w in words(CommonWords.adjectives) { add(w, .common) }
        for w in words(FrequentWords.words) { add(w, .frequent) }
        for w in words(PersonLexicon.firstNames) { add(w, .firstName) }
        let ambiguous = Set(words(PersonLexicon.ambiguousFirstNames).map(ArabicNormalizer.matchKey))
        for text in [FirstNames.arabicMale, FirstNames.arabicFemale, FirstNames.foreign] {
            for w in words(text) where !ambiguous.contains(ArabicNormalizer.matchKey(w)) { add(w, .firstName) }
        }
        for w in words(PersonLexicon.ambiguousFirstNames) { add(w, .ambiguousFirstName) }
        for l in lines(PersonLexicon.titles) { add(l[0], .title) }
        for l in lines(PersonLexicon.roleWords) { add(l[0], .roleWord) }
        for l in lines(PersonLexicon.reportingVerbs) { add(l[0], .reportingVerb) }
        for l in lines(OrganizationLexicon.heads) { add(l[0], .orgHead) }
        for l in lines(OrganizationLexicon.facilityHeads) { add(l[0], .facilityHead) }
        for l in lines(OrganizationLexicon.areaHeads) { add(l[0], .areaHead) }
        for l in lines(DemonymLexicon.demonyms) {
            for f in demonymForms(l[0]) { add(f, .demonym, l[1]) }
        }
        for l in lines(DemonymLexicon.extraForms) { add(l[0], .demonym, l[1]) }
        for text in PlaceLexicon.allPlaces {
            for l in lines(text) { for v in l { add(v, .place, l[0]) } }
        }
        for l in OrganizationLexicon.all.flatMap(lines) {
            let canonical = displayOnly(l[0]) ?? l[0]
            for v in l where displayOnly(v) == nil { add(v, .organization, canonical) }
        }
        return g
    }
}

/// Head words the resolution stage needs to recognise in names.
public enum NameHeads {
    /// Match keys of facility heads ("قاعدة", "مطار"…): "قاعدة التاجي" is the facility at "التاجي".
    public static let facility: Set<String> = Set(Lexicon.lines(OrganizationLexicon.facilityHeads).map { ArabicNormalizer.matchKey($0[0]) })
    /// Match keys of the adjectives that name a kind of facility («الدولي», «الجوية»: `DiscoveryRules.facilityAdjectives`).
    public static var facilityAdjectives: Set<String> { DiscoveryRules.facilityAdjectives }
}
