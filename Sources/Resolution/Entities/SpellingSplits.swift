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
    /// How the corpus writes a one-word name with ال and without it, by bare key class.
    private struct DefiniteForms {
        /// The last article that wrote the form with ال, and without it.
        var lastDefinite = -1, lastBare = -1
        /// One article wrote both forms.
        var sameArticle = false
        /// A mention of the form with ال was the lexicon's or a curated entity's name, or a curated entity
        /// names either form.
        var known = false
        /// Articles that wrote the form with ال, and without it.
        var definiteArticles = 0, bareArticles = 0
    }
    private var oneWordForms: [Int: DefiniteForms] = [:]
    /// Key class → the spellings a mention of that key is compared with: the lexicon's and the curated
    /// entities' spellings of the key, else the corpus's most frequent spelling of it.
    private var references: [Int: [String]] = [:]
    /// Per article and mention: the spelling ids of its key, its surface and its canonical name's match key (its key
    /// when it has none), as this pass numbered them (read by `EntityMerger` instead of numbering the strings again).
    private(set) var spellings: [[MentionSpellings]] = []
    /// Surface spelling id → whether it writes another word than the references of the key it is first written for
    /// (`writesAnotherWord`; false for spellings that are no mention's surface).
    private var anotherWord: [Bool] = []
    /// Surface spelling id → `WrittenSpelling.endsInNunation` (false for spellings that are no mention's surface).
    private var nunation: [Bool] = []

    struct MentionSpellings {
        var key: Int32
        var surface: Int32
        /// `names.matchKey` of the canonical name, else `key`.
        var text: Int32
    }

    init(extractions: [DocumentExtraction], curated: [CuratedEntity], names: NameTable) {
        self.names = names
        var curatedSpellings: [Int: [String]] = [:]
        for c in curated {
            for v in [c.name] + c.aliases { curatedSpellings[names.cls(ArabicNormalizer.matchKey(v)), default: []].append(v) }
        }
        // key class → surface class → (count, spelling)
        var surfaceCounts: [Int: [Int: (count: Int, spelling: Int)]] = [:]
        // surface spelling id → class of the key of its first mention (-1: none yet), and those surfaces in order
        var keyOfSurface: [Int] = []
        var surfacesInOrder: [Int] = []
        spellings.reserveCapacity(extractions.count)
        for (a, ex) in extractions.enumerated() {
            var ids: [MentionSpellings] = []
            ids.reserveCapacity(ex.mentions.count)
            for mention in ex.mentions {
                let key = names.id(mention.key)
                let surface = names.id(mention.surface)
                let kc = names.cls(key)
                if keyOfSurface.count <= surface { keyOfSurface += repeatElement(-1, count: surface + 1 - keyOfSurface.count) }
                if keyOfSurface[surface] < 0 {
                    keyOfSurface[surface] = kc
                    surfacesInOrder.append(surface)
                }
                surfaceCounts[kc, default: [:]][names.cls(surface), default: (0, surface)].count += 1
                let text = mention.canonical.map { names.matchKey(names.id($0)) } ?? key
                ids.append(MentionSpellings(key: Int32(key), surface: Int32(surface), text: Int32(text)))
                let bare = names.bare(text)
                let t = EntityMerger.index(of: mention.type)
                let definite = names.cls(bare) != names.cls(text)
                if definite {
                    definiteTypes[names.cls(bare), default: .zero][t] += 1
                } else {
                    bareTypes[names.cls(bare), default: .zero][t] += 1
                }
                if !names[text].unicodeScalars.contains(" ") {
                    var f = oneWordForms[names.cls(bare)] ?? DefiniteForms()
                    // a lexicon name written without ال («غرداية») is no spelling of a place the corpus writes
                    // with it after a head («بمنطقة الغرداية»): only a known form with ال keeps the two together
                    if definite && (mention.canonical != nil || mention.rule == .lexicon || mention.rule == .known)
                        || curatedSpellings[kc] != nil || curatedSpellings[names.cls(bare)] != nil { f.known = true }
                    if definite {
                        if f.lastBare == a { f.sameArticle = true }
                        if f.lastDefinite != a { f.definiteArticles += 1 }
                        f.lastDefinite = a
                    } else {
                        if f.lastDefinite == a { f.sameArticle = true }
                        if f.lastBare != a { f.bareArticles += 1 }
                        f.lastBare = a
                    }
                    oneWordForms[names.cls(bare)] = f
                }
            }
            spellings.append(ids)
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
        anotherWord = [Bool](repeating: false, count: keyOfSurface.count)
        nunation = [Bool](repeating: false, count: keyOfSurface.count)
        for surface in surfacesInOrder {
            nunation[surface] = WrittenSpelling.endsInNunation(names[surface])
            guard let refs = references[keyOfSurface[surface]] else { continue }
            let text = names[surface]
            anotherWord[surface] = !refs.contains(text) && refs.allSatisfy { WrittenSpelling.conflicts(reference: $0, candidate: text) }
        }
    }

    /// The type most mentions of these counts have (ties: the first in `EntityType.allCases`).
    private static func majority(_ c: SIMD3<Int>) -> Int {
        var best = 0
        for i in 1..<3 where c[i] > c[best] { best = i }
        return best
    }

    /// The key (spelling id of a match key) has ال, and the same key without it is mostly read as another
    /// type of name, or both are one-word place names that no article writes together and no lexicon
    /// knows: the two forms make separate groups.
    func definiteApart(_ key: Int) -> Bool {
        let bare = names.bare(key)
        guard names.cls(bare) != names.cls(key), let d = definiteTypes[names.cls(bare)], let b = bareTypes[names.cls(bare)] else {
            return false
        }
        if Self.majority(d) != Self.majority(b) { return true }
        return placeFormsApart(names.cls(bare))
    }

    /// Both forms of the bare key class are one-word place names that no article writes together, and no
    /// lexicon or curated entity knows the form with ال.
    private func placeFormsApart(_ bare: Int) -> Bool {
        guard let d = definiteTypes[bare], let b = bareTypes[bare], let f = oneWordForms[bare], !f.known, !f.sameArticle else {
            return false
        }
        let place = EntityMerger.index(of: .place)
        return Self.majority(d) == place && Self.majority(b) == place
    }

    /// The key (spelling id of a one-word match key) is the form of a place name kept apart from its twin
    /// with or without ال (`definiteApart`) that one article writes while its twin is written in more: a
    /// form so rarely written beside a better-attested place of the same letters is mostly a cut name
    /// («غدير» of «غدير الزيتون») or a misreading, and gets no entity of its own.
    func isRarePlaceTwin(_ key: Int) -> Bool {
        let bare = names.cls(names.bare(key))
        guard placeFormsApart(bare), let f = oneWordForms[bare] else { return false }
        let definite = bare != names.cls(key)
        let (own, twin) = definite ? (f.definiteArticles, f.bareArticles) : (f.bareArticles, f.definiteArticles)
        return own == 1 && twin > 1
    }

    /// The surface (spelling id of a mention's surface) writes another word than the name its key stands for (the
    /// key of its first mention: the same surface has the same key).
    func writesAnotherWord(surface: Int) -> Bool { surface < anotherWord.count && anotherWord[surface] }

    /// The surface (spelling id of a mention's surface) ends with nunation («لاجئاً»: `WrittenSpelling.endsInNunation`).
    func endsInNunation(surface: Int) -> Bool { surface < nunation.count ? nunation[surface] : WrittenSpelling.endsInNunation(names[surface]) }

    /// A class id for the spelling's letters as written (initial alef forms folded), grouping the
    /// mentions that write the same other word.
    func writtenKey(_ surface: String) -> Int {
        guard let letters = WrittenSpelling.letters(surface) else { return names.cls(ArabicNormalizer.matchKey(surface)) }
        var v = String.UnicodeScalarView()
        for l in letters { v.append(l.initial && WrittenSpelling.alefs.contains(l.scalar) ? "ا" : l.scalar) }
        return names.cls("\u{1}" + String(v))
    }
}
