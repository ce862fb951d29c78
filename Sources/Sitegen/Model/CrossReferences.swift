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
        var quotes = Array(repeating: [(article: Int, quote: Int)](), count: n)
        var articleSets = Array(repeating: Set<Int>(), count: n)
        for (a, ex) in extractions.enumerated() {
            let map = a < corpus.entityOfMention.count ? corpus.entityOfMention[a] : []
            var perSentence: [Int: Set<Int>] = [:]
            var counts: [Int: Int] = [:]
            for (m, mention) in ex.mentions.enumerated() {
                guard m < map.count, let e = map[m] else { continue }
                perSentence[mention.sentence, default: []].insert(e)
                counts[e, default: 0] += 1
                articleSets[e].insert(a)
            }
            for (q, quote) in ex.quotes.enumerated() {
                if let s = quote.speaker, s < map.count, let e = map[s] { quotes[e].append((a, q)) }
            }
            for (_, set) in perSentence where set.count > 1 {
                for x in set { for y in set where x != y { co[x][y, default: 0] += 1 } }
            }
            entitiesOfArticle.append(counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key))
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
        articleCount = articleSets.map(\.count)
        quotesOfEntity = quotes
    }

    /// The entities most often in the same sentence as `entity`, strongest first.
    func related(to entity: Int, limit: Int = 12) -> [(entity: Int, sentences: Int)] {
        cooccurrence[entity].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
