import ArabicDates
import CSystem
import Extraction
import Resolution

/// The NLP half of the pipeline: date inference, extraction per article, pooling of evidence across
/// the corpus, then resolution of entities and events.
///
/// infer dates → discover (per article) → pool (corpus) → extract mentions (per article) →
/// extract dates and events (per article) → resolve entities → resolve events.
/// Per-article steps run in parallel; results are kept in article order, so the output does not
/// depend on the number of threads.
struct CorpusAnalysis {
    var curated: [CuratedEntity] = []
    var curatedEvents: [CuratedEvent] = []
    var jobs: Int = 1
    var progress: (any BuildProgress)?
    /// The last build's entities and events, taken when resolution would read the same inputs (nil: always resolve).
    var resolutionCache: ResolutionCache?
    /// Work of a later stage that needs none of the analysis, run on the core the pool's serial part leaves idle
    /// (with more than one job).
    var besidePool: (() -> Void)?
    /// Work of a later stage that needs none of the analysis, run on another core while entities and events are
    /// resolved (with more than one job), until it is done or `stopped()` says resolution has ended.
    var besideResolution: ((_ stopped: () -> Bool) -> Void)?

    struct Result {
        var extractions: [DocumentExtraction]
        var corpus: ResolvedCorpus
        /// How many articles were extracted in this build (the others came from the cache).
        var extracted: Int
        /// The entities, and the events, were the last build's (`ResolutionCache`).
        var reusedEntities = false
        var reusedEvents = false
        /// The corpus gazetteer was the last build's (`PooledGazetteerStore`).
        var reusedGazetteer = false
    }

    /// UTF-8 bytes of article text whose block analyses discovery keeps for extraction. Kept analyses take about
    /// 18 bytes a byte of text (ANT 10k, 12.5 MB of block text, all kept: RSS after discovery 223 → 312 MB), so this
    /// bounds what they add to the memory of any corpus to about 290 MB, freed when extraction ends; a corpus up to
    /// this size (about 13,000 news articles) is tokenized and looked up once.
    static let analysesKeptBudget = 16_000_000

    /// Whether discovery keeps each article's analyses: the first articles, in order, whose blocks' UTF-8 bytes add up
    /// to `budget` or less.
    static func keepsAnalyses(blocks: [[String]], budget: Int) -> [Bool] {
        keepsAnalyses(utf8Counts: blocks.map { b in b.reduce(0) { $0 + $1.utf8.count } }, budget: budget)
    }

    /// `keepsAnalyses(blocks:budget:)` from each article's UTF-8 bytes of block text.
    static func keepsAnalyses(utf8Counts: [Int], budget: Int) -> [Bool] {
        var total = 0
        return utf8Counts.map { n in
            total += n
            return total <= budget
        }
    }

    /// The curated names the entity extractor must know (ignored entities left out).
    static func knownNames(_ curated: [CuratedEntity]) -> [KnownName] {
        curated.filter { !$0.ignore }.map { KnownName(name: $0.name, type: $0.type, aliases: $0.aliases) }
    }

    /// Runs the analysis of the articles with these bodies (`bodies[i]`: article i's); articles without a metadata
    /// date get an inferred one (marked as such). With `reuse`, what the cache holds for unchanged articles is taken
    /// instead of computed again (the result is the same), and this build's analyses are staged in the cache.
    ///
    /// An article's blocks are read only where a step runs on it (its date inferred, discovery, extraction, its part of
    /// the resolution digests made, resolution run anew): a cached article's are then made `String`s (`ArticleBody`),
    /// and a one-article edit makes those of the few it analyses.
    func run(articles: inout [Article], bodies: [ArticleBody], reuse: AnalysisReuse? = nil,
             timings: inout StageTimings) -> Result {
        let count = articles.count
        let cached = reuse?.hits ?? [CachedAnalysis?](repeating: nil, count: count)
        // (asked inside the per-article closures, `reuse == nil` copied and destroyed the whole `AnalysisReuse` three
        // times an article; and `if let hit = cached[i]` copied a whole cached analysis, each of its arrays retained and
        // released, where one field was read: the fields are read through the array in place)
        let withCache = reuse != nil
        let inferred: [PartialDate?] = timings.measure("dates") {
            parallelMap(count, jobs: jobs) { [articles] i in
                if cached[i] != nil { return cached[i]?.inferredDate }
                return articles[i].date == nil ? ArticleDateInference.infer(blocks: bodies[i].blocks)?.date : nil
            }
        }
        for i in 0..<count {
            if let d = inferred[i] {
                articles[i].date = d
                articles[i].dateSource = .inferred
            }
        }
        let dated = articles
        /// Article i as the extractor and the resolvers read it.
        func document(_ i: Int) -> Document {
            Document(id: dated[i].file, blocks: bodies[i].blocks, date: dated[i].date,
                     dateIsInferred: dated[i].dateSource == .inferred, title: dated[i].title)
        }
        let extractor = EntityExtractor(known: Self.knownNames(curated))
        // discovery keeps the analysed blocks (tokens, lexicon units) of the first articles that fit
        // `analysesKeptBudget`, so that extraction need not tokenize and look them up again; of the others it keeps
        // the candidates only (the analyses of a large corpus would be most of its memory until extraction), and
        // extraction analyses their blocks again, with the same result (`DroppedAnalysesTests`)
        let keepsAnalyses = Self.keepsAnalyses(utf8Counts: bodies.map(\.cachedBlocks.utf8Count), budget: Self.analysesKeptBudget)
        var evidence: [DocumentEvidence?] = timings.measure("discover") {
            parallelMap(count, jobs: jobs) { i in
                if i % 512 == 0 { progress?.update(stage: "discover", done: i, total: count) }
                guard cached[i] == nil else { return nil }
                let found = extractor.discover(in: document(i))
                return keepsAnalyses[i] ? found : found.droppingAnalyses(keepingTokenKeyText: withCache)
            }
        }
        let (votes, votesDigests, gazetteer, view, poolKey, reusedGazetteer) = timings.measure("pool") {
            // (a cached article's votes stay as its shard stored them, decoded only if the votes are pooled again)
            let votes = parallelMap(count, jobs: jobs) { i in cached[i]?.storedVotes ?? CachedVotes(extractor.poolVotes(evidence[i]!)) }
            let decodedVotes = { parallelMap(count, jobs: jobs) { votes[$0].decoded } }
            let votesDigests = reuse?.votesDigests(votes, jobs: jobs) ?? []
            // (the pooling of the votes is serial: `besidePool` runs on the other core meanwhile)
            let (pooled, _) = concurrently(jobs: besidePool == nil ? 1 : jobs, { () -> (CorpusGazetteer, GazetteerView?, ContentHash?, Bool) in
                guard let reuse else { return (extractor.pool(votes: decodedVotes(), jobs: jobs), nil, nil, false) }
                // votes with the key of the last build's: its gazetteer, read back (`PooledGazetteerStore`)
                let pooled = reuse.gazetteer(votes: decodedVotes, votesDigests: votesDigests, extractor: extractor, jobs: jobs)
                return (pooled.gazetteer, pooled.view, pooled.key, pooled.reused)
            }, { besidePool?() })
            return (votes, votesDigests, pooled.0, pooled.1, pooled.2, pooled.3)
        }
        // what the cached extractions depend on that changed since they were made
        let changes = view.map { GazetteerChanges(from: reuse?.previousView, to: $0) }
        let events = EventExtractor()
        let extracted: [ExtractedArticle] = timings.measure("extract") {
            // the block analyses discovery kept are extraction's alone: each article's discovery is taken out of
            // `evidence` as the article is extracted (its match-key text kept first for the cache), so they are freed
            // one article at a time and the extractions reuse their memory, instead of all being held to the end
            let extracted = evidence.withUnsafeMutableBufferPointer { slots in
                let slots = UncheckedSendable(slots)
                return parallelMap(count, jobs: jobs) { i -> ExtractedArticle in
                    if i % 512 == 0 { progress?.update(stage: "extract", done: i, total: count) }
                    let found = slots.value[i]
                    slots.value[i] = nil
                    // what tells the next build whether a gazetteer change reaches the article (with the cache)
                    let tokenKeyText = !withCache ? [] : cached[i]?.tokenKeyText ?? found?.tokenKeyText ?? []
                    if cached[i] != nil, let changes,
                       !changes.reaches(tokenKeyText: tokenKeyText, mentions: cached[i]!.extraction.mentions) {
                        return ExtractedArticle(extraction: cached[i]!.extraction, fresh: false, tokenKeyText: tokenKeyText)
                    }
                    let extraction = extractor.extractWithEvents(document(i), evidence: found, gazetteer: gazetteer, events: events)
                    return ExtractedArticle(extraction: extraction, fresh: true, tokenKeyText: tokenKeyText)
                }
            }
            if let reuse, let view {
                reuse.stage(articles: articles, blocks: bodies.map(\.cachedBlocks), inferred: inferred, votes: votes, votesDigests: votesDigests,
                            extracted: extracted, view: view, viewIsPrevious: reusedGazetteer, poolKey: poolKey)
            }
            return extracted
        }
        // (every slot is empty now) the pages of the freed analyses given back to the system, before resolution and
        // rendering grow the heap again
        evidence = []
        sitegen_release_free_memory()
        var extractions = extracted.map(\.extraction)
        // an article whose stored extraction was kept: its stored parts of the resolution digests
        let knownDigests = reuse.map { r in extracted.indices.map { r.knownResolutionDigests($0, extracted[$0].fresh) } } ?? []
        func resolve(_ timings: inout StageTimings) -> ResolutionReuse.Outcome {
            ResolutionReuse(cache: resolutionCache, curated: curated, curatedEvents: curatedEvents, jobs: jobs)
                .resolve(documentCount: count, document: document, extractions: extractions, known: knownDigests, timings: &timings)
        }
        // (resolution's serial parts leave a core idle: `besideResolution` runs on it, on a thread of its own: resolution
        // keeps the calling thread, where its own parallel parts have every core)
        let resolved: ResolutionReuse.Outcome
        if let besideResolution, jobs > 1 {
            let resolutionEnded = EndFlag()
            resolved = concurrently(jobs: jobs, {
                defer { resolutionEnded.set() }
                return resolve(&timings)
            }, { besideResolution(resolutionEnded.isSet) }).0
        } else {
            resolved = resolve(&timings)
        }
        if let reuse, let digests = resolved.articleDigests {
            // (the digests made in this build only: an article whose stored digests were known was resolved with them,
            // and its staged entry holds them already; asking 10k paths for one changed entry was a two-hundredth of an edit)
            let made = digests.indices.filter { $0 >= knownDigests.count || knownDigests[$0] == nil }
            reuse.cache.stageResolutionDigests(paths: made.map { articles[$0].file }, made.map { digests[$0] })
        }
        let corpus = resolved.corpus
        // Articles the event resolver dated from another article (year anchoring) show that date.
        for (i, date) in corpus.anchoredArticleDates where i < count && articles[i].date == nil {
            articles[i].date = date
            articles[i].dateSource = .inferred
            if let dates = corpus.anchoredDateMentions[i] { extractions[i].dates = dates }
        }
        return Result(extractions: extractions, corpus: corpus,
                      extracted: extracted.count { $0.fresh }, reusedEntities: resolved.reusedEntities,
                      reusedEvents: resolved.reusedEvents, reusedGazetteer: reusedGazetteer)
    }
}

/// One article's extraction in `CorpusAnalysis.run`: made in this build (`fresh`) or the cached one, and the
/// article's `DocumentEvidence.tokenKeyText` for the cache (empty without it).
struct ExtractedArticle {
    var extraction: DocumentExtraction
    var fresh: Bool
    var tokenKeyText: [UInt8]
}

/// Set once, when a step has ended; asked from another thread.
private final class EndFlag: @unchecked Sendable {
    private let lock = NSLockBox()
    private var ended = false
    func set() { lock.withLock { ended = true } }
    func isSet() -> Bool { lock.withLock { ended } }
}
