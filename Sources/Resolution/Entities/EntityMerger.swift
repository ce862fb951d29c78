import ArabicText
import Extraction

/// The working state of `EntityResolver`: mention groups (rule 1) and the merges between them
/// (rules 2–4 and facilities), on numbered strings.
struct EntityMerger {
    typealias Group = EntityResolver.Group

    /// What mentions are grouped by: a curated entity, else a key's class id.
    enum GroupKey: Hashable {
        case curated(Int)
        case key(Int)
        /// A key with its ال, kept apart from the same key without it (`SpellingSplits.definiteApart`).
        case definite(Int)
        /// A spelling that writes another word than its key's name (`WrittenSpelling`), by its letters.
        case written(Int)
        /// A lexicon match whose written form is another word: no entity.
        case misread(Int)
        /// A lexicon place read inside another place's name («وادي دجلة», `ConstructPlaces`): no entity.
        case construct(Int)
        /// A name cut inside a quoted title that goes on with a number («"آي بي سي- 24"», `NameContext.cutInQuote`): no entity.
        case cutTitle(Int)
        /// A lexicon place quoted after an organization or outlet head («جمعية "إفريقيّة"», «صحيفة "الرياض"»): a body
        /// named after the place, which the lexicon does not know: no entity (a page of its own would take the place's address).
        case quotedOrganization(Int)
    }

    /// A last word of a full person name, with what the surname rules compare.
    struct LastWord {
        var spelling: Int
        /// Class of `NameSkeleton.withoutArticle(word)`.
        var bare: Int
        /// Class of `NameSkeleton.of(word)`.
        var skeleton: Int
        var hasArticle: Bool
        var scalars: Int
    }

    let curated: [CuratedEntity]
    let names: NameTable
    var groups: [Group] = []
    /// For each article, for each mention: its group.
    var groupOfMention: [[Int]]
    var types: [EntityType] = []
    /// Spelling id of each group's most frequent surface (as first grouped).
    var topName: [Int] = []
    /// Words of `topName` of person groups, as spelling ids (empty for the others: `words(of:)`).
    var groupWords: [[Int]] = []
    /// Last words of the full names of each person group (empty for the others).
    var lastWords: [[LastWord]] = []
    var uf: UnionFind
    /// Merge notes of unions, by group.
    var notes: [Int: [String]] = [:]
    var possibleDuplicates: [PossibleDuplicate] = []
    /// Groups that are common words read as surnames (see `mergeSurnames`): no entity is made of them.
    var dropped = Set<Int>()

    /// The strings numbered first, before any mention's (`SpellingSplits`): the match keys of the curated names and
    /// aliases, then "lexicon". Returns the curated entity of each such key's class (the first one naming it).
    static func numberCuratedKeys(_ curated: [CuratedEntity], names: NameTable) -> [Int: Int] {
        var curatedOfKey: [Int: Int] = [:]
        for (i, c) in curated.enumerated() {
            for name in [c.name] + c.aliases {
                let k = names.cls(ArabicNormalizer.matchKey(name))
                if curatedOfKey[k] == nil { curatedOfKey[k] = i }
            }
        }
        _ = names.cls("lexicon")
        return curatedOfKey
    }

    /// Rule 1: groups mentions by curated name, lexicon name or key without ال.
    /// `names` has numbered the curated keys (`numberCuratedKeys`, which gave `curatedOfKey`), then `splits` the
    /// mentions' spellings. `jobs`: threads at most for the parts worked out in parallel (`EntityResolver.jobs`).
    init(extractions: [DocumentExtraction], curated: [CuratedEntity], context: NameContext, names: NameTable,
         curatedOfKey: [Int: Int], splits: SpellingSplits, jobs: Int) {
        self.curated = curated
        self.names = names
        let lexicon = names.cls("lexicon")
        var groupOfKey: [GroupKey: Int] = [:]
        groupOfMention = extractions.map { Array(repeating: -1, count: $0.mentions.count) }
        // the mentions' own heads (on all the cores; pure) beside the construct counts (serial: they number strings)
        let (ownHeads, constructs) = ParallelChunks.beside(jobs: jobs, { ConstructPlaces.ownHeads(extractions: extractions, context: context, jobs: jobs) },
                                                           side: { ConstructPlaces(extractions: extractions, context: context, names: names) })
        for a in extractions.indices {
            let mentions = extractions[a].mentions
            let spellings = splits.spellings[a]
            for m in mentions.indices {
                let key = Int(spellings[m].key), surface = Int(spellings[m].surface)
                let bare = names.bare(key)
                var cur = curatedOfKey.isEmpty ? nil : curatedOfKey[names.cls(key)] ?? curatedOfKey[names.cls(bare)]
                var canonical = mentions[m].canonical
                var gk: GroupKey
                if let c = cur {
                    gk = .curated(c)
                } else if canonical != nil {
                    let canonKey = Int(spellings[m].text)
                    if let c = curatedOfKey[names.cls(canonKey)] {
                        cur = c
                        gk = .curated(c)
                    } else {
                        gk = splits.definiteApart(canonKey) ? .definite(names.cls(canonKey)) : .key(names.cls(names.bare(canonKey)))
                    }
                } else {
                    gk = splits.definiteApart(key) ? .definite(names.cls(key)) : .key(names.cls(bare))
                }
                // a spelling that writes another word than its key's name («فأس» for «فاس») is not that name
                if splits.writesAnotherWord(surface: surface) {
                    let written = splits.writtenKey(mentions[m].surface)
                    if cur != nil || canonical != nil || [.lexicon, .known].contains(mentions[m].rule) {
                        gk = .misread(written)
                    } else {
                        gk = .written(written)
                    }
                    cur = nil
                    canonical = nil
                }
                // «لاجئاً سورياً»: a word with nunation is an adjective or a common word, no name
                if splits.endsInNunation(surface: surface) {
                    gk = .misread(names.cls(surface))
                    cur = nil
                    canonical = nil
                }
                // a lexicon place after «وادي», «برج», «رأس»… is a word of another place's name, not that place
                if cur == nil, let other = constructs.otherPlace(mentions[m], article: a, mention: m, context: context,
                                                                     ownHead: ownHeads[a][m]) {
                    gk = .construct(other)
                    canonical = nil
                }
                // «جمعية "إفريقيّة"», «صحيفة "الرياض"»: the body named after the place, not the place
                if cur == nil, context.quotedAfterOrganizationHead[a][m],
                   NameEvidence.isLexiconPlace(canonical == nil ? mentions[m].key : names[names.matchKey(names.id(canonical!))]) {
                    gk = .quotedOrganization(names.cls(key))
                    canonical = nil
                }
                // «"آي بي سي- 24"»: the quote names another thing than «آي بي سي» (a curated name stays curated)
                // «جورينج-إكارت»: a hyphen joins another word of the surname (a lexicon name stays: «تونس-صفاقس»
                // is a road between two places)
                if cur == nil, context.cutInQuote[a][m]
                    || context.hyphenJoined[a][m] && canonical == nil && ![.lexicon, .known].contains(mentions[m].rule) {
                    gk = .cutTitle(names.cls(key))
                    canonical = nil
                }
                let g: Int
                if let existing = groupOfKey[gk] {
                    g = existing
                    // the lexicon's name, whichever mention of the group comes first («العربية» for «قناة العربية»)
                    if groups[g].canonical == nil, groups[g].curated == nil { groups[g].canonical = canonical }
                } else {
                    g = groups.count
                    groupOfKey[gk] = g
                    groups.append(Group(curated: cur, canonical: canonical))
                    switch gk {
                    case .misread, .construct, .cutTitle, .quotedOrganization: dropped.insert(g)
                    case .key, .definite: if canonical == nil, splits.isRarePlaceTwin(key) { dropped.insert(g) }
                    default: break
                    }
                }
                groupOfMention[a][m] = g
                groups[g].typeCounts[Self.index(of: mentions[m].type)] += 1
                groups[g].surfaces[names.cls(surface), default: .init(count: 0, spelling: surface)].count += 1
                if let cue = mentions[m].cue {
                    let c = names.id(cue)
                    if names.cls(c) != lexicon, groups[g].cues[names.cls(c)] == nil { groups[g].cues[names.cls(c)] = c }
                }
            }
        }
        uf = UnionFind(groups.count)
        types = groups.indices.map(majorityType)
        for g in groups.indices { topName.append(topSurface(g)) }
        // the words of the person groups' names and spellings, of the organizations' names (`mergeOrganizationForms`) and
        // of the places' spellings (`mergeFacilities`), split on all the cores (numbered when asked, as before)
        names.prefetchWords(groups.indices.flatMap { g -> [Int] in
            switch types[g] {
            case .person: return [topName[g]] + groups[g].surfaces.values.map(\.spelling)
            case .organization: return [topName[g]]
            case .place: return groups[g].surfaces.values.map(\.spelling)
            }
        }, jobs: jobs)
        for g in groups.indices { groupWords.append(types[g] == .person ? names.words(topName[g]) : []) }
        var notSurnames: Set<Int>?
        for g in groups.indices { lastWords.append(fullNameLastWords(g, notSurnames: &notSurnames)) }
    }

    static func index(of type: EntityType) -> Int {
        switch type {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        }
    }

    /// The curated type, else the most frequent (ties: the first in `EntityType.allCases`).
    func majorityType(_ g: Int) -> EntityType {
        if let c = groups[g].curated { return curated[c].type }
        var best = -1
        for i in 0..<3 where groups[g].typeCounts[i] > 0 && (best < 0 || groups[g].typeCounts[i] > groups[g].typeCounts[best]) {
            best = i
        }
        return best < 0 ? .person : EntityType.allCases[best]
    }

    /// Spelling id of the most frequent surface (ties: the smallest string).
    mutating func topSurface(_ g: Int) -> Int {
        var best: EntityResolver.SurfaceCount?
        for s in groups[g].surfaces.values {
            if let b = best, s.count < b.count || (s.count == b.count && !names.less(s.spelling, b.spelling)) { continue }
            best = s
        }
        return best?.spelling ?? names.id("")
    }

    /// Words of group `g`'s name, as spelling ids.
    func words(of g: Int) -> [Int] { names.words(topName[g]) }

    /// The text of group `g`'s name (its most frequent surface).
    func name(_ g: Int) -> String { names[topName[g]] }

    /// Last words of the full (multi-word) names of a person group: its spellings in the text and, for a
    /// curated entity, its name and aliases ("إسماعيل غاني" makes "غاني" a surname of the Qaani entity).
    /// `notSurnames`: the classes of the particles a surname does not follow, numbered by the first call that needs them.
    mutating func fullNameLastWords(_ g: Int, notSurnames: inout Set<Int>?) -> [LastWord] {
        guard types[g] == .person else { return [] }
        var spellings = groups[g].surfaces.values.map(\.spelling)
        if let c = groups[g].curated { spellings += ([curated[c].name] + curated[c].aliases).map { names.id($0) } }
        if notSurnames == nil { notSurnames = Set(["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "ولد"].map { names.cls($0) }) }
        let notSurnames = notSurnames!
        var out: [LastWord] = []
        for s in spellings {
            let words = names.words(s)
            // after بن, أبو, آل… the last word is a father's or family name that goes with its particle
            // («محمد بن سعود»: «سعود» alone is another name)
            guard words.count >= 2, let last = words.last, !notSurnames.contains(names.cls(last)),
                  !notSurnames.contains(names.cls(words[words.count - 2])),
                  !out.contains(where: { names.cls($0.spelling) == names.cls(last) }) else { continue }
            let text = names[last]
            out.append(LastWord(spelling: last, bare: names.cls(names.bare(last)), skeleton: names.cls(names.skeleton(last)),
                                hasArticle: text.hasPrefix("ال"), scalars: text.unicodeScalars.count))
        }
        return out
    }

    /// Moves mention `m` of article `a` from group `g` to group `full`.
    mutating func move(article a: Int, mention m: Int, surface: String, from g: Int, to full: Int) {
        groupOfMention[a][m] = full
        let s = names.id(surface), c = names.cls(s)
        if let sc = groups[g].surfaces[c] { groups[g].surfaces[c] = sc.count > 1 ? .init(count: sc.count - 1, spelling: sc.spelling) : nil }
        groups[full].surfaces[c, default: .init(count: 0, spelling: s)].count += 1
    }
}
