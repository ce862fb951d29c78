import ArabicText
import Extraction

/// Turns merged mention groups into `Entity` values with ids, names, variants and notes.
enum EntityBuilder {
    static func build(corpus input: ResolvedCorpus, groups: [EntityResolver.Group], types: [EntityType],
                      uf: inout UnionFind, notes: [Int: [String]], groupOfMention: [[Int]],
                      curated: [CuratedEntity]) -> ResolvedCorpus {
        var corpus = input
        // collect mentions per root, in article order
        var membersOfRoot: [Int: [Int]] = [:]
        for g in groups.indices { membersOfRoot[uf.find(g), default: []].append(g) }
        var mentionsOfRoot: [Int: [MentionRef]] = [:]
        for (a, gs) in groupOfMention.enumerated() {
            for (m, g) in gs.enumerated() { mentionsOfRoot[uf.find(g), default: []].append(MentionRef(article: a, mention: m)) }
        }
        var entities: [(root: Int, entity: Entity)] = []
        for root in mentionsOfRoot.keys.sorted() {
            let members = membersOfRoot[root] ?? [root]
            let cur = members.compactMap { groups[$0].curated }.first
            if let cur, curated[cur].ignore { continue }
            var counts: [String: Int] = [:]
            for g in members { for (s, n) in groups[g].surfaces { counts[s, default: 0] += n } }
            let variants = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            let type = cur.map { curated[$0].type } ?? majority(members.map { (types[$0], groups[$0].surfaces.values.reduce(0, +)) })
            let canonical = members.compactMap { groups[$0].canonical }.first
            let name = cur.map { curated[$0].name } ?? canonical ?? displayName(variants, counts)
            var mergeNotes: [String] = []
            for g in members { mergeNotes += groups[g].notes + (notes[g] ?? []) }
            let nameKey = ArabicNormalizer.matchKey(name)
            for v in variants where v != name {
                let vk = ArabicNormalizer.matchKey(v)
                if vk == nameKey {
                    mergeNotes.append("\(v) = \(name): الحروف نفسها بعد توحيد الهمزات والألف والمسافات")
                } else if NameSkeleton.withoutArticle(vk) == NameSkeleton.withoutArticle(nameKey) {
                    mergeNotes.append("\(v) = \(name): الاسم نفسه مع «ال» أو بدونها")
                } else if canonical != nil || cur != nil, members.contains(where: { groups[$0].surfaces[v] != nil && (groups[$0].canonical != nil || groups[$0].curated != nil) }) {
                    mergeNotes.append("\(v) = \(name): \(cur != nil ? "اسم بديل في ملف الكيان" : "الاسم نفسه في معجم الأماكن والمنظمات")")
                }
            }
            var seen = Set<String>()
            mergeNotes = mergeNotes.filter { seen.insert($0).inserted }
            let refs = (mentionsOfRoot[root] ?? []).sorted { ($0.article, $0.mention) < ($1.article, $1.mention) }
            entities.append((root, Entity(id: "", name: name, type: type, variants: variants,
                                          aliases: cur.map { curated[$0].aliases } ?? [], mergeNotes: mergeNotes,
                                          mentions: refs, curated: cur)))
        }
        assignIDs(&entities)
        // entity order: first mention in the corpus
        entities.sort { a, b in
            let x = a.entity.mentions.first.map { ($0.article, $0.mention) } ?? (Int.max, Int.max)
            let y = b.entity.mentions.first.map { ($0.article, $0.mention) } ?? (Int.max, Int.max)
            return x != y ? x < y : a.entity.id < b.entity.id
        }
        var entityOfRoot: [Int: Int] = [:]
        for (i, e) in entities.enumerated() { entityOfRoot[e.root] = i }
        corpus.entities = entities.map(\.entity)
        corpus.entityOfMention = groupOfMention.map { gs in gs.map { entityOfRoot[uf.find($0)] } }
        var dups: [PossibleDuplicate] = []
        var seenPairs = Set<[Int]>()
        for d in input.possibleDuplicates {
            guard let x = entityOfRoot[uf.find(d.first)], let y = entityOfRoot[uf.find(d.second)], x != y else { continue }
            let pair = [min(x, y), max(x, y)]
            if seenPairs.insert(pair).inserted { dups.append(PossibleDuplicate(first: pair[0], second: pair[1], reason: d.reason)) }
        }
        corpus.possibleDuplicates = dups.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        return corpus
    }

    static func majority(_ votes: [(EntityType, Int)]) -> EntityType {
        var c: [EntityType: Int] = [:]
        for (t, n) in votes { c[t, default: 0] += n }
        return c.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? .person
    }

    /// The most complete frequent variant: most words among variants seen at least half as often as the
    /// most frequent one (ties: more frequent, then alphabetical).
    static func displayName(_ variants: [String], _ counts: [String: Int]) -> String {
        guard let top = variants.first else { return "" }
        let threshold = max(1, (counts[top] ?? 1) / 2)
        let pool = variants.filter { (counts[$0] ?? 0) >= threshold }
        return pool.max { a, b in
            let wa = NameSkeleton.words(a).count, wb = NameSkeleton.words(b).count
            if wa != wb { return wa < wb }
            if counts[a]! != counts[b]! { return counts[a]! < counts[b]! }
            return a > b
        } ?? top
    }

    /// `Transliterator.slug(name)` (or the type name when nothing romanizes); equal slugs are numbered
    /// -2, -3… in order of (name key, type), independent of article order.
    static func assignIDs(_ entities: inout [(root: Int, entity: Entity)]) {
        var bySlug: [String: [Int]] = [:]
        for (i, e) in entities.enumerated() {
            var s = Transliterator.slug(e.entity.name)
            if s.isEmpty { s = e.entity.type.rawValue }
            bySlug[s, default: []].append(i)
        }
        for (slug, idx) in bySlug {
            let sorted = idx.sorted { a, b in
                let ka = ArabicNormalizer.matchKey(entities[a].entity.name), kb = ArabicNormalizer.matchKey(entities[b].entity.name)
                if ka != kb { return ka < kb }
                if entities[a].entity.type != entities[b].entity.type { return entities[a].entity.type < entities[b].entity.type }
                return entities[a].entity.name < entities[b].entity.name
            }
            for (n, i) in sorted.enumerated() { entities[i].entity.id = n == 0 ? slug : "\(slug)-\(n + 1)" }
        }
    }
}
