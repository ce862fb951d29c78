import ArabicDates
import Extraction
import Resolution

/// The analyses the build cache holds for this build's articles, looked up once (in the parse step),
/// and the way this build's analyses go back into the cache.
///
/// An article is a hit when the cache has an entry for its path made from the same Markdown, metadata
/// date, curated names and tool: its blocks, inferred date and discovered names are then taken as
/// they are, and its extraction too unless the corpus gazetteer changed in a way that can reach it
/// (`GazetteerChanges`); `CorpusAnalysis.run` decides that.
struct AnalysisReuse {
    let cache: AnalysisCache
    /// Key of each article, in build order.
    let keys: [ContentHash]
    /// The cached analysis of each article, or nil.
    let hits: [CachedAnalysis?]
    /// The gazetteer the cached extractions were made with (nil: unknown, none is reused).
    let previousView: GazetteerView?
    /// The key of the votes that gazetteer was pooled from (`PooledGazetteerStore.key`; nil: unknown).
    let previousPoolKey: ContentHash?
    /// The seed of the article keys (tool identity and curated names).
    let seed: ContentHash

    init(cache: AnalysisCache, articles: [Article], curated: [CuratedEntity], jobs: Int) {
        self.cache = cache
        let seed = cache.seed(known: CorpusAnalysis.knownNames(curated))
        let keys = parallelMap(articles.count, jobs: jobs) { AnalysisCache.key(of: articles, $0, seed: seed) }
        (hits, previousView, previousPoolKey) = cache.lookup(paths: articles.map(\.file), keys: keys)
        self.keys = keys
        self.seed = seed
    }

    /// Stages this build's analysis of every article in the cache (it is kept if the build succeeds).
    /// `extracted` says whose extraction was made in this build and holds each article's match-key text (taken from its
    /// discovery as it was extracted: `CorpusAnalysis.run`); `poolKey` is the key of `votes`
    /// (`PooledGazetteerStore.key`), `votesDigests` their digests (`votesDigests(_:)`); `viewIsPrevious`: `view` is
    /// `previousView` (the gazetteer was read back).
    ///
    /// Only the entries of the articles that are no hit or were extracted again are made: a hit whose extraction was
    /// kept would be staged as the stored entry it is (its key, blocks, inferred date, votes, extraction, match-key
    /// text and digests are the hit's own), so the cache keeps that one (`AnalysisCache.stage`).
    func stage(articles: [Article], blocks: [CachedBlocks], inferred: [PartialDate?], votes: [CachedVotes], votesDigests: [ContentHash],
               extracted: [ExtractedArticle], view: GazetteerView, viewIsPrevious: Bool = false, poolKey: ContentHash?) {
        var entries: [String: CachedAnalysis] = [:]
        var changed: [String] = []
        for i in articles.indices where hits[i] == nil || extracted[i].fresh {
            let path = articles[i].file
            entries[path] = CachedAnalysis(key: keys[i], blocks: blocks[i], inferredDate: inferred[i], storedVotes: votes[i],
                                           extraction: extracted[i].extraction, tokenKeyText: extracted[i].tokenKeyText,
                                           votesDigest: votesDigests[i], resolutionDigests: knownResolutionDigests(i, extracted[i].fresh))
            changed.append(path)
        }
        cache.stage(entries: entries, changed: changed, paths: articles.map(\.file), view: view, viewIsStored: viewIsPrevious,
                    poolKey: poolKey)
    }

    /// `PooledGazetteerStore.digest` of each article's votes: a hit's as stored (its votes are the stored ones, not
    /// decoded for this).
    func votesDigests(_ votes: [CachedVotes], jobs: Int) -> [ContentHash] {
        parallelMap(votes.count, jobs: jobs) { i in hits[i]?.votesDigest ?? PooledGazetteerStore.digest(votes[i].decoded) }
    }

    /// The resolution digests of article `i` as stored, when its extraction is the stored one (not `fresh`): its blocks,
    /// date and title are those of its key, so resolution would read the same of it.
    func knownResolutionDigests(_ i: Int, _ fresh: Bool) -> ResolutionDigests? {
        fresh ? nil : hits[i]?.resolutionDigests
    }
}

extension AnalysisReuse {
    /// The corpus gazetteer of `votes` and its view: the last build's, read back, when its votes had the same key
    /// (the view is then the cached extractions' own); else pooled, and kept for the next build. Also the key.
    /// `votes` makes the votes (decoded only to be pooled); `votesDigests`: `votesDigests(votes)`.
    func gazetteer(votes: () -> [PoolVotes], votesDigests: [ContentHash], extractor: EntityExtractor, jobs: Int)
        -> (gazetteer: CorpusGazetteer, view: GazetteerView, key: ContentHash, reused: Bool) {
        let key = PooledGazetteerStore.key(seed: seed, digests: votesDigests)
        if key == previousPoolKey, let view = previousView, let g = cache.pooled.read(key) { return (g, view, key, true) }
        let g = extractor.pool(votes: votes(), jobs: jobs)
        cache.pooled.write(key, g)
        return (g, GazetteerView(g), key, false)
    }
}
