import Testing
@testable import Sitegen

/// The article list's entries and the entity lists' cards as typed contexts (`ArticleListPage.fields`, the cards of
/// `EntityListPages`): the dictionaries they replaced (kept here) as contexts, and the same page bytes.
@Suite struct TypedListItemsTests {
    /// `ArticleListPage.item` as it was written before (session 42).
    private static func itemBefore(_ site: SiteModel, _ i: Int, from path: SitePath) -> [String: Any] {
        let a = site.articles[i]
        var d: [String: Any] = [
            "title": a.title,
            "href": path.link(to: site.articlePaths[i]),
            "summary": ArticlePages.summary(of: site.bodies[i].blocks, words: 24),
        ]
        if let s = a.source { d["source"] = s }
        if let date = site.articleDates[i] {
            d["date"] = date
            d["date_iso"] = a.date!.iso
            d["date_inferred"] = a.dateSource == .inferred
        }
        return d
    }

    /// An entity list's card as `EntityListPages` made it before (session 42).
    private static func cardBefore(_ site: SiteModel, _ e: Int, from path: SitePath) -> [String: Any] {
        var d = site.entityLink(e, from: path)
        let entity = site.corpus.entities[e]
        d["mentions"] = entity.mentions.count
        d["articles"] = site.references.articleCount[e]
        d["variants"] = EntityListPages.shownVariants(entity).joined(separator: "، ")
        return d
    }

    @Test func articleEntriesAreTheDictionaries() throws {
        let set = try TemplateSet(folder: nil)
        for base in [nil, "https://example.org/ملف/"] {
            let site = PublishFixture.site(baseURL: base)
            for path in [SitePath("articles"), SitePath("articles/page/2"), SitePath("articles/2020/03")] {
                let before = site.articles.indices.map { Self.itemBefore(site, $0, from: path) }
                let after = site.articles.indices.map { ArticleListPage.fields(site, $0, from: path) }
                for (b, a) in zip(before, after) {
                    #expect(PageFieldsTests.fingerprint(b) == PageFieldsTests.fingerprint(a.dictionary))
                }
                let ctx: [String: Any] = ["heading": "المقالات", "count_text": "ثلاثة"]
                let old = set.renderBytes("articles", ctx.merging(["articles": before]) { a, _ in a })
                #expect(old == set.renderBytes("articles", ctx.merging(["articles": after]) { a, _ in a }))
                #expect(String(decoding: old, as: UTF8.self).contains("article-item"))
            }
        }
    }

    @Test func entityCardsAreTheDictionaries() throws {
        let set = try TemplateSet(folder: nil)
        let site = PublishFixture.site()
        let path = SitePath("people/page/2")
        let before = site.corpus.entities.indices.map { Self.cardBefore(site, $0, from: path) }
        let after = site.corpus.entities.indices.map { EntityListPages.card(site, $0, from: path) }
        #expect(!before.isEmpty)
        for (b, a) in zip(before, after) { #expect(PageFieldsTests.fingerprint(b) == PageFieldsTests.fingerprint(a.dictionary)) }
        let ctx: [String: Any] = ["type_name": "الأشخاص", "type": "person", "count": before.count]
        let old = set.renderBytes("entities", ctx.merging(["entities": before]) { a, _ in a })
        #expect(old == set.renderBytes("entities", ctx.merging(["entities": after]) { a, _ in a }))
        #expect(String(decoding: old, as: UTF8.self).contains("entity-card"))
    }
}
