import Foundation
import Testing
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
}
