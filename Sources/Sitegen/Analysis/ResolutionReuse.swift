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
        resolve(documentCount: documents.count, document: { documents[$0] }, extractions: extractions, known: known, timings: &timings)
    }

    /// `resolve(documents:…)` with the documents made where they are read (`document(a)`, a < `documentCount`): an
    /// article whose digests are `known` is not read unless resolution runs anew.
    func resolve(documentCount: Int, document: (Int) -> Document, extractions: [DocumentExtraction],
                 known: [ResolutionDigests?] = [], timings: inout StageTimings) -> Outcome {
        let resolver = EntityResolver(jobs: jobs)
        guard let cache else {
            let documents = (0..<documentCount).map(document)
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
                guard a < documentCount else {
                    return ResolutionDigests(entities: EntityResolutionInputs.digest(blocks: [], extraction: extractions[a]),
                                             events: ContentHash(high: 0, low: 0))
                }
                let doc = document(a)
                return ResolutionDigests(entities: EntityResolutionInputs.digest(blocks: doc.blocks, extraction: extractions[a]),
                                         events: EventResolutionInputs.digest(document: doc, extraction: extractions[a]))
            }
            outcome.articleDigests = perArticle
            let digest = EntityResolutionInputs.digest(articles: perArticle.map(\.entities), curated: curated,
                                                       minimumConfidence: resolver.minimumConfidence)
            if let last = cache.lookupEntities(digest) {
                outcome.reusedEntities = true
                return (digest, last)
            }
            return (digest, ResolvedEntities(resolver.resolve(documents: (0..<documentCount).map(document), extractions: extractions,
                                                              curated: curated)))
        }
        var corpus = entities.corpus(curated: curated)
        let (eventDigest, events) = timings.measure("events") { () -> (ContentHash, ResolvedEvents) in
            let digest = EventResolutionInputs.digest(entities: entityDigest, documentCount: documentCount,
                                                      articles: outcome.articleDigests!.map(\.events), curated: curatedEvents)
            if let last = cache.lookupEvents(digest) {
                outcome.reusedEvents = true
                return (digest, last)
            }
            EventResolver(jobs: jobs).resolve(documents: (0..<documentCount).map(document), extractions: extractions, corpus: &corpus,
                                              curated: curatedEvents)
            return (digest, ResolvedEvents(corpus))
        }
        if outcome.reusedEvents { events.apply(to: &corpus, curated: curatedEvents) }
        cache.stage(ResolutionCache.Record(entityDigest: entityDigest, entities: entities, eventDigest: eventDigest, events: events))
        outcome.corpus = corpus
        return outcome
    }
}
