import ArabicText

/// What discovery found in one document, before corpus pooling. It also keeps the analysed blocks
/// (tokens, lexicon units) so that `extract(_:evidence:gazetteer:)` does not tokenize and look up the text again.
public struct DocumentEvidence: Sendable {
    public var documentID: String
    public var candidates: [EntityCandidate]
    /// Longer spellings of organization names (see `DiscoveryRules.extensions`), pooled only.
    public var extensions: [EntityCandidate] = []
    /// Match keys of the words that stand right after a name the rules found (nothing but spaces between),
    /// once each, sorted: the words a name is followed by, evidence that a word glued onto a name elsewhere
    /// is not part of it (`EntityExtractor.gluedWordTrims`).
    public var followers: [String] = []
    /// One-word names in brackets or quotes right after other words (`ShortFormTie`), pooled only.
    public var shortFormTies: [ShortFormTie] = []
    /// Candidates of each block, in block order (`candidates` is their concatenation).
    var candidatesOfBlock: [[EntityCandidate]] = []
    /// The tokenized blocks (`discover` keeps them for `extract`); `droppingAnalyses()` frees them.
    var analyses: [BlockAnalysis] = []
    /// `tokenKeyText` saved when the analyses were dropped.
    var savedTokenKeyText: [UInt8]?

    public init(documentID: String, candidates: [EntityCandidate]) {
        self.documentID = documentID
        self.candidates = candidates
    }
}

/// A name pooled from the whole corpus.
public struct PooledName: Sendable, Hashable {
    public var type: EntityType
    /// The most frequent cue seen with the name.
    public var cue: String?
    /// How often rules found the name.
    public var count: Int

    public init(type: EntityType, cue: String?, count: Int) {
        self.type = type
        self.cue = cue
        self.count = count
    }
}

/// The corpus gazetteer built by `EntityExtractor.pool`: every name discovered anywhere, with its
/// majority type, matched bare in every document.
public struct CorpusGazetteer: Sendable {
    public var names: Gazetteer<PooledName>
    /// Type by match key, for consistency of local candidates.
    public var typeOfKey: [String: EntityType] {
        get { typeTable.dictionary }
        set { typeTable = GazetteerKeyTable(newValue) }
    }
    /// Names found in one document only whose first words the corpus writes on their own as a name: the
    /// number of words to keep ("مجلس الوزراء المنعقد" → 2, for "مجلس الوزراء"). See `pool(votes:)`.
    public var trims: [String: Int] {
        get { trimTable.dictionary }
        set { trimTable = GazetteerKeyTable(newValue) }
    }
    /// Short forms tied to one organization name (`ShortFormTie.shortForms`): key without ال → the full name as
    /// written. Their mentions carry the full name as canonical name, so they join its page.
    public var shortForms: [String: String] {
        get { shortFormTable.dictionary }
        set { shortFormTable = GazetteerKeyTable(newValue) }
    }
    /// The three tables as extraction looks them up, for its look-ups of every candidate and mention (`String`-keyed
    /// look-ups were a tenth of the entity half of extraction): by the bytes of their plain keys
    /// (`GazetteerKeyTable`); the dictionaries above are made from them when asked for.
    private var typeTable: GazetteerKeyTable<EntityType>
    private var trimTable: GazetteerKeyTable<Int>
    private var shortFormTable: GazetteerKeyTable<String>

    public init(names: Gazetteer<PooledName>, typeOfKey: [String: EntityType], trims: [String: Int] = [:],
                shortForms: [String: String] = [:]) {
        self.init(names: names, typeTable: GazetteerKeyTable(typeOfKey), trimTable: GazetteerKeyTable(trims),
                  shortFormTable: GazetteerKeyTable(shortForms))
    }

    /// The gazetteer of these tables' entries, as `init(names:typeOfKey:trims:shortForms:)` makes it of the
    /// dictionaries holding them, without making the dictionaries unless they are asked for (a gazetteer read back from
    /// the cache); nil when two keys of a table are equal as strings (no dictionary holds both).
    public init?(names: Gazetteer<PooledName>, typeEntries: [(key: String, value: EntityType)],
                 trimEntries: [(key: String, value: Int)], shortFormEntries: [(key: String, value: String)]) {
        guard let types = GazetteerKeyTable(entries: typeEntries), let trims = GazetteerKeyTable(entries: trimEntries),
              let shortForms = GazetteerKeyTable(entries: shortFormEntries) else { return nil }
        self.init(names: names, typeTable: types, trimTable: trims, shortFormTable: shortForms)
    }

    init(names: Gazetteer<PooledName>, typeTable: GazetteerKeyTable<EntityType>, trimTable: GazetteerKeyTable<Int>,
         shortFormTable: GazetteerKeyTable<String>) {
        self.names = names
        self.typeTable = typeTable
        self.trimTable = trimTable
        self.shortFormTable = shortFormTable
    }

    /// `typeOfKey[key]`.
    func type(ofKey key: String) -> EntityType? { typeTable.value(of: key) }

    /// `trims[key]`.
    func trim(ofKey key: String) -> Int? { trimTable.value(of: key) }

    /// Whether some key is trimmed (`!trims.isEmpty`).
    var hasTrims: Bool { !trimTable.isEmpty }

    /// Whether some short form is tied (`!shortForms.isEmpty`).
    var hasShortForms: Bool { !shortFormTable.isEmpty }

    /// The full name a mention key is the short form of, if any.
    func fullName(ofShortForm key: String) -> String? {
        shortFormTable.isEmpty ? nil : shortFormTable.value(of: ShortFormTie.bare(key))
    }
}

/// Finds person, organization and place names in Arabic news text, without a model.
///
/// Usage (the pipeline):
/// ```swift
/// let extractor = EntityExtractor(known: knownNames)            // Sendable, immutable
/// let evidence = docs.map { extractor.discover(in: $0) }        // per document, parallel-safe
/// let gazetteer = extractor.pool(evidence)                      // corpus level
/// var ex = extractor.extract(doc, gazetteer: gazetteer)         // sentences, mentions, quotes
/// ```
/// Rules (see `DiscoveryRules`): lexicon names (countries, cities, regions, organizations, curated
/// `KnownName`s) with proclitics; title (+ role complement) + name; name + "،" + title (apposition);
/// reporting verb + name (never a Latin word); كان + a one-word foreign name (`subjectNameAfterVerb`);
/// organization head + name words (or a quoted name); a definite head with a لل complement or a final
/// nationality ("المجلس الأعلى للقضاء", "البنك المركزي التونسي": `definiteOrganization`); facility head + name
/// (the head is part of the name: "مطار بغداد"); area head + name (the head is only the cue:
/// "محافظة الأنبار" → "الأنبار"); kunya (أبو/أم + name); known first name + name words.
/// Bare demonyms ("القوات الأمريكية") create no mention. `pool` then makes every discovered name, and
/// the surname of every multi-word person name, recognisable bare in every document.
public struct EntityExtractor: Sendable {
    let lexicon: Gazetteer<LexEntry>

    public init(known: [KnownName] = []) {
        lexicon = Lexicon.build(known: known)
    }

    func analyses(_ doc: Document) -> [BlockAnalysis] {
        doc.blocks.enumerated().map { BlockAnalysis(block: $0.offset, text: $0.element, lexicon: lexicon) }
    }

    func candidates(_ a: BlockAnalysis) -> [EntityCandidate] {
        var rules = DiscoveryRules(a)
        rules.run()
        return NamedAfterPersonRules.apply(rules.out, in: a)
    }

    /// Names found by the rules in one document.
    public func discover(in doc: Document) -> DocumentEvidence {
        let blocks = analyses(doc)
        var found: [[EntityCandidate]] = []
        var extensions: [EntityCandidate] = []
        var followers: [String] = []
        var licensedTowns = Set<String>()
        var shortFormTies: [ShortFormTie] = []
        for a in blocks {
            shortFormTies += ShortFormTie.ties(in: a)
            var rules = DiscoveryRules(a)
            rules.run()
            found.append(NamedAfterPersonRules.apply(rules.out, in: a))
            extensions += rules.extensions
            licensedTowns.formUnion(rules.licensedTowns)
        }
        Self.townsOfDiscourse(licensedTowns, blocks: blocks, found: &found)
        Self.notableSurnames(found: &found)
        for (a, out) in zip(blocks, found) {
            for c in out { if let w = a.wordKey(after: c.end) { followers.append(w) } }
        }
        var e = DocumentEvidence(documentID: doc.id, candidates: found.flatMap { $0 })
        e.extensions = extensions
        e.followers = DistinctSortedKeys.of(followers)   // (`Set(followers).sorted()`)
        e.shortFormTies = shortFormTies
        e.analyses = blocks
        e.candidatesOfBlock = found
        return e
    }

    /// A word as written, proclitic included, that is an ordinary word or a first name («بريد», «فريد»): the
    /// reading of its first letter as a proclitic before a pooled surname («ريد») is not the one meant.
    static func isWordOfItsOwn(_ key: String) -> Bool {
        NameEvidence.isOrdinaryWord(key) || NameEvidence.isFirstName(key)
    }

    /// Candidate `c` shortened to its first `words` words.
    func trimmed(_ c: EntityCandidate, to words: Int, in a: BlockAnalysis) -> EntityCandidate {
        var c = c
        let restoredAlef = UTF8Key.scalarCount(c.surface) == c.end - c.start + 1
        var seen = 0
        for t in a.tokens where t.start >= c.start && t.end <= c.end && t.kind != .punct {
            seen += 1
            if seen == words {
                c.end = t.end
                break
            }
        }
        var v = String.UnicodeScalarView()
        if restoredAlef { v.append("ا") }
        v.append(contentsOf: a.scalars[c.start..<c.end])
        c.surface = String(v)
        c.key = ArabicNormalizer.matchKey(c.surface)
        return c
    }

    /// «المدينة الرياضية بوخاطر»: a word right after a facility or area head and its definite adjective is a word
    /// of that place's name, not a person's surname.
    static func followsPlaceHeadAndAdjective(_ a: BlockAnalysis, unit u: Int) -> Bool {
        guard u >= 2, a.isWord(u - 1), a.isWord(u - 2), a.units[u - 1].prefix == 0,
              DiscoveryRules.hasDefiniteNisbaShape(a.key(u - 1)) else { return false }
        let head = a.stemKey(u - 2)
        return placeNameHeads.contains(UTF8Key.hasPrefix(head, "ال") ? ScalarString.make(head.unicodeScalars.dropFirst(2)) : head)
    }

    /// The facility and area heads («ملعب», «مدينة», «حي»), as match keys without the article.
    static let placeNameHeads: Set<String> = Set((Lexicon.lines(OrganizationLexicon.facilityHeads)
        + Lexicon.lines(OrganizationLexicon.areaHeads)).map { ArabicNormalizer.matchKey($0[0]) })

    /// Sentences, mentions and quotes of one document, using the corpus gazetteer.
    public func extract(_ doc: Document, gazetteer: CorpusGazetteer) -> DocumentExtraction {
        extract(doc, evidence: discover(in: doc), gazetteer: gazetteer)
    }

    /// `extract(_:gazetteer:)` reusing the candidates `discover(in:)` found in `doc`, and its block
    /// analyses unless they were dropped (then the blocks are analysed again, with the same result).
    public func extract(_ doc: Document, evidence: DocumentEvidence, gazetteer: CorpusGazetteer) -> DocumentExtraction {
        extractKeepingBlocks(doc, evidence: evidence, gazetteer: gazetteer).extraction
    }

    /// `extract(_:evidence:gazetteer:)`, with the block analyses it read (for the event rules: `extractWithEvents`).
    func extractKeepingBlocks(_ doc: Document, evidence: DocumentEvidence,
                              gazetteer: CorpusGazetteer) -> (extraction: DocumentExtraction, blocks: [BlockAnalysis]) {
        var ex = DocumentExtraction()
        let reuse = evidence.candidatesOfBlock.count == doc.blocks.count
        let blocks = reuse && evidence.analyses.count == doc.blocks.count ? evidence.analyses : analyses(doc)
        var foundOfBlock: [[EntityCandidate]] = []
        for (b, a) in blocks.enumerated() {
            var found = reuse ? evidence.candidatesOfBlock[b] : candidates(a)
            if gazetteer.hasTrims {
                for i in found.indices { if let n = gazetteer.trim(ofKey: found[i].key) { found[i] = trimmed(found[i], to: n, in: a) } }
            }
            if gazetteer.hasShortForms {
                for i in found.indices { if let full = gazetteer.fullName(ofShortForm: found[i].key) { found[i].canonical = full } }
            }
            for m in gazetteer.names.matches(in: a.tokens) {
                if m.tokens.count == 1, a.isAdjectivalNisba(unit: a.unitOfToken[m.tokens.lowerBound]) { continue }
                // "بيان" is not "بي إن": an ordinary word is no joined spelling of a name of several words
                if m.joined, m.tokens.count == 1, NameEvidence.isOrdinaryWord(a.tokens[m.tokens.lowerBound].key) { continue }
                // "إيرلندا الشمالية", "ثم إيرلندا الجديدة": another place's name, no mention of the shorter one
                if m.value.type == .place, DiscoveryRules.namesAnotherPlace(a, tokens: m.tokens, prefix: m.prefixLength) { continue }
                // "بريد", "فريد": a proclitic letter before a pooled surname that makes it an ordinary word or a first name
                if m.value.type == .person, m.prefixLength > 0, m.tokens.count == 1,
                   Self.isWordOfItsOwn(a.tokens[m.tokens.lowerBound].key) { continue }
                // «لمنزل بورقيبة», «المدينة الرياضية بوخاطر»: a pooled surname after the head of a place name is a word
                // of the place's name
                if m.value.type == .person, m.tokens.count == 1, NotablePersons.followsPlaceHead(a.tokens, m.tokens.lowerBound)
                    || Self.followsPlaceHeadAndAdjective(a, unit: a.unitOfToken[m.tokens.lowerBound]) { continue }
                if m.value.type == .place, m.tokens.count == 1,
                   DiscoveryRules.opensIdiom(a, token: m.tokens.lowerBound, prefix: m.prefixLength) { continue }   // «مسقط رأسه»
                // «كنيس» is no ك + «نيس»: ك before a place that makes the word as written an ordinary word
                if m.value.type == .place, m.tokens.count == 1,
                   DiscoveryRules.isOrdinaryAfterKaf(a.tokens[m.tokens.lowerBound].key, prefix: m.prefixLength) { continue }
                let first = a.tokens[m.tokens.lowerBound]
                let start = first.start + first.originalOffset(ofFolded: m.prefixLength)
                let end = a.tokens[m.tokens.upperBound - 1].end
                if BlockAnalysis.isInAddress(a.scalars, start, end) { continue }
                let surface = a.text(start, end, restoredAlef: m.restoredAlef)
                let key = ArabicNormalizer.matchKey(surface)   // (folded once for the key and the short form's look-up)
                found.append(EntityCandidate(block: a.block, start: start, end: end, surface: surface,
                                             key: key, type: m.value.type, cue: m.value.cue, rule: .pooled,
                                             canonical: gazetteer.fullName(ofShortForm: key)))
            }
            foundOfBlock.append(NamedAfterPersonRules.apply(found, in: a))
        }
        // a bare word spelled like the surname of a person this document names ("غني" ~ "إسماعيل غاني")
        // (same article, the same definiteness, the same consonants, at most one long vowel more or less,
        // not an ordinary word: "السائد" is not "الصيد", "إصلاح" is not "صالح"; not the name a nisba is made
        // of: "الموريس" is not "الموريسي")
        var surnameSkeletons: [String: (full: String, last: String)] = [:]
        for found in foundOfBlock {
            for c in found where c.type == .person {
                let words = NameSkeleton.words(c.surface)
                if words.count >= 2, let last = words.last {
                    let skeleton = NameSkeleton.of(last)
                    if UTF8Key.scalarCount(skeleton) >= 2 { surnameSkeletons[skeleton] = (c.surface, last) }
                }
            }
        }
        // (looked up for every unknown word of the document: by the skeleton's bytes)
        let skeletonIndex = PlainKeyIndex(surnameSkeletons)
        let shapes = SurnameShapes(surnameSkeletons.values.map(\.last))
        for (b, a) in blocks.enumerated() where !surnameSkeletons.isEmpty {
            for u in a.units.indices where a.isUnknownWord(u) {
                let key = a.key(u)
                let letters = UTF8Key.scalarCount(key)
                // (a word whose letter count and article fit no surname's is not read for its skeleton: the guard
                // below asks the surname its skeleton finds for both)
                guard letters >= 3, shapes.fit(letters: letters),
                      shapes.fit(letters: letters, article: UTF8Key.hasPrefix(key, "ال")), !a.isDictionaryWord(u),
                      let (full, last) = skeletonIndex.value(of: NameSkeleton.of(key), in: surnameSkeletons),
                      UTF8Key.hasPrefix(key, "ال") == UTF8Key.hasPrefix(last, "ال"),
                      abs(UTF8Key.scalarCount(key) - UTF8Key.scalarCount(last)) <= 1,
                      NameSkeleton.consonants(key) == NameSkeleton.consonants(last),
                      !NameSkeleton.areNisbaPair(key, last), !Self.followsPlaceHeadAndAdjective(a, unit: u) else { continue }
                let t = a.token(u)
                foundOfBlock[b].append(EntityCandidate(block: a.block, start: t.start, end: t.end, surface: t.text, key: t.key,
                                                      type: .person, cue: nil, rule: .pooled, canonical: nil,
                                                      note: "spelled like the surname of \(full)"))
            }
        }
        // (a document names its persons again and again: each name's notable display name is looked up once)
        var displays: [UTF8Key: String?] = [:]
        func notableDisplay(_ name: String) -> String? {
            guard name.utf8.contains(0x20) else { return nil }   // (as `display(ofFullName:)` answers at once)
            let k = UTF8Key(name)
            if let d = displays[k] { return d }
            let d = NotablePersons.display(ofFullName: name)
            displays[k] = d
            return d
        }
        for (b, a) in blocks.enumerated() {
            let found = foundOfBlock[b]
            let sentenceBase = ex.sentences.count
            let ranges = SentenceSplitter.split(scalars: a.scalars)
            ex.sentences += ranges.map { Sentence(span: TextSpan(block: a.block, start: $0.lowerBound, end: $0.upperBound)) }
            // longest first, then strongest rule; keep non-overlapping
            // (the candidates' indexes sorted and kept, not the candidates: each copy of a candidate retained its four
            // strings and each drop released them; the same comparisons give the same order, `KeptCandidates`)
            let kept = KeptCandidates.indexes(of: found)
            let mentionBase = ex.mentions.count
            for k in kept {
                let c = found[k]
                let s = ranges.firstIndex { $0.contains(c.start) } ?? ranges.lastIndex { $0.lowerBound <= c.start } ?? 0
                var type = c.type
                // (a club named by its city keeps its type: the key's majority is the city's)
                if c.rule != .known, c.note != ClubForms.note, let pooled = gazetteer.type(ofKey: c.key) { type = pooled }
                var canonical = c.canonical
                if type == .person, c.rule != .known, let full = notableDisplay(canonical ?? c.surface) {
                    canonical = full   // every spelling of a notable person's full name is the lexicon's one
                }
                ex.mentions.append(Mention(span: TextSpan(block: a.block, start: c.start, end: c.end),
                                           sentence: sentenceBase + s, surface: c.surface, type: type, key: c.key,
                                           cue: c.cue ?? (c.rule == .lexicon ? "lexicon" : nil), canonical: canonical,
                                           rule: c.rule))
            }
            ex.quotes += QuoteFinder.quotes(in: a, ranges: ranges, mentions: ex.mentions, from: mentionBase,
                                            sentenceBase: sentenceBase)
        }
        return (ex, blocks)
    }
}
