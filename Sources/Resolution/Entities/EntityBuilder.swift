import ArabicText
import Extraction

/// Turns merged mention groups into `Entity` values with ids, names, variants and notes.
enum EntityBuilder {
    static func build(corpus input: ResolvedCorpus, merger: inout EntityMerger, context: NameContext,
                      extractions: [DocumentExtraction], minimumConfidence: Double, jobs: Int) -> ResolvedCorpus {
        var corpus = input
        let perSentence = EntityConfidence.mentionsPerSentence(extractions)
        var evidence: [EntityEvidence] = []
        let groups = merger.groups, curated = merger.curated
        // members and mentions per root, in article order
        var membersOfRoot = [[Int]](repeating: [], count: groups.count)
        for g in groups.indices { membersOfRoot[merger.uf.find(g)].append(g) }
        let rootOfGroup = groups.indices.map { merger.uf.find($0) }
        var mentionsOfRoot = [[MentionRef]](repeating: [], count: groups.count)
        for (a, gs) in merger.groupOfMention.enumerated() {
            for (m, g) in gs.enumerated() { mentionsOfRoot[rootOfGroup[g]].append(MentionRef(article: a, mention: m)) }
        }
        // 1. what the merged groups say of each root (serial: the string table numbers new spellings)
        var drafts: [Draft] = []
        for root in groups.indices where !mentionsOfRoot[root].isEmpty {
            let members = membersOfRoot[root]
            let cur = members.lazy.compactMap { groups[$0].curated }.first
            if let cur, curated[cur].ignore { continue }
            if members.allSatisfy({ merger.dropped.contains($0) }) { continue }
            // surface class → (count, spelling)
            var counts: [Int: EntityResolver.SurfaceCount] = [:]
            for g in members {
                for (c, s) in groups[g].surfaces { counts[c, default: .init(count: 0, spelling: s.spelling)].count += s.count }
            }
            let ranked = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : merger.names.less($0.spelling, $1.spelling) }
            let type = cur.map { curated[$0].type }
                ?? majority(members.map { (merger.types[$0], groups[$0].surfaces.values.reduce(0) { $0 + $1.count }) })
            let canonical = members.lazy.compactMap { groups[$0].canonical }.first
            drafts.append(Draft(root: root, cur: cur, ranked: ranked, variants: ranked.map { merger.names[$0.spelling] },
                                type: type, canonical: canonical,
                                displayName: cur == nil && canonical == nil ? displayName(ranked, merger.names) : nil))
        }
        // 2. the name and the confidence of each root: strings and the corpus context only, so in parallel
        // (each draft's verdict depends on that draft alone; results in draft order; chunks of about as many mentions:
        // a verdict reads each mention's context, and chunks of as many drafts kept one core alone for the last tenth)
        let verdicts = ParallelChunks.map(drafts.count, jobs: jobs, minChunk: 64,
                                          weight: { 8 + mentionsOfRoot[drafts[$0].root].count }) { range in
            range.map { i in
                verdict(drafts[i], curated: curated, mentions: mentionsOfRoot[drafts[i].root], extractions: extractions,
                        perSentence: perSentence, context: context, minimumConfidence: minimumConfidence)
            }
        }.joined()
        // 3. merge notes and entities of the kept roots (serial: the notes number spellings)
        var entities: [(root: Int, entity: Entity)] = []
        for (draft, verdict) in zip(drafts, verdicts) {
            evidence.append(EntityEvidence(name: verdict.name, type: draft.type, features: verdict.features,
                                           score: verdict.score, kept: verdict.kept))
            if !verdict.kept { continue }
            let mergeNotes = notes(draft, name: verdict.name, members: membersOfRoot[draft.root], merger: merger)
            entities.append((draft.root, Entity(id: "", name: verdict.name, type: draft.type, variants: draft.variants,
                                                aliases: draft.cur.map { curated[$0].aliases } ?? [], mergeNotes: mergeNotes,
                                                mentions: mentionsOfRoot[draft.root], curated: draft.cur)))
        }
        assignIDs(&entities, jobs: jobs)
        // entity order: first mention in the corpus
        entities.sort { a, b in
            let x = a.entity.mentions.first.map { ($0.article, $0.mention) } ?? (Int.max, Int.max)
            let y = b.entity.mentions.first.map { ($0.article, $0.mention) } ?? (Int.max, Int.max)
            return x != y ? x < y : a.entity.id < b.entity.id
        }
        var entityOfRoot = [Int?](repeating: nil, count: groups.count)
        for (i, e) in entities.enumerated() { entityOfRoot[e.root] = i }
        corpus.entities = entities.map(\.entity)
        corpus.entityEvidence = evidence
        corpus.entityOfMention = merger.groupOfMention.map { gs in gs.map { entityOfRoot[rootOfGroup[$0]] } }
        var dups: [PossibleDuplicate] = []
        var seenPairs = Set<[Int]>()
        for d in input.possibleDuplicates {
            guard let x = entityOfRoot[merger.uf.find(d.first)], let y = entityOfRoot[merger.uf.find(d.second)], x != y else { continue }
            let pair = [min(x, y), max(x, y)]
            if seenPairs.insert(pair).inserted { dups.append(PossibleDuplicate(first: pair[0], second: pair[1], reason: d.reason)) }
        }
        corpus.possibleDuplicates = dups.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        return corpus
    }

    /// A root's entity as its merged groups give it, before its name is checked and its evidence read.
    struct Draft {
        var root: Int
        var cur: Int?
        /// Surface counts, most frequent first.
        var ranked: [EntityResolver.SurfaceCount]
        var variants: [String]
        var type: EntityType
        var canonical: String?
        /// `displayName(ranked, …)`, asked only for a root with neither a curated nor a canonical name.
        var displayName: String?
    }

    /// A root's name, evidence and whether it keeps a page.
    struct Verdict {
        var name: String
        var features: [Double]
        var score: Double
        var kept: Bool
    }

    static func verdict(_ draft: Draft, curated: [CuratedEntity], mentions: [MentionRef], extractions: [DocumentExtraction],
                        perSentence: [[Int]], context: NameContext, minimumConfidence: Double) -> Verdict {
        let cur = draft.cur, type = draft.type, canonical = draft.canonical
        let name = cur.map { curated[$0].name } ?? canonical ?? WaslHamza.bestSpelt(draft.displayName ?? "", among: draft.variants)
        // (tokenized once for all the rules below)
        let words = NameWords(name)
        // a wrong page is worse than a missing one: names the evidence does not support get none
        let features = EntityConfidence.features(name: words, type: type, mentions: mentions, extractions: extractions,
                                                 perSentence: perSentence, context: context, variants: draft.ranked.count,
                                                 topVariantCount: draft.ranked.first?.count ?? 0)
        let score = EntityConfidence.score(features)
        // a bare first name or surname that no full name took in (rules 2 and 3) is not a page: it is
        // cut from a name the corpus gives in full, or a word read as a name
        let bareName = type == .person && canonical == nil
            && (EntityConfidence.isBarePersonName(words) || EntityConfidence.isFirstNamesOfLongerNames(words, features))
            && !mentions.contains { r in [.lexicon, .known].contains(extractions[r.article].mentions[r.mention].rule) }
        // mentions of other names that are a word or end with it (this name's own mentions taken out)
        let otherNameMentions: (String) -> Int = { key in
            context.mentions(of: [key]) + context.mentionsEnding(with: [key]) - mentions.count
        }
        // names found mostly through the lexicon are right 95% of the time (judged): no score needed
        let kept = cur != nil || (!EntityConfidence.startsWithPreposition(words) && !EntityConfidence.hasParticleWord(words)
            && (EntityConfidence.isLexiconFound(features)
                || !PhraseNames.isPhrase(words, type, features, otherNameMentions: otherNameMentions,
                                         wordsBefore: { mentions.map { context.before[$0.article][$0.mention]?.key } }))
            && !(type == .person && canonical == nil && !EntityConfidence.isLexiconFound(features)
                 && EntityConfidence.endsOnOrdinaryWord(words, features, otherNamesEndingWith: otherNameMentions))
            && (EntityConfidence.isLexiconFound(features) || EntityConfidence.isFrequentOrganization(type, features)
                || EntityConfidence.isOfficialBodyName(words, type, features)
                || EntityConfidence.isQuotedOutlet(features)
                || (score >= minimumConfidence && !bareName)))
        return Verdict(name: name, features: features, score: score, kept: kept)
    }

    /// Why each variant of a kept root is the same entity, and the notes of its groups.
    static func notes(_ draft: Draft, name: String, members: [Int], merger: EntityMerger) -> [String] {
        let groups = merger.groups, cur = draft.cur
        var mergeNotes: [String] = []
        for g in members { mergeNotes += groups[g].notes + (merger.notes[g] ?? []) }
        let nameID = merger.names.id(name)
        let nameClass = merger.names.cls(nameID)
        var nameKey: Int?
        let named = draft.canonical != nil || cur != nil
        for v in draft.ranked where merger.names.cls(v.spelling) != nameClass {
            let key = nameKey ?? merger.names.matchKey(nameID)
            nameKey = key
            let vk = merger.names.matchKey(v.spelling)
            let text = merger.names[v.spelling]
            if merger.names.cls(vk) == merger.names.cls(key) {
                mergeNotes.append("\(text) = \(name): الحروف نفسها بعد توحيد الهمزات والألف والمسافات")
            } else if merger.names.cls(merger.names.bare(vk)) == merger.names.cls(merger.names.bare(key)) {
                mergeNotes.append("\(text) = \(name): الاسم نفسه مع «ال» أو بدونها")
            } else if named, !mergeNotes.contains(where: { $0.hasPrefix(text + " = ") }), members.contains(where: { groups[$0].surfaces[merger.names.cls(v.spelling)] != nil
                                                       && (groups[$0].canonical != nil || groups[$0].curated != nil) }) {
                // a short form the corpus writes in brackets or quotes after the name (`ShortFormTie`) is no lexicon name
                let shortForm = cur == nil && draft.type == .organization && !NameEvidence.isLexiconName(merger.names[vk])
                    && Tokenizer.wordKeys(text).count == 1 && Tokenizer.wordKeys(name).count >= 2
                mergeNotes.append("\(text) = \(name): \(cur != nil ? "اسم بديل في ملف الكيان" : shortForm ? "اسمه المختصر، بين قوسين أو مزدوجين بعد اسمه الكامل في المدونة" : draft.type == .person ? "الاسم نفسه في معجم الأعلام" : "الاسم نفسه في معجم الأماكن والمنظمات")")
            }
        }
        return TextOrder.uniqued(mergeNotes)
    }

    static func majority(_ votes: [(EntityType, Int)]) -> EntityType {
        var c: [EntityType: Int] = [:]
        for (t, n) in votes { c[t, default: 0] += n }
        return c.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? .person
    }

    /// The most complete frequent variant: most words among variants seen at least half as often as the
    /// most frequent one (ties: more frequent, then alphabetical). `ranked` is most frequent first.
    static func displayName(_ ranked: [EntityResolver.SurfaceCount], _ names: NameTable) -> String {
        guard let top = ranked.first else { return "" }
        let threshold = max(1, top.count / 2)
        let pool = ranked.prefix { $0.count >= threshold }
        if pool.count == 1 { return names[top.spelling] }
        var best: (variant: EntityResolver.SurfaceCount, words: Int)?
        for v in pool {
            let w = names.words(v.spelling).count
            if let b = best {
                // `max` keeps the last of equal elements; the order is strict here (distinct strings)
                let less = b.words != w ? b.words < w : b.variant.count != v.count ? b.variant.count < v.count
                    : names.less(v.spelling, b.variant.spelling)
                if !less { continue }
            }
            best = (v, w)
        }
        return best.map { names[$0.variant.spelling] } ?? names[top.spelling]
    }

    /// `Transliterator.slug(name)` (or the type name when nothing romanizes); equal slugs are numbered
    /// -2, -3… in order of (name key, type), independent of article order.
    static func assignIDs(_ entities: inout [(root: Int, entity: Entity)], jobs: Int) {
        let list = entities
        let slugs = ParallelChunks.map(list.count, jobs: jobs) { range in
            range.map { i -> String in
                let s = Transliterator.slug(list[i].entity.name)
                return s.isEmpty ? list[i].entity.type.rawValue : s
            }
        }.joined()
        var bySlug: [String: [Int]] = [:]
        for (i, s) in slugs.enumerated() { bySlug[s, default: []].append(i) }
        for (slug, idx) in bySlug {
            guard idx.count > 1 else {
                entities[idx[0]].entity.id = slug
                continue
            }
            let keys = Dictionary(uniqueKeysWithValues: idx.map { ($0, ArabicNormalizer.matchKey(entities[$0].entity.name)) })
            let sorted = idx.sorted { a, b in
                let ka = keys[a]!, kb = keys[b]!
                if ka != kb { return ka < kb }
                if entities[a].entity.type != entities[b].entity.type { return entities[a].entity.type < entities[b].entity.type }
                return entities[a].entity.name < entities[b].entity.name
            }
            for (n, i) in sorted.enumerated() { entities[i].entity.id = n == 0 ? slug : "\(slug)-\(n + 1)" }
        }
    }
}
