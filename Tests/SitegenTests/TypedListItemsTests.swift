import Testing
import Extraction
import Resolution
@testable import Sitegen

/// The article list's entries, the entity lists' cards and an event page's sources as typed contexts
/// (`ArticleListPage.fields`, `EntityListPages.card`, `EventPages.source`): the dictionaries they replaced (kept here) as
/// contexts, and the same page bytes.
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

    /// An event page's source as `EventPages` made it before (session 42).
    private static func sourceBefore(_ site: SiteModel, _ src: EventSource, number: Int, from path: SitePath) -> [String: Any] {
        let mention = site.extractions[src.article].events[src.event]
        let sentence = site.extractions[src.article].sentences[mention.sentence]
        var d = site.articleLink(src.article, from: path, block: sentence.span.block)
        d["number"] = number
        d["sentence"] = site.sentenceText(article: src.article, sentence: mention.sentence)
        d["trigger"] = mention.trigger
        if let t = src.dateText { d["date_text"] = t }
        return d
    }

    @Test func eventSourcesAreTheDictionaries() throws {
        let set = try TemplateSet(folder: nil)
        let site = PublishFixture.site()
        let pages = EventPages(site: site)
        var checked = 0
        for (i, ev) in site.corpus.events.enumerated() {
            let path = site.eventPaths[i]
            let before = ev.sources.enumerated().map { Self.sourceBefore(site, $1, number: $0 + 1, from: path) }
            let after = ev.sources.enumerated().map { pages.source($1, number: $0 + 1, from: path) }
            for (b, a) in zip(before, after) { #expect(PageFieldsTests.fingerprint(b) == PageFieldsTests.fingerprint(a.dictionary)) }
            let ctx: [String: Any] = ["title": ev.title, "type": ev.type.rawValue, "date": "يوم ما"]
            let old = set.renderBytes("event", ctx.merging(["sources": before]) { a, _ in a })
            #expect(old == set.renderBytes("event", ctx.merging(["sources": after]) { a, _ in a }))
            checked += before.count
        }
        #expect(checked > 0)
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
