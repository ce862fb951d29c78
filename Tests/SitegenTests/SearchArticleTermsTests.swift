import Testing
@testable import Sitegen

@Suite struct SearchArticleTermsTests {
    /// Terms of some documents read beforehand (as `SearchArticleTerms` gives them) make the same index as
    /// reading every document in the index, for one thread and several.
    @Test func prereadTermsMakeTheSameIndex() {
        let docs = (0..<40).flatMap { _ in SearchTermReaderTests.documents }
        var reader = SearchTermReader(id: 0)
        var lists: [Int: [Int32]] = [:]
        for d in docs.indices where d % 3 != 1 { lists[d] = reader.weightedTerms(of: docs[d]) }
        let names = reader.names
        for jobs in [1, 3] {
            let plain = SearchIndex(documents: docs, jobs: jobs)
            let preread = SearchIndex(documents: docs, jobs: jobs, preread: SearchIndex.PrereadTerms(names: names) { lists[$0] })
            #expect(!plain.shards.isEmpty)
            #expect(preread.shards == plain.shards)
            #expect(preread.termKeys == plain.termKeys)
            #expect(preread.chunkStarts == plain.chunkStarts)
            for key in plain.shardTerms.keys { #expect(preread.shardScript(key) == plain.shardScript(key)) }
        }
    }

    static let titles = ["وصول الوفد إلى بغداد", "", "مباراة الفريقين ٢-١"]
    static let bodies = [
        ArticleBody(markdown: "# وصول الوفد\n\nقال وزير الخارجية إنّ الوفد وصل إلى بغداد.\n\n- وبالعراق التقى الوزير\n- بنظيره"),
        ArticleBody(markdown: ""),
        ArticleBody(markdown: "سجّل اللاعب هدفين في الدقيقة ٤٥ و 90\nوفاز الفريق على ضيفه في Stade de France"),
    ]

    /// An article's terms are those of its search document (its title, and its blocks as `SearchDocumentSource` joins them).
    @Test func articleTermsAreThoseOfTheArticleDocument() {
        let terms = SearchArticleTerms()
        terms.read(titles: Self.titles, bodies: Self.bodies) { false }
        #expect(terms.readCount == Self.titles.count)
        let docs = Self.titles.indices.map { a in
            SearchDocument(title: Self.titles[a], kind: .article, label: "مقال", path: SitePath("articles/\(a)"),
                           text: SearchDocumentSource.articleText(Self.bodies[a]))
        }
        var reader = SearchTermReader(id: 0)
        for a in docs.indices {
            let expected = reader.weightedTerms(of: docs[a])
            #expect(terms.list(a).map { pairs(of: $0, names: terms.names) } == pairs(of: expected, names: reader.names))
        }
    }

    /// Reading stops when asked (before each article) and when the term lists reach the budget.
    @Test func readingStopsWhenAskedOrAtTheBudget() {
        let asked = SearchArticleTerms()
        var calls = 0
        asked.read(titles: Self.titles, bodies: Self.bodies) {
            calls += 1
            return calls > 1
        }
        #expect(asked.readCount == 1)
        #expect(asked.list(0) != nil && asked.list(1) == nil && asked.list(2) == nil)
        let bounded = SearchArticleTerms()
        bounded.read(titles: Self.titles, bodies: Self.bodies, budget: 1) { false }
        #expect(bounded.readCount == 1)
    }

    private func pairs(of list: [Int32], names: [String]) -> [String: Int32] {
        Dictionary(uniqueKeysWithValues: stride(from: 0, to: list.count, by: 2).map { (names[Int(list[$0])], list[$0 + 1]) })
    }
}
