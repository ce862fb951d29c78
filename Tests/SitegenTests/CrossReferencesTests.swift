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
}
