import ArabicText
import Extraction

/// Merges the entity mentions of all articles into entities.
///
/// ```swift
/// let corpus = EntityResolver().resolve(documents: docs, extractions: extractions, curated: curated)
/// ```
/// Merge rules, each leaving a line in `Entity.mergeNotes`:
/// 1. Same match key (alef/hamza/ى folds, tashkeel, spacing: "قا آني" = "قاآني"), or the same key
///    without a leading ال ("الكاظمي" = "كاظمي"), or the same lexicon/curated name ("أمريكا" → "الولايات المتحدة").
/// 2. A one-word person name that is the last word of exactly one full name in the same article, else of
///    exactly one full name in the whole corpus ("قاآني" → "إسماعيل قاآني"). With several candidates it
///    stays apart and is listed in `possibleDuplicates`.
/// 3. A one-word person name whose consonant skeleton (`NameSkeleton`) equals the last word of exactly one
///    full name in the same article ("غني" in an article naming "إسماعيل غاني").
/// 4. Two full person names with the same first name, last words of equal skeleton, and a shared role
///    cue ("إسماعيل غاني, قائد فيلق القدس" = "إسماعيل قاآني, قائد فيلق القدس"). Same first name and
///    skeleton without a shared cue: a possible duplicate, not a merge.
/// Curated entities (name + aliases) win over discovery for name and type; `ignore: true` drops the entity
/// (its mentions map to nil). Ids: `Transliterator.slug(name)`, collisions numbered -2, -3… in order of
/// (slug, name key, type), so ids do not depend on article order.
public struct EntityResolver: Sendable {
    public init() {}

    struct Group {
        var type: [EntityType: Int] = [:]
        var surfaces: [String: Int] = [:]
        var cues: [String: Int] = [:]
        var curated: Int?
        var canonical: String?
        var notes: [String] = []
        var mentions: [MentionRef] = []
    }

    public func resolve(documents: [Document], extractions: [DocumentExtraction], curated: [CuratedEntity]) -> ResolvedCorpus {
        var corpus = ResolvedCorpus()
        corpus.curated = curated
        var curatedOfKey: [String: Int] = [:]
        for (i, c) in curated.enumerated() {
            for name in [c.name] + c.aliases {
                let k = ArabicNormalizer.matchKey(name)
                if curatedOfKey[k] == nil { curatedOfKey[k] = i }
            }
        }
        // 1. groups by key
        var groups: [Group] = []
        var groupOfKey: [String: Int] = [:]
        var groupOfMention: [[Int]] = extractions.map { Array(repeating: -1, count: $0.mentions.count) }
        for (a, ex) in extractions.enumerated() {
            for (m, mention) in ex.mentions.enumerated() {
                let bare = NameSkeleton.withoutArticle(mention.key)
                var gk: String
                var cur: Int? = curatedOfKey[mention.key] ?? curatedOfKey[bare]
                if let c = cur { gk = "c:\(c)" }
                else if let canon = mention.canonical { gk = "k:" + NameSkeleton.withoutArticle(ArabicNormalizer.matchKey(canon))
                    if let c = curatedOfKey[ArabicNormalizer.matchKey(canon)] { cur = c; gk = "c:\(c)" } }
                else { gk = "k:" + bare }
                let g: Int
                if let existing = groupOfKey[gk] { g = existing } else {
                    g = groups.count
                    groupOfKey[gk] = g
                    groups.append(Group(curated: cur, canonical: mention.canonical))
                }
                groupOfMention[a][m] = g
                groups[g].type[mention.type, default: 0] += 1
                groups[g].surfaces[mention.surface, default: 0] += 1
                if let cue = mention.cue, cue != "lexicon" { groups[g].cues[cue, default: 0] += 1 }
            }
        }
        func majorityType(_ g: Int) -> EntityType {
            if let c = groups[g].curated { return curated[c].type }
            return groups[g].type.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? .person
        }
        func words(_ g: Int) -> [String] { NameSkeleton.words(topSurface(groups[g])) }
        let types = groups.indices.map(majorityType)
        let names = groups.map(topSurface)
        let groupWords = groups.indices.map(words)
        var uf = UnionFind(groups.count)
        var notes: [Int: [String]] = [:]

        // last words of the full (multi-word) names of each person group: its spellings in the text and,
        // for a curated entity, its name and aliases ("إسماعيل غاني" makes "غاني" a surname of the Qaani entity)
        let lastWords: [Set<String>] = groups.indices.map { g in
            guard types[g] == .person else { return [] }
            var names = groups[g].surfaces.keys.map { NameSkeleton.words($0) }
            if let c = groups[g].curated { names += ([curated[c].name] + curated[c].aliases).map { NameSkeleton.words($0) } }
            return Set(names.filter { $0.count >= 2 && !["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"].contains($0.last!) }.map { $0.last! })
        }
        // full person names by last word and by last-word skeleton
        var fullByLast: [String: Set<Int>] = [:]
        var fullBySkeleton: [String: Set<Int>] = [:]
        for g in groups.indices where types[g] == .person && groupWords[g].count >= 2 {
            fullBySkeleton[NameSkeleton.of(groupWords[g].last!), default: []].insert(g)
        }
        for g in groups.indices {
            for w in lastWords[g] { fullByLast[NameSkeleton.withoutArticle(w), default: []].insert(g) }
        }
        // 2 + 3: bare surnames, per article first
        for (a, ex) in extractions.enumerated() {
            let inArticle = Set(ex.mentions.indices.map { groupOfMention[a][$0] }.filter { types[$0] == .person && !lastWords[$0].isEmpty })
            for m in ex.mentions.indices {
                let g = groupOfMention[a][m]
                guard types[g] == .person, groupWords[g].count == 1, groups[g].curated == nil else { continue }
                let w = NameSkeleton.withoutArticle(groupWords[g][0])
                let sameLast = inArticle.filter { lastWords[$0].contains { NameSkeleton.withoutArticle($0) == w } }
                func move(to full: Int) {
                    let surface = ex.mentions[m].surface
                    groupOfMention[a][m] = full
                    groups[g].surfaces[surface, default: 1] -= 1
                    if groups[g].surfaces[surface] == 0 { groups[g].surfaces[surface] = nil }
                    groups[full].surfaces[surface, default: 0] += 1
                }
                if sameLast.count == 1, let full = sameLast.first {
                    move(to: full)
                    groups[full].notes.append("\(ex.mentions[m].surface) = \(names[full]): الاسم الأخير وحده في مقال يذكر الاسم الكامل")
                    continue
                }
                let sk = NameSkeleton.of(w)
                let bare = groupWords[g][0]
                let sameSkeleton = inArticle.filter { lastWords[$0].contains { last in
                    NameSkeleton.of(last) == sk && last.hasPrefix("ال") == bare.hasPrefix("ال")
                        && abs(last.unicodeScalars.count - bare.unicodeScalars.count) <= 1 } }
                if sameLast.isEmpty, sameSkeleton.count == 1, let full = sameSkeleton.first, sk.unicodeScalars.count >= 2 {
                    move(to: full)
                    groups[full].notes.append("\(ex.mentions[m].surface) = \(names[full]): كتابة أخرى للاسم الأخير (الحروف الساكنة نفسها) في مقال يذكر الاسم الكامل")
                }
            }
        }
        for g in groups.indices where types[g] == .person && groupWords[g].count == 1 && groups[g].curated == nil {
            let owners = fullByLast[NameSkeleton.withoutArticle(groupWords[g][0])] ?? []
            if owners.count == 1, let full = owners.first, uf.union(full, g) {
                notes[full, default: []].append("\(names[g]) = \(names[full]): الاسم الأخير وحده، ولا اسم كامل آخر بهذا الاسم الأخير")
            } else if owners.count > 1 {
                for o in owners.sorted() {
                    corpus.possibleDuplicates.append(PossibleDuplicate(first: o, second: g,
                        reason: "«\(names[g])» اسم أخير لعدة أشخاص"))
                }
            }
        }
        // 4: transliteration variants of full names
        for (_, members) in fullBySkeleton where members.count > 1 {
            let list = members.sorted()
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let p = list[x], q = list[y]
                    guard groupWords[p].first == groupWords[q].first, groups[p].curated == nil || groups[q].curated == nil else { continue }
                    if shareCue(groups[p], groups[q]) {
                        if uf.union(p, q) {
                            notes[min(p, q), default: []].append("\(names[q]) = \(names[p]): الاسم الأول نفسه، والاسم الأخير بالحروف الساكنة نفسها، والصفة نفسها (\(sharedCue(groups[p], groups[q])))")
                        }
                    } else {
                        corpus.possibleDuplicates.append(PossibleDuplicate(first: p, second: q,
                            reason: "الاسم الأول نفسه وكتابة متقاربة للاسم الأخير، دون صفة مشتركة"))
                    }
                }
            }
        }
        // 5: a bare place that is the name of exactly one facility ("قاعدة التاجي") is that facility when no
        // lexicon knows it as a place of its own, or when every article naming it also names the facility
        var facilityOfPlace: [Int: Set<Int>] = [:]
        var placeGroupOfKey: [String: Int] = [:]
        for g in groups.indices where types[g] == .place {
            for sfc in groups[g].surfaces.keys { placeGroupOfKey[NameSkeleton.withoutArticle(ArabicNormalizer.matchKey(sfc))] = g }
        }
        for g in groups.indices where types[g] == .place {
            for sfc in groups[g].surfaces.keys {
                let w = NameSkeleton.words(sfc)
                guard w.count >= 2, NameHeads.facility.contains(w[0]) else { continue }
                if let p = placeGroupOfKey[NameSkeleton.withoutArticle(w.dropFirst().joined())], p != g {
                    facilityOfPlace[p, default: []].insert(g)
                }
            }
        }
        if !facilityOfPlace.isEmpty {
            var articlesOf: [Int: Set<Int>] = [:]
            for (a, gs) in groupOfMention.enumerated() { for g in gs { articlesOf[g, default: []].insert(a) } }
            for p in facilityOfPlace.keys.sorted() {
                guard let fs = facilityOfPlace[p], fs.count == 1, let f = fs.first,
                      groups[p].curated == nil || groups[f].curated == nil,
                      (groups[p].canonical == nil && groups[p].curated == nil)
                        || (articlesOf[p] ?? []).isSubset(of: articlesOf[f] ?? []) else { continue }
                if uf.union(f, p) {
                    notes[f, default: []].append("\(names[p]) = \(names[f]): اسم المنشأة دون «\(NameSkeleton.words(names[f]).first ?? "")» في مقال يذكرها كاملة")
                }
            }
        }
        return EntityBuilder.build(corpus: corpus, groups: groups, types: types, uf: &uf, notes: notes,
                                   groupOfMention: groupOfMention, curated: curated)
    }

    func topSurface(_ g: Group) -> String {
        g.surfaces.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? ""
    }

    static func cueWords(_ cue: String) -> Set<String> {
        Set(NameSkeleton.words(cue).filter { $0.unicodeScalars.count >= 3 && !["باسم", "السابق", "الرييس", "رييس"].contains($0) })
    }

    func sharedCue(_ a: Group, _ b: Group) -> String {
        for c in a.cues.keys.sorted() where b.cues.keys.contains(where: { ArabicNormalizer.matchKey($0) == ArabicNormalizer.matchKey(c) }) { return c }
        for c in a.cues.keys.sorted() {
            for d in b.cues.keys.sorted() where Self.cueWords(c).intersection(Self.cueWords(d)).count >= 2 { return c }
        }
        return ""
    }

    func shareCue(_ a: Group, _ b: Group) -> Bool { !sharedCue(a, b).isEmpty }
}
