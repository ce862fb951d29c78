import Foundation
import ArabicText
import Extraction

/// Merges the entity mentions of all articles into entities.
///
/// ```swift
/// let corpus = EntityResolver().resolve(documents: docs, extractions: extractions, curated: curated)
/// ```
/// Merge rules, each leaving a line in `Entity.mergeNotes`:
/// 1. Same match key (alef/hamza/ى folds, tashkeel, spacing: "قا آني" = "قاآني"), or the same key
///    without a leading ال ("الكاظمي" = "كاظمي"), or the same lexicon/curated name ("أمريكا" → "الولايات المتحدة"),
///    unless the corpus says they are two referents (`SpellingSplits`): a spelling that writes a hamza where
///    its key's name has none ("فأس" is not "فاس"; a lexicon match so written is no mention), or ال and bare
///    forms read as different types ("حياة" a person, "الحياة" a newspaper), or a one-word place name
///    with and without ال that no article writes together ("جمال" the town, "الجمال" another place). A
///    lexicon place inside another place's name ("دجلة" in "وادي دجلة", `ConstructPlaces`) is no mention of it,
///    nor a name cut inside a quoted title that goes on with a number («"آي بي سي- 24"», `NameContext.cutInQuote`).
///    A hamza on the first letter of a word, after ال or لل, is no other word («للإنتخابات», `WrittenSpelling`);
///    a word with nunation is no name at all («لاجئاً سورياً», «بل دوماً»), nor a lexicon place quoted after an
///    organization or outlet head a mention of the place («جمعية "إفريقيّة"», «صحيفة "الرياض"»).
/// 2. A one-word person name that is the last word of exactly one full name in the same article (not when
///    it stands beside another name word or after a place head: "فرجاني ساسي", "مدينة ماسي"; nor after a title
///    that full name never has while another of that surname, named in more articles, has it: «الرئيس ترامب»
///    beside «إيفانكا ترامب»), else of
///    exactly one full name in the whole corpus ("قاآني" → "إسماعيل قاآني") when the corpus ties them: the
///    same role cue, or the full name beside it in more articles than it stands alone. With several candidates it
///    stays apart and is listed in `possibleDuplicates`. An ordinary word in the accusative («مبلغا», «رئيسا»)
///    is no surname alone, though a misread name ends with it. A one-word name seen with such a full name in
///    under a tenth of its articles (at least five) is a common word read as a surname: no entity.
/// 3. A one-word person name whose consonant skeleton (`NameSkeleton`) equals the last word of exactly one
///    full name in the same article ("غني" in an article naming "إسماعيل غاني"), unless one is the other's
///    nisba ("الموريس" is not "الموريسي").
/// 4. Two full person names with the same first name, last words of equal skeleton, and a shared role
///    cue ("إسماعيل غاني, قائد فيلق القدس" = "إسماعيل قاآني, قائد فيلق القدس"). Same first name and
///    skeleton without a shared cue: a possible duplicate, not a merge.
/// Organizations: a name without its head word is the one longer name with it ("سيد الشهداء" = "كتائب سيد
/// الشهداء"), unless the head names a body inside the shorter one (مجلس، لجنة، مكتب، كتلة…) written in more
/// articles («مجلس فيفا» is not «الفيفا»), and a head word alone («الاتحاد») is no short form; a name cut at its inner و
/// is the one longer name the corpus writes in two articles or more, unless the word after و is a participle or another
/// name's head («جيش البحر والمتمركز», «جمعية جربة والملعب»)
/// ("وزارة الفلاحة" = "وزارة الفلاحة والموارد المائية والصيد البحري", `mergeCoordinatedForms`). A facility named
/// with and without the adjective of its kind is one ("مطار بغداد" = "مطار بغداد الدولي", `mergeFacilityAdjectives`).
/// Curated entities (name + aliases) win over discovery for name and type; `ignore: true` drops the entity
/// (its mentions map to nil). Ids: `Transliterator.slug(name)`, collisions numbered -2, -3… in order of
/// (slug, name key, type), so ids do not depend on article order.
///
/// Resolution reads only each article's mentions (and whether their sentences are in range), the text around each mention
/// in its block (`NameContext`; how far each reader looks is listed in `MentionReadWindow`, Sitegen target) and the curated
/// entities: a build reuses the last build's entities when none of that changed (`EntityResolutionInputs` in the Sitegen
/// target hashes exactly this; keep the three in step).
///
/// An entity whose evidence scores under `minimumConfidence` (`EntityConfidence`) gets no page, unless it is
/// curated or known to the lexicon; a name that starts with a preposition as written never gets one.
public struct EntityResolver: Sendable {
    /// Entities scoring under this are left out (default: the fitted threshold; 0 keeps every scored one).
    public var minimumConfidence: Double
    /// Threads the parallel parts may use: the build's `-j` (one: everything on the calling thread). The result is the
    /// same for any number.
    public var jobs: Int
    public init(minimumConfidence: Double = EntityConfidence.threshold, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.minimumConfidence = minimumConfidence
        self.jobs = max(1, jobs)
    }

    /// A surface form counted in a group: how often, and the spelling kept (the first one counted).
    struct SurfaceCount {
        var count: Int
        /// Spelling id (`StringIDs`).
        var spelling: Int
    }

    /// Mentions that share a key (or a lexicon or curated name), before the merges across groups.
    /// Strings are numbered (`NameTable`); dictionaries are keyed by class id, so they group exactly
    /// the strings `String` equality would.
    struct Group {
        /// Mentions per type, indexed like `EntityType.allCases`.
        var typeCounts = SIMD3<Int>(repeating: 0)
        /// Surface class id → count and spelling.
        var surfaces: [Int: SurfaceCount] = [:]
        /// Cue class id → spelling id of the first such cue ("lexicon" left out).
        var cues: [Int: Int] = [:]
        var curated: Int?
        var canonical: String?
        var notes: [String] = []
    }

    public func resolve(documents: [Document], extractions: [DocumentExtraction], curated: [CuratedEntity]) -> ResolvedCorpus {
        var groups = merged(documents: documents, extractions: extractions, curated: curated)
        var corpus = ResolvedCorpus()
        corpus.curated = curated
        corpus.possibleDuplicates = groups.merger.possibleDuplicates
        let resolved = EntityBuilder.build(corpus: corpus, merger: &groups.merger, context: groups.context, extractions: extractions,
                                           minimumConfidence: minimumConfidence, jobs: jobs)
        // the context's neighbour words and the groups' tables are many small allocations: freed beside what comes next
        ParallelChunks.freeBeside(consume groups, jobs: jobs)
        return resolved
    }

    /// The mention groups and their merges (rules 1–4), and the corpus context they were read with.
    struct MergedGroups {
        var merger: EntityMerger
        let context: NameContext
    }

    /// Rule 1 on every mention, then the merges.
    func merged(documents: [Document], extractions: [DocumentExtraction], curated: [CuratedEntity]) -> MergedGroups {
        let names = NameTable()
        let curatedOfKey = EntityMerger.numberCuratedKeys(curated, names: names)
        // the corpus's context of names (on all the cores) beside the spellings' splits (serial: it numbers the
        // spellings in mention order; the context numbers none)
        let (context, splits) = ParallelChunks.beside(jobs: jobs, { NameContext(documents: documents, extractions: extractions, jobs: jobs) },
                                                      side: { SpellingSplits(extractions: extractions, curated: curated, names: names) })
        var merger = EntityMerger(extractions: extractions, curated: curated, context: context, names: names,
                                  curatedOfKey: curatedOfKey, splits: splits, jobs: jobs)
        merger.mergeSurnames(extractions, context: context)
        merger.mergeTransliterations()
        merger.mergeFacilities()
        merger.mergeFacilityAdjectives()
        merger.mergeOrganizationForms()
        merger.mergeCoordinatedForms()
        return MergedGroups(merger: merger, context: context)
    }
}
