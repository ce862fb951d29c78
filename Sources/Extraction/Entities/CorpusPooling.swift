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
        for c in doc.candidates where c.note != AmbiguousTowns.note {
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
            if c.type == .person, c.rule == .title || c.rule == .apposition || c.rule == .known
                || c.rule == .firstName || c.rule == .reportingVerb,
               let last = lastWord(c.surface), last != c.surface, !last.hasSuffix("ة"), c.note != DiscoveryRules.listItemNote,
               // a king's regnal ordinal is no surname («مراد الرابع»: «الرابع» alone is an ordinal)
               !DiscoveryRules.regnalOrdinals.contains(ArabicNormalizer.matchKey(last)),
               DiscoveryRules.surnameShapeOK(key: ArabicNormalizer.matchKey(last), text: last),
               c.rule == .title || c.rule == .apposition || c.rule == .known || Self.vouchesForSurname(c.surface, last: last) {
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
    public func pool(votes: [PoolVotes]) -> CorpusGazetteer {
        struct Tally {
            var key: String; var surface: String; var votes: [EntityType: Int] = [:]; var cues: [String: Int] = [:]; var count = 0
            /// Documents that voted, and the last one (to count each once).
            var documents = 0; var lastDocument = -1
        }
        // tallies in order of first appearance; one dictionary lookup per vote (hashing Arabic text is not cheap)
        var tallies: [Tally] = []
        var tallyOfKey: [String: Int] = [:]
        var surnameSurface: [String: String] = [:]
        var followerDocuments: [String: Int] = [:]
        for (d, doc) in votes.enumerated() {
            for w in doc.followers { followerDocuments[w, default: 0] += 1 }
            for v in doc.votes {
                let t: Int
                if let known = tallyOfKey[v.key] {
                    t = known
                } else {
                    t = tallies.count
                    tallyOfKey[v.key] = t
                    tallies.append(Tally(key: v.key, surface: v.surface))
                }
                tallies[t].votes[v.type, default: 0] += v.weight
                tallies[t].count += 1
                if tallies[t].lastDocument != d { tallies[t].documents += 1; tallies[t].lastDocument = d }
                if let cue = v.cue { tallies[t].cues[cue, default: 0] += 1 }
            }
            for s in doc.surnames { surnameSurface[s.key] = s.surface }  // the last document's spelling
        }
        // the type most votes give each tally (ties to the smaller type), once
        let types = tallies.map { Self.mostVoted($0.votes)! }
        // (a person name is not cut to its first names: «صلاح الدين X», «محمد علي X» are full names)
        var trims = Self.trims(tallies.map { (key: $0.key, surface: $0.surface, documents: $0.documents, count: $0.count) },
                               countOfKey: { tallyOfKey[$0].map { tallies[$0].count } ?? 0 })
        let surnamesAfter = Self.nameWordsAfterPrefixes(tallies.indices.filter { types[$0] == .person }.map { (tallies[$0].surface, tallies[$0].documents) })
        for (t, type) in zip(tallies, types) where type == .person {
            guard let n = trims[t.key] else { continue }
            let prefix = Tokenizer.wordKeys(t.surface).prefix(n).joined(separator: " ")
            if (surnamesAfter[prefix]?.count ?? 0) >= 3 { trims[t.key] = nil }
        }
        for (key, n) in Self.listSplits(zip(tallies, types).map { (key: $0.key, surface: $0.surface, type: $1, documents: $0.documents) },
                                        isPerson: { tallyOfKey[$0].map { types[$0] == .person } ?? false }) where trims[key] == nil {
            trims[key] = n
        }
        let glued = Self.gluedWordTrims(zip(tallies, types).map { (key: $0.key, surface: $0.surface, type: $1, documents: $0.documents) },
                                        followerDocuments: followerDocuments)
        trims.merge(glued) { min($0, $1) }
        var g = Gazetteer<PooledName>()
        var typeOfKey: [String: EntityType] = [:]
        for (t, type) in zip(tallies, types) where trims[t.key] == nil {
            let key = t.key
            let cue = Self.mostVoted(t.cues)
            typeOfKey[key] = type
            g.insert(t.surface, value: PooledName(type: type, cue: cue, count: t.count))
        }
        // a word glued onto a titled name is no surname («مخاطبا» of «الوزير سامر الدليمي مخاطبا»)
        let gluedWords = Set(glued.keys.compactMap { tallyOfKey[$0].flatMap { Tokenizer.wordKeys(tallies[$0].surface).last } })
        for (key, surface) in surnameSurface.sorted(by: { $0.key < $1.key }) where tallyOfKey[key] == nil && !gluedWords.contains(key) {
            guard key.unicodeScalars.count >= 3,
                  lexicon.lookup(surface) == nil else { continue }
            g.insert(surface, value: PooledName(type: .person, cue: nil, count: 0))
            typeOfKey[key] = .person
        }
        // a longer organization name that several documents write is a name of its own
        var extensionDocuments: [String: (surface: String, cue: String?, documents: Int)] = [:]
        var extensionOrder: [String] = []
        for doc in votes {
            for v in doc.extensions {
                if extensionDocuments[v.key] == nil { extensionOrder.append(v.key) }
                extensionDocuments[v.key, default: (v.surface, v.cue, 0)].documents += 1
            }
        }
        for key in extensionOrder where tallyOfKey[key] == nil {
            let e = extensionDocuments[key]!
            guard e.documents >= 2 else { continue }
            g.insert(e.surface, value: PooledName(type: .organization, cue: e.cue, count: e.documents))
            typeOfKey[key] = .organization
        }
        /// The written name of an organization key: its tally's, else its extension's.
        func fullSurface(_ key: String) -> String? {
            if let t = tallyOfKey[key] { return tallies[t].surface }
            return extensionDocuments[key]?.surface
        }
        // «X (ستاغ)», «X "الستاغ"»: a short form tied to one organization name two documents write is matched bare as that name
        let shortForms = ShortFormTie.shortForms(votes.flatMap(\.shortFormTies),
                                                 isOrganization: { typeOfKey[$0] == .organization && NameSkeleton.words(fullSurface($0) ?? "").count >= 2
                                                     && (tallyOfKey[$0].map { tallies[$0].documents } ?? extensionDocuments[$0]?.documents ?? 0) >= 2 },
                                                 isOtherName: { (typeOfKey[$0].map { $0 != .organization } ?? false) || lexicon.lookup($0) != nil })
        var fullOfShort: [String: String] = [:]
        for (short, fullKey) in shortForms.sorted(by: { $0.key < $1.key }) {
            guard let full = fullSurface(fullKey) else { continue }
            fullOfShort[short] = full
            for form in [short, "ال" + short] {
                g.insert(form, value: PooledName(type: .organization, cue: full, count: 0))
                typeOfKey[form] = .organization
            }
        }
        return CorpusGazetteer(names: g, typeOfKey: typeOfKey, trims: trims, shortForms: fullOfShort)
    }

    /// The key with the most votes, the smaller key on a tie.
    static func mostVoted<K: Comparable>(_ votes: [K: Int]) -> K? {
        votes.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }

    /// Names one document alone writes whose first words other candidates write on their own, at least
    /// twice and four times as often: the rest is the next clause or a descriptor, not part of the name
    /// ("مجلس الوزراء المنعقد", "وزارة الشؤون الثقافية التخلي" where "مجلس الوزراء" and "وزارة الشؤون
    /// الثقافية" recur). A name that several documents write is kept whole ("منظمة الأمم المتحدة للأغذية"
    /// beside "منظمة الأمم المتحدة"). The prefix keeps two words at least.
    static func trims(_ names: [(key: String, surface: String, documents: Int, count: Int)],
                      countOfKey: (String) -> Int) -> [String: Int] {
        var out: [String: Int] = [:]
        for n in names where n.documents == 1 {
            let words = Tokenizer.wordKeys(n.surface)
            guard words.count >= 3 else { continue }
            var prefix = ""
            var best = 0
            for m in 1..<words.count {
                prefix += words[m - 1]
                if m >= 2, countOfKey(prefix) >= max(2, 4 * n.count) { best = m }
            }
            if best > 0, !Self.saysWhoseBody(words, from: best) { out[n.key] = best }
        }
        return out
    }

    /// Whether the words of a name from `start` on only say which country's body it is («وزارة الخارجية» +
    /// «السعودية», «الكورية الجنوبية»; «مجلس الأمن» + «القومي»): after the head and common words of a national body
    /// they are part of the name of another body, no descriptor to trim.
    static func saysWhoseBody(_ words: [String], from start: Int) -> Bool {
        guard let head = words.first else { return false }
        let stem = head.hasPrefix("ال") ? String(head.unicodeScalars.dropFirst(2)) : head
        // a national body named by common words («وزارة الخارجية», «ديوان الحبوب»); after a proper name the nationality
        // describes it («نادي برشلونة الإسباني», «اتحاد جدة السعودي»: trimmed)
        guard DiscoveryRules.nationalHeads.contains(stem), words[start].hasPrefix("ال"),
              words[1..<start].allSatisfy({ NameEvidence.isOrdinaryWord($0)
                  || $0.hasPrefix("ال") && NameEvidence.isOrdinaryWord(String($0.unicodeScalars.dropFirst(2))) }) else { return false }
        guard NameEvidence.isDemonym(words[start]) || DiscoveryRules.scopeAdjectives.contains(words[start]) else { return false }
        // (a side of a country after its nationality: «الكورية الجنوبية»)
        return words[(start + 1)...].allSatisfy { w in
            w.hasPrefix("ال") && (NameEvidence.isDemonym(w) || DiscoveryRules.sidePlaceAdjectives.contains(w))
        }
    }

    /// Person names of one document, four words or more, that are two names of a list written without a comma
    /// («الصادق شورو رضا السعيدي»): the first two words or more and the rest, two words or more starting with a
    /// first name, are each a person name the corpus pools. The number of words to keep (the rest is then
    /// matched as the name it is). No cut next to a connector («بن», «عبد», «آل»).
    static func listSplits(_ names: [(key: String, surface: String, type: EntityType, documents: Int)],
                           isPerson: (String) -> Bool) -> [String: Int] {
        var out: [String: Int] = [:]
        for n in names where n.type == .person && n.documents == 1 {
            let words = Tokenizer.wordKeys(n.surface)
            guard words.count >= 4 else { continue }
            for m in 2...(words.count - 2) {
                guard !DiscoveryRules.connectors.contains(words[m - 1]), !DiscoveryRules.connectors.contains(words[m]),
                      NameEvidence.isFirstName(words[m]),
                      isPerson(words[..<m].joined()), isPerson(words[m...].joined()) else { continue }
                out[n.key] = m
                break
            }
        }
        return out
    }

    /// For the first two words or more of person names (joined keys), the different words that continue them and
    /// are no ordinary words: «صلاح الدين» → الجورشي، البليدي، دميرطاش…, the first names of several people, whose
    /// full names are not cut to them («يوسف الشاهد» is continued by glued ordinary words: مخاطبا، وعين).
    /// A continuing word counts when it also ends names of two documents or more (a family name recurs; a
    /// glued word seldom does).
    static func nameWordsAfterPrefixes(_ names: [(surface: String, documents: Int)]) -> [String: Set<String>] {
        let wordsOfName = names.map { Tokenizer.wordKeys($0.surface) }
        var endingDocuments: [String: Int] = [:]
        for (i, words) in wordsOfName.enumerated() where words.count >= 2 { endingDocuments[words.last!, default: 0] += names[i].documents }
        var out: [String: Set<String>] = [:]
        for words in wordsOfName where words.count >= 3 {
            var prefix = words[0]
            for n in 1..<words.count {
                if n >= 2, (endingDocuments[words[n]] ?? 0) >= 2, !NameEvidence.isWordOutsideNames(words[n]) {
                    out[prefix, default: []].insert(words[n])
                }
                prefix += " " + words[n]
            }
        }
        return out
    }

    /// Person and place names one document alone writes whose last word is glued on: an ordinary word in
    /// some form (`NameEvidence.isWordOutsideNames`: «مخاطبا», «وعين», «بأسطنبول»), no first name or lexicon name,
    /// that ends no other name of the corpus, where the corpus also writes the name without it («جاك لانغ»
    /// beside «جاك لانغ مخاطبا») or has it stand right after other names in two documents or more
    /// (`DocumentEvidence.followers`); a word in a form no family name takes, an adverbial accusative or ل/ب + a
    /// verbal noun («لطفي السليمي لتولي»), may also end other names (it is glued onto several). The name keeps its
    /// other words: two at least for a person, and for a place its head and a word («مستشفى فرحات حشاد أين» → «مستشفى فرحات حشاد»); never a word after بن، آل، عبد…
    static func gluedWordTrims(_ names: [(key: String, surface: String, type: EntityType, documents: Int)],
                               followerDocuments: [String: Int]) -> [String: Int] {
        var endingDocuments: [String: Int] = [:]
        var known = Set<String>()
        var wordsOfName: [[String]] = []
        for n in names {
            let words = Tokenizer.wordKeys(n.surface)
            wordsOfName.append(words)
            known.insert(words.joined(separator: " "))
            if words.count >= 2, let last = words.last { endingDocuments[last, default: 0] += n.documents }
        }
        var out: [String: Int] = [:]
        for (i, n) in names.enumerated() where n.documents == 1 && (n.type == .person || n.type == .place) {
            let words = wordsOfName[i]
            let headed = NameHeads.facility.contains(words[0])
            guard words.count >= (n.type == .person || headed ? 3 : 2), let last = words.last,
                  last.unicodeScalars.count >= 3, !DiscoveryRules.connectors.contains(words[words.count - 2]),
                  // a definite word after a first name is a family name as often as not («عبد الله السعيد»)
                  !(n.type == .person && last.hasPrefix("ال")),
                  let written = Tokenizer.tokenize(n.surface).last(where: { $0.kind == .word })?.text,
                  NameEvidence.isWordOutsideNames(written),
                  // a form no family name takes may be glued onto several names («خلفا», «لتولي»)
                  (endingDocuments[last] ?? 0) <= n.documents || NameEvidence.isAdverbOrPurposeForm(written) else { continue }
            let shorter = words.dropLast().joined(separator: " ")
            if known.contains(shorter) || (followerDocuments[last] ?? 0) >= 2 { out[n.key] = words.count - 1 }
        }
        return out
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
        if s.last == "ا", Lexicon.dictionary.contains(String(String.UnicodeScalarView(s.dropLast()))) { return false }
        if key.hasSuffix("ات") || key.hasSuffix("وا") { return false }
        if s[0] == "ي" && s.count <= 5 || s[0] == "س" && ["ي", "ت", "ن"].contains(s[1]) { return false }
        if ["و", "ف", "ب", "ل", "ك"].contains(s[0]) {
            let rest = String(String.UnicodeScalarView(s.dropFirst()))
            if Lexicon.dictionary.contains(rest) || Lexicon.inflectedWords.contains(rest) || Lexicon.builtIn.lookup(rest) != nil
                || DiscoveryRules.isVerbalNoun(rest) || rest.hasPrefix("ال") || rest.hasPrefix("بو") { return false }
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
