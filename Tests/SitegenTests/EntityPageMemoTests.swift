import Foundation
import Testing
import ArabicDates
import TestSupport
@testable import Sitegen

/// The entity pages an edit keeps through `EntityPageMemo` (by the keys the last build recorded) are the pages, and
/// the keys, that keying every entity anew gives: the memo is checked against the generator without it.
@Suite struct EntityPageMemoTests {
    /// The entity pages of `site` rendered into `output` as a cached build renders them (with the memo when given);
    /// returns the keys recorded for the files.
    private func render(_ site: SiteModel, _ output: URL, memo: EntityPageMemo?) throws -> [String: ContentHash] {
        let cache = BuildCache(output: output)
        cache.beginBuild()
        let templates = try TemplateSet(folder: Repo.templates)
        let staged = try StagedOutput(output: output)
        let reuse = cache.outputReuse(output: output, templates: templates.theme)
        staged.reuse = reuse
        if let memo { site.shared.set(memo) }
        let sink = OutputSink(staged: staged, templates: templates, site: site, sections: [])
        try EntityPages(site: site, graph: { s, e, p in RelationGraph.neighbourhood(site: s, entity: e, from: p) })
            .generate(into: sink, jobs: 2)
        try staged.commit()
        cache.commitBuild(reuse)
        reuse.recordCommitted()
        #expect(sink.pages == reuse.entries.count)
        return reuse.entries.mapValues(\.key)
    }

    private typealias Articles = FixtureArticles

    /// Renders the same model with the memo and without, each into its own folder, and compares keys and files.
    private func compare(_ articles: Articles, sizes: ListSizes, memo: EntityPageMemo, _ withMemo: URL, _ without: URL,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kept = try render(PublishFixture.site(sizes: sizes, articles: articles), withMemo, memo: memo)
        let keyed = try render(PublishFixture.site(sizes: sizes, articles: articles), without, memo: nil)
        #expect(kept == keyed, sourceLocation: sourceLocation)
        #expect(siteContents(withMemo) == siteContents(without), sourceLocation: sourceLocation)
    }

    /// An unchanged model keeps every entity through the memo; a paragraph naming no one keys again only the
    /// entities named in its article; the pages and keys are those of keying every entity.
    @Test func anEditKeysOnlyTheEntitiesItReaches() throws {
        let dir = TempDir()
        let memo = EntityPageMemo(folder: dir.url.appendingPathComponent("cache"), toolIdentity: ContentHash(high: 1, low: 2))
        let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
        var sizes = ListSizes.all(1)
        sizes.mentionSnippets = 2
        var articles = PublishFixture.articles
        try compare(articles, sizes: sizes, memo: memo, a, b)
        #expect(memo.kept == 0)
        try compare(articles, sizes: sizes, memo: memo, a, b)
        let entities = PublishFixture.site().corpus.entities
        #expect(memo.kept == entities.count)
        articles[2].blocks.append("وكان الطقس معتدلا في ذلك اليوم.")
        try compare(articles, sizes: sizes, memo: memo, a, b)
        let reached = entities.filter { $0.mentions.contains { $0.article == 2 } }.count
        #expect(reached > 0 && reached < entities.count)
        #expect(memo.kept == 2 * entities.count - reached)
    }

    /// Seeded random series of edits (paragraphs with and without names, titles, dates, articles added and
    /// removed (two kept: the fixture gives the second events), nothing), at random list sizes: after each, the memo's pages and keys are those of keying anew.
    @Test func randomEditsKeepWhatKeyingAnewKeeps() throws {
        let plain = ["وكان الطقس معتدلا في ذلك اليوم.", "وأضاف المتحدث أن الوضع هادئ."]
        let named = ["وزار إسماعيل قاآني العراق مرة أخرى.", "وقالت إيران إن أمريكا تتحمل المسؤولية.",
                     "وقصفت كتائب حزب الله مواقع في الأنبار."]
        let allBlocks = PublishFixture.articles.flatMap(\.blocks)
        var keptAny = false
        for seed in UInt64(1)...6 {
            var rng = SplitMix64(seed: seed)
            let dir = TempDir()
            let memo = EntityPageMemo(folder: dir.url.appendingPathComponent("cache"), toolIdentity: ContentHash(high: seed, low: 2))
            let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
            var sizes = ListSizes.all(Int.random(in: 1...3, using: &rng))
            sizes.mentionSnippets = Int.random(in: 1...5, using: &rng)
            var articles = PublishFixture.articles
            try compare(articles, sizes: sizes, memo: memo, a, b)
            for _ in 0..<6 {
                let k = Int.random(in: 0..<articles.count, using: &rng)
                switch Int.random(in: 0..<7, using: &rng) {
                case 0: articles[k].blocks.append(plain.randomElement(using: &rng)!)
                case 1: articles[k].blocks.append(named.randomElement(using: &rng)!)
                case 2: articles[k].title += " " + String(Int.random(in: 1...9, using: &rng))
                case 3: articles[k].date = PartialDate(year: Int.random(in: 2019...2022, using: &rng), month: 1 + k, day: 1 + k)
                case 4 where articles.count > 2: articles.remove(at: k)
                case 5: articles.append((title: "مقال \(articles.count)", date: PartialDate(year: 2021, month: 6, day: 1),
                                         blocks: [allBlocks.randomElement(using: &rng)!]))
                default: break
                }
                try compare(articles, sizes: sizes, memo: memo, a, b)
            }
            keptAny = keptAny || memo.kept > 0
        }
        #expect(keptAny)
    }
}

/// The entity lists' order kept between builds: read back only while what it is sorted by is unchanged.
@Suite struct EntityListOrderTests {
    @Test func aStoredOrderIsReadBackAsSorted() {
        let cache = TempDir()
        var articles = PublishFixture.articles
        let site = PublishFixture.site(articles: articles)
        let first = EntityListOrder(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        #expect(first.sorted(site) == EntityListOrder.sorted(site))
        #expect(!first.hit)
        let second = EntityListOrder(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        #expect(second.sorted(PublishFixture.site(articles: articles)) == EntityListOrder.sorted(site))
        #expect(second.hit)
        // a paragraph naming no one: read back; one naming entities (their counts change): sorted again
        articles[0].blocks.append("وكان الطقس معتدلا في ذلك اليوم.")
        #expect(second.sorted(PublishFixture.site(articles: articles)) == EntityListOrder.sorted(site) && second.hit)
        articles[2].blocks.append("وقالت أمريكا إن أمريكا لن تتراجع، وردت الأنبار.")
        let named = PublishFixture.site(articles: articles)
        #expect(EntityListOrder.sorted(named) != EntityListOrder.sorted(site))
        #expect(second.sorted(named) == EntityListOrder.sorted(named) && !second.hit)
        let oneToolLater = EntityListOrder(folder: cache.url, toolIdentity: ContentHash(high: 3, low: 4))
        #expect(oneToolLater.sorted(named) == EntityListOrder.sorted(named) && !oneToolLater.hit)
    }
}
