import Testing
import Extraction
import Resolution
@testable import Sitegen
import TestSupport

/// `CrossReferences` counts shared sentences, distinct articles and each article's entities from sorted
/// (sentence, entity) pairs; the counts are those of sets per sentence and per entity, whatever the order of the
/// mentions, unresolved mentions and quotes.
@Suite struct CrossReferencesTests {
    /// The counts as sets make them (the way `CrossReferences` made them before).
    private func reference(_ corpus: ResolvedCorpus, _ extractions: [DocumentExtraction])
        -> (co: [[Int: Int]], ofArticle: [[Int]], articles: [Int]) {
        let n = corpus.entities.count
        var co = Array(repeating: [Int: Int](), count: n)
        var ofArticle: [[Int]] = []
        var sets = Array(repeating: Set<Int>(), count: n)
        for (a, ex) in extractions.enumerated() {
            let map = corpus.entityOfMention[a]
            var perSentence: [Int: Set<Int>] = [:]
            var counts: [Int: Int] = [:]
            for (m, mention) in ex.mentions.enumerated() {
                guard let e = map[m] else { continue }
                perSentence[mention.sentence, default: []].insert(e)
                counts[e, default: 0] += 1
                sets[e].insert(a)
            }
            for (_, set) in perSentence where set.count > 1 {
                for x in set { for y in set where x != y { co[x][y, default: 0] += 1 } }
            }
            ofArticle.append(counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key))
        }
        return (co, ofArticle, sets.map(\.count))
    }

    @Test func countsAreThoseOfSets() {
        var corpus = ResolvedCorpus()
        corpus.entities = (0..<9).map { Entity(id: "e\($0)", name: "اسم\($0)", type: .person) }
        var extractions: [DocumentExtraction] = []
        var random = SeededRandom(seed: 12345)
        for _ in 0..<40 {
            var ex = DocumentExtraction()
            var owners: [Int?] = []
            for _ in 0..<random.below(14) {
                // mentions out of sentence order, repeated entities, some unresolved
                ex.mentions.append(Mention(span: TextSpan(block: 0, start: 0, end: 1), sentence: random.below(5), surface: "س", type: .person, key: "س"))
                owners.append(random.below(5) == 0 ? nil : random.below(9))
            }
            extractions.append(ex)
            corpus.entityOfMention.append(owners)
        }
        let refs = CrossReferences(corpus: corpus, extractions: extractions)
        let expected = reference(corpus, extractions)
        #expect(refs.cooccurrence == expected.co)
        #expect(refs.entitiesOfArticle == expected.ofArticle)
        #expect(refs.articleCount == expected.articles)
        #expect(refs.cooccurrence.contains { !$0.isEmpty })
    }

    /// `CrossReferences.init` as it was before session 43 (a dictionary look-up per shared pair and sentence, tuples
    /// sorted by closures, a `Set` per event), kept to check the sorted-words version against.
    private func before43(_ corpus: ResolvedCorpus, _ extractions: [DocumentExtraction])
        -> (co: [[Int: Int]], eventsOfEntity: [[Int]], ofArticle: [[Int]], eventsOfArticle: [[Int]], articles: [Int],
            quotes: [[(article: Int, quote: Int)]]) {
        let n = corpus.entities.count
        var co = Array(repeating: [Int: Int](), count: n)
        var entitiesOfArticle: [[Int]] = []
        var quotes = Array(repeating: [(article: Int, quote: Int)](), count: n)
        var articleCount = [Int](repeating: 0, count: n)
        var lastArticle = [Int](repeating: -1, count: n)
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
        return (co, eventsOfEntity, entitiesOfArticle, eventsOfArticle, articleCount, quotes)
    }

    /// A seeded corpus: mentions out of sentence order, repeated and unresolved, quotes with and without speakers,
    /// events naming entities (and indexes past the entities) more than once, sources past the articles.
    private func randomCorpus(seed: UInt64) -> (ResolvedCorpus, [DocumentExtraction]) {
        var random = SeededRandom(seed: seed)
        let entityCount = 1 + random.below(30)
        var corpus = ResolvedCorpus()
        corpus.entities = (0..<entityCount).map { Entity(id: "e\($0)", name: "اسم\($0)", type: .person) }
        var extractions: [DocumentExtraction] = []
        let articles = random.below(25)
        for _ in 0..<articles {
            var ex = DocumentExtraction()
            var owners: [Int?] = []
            let sentences = 1 + random.below(8)
            for _ in 0..<random.below(40) {
                ex.mentions.append(Mention(span: TextSpan(block: 0, start: 0, end: 1), sentence: random.below(sentences),
                                           surface: "س", type: .person, key: "س"))
                owners.append(random.below(4) == 0 ? nil : random.below(entityCount))
            }
            for _ in 0..<random.below(4) {
                let speaker = ex.mentions.isEmpty || random.below(3) == 0 ? nil : random.below(ex.mentions.count)
                ex.quotes.append(Quote(speaker: speaker, span: TextSpan(block: 0, start: 0, end: 1), text: "ق"))
            }
            // (an article whose map is shorter than its mentions: the mentions past it are not counted)
            if random.below(10) == 0 { owners = Array(owners.prefix(random.below(owners.count + 1))) }
            extractions.append(ex)
            corpus.entityOfMention.append(owners)
        }
        for i in 0..<random.below(20) {
            func ids() -> [Int] { (0..<random.below(5)).map { _ in random.below(entityCount + 2) } }
            corpus.events.append(Event(id: "v\(i)", title: "ح", type: .attack, places: ids(), actors: ids(), targets: ids(),
                                       sources: (0..<random.below(4)).map { _ in EventSource(article: random.below(articles + 2), event: 0) }))
        }
        return (corpus, extractions)
    }

    @Test func sortedWordsGiveWhatTheDictionariesGave() {
        var nonEmpty = 0
        for seed in 0..<300 as Range<UInt64> {
            let (corpus, extractions) = randomCorpus(seed: 0xC0FFEE + seed)
            let refs = CrossReferences(corpus: corpus, extractions: extractions)
            let old = before43(corpus, extractions)
            #expect(refs.cooccurrence == old.co, "seed \(seed)")
            #expect(refs.eventsOfEntity == old.eventsOfEntity, "seed \(seed)")
            #expect(refs.entitiesOfArticle == old.ofArticle, "seed \(seed)")
            #expect(refs.eventsOfArticle == old.eventsOfArticle, "seed \(seed)")
            #expect(refs.articleCount == old.articles, "seed \(seed)")
            #expect(refs.quotesOfEntity.map { $0.map { [$0.article, $0.quote] } } == old.quotes.map { $0.map { [$0.article, $0.quote] } })
            // each entity's related names, and every pair's count by halving, against the tables sorted as before
            for x in old.co.indices {
                for limit in [1, 3, 12, 1000] {
                    let before = old.co[x].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { [$0.key, $0.value] }
                    #expect(refs.related(to: x, limit: limit).map { [$0.entity, $0.sentences] } == before, "seed \(seed) entity \(x)")
                }
                for y in -1...old.co.count { #expect(CrossReferences.sentences(refs.sharedSentences, x, y) == (old.co[x][y] ?? 0)) }
            }
            if refs.cooccurrence.contains(where: { !$0.isEmpty }) && refs.eventsOfEntity.contains(where: { !$0.isEmpty }) { nonEmpty += 1 }
        }
        #expect(nonEmpty > 100)
    }

    @Test func edgeCases() {
        // no articles, no entities; one article of one sentence naming two entities twice each
        let empty = CrossReferences(corpus: ResolvedCorpus(), extractions: [])
        #expect(empty.cooccurrence.isEmpty && empty.entitiesOfArticle.isEmpty)
        var corpus = ResolvedCorpus()
        corpus.entities = (0..<2).map { Entity(id: "e\($0)", name: "اسم\($0)", type: .person) }
        var ex = DocumentExtraction()
        for _ in 0..<4 { ex.mentions.append(Mention(span: TextSpan(block: 0, start: 0, end: 1), sentence: 0, surface: "س", type: .person, key: "س")) }
        corpus.entityOfMention = [[1, 0, 1, 0]]
        let refs = CrossReferences(corpus: corpus, extractions: [ex])
        #expect(refs.cooccurrence == [[1: 1], [0: 1]])
        #expect(refs.entitiesOfArticle == [[0, 1]])
        #expect(refs.articleCount == [1, 1])
    }

    /// The relation graph's edges sorted as packed numbers, against the comparison they replace, with weights and
    /// entities that fit and (falling back to the comparison) that do not.
    @Test func edgesHeaviestFirstAsBefore() {
        var random = SeededRandom(seed: 4242)
        for round in 0..<200 {
            var seen = Set<UInt64>()
            var edges: [RelationGraph.Edge] = []
            for _ in 0..<random.below(60) {
                let wide = round % 10 == 0
                let a = random.below(wide ? 1 << 21 : 50), b = a + 1 + random.below(wide ? 1 << 21 : 50)
                let weight = 1 + (round % 7 == 0 && random.below(4) == 0 ? (1 << 24) + random.below(10) : random.below(6))
                guard seen.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
                edges.append(RelationGraph.Edge(a: a, b: b, weight: weight))
            }
            let before = edges.sorted { ($1.weight, $0.a, $0.b) < ($0.weight, $1.a, $1.b) }
            #expect(RelationGraph.heaviestFirst(edges) == before, "round \(round)")
        }
    }

    /// The rows as tables of counts make them: per x, each y and how often it comes, ascending.
    private static func referenceRows(_ pairs: [UInt64], _ n: Int) -> [[Int: Int]] {
        var rows = Array(repeating: [Int: Int](), count: n)
        for p in pairs where Int(p >> 32) < n { rows[Int(p >> 32)][Int(p & 0xFFFF_FFFF), default: 0] += 1 }
        return rows
    }

    /// `rows` by two counting passes (and by sorting each run, when a y is past the entities) against tables of counts,
    /// on seeded words: repeated pairs, x's and y's past the entities, no words, one entity.
    @Test func rowsAreThoseOfTablesOfCounts() {
        var random = SeededRandom(seed: 47_12_07)
        for round in 0..<300 {
            let n = round % 37 == 0 ? 1 : 1 + random.below(40)
            let outside = round % 3 == 0  // (some x's and y's past the entities)
            let pairs: [UInt64] = (0..<random.below(400)).map { _ in
                let x = random.below(outside ? n + 3 : n), y = random.below(outside ? n + 3 : n)
                return UInt64(x) << 32 | UInt64(y)
            }
            let expected = Self.referenceRows(pairs, n)
            for sorting in [false, true] {
                var words = pairs
                let rows = sorting ? CrossReferences.rowsBySorting(&words, entityCount: n) : CrossReferences.rows(&words, entityCount: n)
                #expect(words.isEmpty && rows.count == n)
                for x in 0..<n {
                    #expect(rows[x].map(\.entity) == expected[x].keys.sorted(), "round \(round) x \(x)")
                    #expect(rows[x].allSatisfy { expected[x][$0.entity] == $0.sentences })
                }
            }
        }
        var none: [UInt64] = []
        #expect(CrossReferences.rows(&none, entityCount: 0).isEmpty)
    }
}
