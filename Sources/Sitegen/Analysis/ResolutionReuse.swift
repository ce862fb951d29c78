import Extraction
import Resolution

/// Entity and event resolution, or the last build's when they would read the same inputs
/// (`EntityResolutionInputs`, `EventResolutionInputs`, kept in `ResolutionCache`): an edit that names
/// no one and reports no event leaves both as they were.
struct ResolutionReuse {
    /// nil: always resolve (no cache, or a build that writes the confidence evidence the cache does not keep).
    var cache: ResolutionCache?
    var curated: [CuratedEntity]
    var curatedEvents: [CuratedEvent]
    var jobs: Int

    struct Outcome {
        var corpus: ResolvedCorpus
        var reusedEntities = false
        var reusedEvents = false
        /// Each article's parts of the two digests (nil without the cache).
        var articleDigests: [ResolutionDigests]?
    }

    /// `known[a]`: article a's parts of the digests when the caller has them (`AnalysisCache` keeps them with an
    /// extraction it kept); the others are made.
    func resolve(documents: [Document], extractions: [DocumentExtraction], known: [ResolutionDigests?] = [],
                 timings: inout StageTimings) -> Outcome {
        let resolver = EntityResolver(jobs: jobs)
        guard let cache else {
            var corpus = timings.measure("resolve") { resolver.resolve(documents: documents, extractions: extractions, curated: curated) }
            timings.measure("events") {
                EventResolver(jobs: jobs).resolve(documents: documents, extractions: extractions, corpus: &corpus, curated: curatedEvents)
            }
            return Outcome(corpus: corpus)
        }
        var outcome = Outcome(corpus: ResolvedCorpus())
        let (entityDigest, entities) = timings.measure("resolve") { () -> (ContentHash, ResolvedEntities) in
            let perArticle = parallelMap(extractions.count, jobs: jobs) { a -> ResolutionDigests in
                if a < known.count, let k = known[a] { return k }
                guard a < documents.count else {
                    return ResolutionDigests(entities: EntityResolutionInputs.digest(blocks: [], extraction: extractions[a]),
                                             events: ContentHash(high: 0, low: 0))
                }
                return ResolutionDigests(entities: EntityResolutionInputs.digest(blocks: documents[a].blocks, extraction: extractions[a]),
                                         events: EventResolutionInputs.digest(document: documents[a], extraction: extractions[a]))
            }
            outcome.articleDigests = perArticle
            let digest = EntityResolutionInputs.digest(articles: perArticle.map(\.entities), curated: curated,
                                                       minimumConfidence: resolver.minimumConfidence)
            if let last = cache.lookupEntities(digest) {
                outcome.reusedEntities = true
                return (digest, last)
            }
            return (digest, ResolvedEntities(resolver.resolve(documents: documents, extractions: extractions, curated: curated)))
        }
        var corpus = entities.corpus(curated: curated)
        let (eventDigest, events) = timings.measure("events") { () -> (ContentHash, ResolvedEvents) in
            let digest = EventResolutionInputs.digest(entities: entityDigest, documentCount: documents.count,
                                                      articles: outcome.articleDigests!.map(\.events), curated: curatedEvents)
            if let last = cache.lookupEvents(digest) {
                outcome.reusedEvents = true
                return (digest, last)
            }
            EventResolver(jobs: jobs).resolve(documents: documents, extractions: extractions, corpus: &corpus, curated: curatedEvents)
            return (digest, ResolvedEvents(corpus))
        }
        if outcome.reusedEvents { events.apply(to: &corpus, curated: curatedEvents) }
        cache.stage(ResolutionCache.Record(entityDigest: entityDigest, entities: entities, eventDigest: eventDigest, events: events))
        outcome.corpus = corpus
        return outcome
    }
}
