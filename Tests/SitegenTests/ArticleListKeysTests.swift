import ArabicDates
import Foundation
import Testing
@testable import Sitegen

/// The article list (`articles.html` and its pages) and the pages by date (`articles/2021.html`, `articles/2021/05.html`,
/// `articles/undated.html` and their pages) are keyed by their inputs: an edit that changes none of the articles a page
/// lists leaves the page's file untouched, and every kind of edit leaves the cached site equal to a fresh build.
@Suite struct ArticleListKeysTests {
    /// The article list pages (`articles.html`, everything under `articles/`), by inode and modification time.
    private func listStamps(_ site: URL) throws -> [String: String] {
        try fileStamps(site) { f in (f == "articles.html" || f.hasPrefix("articles/")) && f.hasSuffix(".html") }
    }

    private func article(_ title: String, _ date: String?, _ body: String) -> String {
        "---\ntitle: \(title)\n" + (date.map { "date: \($0)\n" } ?? "") + "---\n\(body)\n"
    }

    @Test(arguments: [1, 2, 100]) func articleListsFollowWhatTheyShow(perPage: Int) throws {
        var sizes = ListSizes()
        sizes.articles = perPage
        let input = editCorpus(), out = TempDir()
        input.write("d.md", article("تقرير", "2020-11-02", "صدر تقرير عن الزراعة."))
        input.write("e.md", article("حصاد", "2020", "كان الحصاد وفيرا."))
        input.write("f.md", article("مقال", nil, "مقال بلا تاريخ عن الطقس."))
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        let lists = try listStamps(site)
        #expect(!lists.isEmpty)
        // the same input again: no list page is written
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        #expect(try listStamps(site) == lists)
        // a paragraph added to one article: its summary may change, so the pages listing it are written again;
        // with one article a page, the pages of the other articles are not
        input.write("c.md", article("أسواق", "2021-05-06", "ارتفعت أسعار الخضار في الأسواق.\n\nوانخفضت أسعار الفواكه."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        let afterParagraph = try listStamps(site)
        if perPage == 1 {
            let rewritten = afterParagraph.filter { lists[$0.key] != $0.value }
            #expect(!rewritten.isEmpty && rewritten.count < lists.count)
        }
        // a title, a date moved to another month and year, to the year only, and away
        input.write("a.md", article("هجوم جديد", "2021-05-04", "قتل ثلاثة جنود في هجوم على حاجز في مدينة الموصل."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        input.write("d.md", article("تقرير", "2019-03-02", "صدر تقرير عن الزراعة."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        input.write("d.md", article("تقرير", "2019", "صدر تقرير عن الزراعة."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        input.write("d.md", article("تقرير", nil, "صدر تقرير عن الزراعة."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        // an article added in a new month of a listed year, in a new year, and one deleted
        input.write("g.md", article("مباراة", "2021-07-09", "فاز الفريق في المباراة."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        input.write("h.md", article("معرض", "2018-01-15", "افتتح معرض الكتاب."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("f.md"))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
    }

    /// The chronology's period pages (`chronology/2021.html`, `chronology/2021/05.html`, `chronology/undated.html`)
    /// are keyed by the whole layout: an edit that changes no event writes none, and every edit leaves the cached
    /// site equal to a fresh build.
    @Test(arguments: [(1, 1), (2, 1), (1, 2)]) func chronologyPagesFollowTheEvents(chronologyPage: Int, perPage: Int) throws {
        var sizes = ListSizes()
        sizes.chronologyPage = chronologyPage
        sizes.events = perPage
        let input = editCorpus(), out = TempDir()
        input.write("d.md", article("انفجار", "2019-01-06", "انفجرت سيارة مفخخة في بغداد يوم 5 يناير 2019 وقتل خمسة أشخاص."))
        input.write("e.md", article("اغتيال", "2021-07-02", "اغتال مسلحون ضابطا في البصرة يوم 1 يوليو 2021."))
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        func periodStamps() throws -> [String: String] {
            try fileStamps(site) { f in f.hasPrefix("chronology/") && f.hasSuffix(".html") }
        }
        let periods = try periodStamps()
        #expect(!periods.isEmpty)
        // a paragraph naming no event: no period page is written
        input.write("c.md", article("أسواق", "2021-05-06", "ارتفعت أسعار الخضار في الأسواق.\n\nوانخفضت أسعار الفواكه."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        #expect(try periodStamps() == periods)
        // an event's date moved to another year, a new event in a new month, an event gone
        input.write("d.md", article("انفجار", "2018-01-06", "انفجرت سيارة مفخخة في بغداد يوم 5 يناير 2018 وقتل خمسة أشخاص."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        input.write("f.md", article("هجوم آخر", "2021-09-12", "قتل جنديان في هجوم على نقطة تفتيش في كركوك يوم 11 سبتمبر 2021."))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("e.md"))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
    }

    /// `combine(date:)` tells dates apart exactly as their `iso` strings do (the page keys hashed the strings before).
    @Test func dateKeysFollowTheISOText() {
        func key(_ d: PartialDate?) -> ContentHash { var h = ContentHasher(); h.combine(date: d); return h.finalize() }
        var rng = SystemRandomNumberGenerator()
        var dates: [PartialDate?] = [nil]
        for _ in 0..<300 {
            let year = Int.random(in: 1998...2002, using: &rng)
            let month: Int? = Bool.random(using: &rng) ? Int.random(in: 1...12, using: &rng) : nil
            let day: Int? = Bool.random(using: &rng) ? Int.random(in: 1...3, using: &rng) : nil
            dates.append(PartialDate(year: year, month: month, day: day))
        }
        for a in dates {
            for b in dates.prefix(60) {
                #expect((key(a) == key(b)) == ((a?.iso ?? "\u{0}") == (b?.iso ?? "\u{0}")))
            }
        }
    }
}
