import Extraction
import Resolution

/// Who appears with whom and where: indexes computed once from the resolved corpus, so every page
/// generator can answer "which events involve this entity?" without scanning everything.
struct CrossReferences {
    /// Per entity: other entity → number of sentences they share.
    var cooccurrence: [[Int: Int]]
    /// Per entity: events it takes part in (place, actor or target), by date.
    var eventsOfEntity: [[Int]]
    /// Per article: entities it mentions, most mentioned first.
    var entitiesOfArticle: [[Int]]
    /// Per article: events it reports.
    var eventsOfArticle: [[Int]]
    /// Per entity: number of distinct articles that mention it.
    var articleCount: [Int]
    /// Per entity: quotes whose speaker resolved to it, as (article, quote index), in article order.
    var quotesOfEntity: [[(article: Int, quote: Int)]]

    init(corpus: ResolvedCorpus, extractions: [DocumentExtraction]) {
        let n = corpus.entities.count
        var co = Array(repeating: [Int: Int](), count: n)
        var entitiesOfArticle: [[Int]] = []
        entitiesOfArticle.reserveCapacity(extractions.count)
        var quotes = Array(repeating: [(article: Int, quote: Int)](), count: n)
        // articles come in order, so an entity's distinct articles are counted by noting the last one
        var articleCount = [Int](repeating: 0, count: n)
        var lastArticle = [Int](repeating: -1, count: n)
        // (sentence, entity) of each resolved mention, sorted: sentences' entity sets and per-entity counts without a
        // dictionary of sets per article (which was most of this step)
        var pairs: [(sentence: Int, entity: Int)] = []
        var counted: [(entity: Int, count: Int)] = []
        var sentenceEntities: [Int] = []
        for (a, ex) in extractions.enumerated() {
            let map = a < corpus.entityOfMention.count ? corpus.entityOfMention[a] : []
            pairs.removeAll(keepingCapacity: true)
            for (m, mention) in ex.mentions.enumerated() {
                guard m < map.count, let e = map[m] else { continue }
                pairs.append((mention.sentence, e))
                if lastArticle[e] != a {
                    lastArticle[e] = a
                    articleCount[e] += 1
                }
            }
            for (q, quote) in ex.quotes.enumerated() {
                if let s = quote.speaker, s < map.count, let e = map[s] { quotes[e].append((a, q)) }
            }
            pairs.sort { ($0.sentence, $0.entity) < ($1.sentence, $1.entity) }
            // each sentence's distinct entities: every ordered pair of two of them shares one more sentence
            var i = 0
            while i < pairs.count {
                let sentence = pairs[i].sentence
                sentenceEntities.removeAll(keepingCapacity: true)
                while i < pairs.count && pairs[i].sentence == sentence {
                    if sentenceEntities.last != pairs[i].entity { sentenceEntities.append(pairs[i].entity) }
                    i += 1
                }
                if sentenceEntities.count > 1 {
                    for x in sentenceEntities { for y in sentenceEntities where x != y { co[x][y, default: 0] += 1 } }
                }
            }
            // entities by mentions, most first (ties: smaller entity first)
            counted.removeAll(keepingCapacity: true)
            for e in pairs.map(\.entity).sorted() {
                if let last = counted.last, last.entity == e { counted[counted.count - 1].count += 1 } else { counted.append((e, 1)) }
            }
            entitiesOfArticle.append(counted.sorted { ($0.count, $1.entity) > ($1.count, $0.entity) }.map(\.entity))
        }
        var eventsOfEntity = Array(repeating: [Int](), count: n)
        var eventsOfArticle = Array(repeating: [Int](), count: extractions.count)
        for (i, ev) in corpus.events.enumerated() {
            for e in Set(ev.places + ev.actors + ev.targets) where e < n { eventsOfEntity[e].append(i) }
            for a in Set(ev.sources.map(\.article)) where a < extractions.count { eventsOfArticle[a].append(i) }
        }
        cooccurrence = co
        self.eventsOfEntity = eventsOfEntity
        self.entitiesOfArticle = entitiesOfArticle
        self.eventsOfArticle = eventsOfArticle
        self.articleCount = articleCount
        quotesOfEntity = quotes
    }

    /// The entities most often in the same sentence as `entity`, strongest first.
    func related(to entity: Int, limit: Int = 12) -> [(entity: Int, sentences: Int)] {
        cooccurrence[entity].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
