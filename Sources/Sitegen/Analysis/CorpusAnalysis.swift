import ArabicDates
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

    struct Result {
        var documents: [Document]
        var extractions: [DocumentExtraction]
        var corpus: ResolvedCorpus
    }

    /// Runs the analysis; articles without a metadata date get an inferred one (marked as such).
    func run(articles: inout [Article], blocks: [[String]], timings: inout StageTimings) -> Result {
        let count = articles.count
        let inferred: [InferredDate?] = timings.measure("dates") {
            parallelMap(count, jobs: jobs) { [articles] i in
                articles[i].date == nil ? ArticleDateInference.infer(blocks: blocks[i]) : nil
            }
        }
        for i in 0..<count {
            if let d = inferred[i]?.date {
                articles[i].date = d
                articles[i].dateSource = .inferred
            }
        }
        var documents = articles.indices.map { i in
            Document(id: articles[i].file, blocks: blocks[i], date: articles[i].date,
                     dateIsInferred: articles[i].dateSource == .inferred)
        }
        let known = curated.filter { !$0.ignore }.map { KnownName(name: $0.name, type: $0.type, aliases: $0.aliases) }
        let extractor = EntityExtractor(known: known)
        // discovery keeps each article's analysed blocks; extraction reuses them instead of tokenizing again
        let evidence = timings.measure("discover") {
            parallelMap(count, jobs: jobs) { i in
                if i % 512 == 0 { progress?.update(stage: "discover", done: i, total: count) }
                return extractor.discover(in: documents[i])
            }
        }
        let gazetteer = timings.measure("pool") { extractor.pool(evidence) }
        let events = EventExtractor()
        var extractions = timings.measure("extract") {
            parallelMap(count, jobs: jobs) { i -> DocumentExtraction in
                if i % 512 == 0 { progress?.update(stage: "extract", done: i, total: count) }
                var ex = extractor.extract(documents[i], evidence: evidence[i], gazetteer: gazetteer)
                events.extract(documents[i], into: &ex)
                return ex
            }
        }
        var corpus = timings.measure("resolve") {
            EntityResolver().resolve(documents: documents, extractions: extractions, curated: curated)
        }
        timings.measure("events") {
            EventResolver().resolve(documents: documents, extractions: extractions, corpus: &corpus, curated: curatedEvents)
        }
        // Articles the event resolver dated from another article (year anchoring) show that date.
        for (i, date) in corpus.anchoredArticleDates where i < count && articles[i].date == nil {
            articles[i].date = date
            articles[i].dateSource = .inferred
            documents[i].date = date
            documents[i].dateIsInferred = true
            if let dates = corpus.anchoredDateMentions[i] { extractions[i].dates = dates }
        }
        return Result(documents: documents, extractions: extractions, corpus: corpus)
    }
}
