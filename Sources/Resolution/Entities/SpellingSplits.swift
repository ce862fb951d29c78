import ArabicText
import Extraction

/// Where rule 1 of `EntityResolver` (one match key, one group) would merge two referents, decided before
/// the mentions are grouped, from what the whole corpus writes:
/// - a spelling that writes another word than its key's name (`WrittenSpelling`): its own group, and
///   none at all when only the lexicon made it a name («فأس» matched «فاس»);
/// - a key with ال and the same key without it name one referent when they are read as the same kind of
///   name («الكاظمي» and «كاظمي», two persons); when the mentions of one form are mostly of another type
///   («حياة» a person, «الحياة» a newspaper; «عوينة» a person, «العوينة» a place) they stay apart.
struct SpellingSplits {
    let names: NameTable
    /// Mentions per type (indexed like `EntityType.allCases`) of each bare key class, with ال and without.
    private var definiteTypes: [Int: SIMD3<Int>] = [:]
    private var bareTypes: [Int: SIMD3<Int>] = [:]
    /// Key class → the spellings a mention of that key is compared with: the lexicon's and the curated
    /// entities' spellings of the key, else the corpus's most frequent spelling of it.
    private var references: [Int: [String]] = [:]
    /// Surface spelling id → whether it writes another word than its key's references (memo).
    private var anotherWord: [Int: Bool] = [:]

    init(extractions: [DocumentExtraction], curated: [CuratedEntity], names: NameTable) {
        self.names = names
        var curatedSpellings: [Int: [String]] = [:]
        for c in curated {
            for v in [c.name] + c.aliases { curatedSpellings[names.cls(ArabicNormalizer.matchKey(v)), default: []].append(v) }
        }
        // key class → surface class → (count, spelling)
        var surfaceCounts: [Int: [Int: (count: Int, spelling: Int)]] = [:]
        for ex in extractions {
            for mention in ex.mentions {
                let key = names.id(mention.key)
                let surface = names.id(mention.surface)
                let kc = names.cls(key)
                surfaceCounts[kc, default: [:]][names.cls(surface), default: (0, surface)].count += 1
                let text = mention.canonical.map { names.matchKey(names.id($0)) } ?? key
                let bare = names.bare(text)
                let t = EntityMerger.index(of: mention.type)
                if names.cls(bare) != names.cls(text) {
                    definiteTypes[names.cls(bare), default: .zero][t] += 1
                } else {
                    bareTypes[names.cls(bare), default: .zero][t] += 1
                }
            }
        }
        for (kc, surfaces) in surfaceCounts {
            let keyText = ArabicNormalizer.matchKey(names[surfaces.values.first!.spelling])
            var refs = NameEvidence.lexiconSpellings(ofKey: keyText) + (curatedSpellings[kc] ?? [])
            if refs.isEmpty, surfaces.count > 1 {
                let top = surfaces.values.max { a, b in a.count != b.count ? a.count < b.count : names.less(b.spelling, a.spelling) }!
                refs = [names[top.spelling]]
            }
            if !refs.isEmpty { references[kc] = refs }
        }
    }

    /// The type most mentions of these counts have (ties: the first in `EntityType.allCases`).
    private static func majority(_ c: SIMD3<Int>) -> Int {
        var best = 0
        for i in 1..<3 where c[i] > c[best] { best = i }
        return best
    }

    /// The key (spelling id of a match key) has ال, and the same key without it is mostly read as another
    /// type of name: the two forms make separate groups.
    func definiteApart(_ key: Int) -> Bool {
        let bare = names.bare(key)
        guard names.cls(bare) != names.cls(key), let d = definiteTypes[names.cls(bare)], let b = bareTypes[names.cls(bare)] else {
            return false
        }
        return Self.majority(d) != Self.majority(b)
    }

    /// The mention's spelling writes another word than the name its key stands for.
    mutating func writesAnotherWord(_ mention: Mention) -> Bool {
        let surface = names.id(mention.surface)
        if let known = anotherWord[surface] { return known }
        var result = false
        if let refs = references[names.cls(names.id(mention.key))] {
            let text = mention.surface
            result = !refs.contains(text) && refs.allSatisfy { WrittenSpelling.conflicts(reference: $0, candidate: text) }
        }
        anotherWord[surface] = result
        return result
    }

    /// A class id for the spelling's letters as written (initial alef forms folded), grouping the
    /// mentions that write the same other word.
    func writtenKey(_ surface: String) -> Int {
        guard let letters = WrittenSpelling.letters(surface) else { return names.cls(ArabicNormalizer.matchKey(surface)) }
        var v = String.UnicodeScalarView()
        for l in letters { v.append(l.initial && WrittenSpelling.alefs.contains(l.scalar) ? "ا" : l.scalar) }
        return names.cls("\u{1}" + String(v))
    }
}
