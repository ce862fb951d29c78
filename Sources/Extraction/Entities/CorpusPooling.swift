import ArabicText

/// What one document contributes to the corpus gazetteer: its discovered names, each a vote for a
/// type, and the surnames its person names vouch for (see `poolVotes`). Made per document by
/// `EntityExtractor.poolVotes(_:)` (parallel-safe, and small enough to cache); `pool(votes:)` adds
/// them up in document order.
public struct PoolVotes: Sendable, Equatable {
    /// One vote for a name's type.
    public struct Vote: Sendable, Equatable {
        public var key: String
        public var surface: String
        public var type: EntityType
        public var weight: Int
        public var cue: String?
        public init(key: String, surface: String, type: EntityType, weight: Int, cue: String?) {
            self.key = key
            self.surface = surface
            self.type = type
            self.weight = weight
            self.cue = cue
        }
    }

    /// The last word of a person name that a title or apposition vouches for, or that can only be a name
    /// (`EntityExtractor.vouchesForSurname`); or a one-word name that can only be a name after a reporting verb or title.
    public struct Surname: Sendable, Equatable {
        /// Match key of the surname.
        public var key: String
        public var surface: String
        public init(key: String, surface: String) {
            self.key = key
            self.surface = surface
        }
    }

    public var votes: [Vote] = []
    public var surnames: [Surname] = []
    /// Longer spellings of organization names (`DocumentEvidence.extensions`), once per document.
    public var extensions: [Vote] = []
    /// The words that stand right after a name in this document (`DocumentEvidence.followers`).
    public var followers: [String] = []
    /// One-word names in brackets or quotes right after other words (`DocumentEvidence.shortFormTies`).
    public var shortFormTies: [ShortFormTie] = []
    public init(votes: [Vote] = [], surnames: [Surname] = [], extensions: [Vote] = [], followers: [String] = [],
                shortFormTies: [ShortFormTie] = []) {
        self.votes = votes
        self.surnames = surnames
        self.extensions = extensions
        self.followers = followers
        self.shortFormTies = shortFormTies
    }
}

extension EntityExtractor {
    /// Pools the evidence of all documents into a corpus gazetteer.
    public func pool(_ evidence: [DocumentEvidence]) -> CorpusGazetteer {
        pool(votes: evidence.map(poolVotes))
    }

    /// The votes of one document's candidates (the per-document half of `pool`).
    public func poolVotes(_ doc: DocumentEvidence) -> PoolVotes {
        var out = PoolVotes()
        // (a town named as a town by its head, a club named by its city or a word: read so in their paragraph only)
        for c in doc.candidates where c.note != AmbiguousTowns.note && c.note != ClubForms.note {
            // a one-word name found by a context rule stays local to its document: pooled corpus-wide,
            // a single misread word ("ولاية", "خاصة") would become a mention everywhere
            let oneWord = NameSkeleton.words(c.surface).count < 2
            if oneWord && c.rule != .lexicon && c.rule != .known {
                // …unless it can only be a name and a title, an apposition or a reporting verb introduced it
                // as a person ("قال ماتيراتزي إن"): then it is matched bare like a surname
                if c.type == .person, c.rule == .title || c.rule == .apposition || c.rule == .reportingVerb,
                   Self.isNameOnlyWord(c.surface) {
                    out.surnames.append(.init(key: c.key, surface: c.surface))
                }
                continue
            }
            out.votes.append(.init(key: c.key, surface: c.surface, type: c.type, weight: c.rule.isStrong ? 2 : 1, cue: c.cue))
            // a facility's multi-word name is recognisable without its head: "عين الأسد" after "قاعدة عين الأسد"
            // (not a person's name: «شارل ديغول» alone is the person, not «مطار شارل ديغول»)
            if c.rule == .placeHead, c.note != NamedAfterPersonRules.note, let rest = withoutHead(c.surface),
               NameSkeleton.words(rest).count >= 2, !NameEvidence.isFirstName(ArabicNormalizer.matchKey(NameSkeleton.words(rest)[0])) {
                out.votes.append(.init(key: ArabicNormalizer.matchKey(rest), surface: rest, type: .place, weight: 1, cue: c.cue))
            }
            // surnames from names a title or apposition vouches for, never a feminine noun in ة; from a name
            // found by its first name, a nationality or a reporting verb only when the last word is nothing
            // but a name (`isNameOnlyWord`: on the ANT corpus first name + word made "مقر", "قطاع"… surnames)
            // (a notable person's full name, `NotablePeople`, vouches for its surname as a curated name does)
            let vouched = c.rule == .title || c.rule == .apposition || c.rule == .known || c.rule == .lexicon
            if c.type == .person, vouched || c.rule == .firstName || c.rule == .reportingVerb,
               let last = lastWord(c.surface), last != c.surface, !UTF8Key.hasSuffix(last, "ة"), c.note != DiscoveryRules.listItemNote,
               // a king's regnal ordinal is no surname («مراد الرابع»: «الرابع» alone is an ordinal)
               !DiscoveryRules.regnalOrdinals.contains(ArabicNormalizer.matchKey(last)),
               DiscoveryRules.surnameShapeOK(key: ArabicNormalizer.matchKey(last), text: last),
               vouched || Self.vouchesForSurname(c.surface, last: last) {
                out.surnames.append(.init(key: ArabicNormalizer.matchKey(last), surface: last))
            }
        }
        out.followers = doc.followers
        out.shortFormTies = doc.shortFormTies
        var seen = Set<String>()
        for c in doc.extensions where seen.insert(c.key).inserted {
            out.extensions.append(.init(key: c.key, surface: c.surface, type: c.type, weight: 1, cue: c.cue))
        }
        return out
    }

    /// Adds up the votes of all documents (in document order) into a corpus gazetteer: every name
    /// with its majority type and most frequent cue, and the surnames no name or lexicon entry claims.
    /// (On the machine's cores: a build passes its `-j` to `pool(votes:jobs:)`.)
    public func pool(votes: [PoolVotes]) -> CorpusGazetteer { pool(votes: votes, jobs: BothCores.machineCores) }

    /// `pool(votes:)` with `jobs` threads: with more than one, the two halves of the documents are tallied on two cores
    /// (`PoolTallies`), then two independent trims run on two cores.
    public func pool(votes: [PoolVotes], jobs: Int) -> CorpusGazetteer {
        let tallied = PoolTallies.of(votes, jobs: jobs)
        let (tallies, tallyOfKey, followerDocuments) = (tallied.tallies, tallied.tallyOfKey, tallied.followerDocuments)
        // the type most votes give each tally (ties to the smaller type), once
        let types = tallies.map { $0.votes.mostVoted! }
        // the trims of cut and listed names on this thread, those of glued words (which read the tallies only) on another
        // core meanwhile; merged in this order as before
        let (cutTrims, glued) = BothCores.run(jobs: jobs, { () -> [String: Int] in
            // (a person name is not cut to its first names: «صلاح الدين X», «محمد علي X» are full names)
            var trims = Self.trims(tallies.map { (key: $0.key, surface: $0.surface, documents: $0.documents, count: $0.count) },
                                   countOfKey: { tallyOfKey[$0].map { tallies[$0].count } ?? 0 })
            // (each tally's key is asked once, and only its own entry is removed: the trims as made answer as `trims`)
            let madeTrims = CanonicalKeyIndex(trims)
            let surnamesAfter = Self.nameWordsAfterPrefixes(tallies.indices.filter { types[$0] == .person }.map { (tallies[$0].surface, tallies[$0].documents) })
            for (t, type) in zip(tallies, types) where type == .person {
                guard let n = madeTrims[t.key] else { continue }
                let prefix = Tokenizer.wordKeys(t.surface).prefix(n).joined(separator: " ")
                if (surnamesAfter[prefix]?.count ?? 0) >= 3 { trims[t.key] = nil }
            }
            for (key, n) in Self.listSplits(zip(tallies, types).map { (key: $0.key, surface: $0.surface, type: $1, documents: $0.documents) },
                                            isPerson: { tallyOfKey[$0].map { types[$0] == .person } ?? false }) where trims[key] == nil {
                trims[key] = n
            }
            return trims
        }, {
            Self.gluedWordTrims(zip(tallies, types).map { (key: $0.key, surface: $0.surface, type: $1, documents: $0.documents) },
                                followerDocuments: followerDocuments)
        })
        let trims = cutTrims.merging(glued) { min($0, $1) }
        // (`trims[key] != nil` by the keys' NFC bytes: `String` hashing of every tally's key normalized it)
        let trimmed = CanonicalKeyIndex(trims)
        // the tallied names' gazetteer on one core; on the other, the types of their keys and the names pooled after
        // them (surnames, longer organization names, short forms: they read the types, not the gazetteer), which are
        // then inserted after the tallied ones, in the same order as one after the other
        let (tallyNames, later) = BothCores.run(jobs: jobs, { () -> Gazetteer<PooledName> in
            var g = Gazetteer<PooledName>()
            for (t, type) in zip(tallies, types) where trimmed[t.key] == nil {
                g.insert(t.surface, value: PooledName(type: type, cue: t.topCue, count: t.count))
            }
            return g
        }, {
            laterNames(tallied, types: types, trimmed: trimmed, glued: glued, votes: votes)
        })
        var g = tallyNames
        for (surface, value) in later.names { g.insert(surface, value: value) }
        return CorpusGazetteer(names: g, typeOfKey: later.typeOfKey, trims: trims, shortForms: later.fullOfShort)
    }

    /// What `pool(votes:jobs:)` adds after the tallied names that trims keep: every pooled key's type (the tallied
    /// names' first), and the names to insert after the tallied ones, in order: the surnames no name or lexicon entry
    /// claims, the longer organization names several documents write, and the short forms tied to one organization
    /// name (with the full name of each short form).
    func laterNames(_ tallied: PoolTallies, types: [EntityType], trimmed: CanonicalKeyIndex, glued: [String: Int],
                    votes: [PoolVotes]) -> (typeOfKey: [String: EntityType], names: [(String, PooledName)], fullOfShort: [String: String]) {
        let (tallies, tallyOfKey, surnameSurface) = (tallied.tallies, tallied.tallyOfKey, tallied.surnameSurface)
        var typeOfKey: [String: EntityType] = [:]
        // (sized for the tallies and surnames before filling: every growth hashed the `String` keys again, normalizing them)
        typeOfKey.reserveCapacity(tallies.count + surnameSurface.count)
        // `typeOfKey` as it is filled, by the keys' NFC bytes, for this function's own look-ups (`CanonicalKeyIndex`:
        // the same keys meet as in `typeOfKey`)
        var typeIndex = CanonicalKeyIndex()
        func setType(_ key: String, _ type: EntityType) {
            typeOfKey[key] = type
            typeIndex[key] = Self.typeCodes.firstIndex(of: type)!
        }
        func type(ofKey key: String) -> EntityType? { typeIndex[key].map { Self.typeCodes[$0] } }
        var names: [(String, PooledName)] = []
        for (t, type) in zip(tallies, types) where trimmed[t.key] == nil { setType(t.key, type) }
        // a word glued onto a titled name is no surname («مخاطبا» of «الوزير سامر الدليمي مخاطبا»)
        var gluedWords = CanonicalKeyIndex()
        for key in glued.keys {
            if let t = tallyOfKey[key], let last = Tokenizer.wordKeys(tallies[t].surface).last { gluedWords[last] = 1 }
        }
        // (keys each their own NFC are sorted by their bytes, `String`'s order for them: `DistinctSortedKeys`)
        let surnames = surnameSurface.keys.allSatisfy(CanonicalKeyIndex.isOwnNFC)
            ? surnameSurface.sorted { DistinctSortedKeys.precedes(UTF8Key($0.key), UTF8Key($1.key)) }
            : surnameSurface.sorted(by: { $0.key < $1.key })
        for (key, surface) in surnames where tallyOfKey[key] == nil && gluedWords[key] == nil {
            guard UTF8Key.scalarCount(key) >= 3,
                  lexicon.lookup(surface) == nil else { continue }
            names.append((surface, PooledName(type: .person, cue: nil, count: 0)))
            setType(key, .person)
        }
        // a longer organization name that several documents write is a name of its own
        // (by the keys' NFC bytes, as a `[String: …]` meets them: the first vote's surface and cue, the documents counted)
        var extensionOfKey = CanonicalKeyIndex()
        var extensions: [(key: String, surface: String, cue: String?, documents: Int)] = []
        for doc in votes {
            for v in doc.extensions {
                if let e = extensionOfKey[v.key] {
                    extensions[e].documents += 1
                } else {
                    extensionOfKey[v.key] = extensions.count
                    extensions.append((v.key, v.surface, v.cue, 1))
                }
            }
        }
        typeOfKey.reserveCapacity(typeOfKey.count + extensions.count)
        for e in extensions where tallyOfKey[e.key] == nil {
            guard e.documents >= 2 else { continue }
            names.append((e.surface, PooledName(type: .organization, cue: e.cue, count: e.documents)))
            setType(e.key, .organization)
        }
        /// The written name of an organization key: its tally's, else its extension's.
        func fullSurface(_ key: String) -> String? {
            if let t = tallyOfKey[key] { return tallies[t].surface }
            return extensionOfKey[key].map { extensions[$0].surface }
        }
        // «X (ستاغ)», «X "الستاغ"»: a short form tied to one organization name two documents write is matched bare as that name
        let shortForms = ShortFormTie.shortForms(votes.flatMap(\.shortFormTies),
                                                 isOrganization: { type(ofKey: $0) == .organization && NameSkeleton.words(fullSurface($0) ?? "").count >= 2
                                                     && (tallyOfKey[$0].map { tallies[$0].documents } ?? extensionOfKey[$0].map { extensions[$0].documents } ?? 0) >= 2 },
                                                 isOtherName: { (type(ofKey: $0).map { $0 != .organization } ?? false) || lexicon.lookup($0) != nil })
        var fullOfShort: [String: String] = [:]
        for (short, fullKey) in shortForms.sorted(by: { $0.key < $1.key }) {
            guard let full = fullSurface(fullKey) else { continue }
            fullOfShort[short] = full
            for form in [short, "ال" + short] {
                names.append((form, PooledName(type: .organization, cue: full, count: 0)))
                typeOfKey[form] = .organization
            }
        }
        return (typeOfKey, names, fullOfShort)
    }

    /// The entity types in a fixed order, each stored in a `CanonicalKeyIndex` by its place here.
    static let typeCodes: [EntityType] = EntityType.allCases

    /// The key with the most votes, the smaller key on a tie.
    static func mostVoted<K: Comparable>(_ votes: [K: Int]) -> K? {
        votes.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }

    /// The name after a facility head, quotes dropped ("قاعدة “عين الأسد”" → "عين الأسد").
    /// A facility's adjective or a regnal ordinal at the end («مطار روما الدولي», «ملعب لويس الثاني») is dropped
    /// too: «روما الدولي» and «لويس الثاني» alone are no names of the facility.
    func withoutHead(_ s: String) -> String? {
        var toks = Tokenizer.tokenize(s).filter { $0.kind == .word }
        guard toks.count >= 2, NameHeads.facility.contains(toks[0].key) else { return nil }
        if let last = toks.last, DiscoveryRules.facilityAdjectives.contains(last.key) || DiscoveryRules.regnalOrdinals.contains(last.key) {
            toks.removeLast()
        }
        return toks.dropFirst().map(\.text).joined(separator: " ")
    }

    /// A written word that can only be a name, evidence enough to match it bare across the corpus: the shape
    /// of a foreign name (`hasTransliterationShape`: "ماتيراتزي", "كلينتون"), no ordinary word in any form the
    /// dictionary knows (inflected, cliticized, with the article, an adverbial accusative in ا), no word of the
    /// lexicon (first names, cues, demonyms, common and frequent words), no verb (يفعل, سيفعل, فعلوا), no plural
    /// in ات, no proclitic before a known word, a verbal noun or a Maghrebi name in بو ("لإشراك", "ببوسالم"). "ثابت", "مقرا", "الدين",
    /// "العزيز", "سيمثلان", "اختلالات" are none; nor are definite nisbas ("الدائري", "الوسطى": too often adjectives).
    static func isNameOnlyWord(_ word: String) -> Bool {
        let key = ArabicNormalizer.matchKey(word)
        let s = Array(key.unicodeScalars)
        guard s.count >= 4, Lexicon.builtIn.lookup(word) == nil, !DiscoveryRules.nameTails.contains(key),
              !NameEvidence.isOrdinaryWord(key), !NameEvidence.isInflectedOrdinaryWord(word),
              !Lexicon.inflectedWords.contains(key), !NameEvidence.isNameCue(key), hasTransliterationShape(word) else { return false }
        if s[0] == "ا" && s[1] == "ل" { return false }
        if s.last == "ا", Lexicon.dictionary.contains(ScalarString.make(s.dropLast())) { return false }
        if UTF8Key.hasSuffix(key, "ات") || UTF8Key.hasSuffix(key, "وا") { return false }
        if s[0] == "ي" && s.count <= 5 || s[0] == "س" && ["ي", "ت", "ن"].contains(s[1]) { return false }
        if ["و", "ف", "ب", "ل", "ك"].contains(s[0]) {
            let rest = ScalarString.make(s.dropFirst())
            if Lexicon.dictionary.contains(rest) || Lexicon.inflectedWords.contains(rest) || Lexicon.builtIn.lookup(rest) != nil
                || DiscoveryRules.isVerbalNoun(rest) || UTF8Key.hasPrefix(rest, "ال") || UTF8Key.hasPrefix(rest, "بو") { return false }
        }
        return true
    }

    /// The shape of a transliterated foreign name: a Persian letter (گ پ چ ڤ ژ), a Chinese «ـنغ» ending, or five
    /// letters or more (the article aside) with two long vowels after the first letter, a final nisba ي not
    /// counted, which Arabic nouns outside the broken plurals rarely have ("ناكامورا", "كلينتون", "سافين"; not
    /// "ثابت", "مكتب", "رباعي", "خفايا").
    static func hasTransliterationShape(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: { [0x06AF, 0x067E, 0x0686, 0x06A4, 0x0698].contains($0.value) }) { return true }
        var s = Array(ArabicNormalizer.matchKey(word).unicodeScalars)
        if s.count > 4, s[0] == "ا", s[1] == "ل" { s.removeFirst(2) }
        guard s.count >= 4 else { return false }
        if s[s.count - 2] == "ن", s[s.count - 1] == "غ" { return true }
        guard s.count >= 5 else { return false }
        // the broken plurals فعاليل, مفاعيل and فعايا ("جراثيم", "مشاريع", "خفايا") have the two long vowels too
        if s.count == 6, s[2] == "ا", s[4] == "ي" || s[4] == "و" { return false }
        if s.count == 5, s[2] == "ا", s[4] == "ا" { return false }
        // (a final ي is the nisba ending of an adjective: "رباعي", "كحولي")
        return s.dropFirst().dropLast().filter { $0 == "ا" || $0 == "و" || $0 == "ي" }.count + (s.last == "ي" ? 0 : s.last == "ا" || s.last == "و" ? 1 : 0) >= 2
    }

    /// A person name found without a title (by its first name, a nationality or a reporting verb) vouches for
    /// its last word as a surname when that word can only be a name (`isNameOnlyWord`) and every word before it
    /// is a first name of the lexicon, a connector (بن، آل) or itself a word that can only be a name: "جوزيف
    /// كارانيتو", not "زيدان بأزياء اليوفي" (a glued phrase) nor "ياسمين عبد العزيز" (the half of a compound).
    static func vouchesForSurname(_ name: String, last: String) -> Bool {
        let words = Tokenizer.tokenize(name).filter { $0.kind == .word }
        guard words.count >= 2, isNameOnlyWord(last) else { return false }
        if ["عبد", "ابو", "ابي", "ام"].contains(words[words.count - 2].key) { return false }
        return words.dropLast().allSatisfy { w in
            NameEvidence.isFirstName(w.key) || (DiscoveryRules.connectors.contains(w.key) && w.key != "عبد") || isNameOnlyWord(w.text)
        }
    }

    func lastWord(_ s: String) -> String? {
        let toks = Tokenizer.tokenize(s).filter { $0.kind == .word }
        guard toks.count >= 2, let last = toks.last, !DiscoveryRules.connectors.contains(last.key) else { return nil }
        return last.text
    }
}
