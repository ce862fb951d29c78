import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// Work an entity page no longer does: keys a build without the cache never reads, links made twice.
@Suite struct EntityPageWorkTests {
    /// A mention's link, made from its article's link once per article, is `SiteModel.link(from:article:block:)`.
    @Test func paragraphLinksAreTheSiteModelsLinks() {
        let site = PublishFixture.site()
        for path in [SitePath.home, SitePath("entities/iraq"), SitePath("entities/iraq/page/12")] {
            for a in site.articles.indices {
                let article = path.link(to: site.articlePaths[a])
                for block in [0, 1, 8, 9, 99, 1234] {
                    #expect(EntityPages.paragraphLink(article, block: block) == site.link(from: path, article: a, block: block))
                }
            }
        }
    }

    /// A keyed page's inputs are worked out only by a build that records keys: without the cache the page is
    /// written all the same (and, with it, `KeyedPagesTests` checks that the keys follow what the pages show).
    @Test func aBuildWithoutTheCacheAsksNoInputs() throws {
        let site = PublishFixture.site()
        let dir = TempDir()
        let templates = try TemplateSet(folder: Repo.templates)
        let staged = try StagedOutput(output: dir.url.appendingPathComponent("site"))
        #expect(staged.reuse == nil)
        let sink = OutputSink(staged: staged, templates: templates, site: site, sections: [])
        var asked = 0
        func inputs() -> ContentHash {
            asked += 1
            return ContentHasher().finalize()
        }
        let path = SitePath("entities/x")
        try sink.page(path, template: "entity", inputs: inputs()) {
            OutputSink.PageSpec(title: "س", section: "people", fields: [.name: "س", .type: "person"])
        }
        try staged.commit()
        #expect(asked == 0)
        #expect(sink.pages == 1)
        let page = try String(contentsOf: dir.url.appendingPathComponent("site/entities/x.html"), encoding: .utf8)
        #expect(page.contains("<h1 dir=\"auto\">س</h1>"))
    }

    /// Mentions grouped by one sort are the groups and pages the dictionary of arrays made: on the fixture and on
    /// random corpora (articles in random order of date, each naming random entities any number of times,
    /// small page sizes so that the mentions fall on several pages).
    @Test func mentionLayoutBySortIsTheDictionarysLayout() {
        var rng = SystemRandomNumberGenerator()
        var sites = [PublishFixture.site()]
        for _ in 0..<6 {
            let blocks = PublishFixture.articles.flatMap(\.blocks)
            let articles = (0..<Int.random(in: 2...40, using: &rng)).map { i in  // (the fixture gives the second article events)
                (title: "مقال \(i)",
                 date: PartialDate(year: Int.random(in: 2018...2021, using: &rng), month: Int.random(in: 1...12, using: &rng),
                                   day: Int.random(in: 1...28, using: &rng)),
                 blocks: (0..<Int.random(in: 1...6, using: &rng)).map { _ in blocks.randomElement(using: &rng)! })
            }
            var sizes = ListSizes()
            sizes.mentionArticles = Int.random(in: 1...4, using: &rng)
            sizes.mentionSnippets = Int.random(in: 1...6, using: &rng)
            sites.append(PublishFixture.site(sizes: sizes, articles: articles))
        }
        for site in sites {
            let pages = EntityPages(site: site)
            for e in site.corpus.entities.indices {
                let bySort = pages.mentionLayout(e), byDictionary = pages.mentionLayoutByDictionary(e)
                #expect(bySort.order == byDictionary.order)
                #expect(bySort.groups.map { Array($0) } == bySort.order.map { byDictionary.byArticle[$0]! })
                #expect(bySort.pages == byDictionary.pages)
            }
        }
    }

    /// An entity's link digest (read by the keys of its related names and neighbourhood graph) is the hash of
    /// what `SiteModel.combineEntityLink` combines, so the keys still follow each linked name, type and path.
    @Test func linkDigestsAreTheEntityLinksHashes() {
        let site = PublishFixture.site()
        let links = LinkDigests.of(site)
        #expect(site.corpus.entities.count == links.entities.count)
        for e in site.corpus.entities.indices {
            var h = ContentHasher()
            site.combineEntityLink(e, into: &h)
            #expect(links.entities[e] == h.finalize())
        }
        // made once per site model
        #expect(LinkDigests.of(site).entities === links.entities)
    }
}
