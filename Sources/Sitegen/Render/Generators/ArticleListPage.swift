import ArabicDates

/// The list of all articles, newest first, `sizes.articles` to a page (`articles.html`, `articles/page/2.html` …).
/// A list of more than one page also leads to the articles by year and month (`ArticleDatePages`).
struct ArticleListPage: SiteGenerator {
    let site: SiteModel
    var name: String { "article-list" }
    var sections: [String] { ["articles"] }

    static let path = SitePath("articles")

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let order = site.articlesByDate
        let pages = Pagination(base: Self.path, count: order.count, perPage: site.sizes.articles)
        let dates = ArticleDateLayout.of(site)
        // (generic pages: keyed by its articles' digests a page would be rebuilt whenever any article
        // text changed, while most edits leave every 24-word summary as it was)
        // (keyed pages: the pager, year bar and context fingerprint of 200 pages were made on every build)
        try parallelPages(pages.pageCount, jobs: jobs) { k throws(Diagnostic) in
            let page = k + 1
            let path = pages.path(page)
            let items = ArticleListPage.items(site, order[pages.items(page)], from: path)
            try out.page(path, template: "articles",
                         inputs: ArticleDateLayout.listKey("article list", items: items, listCount: order.count, pages: pages,
                                                           page: page, yearBar: dates.enabled ? dates.yearBarKey(current: nil) : nil)) {
                var ctx: [String: Any] = [
                    "articles": items,
                    "count_text": Format.articles(order.count),
                    "heading": "المقالات",
                ]
                if dates.enabled { ctx["date_bar"] = ["years": dates.yearBar(from: path)] }
                for (key, value) in Pager.pageKeys(pages, page: page, from: path, label: "المقالات") { ctx[key] = value }
                return OutputSink.PageSpec(title: Pager.title("المقالات", page: page), section: "articles",
                                           crumbs: page == 1 ? [] : [("المقالات", Self.path)], context: ctx)
            }
        }
    }

    /// The list entries of `articles` on page `path`, made only when the page is rendered: keyed by the
    /// articles' digests (title, path, source, displayed date, body text) and their dates, so an
    /// unchanged page costs a hash per article instead of each one's summary.
    static func items(_ site: SiteModel, _ articles: ArraySlice<Int>, from path: SitePath) -> DeferredValue {
        var key = ContentHasher()
        key.combine(path.folder)
        key.combine(articles.count)
        for a in articles {
            key.combine(site.articleDigests[a])
            key.combine(date: site.articles[a].date)
        }
        return DeferredValue(key: key.finalize()) {
            let summaries = ArticleListSummaries.of(site)  // (looked up once a list: a shared value costs a lock and a cast)
            return articles.map { fields(site, $0, from: path, summaries: summaries) }
        }
    }

    /// An entry of an article list (`partials/article_item`), as a `[String: Any]` context.
    static func item(_ site: SiteModel, _ i: Int, from path: SitePath) -> [String: Any] {
        fields(site, i, from: path).dictionary
    }

    /// An entry of an article list as a typed context (a list page's 50 entries were each a dictionary grown twice,
    /// every name of the partial hashed again to be looked up in it), its summary as bytes (no `String` validated).
    /// (The article's fields read in place, not a copy of the whole article; its summary made once for the article
    /// list and the date pages that both list it: `ArticleListSummaries`.)
    static func fields(_ site: SiteModel, _ i: Int, from path: SitePath, summaries: ArticleListSummaries? = nil) -> PageFields {
        var d = PageFields()
        d.reserveCapacity(7)
        d[.title] = .string(site.articles[i].title)
        d[.href] = .string(path.link(to: site.articlePaths[i]))
        if let date = site.articleDates[i] {
            d[.date] = .string(date)
            d[.date_iso] = .string(site.articles[i].date!.iso)
        }
        if let s = site.articles[i].source { d[.source] = .string(s) }
        if site.articleDates[i] != nil { d[.date_inferred] = .bool(site.articles[i].dateSource == .inferred) }
        d[.summary] = .bytes((summaries ?? ArticleListSummaries.of(site)).summary(i))
        return d
    }
}

/// The 24-word summaries of the article lists (`ArticlePages.summaryBytes(of:words:)`), each made the first time a
/// list asks for it and kept for the next: the article list and the year, month and undated pages list every
/// article once each, and its summary was made for both. Safe to use from several threads (`LazySlots`); a cached
/// build makes only the summaries its changed pages show.
final class ArticleListSummaries: @unchecked Sendable {
    static let words = 24

    /// (the bodies, not the site model: kept in the model's shared values, this must not hold the model)
    private let bodies: [ArticleBody]
    private let summaries: LazySlots<[UInt8]>

    /// The summaries of a site model's articles, shared by the generators that list them.
    static func of(_ site: SiteModel) -> ArticleListSummaries {
        site.shared.value(ArticleListSummaries.self) { ArticleListSummaries(site: site) }
    }

    init(site: SiteModel) {
        bodies = site.bodies
        summaries = LazySlots(count: site.bodies.count)
    }

    /// Article `a`'s summary for the lists.
    func summary(_ a: Int) -> [UInt8] {
        summaries.value(a, stripe: a) { ArticlePages.summaryBytes(of: bodies[a].blocks, words: Self.words) }
    }
}

/// Articles by publication date, for the year and month pages: years newest first, each with its
/// months newest first (articles newest first within). Articles dated to the year only are listed on
/// the year's page; undated ones on `articles/undated.html`. Only sites whose article list has more than
/// one page get date pages (`enabled`).
struct ArticleDateLayout {
    struct Month {
        let month: Int
        let articles: [Int]
        let pages: Pagination
    }

    struct Year {
        let year: Int
        let months: [Month]
        /// Articles dated to this year only, and their pages on the year's page.
        let yearOnly: [Int]
        let pages: Pagination
        var count: Int { yearOnly.count + months.reduce(0) { $0 + $1.articles.count } }
    }

    let enabled: Bool
    let years: [Year]
    let undated: [Int]
    let undatedPages: Pagination

    static let undatedPath = SitePath("articles/undated")

    static func of(_ site: SiteModel) -> ArticleDateLayout {
        site.shared.value(ArticleDateLayout.self) { ArticleDateLayout(site: site) }
    }

    init(site: SiteModel) {
        let perPage = site.sizes.articles
        enabled = site.articles.count > perPage
        var years: [Year] = []
        var undated: [Int] = []
        var current: (year: Int, months: [(Int, [Int])], yearOnly: [Int])?
        func close() {
            guard let c = current else { return }
            let path = Self.yearPath(c.year)
            years.append(Year(year: c.year, months: c.months.map { m in
                Month(month: m.0, articles: m.1, pages: Pagination(base: Self.monthPath(c.year, m.0), count: m.1.count, perPage: perPage))
            }, yearOnly: c.yearOnly, pages: Pagination(base: path, count: c.yearOnly.count, perPage: perPage)))
        }
        // articlesByDate is newest first, so a year's articles are contiguous and its months come in order
        for a in site.articlesByDate {
            guard let d = site.articles[a].date, (1...9999).contains(d.year) else { undated.append(a); continue }
            if current?.year != d.year {
                close()
                current = (d.year, [], [])
            }
            if let m = d.month {
                if current!.months.last?.0 == m { current!.months[current!.months.count - 1].1.append(a) } else { current!.months.append((m, [a])) }
            } else {
                current!.yearOnly.append(a)
            }
        }
        close()
        self.years = years
        self.undated = undated
        undatedPages = Pagination(base: Self.undatedPath, count: undated.count, perPage: perPage)
    }

    static func yearPath(_ year: Int) -> SitePath { SitePath("articles/\(year)") }

    static func monthPath(_ year: Int, _ month: Int) -> SitePath {
        SitePath("articles/\(year)/" + (month < 10 ? "0\(month)" : "\(month)"))
    }

    /// The month page (or year page, or undated list) an article is filed under; nil without date pages.
    func datePath(of article: Article, site: SiteModel) -> (title: String, path: SitePath)? {
        guard enabled else { return nil }
        guard let d = article.date, (1...9999).contains(d.year) else { return ("بلا تاريخ", Self.undatedPath) }
        guard let m = d.month else { return (String(d.year), Self.yearPath(d.year)) }
        return (site.display(PartialDate(year: d.year, month: m)) ?? "\(m)/\(d.year)", Self.monthPath(d.year, m))
    }

    /// What `yearBar(from:current:)` shows besides its links' targets (which follow from the years and the
    /// page's own address): every year with its count, the undated count, and the current year.
    func yearBarKey(current: Int?) -> ContentHash {
        var h = ContentHasher()
        h.combine("year bar")
        h.combine(years.count)
        for y in years { h.combine(y.year); h.combine(y.count) }
        h.combine(undated.count)
        h.combine(current ?? Int.min)
        return h.finalize()
    }

    /// The key of a keyed page of articles (`OutputSink.page(_:template:inputs:make:)`), besides what the page
    /// adds itself (its address, the template, the site-wide parts and list sizes): which list it is, the
    /// articles it shows (`items`' key), the list's length, the page's place among the pages (the pager), the
    /// year bar's key if it has one, and `extra` for what else it shows (the months of a year or month page).
    static func listKey(_ kind: String, items: DeferredValue, listCount: Int, pages: Pagination, page: Int,
                        yearBar: ContentHash?, extra: ContentHash? = nil) -> ContentHash {
        var h = ContentHasher()
        h.combine(kind)
        h.combine(items.key)
        h.combine(listCount)
        h.combine(pages.base.folder)
        h.combine(pages.count)
        h.combine(pages.pageCount)
        h.combine(page)
        h.combine(yearBar ?? ContentHash(high: 0, low: 0))
        h.combine(yearBar == nil ? 0 : 1)
        h.combine(extra ?? ContentHash(high: 0, low: 0))
        h.combine(extra == nil ? 0 : 1)
        return h.finalize()
    }

    /// Links to every year (and the undated list), for the article list, the year pages and home:
    /// `[{label, href, count, current}]`.
    func yearBar(from path: SitePath, current: Int? = nil) -> [[String: Any]] {
        var bar = years.map { y -> [String: Any] in
            ["label": String(y.year), "href": path.link(to: Self.yearPath(y.year)), "count": y.count, "current": y.year == current]
        }
        if !undated.isEmpty {
            bar.append(["label": "بلا تاريخ", "href": path.link(to: Self.undatedPath), "count": undated.count, "current": false])
        }
        return bar
    }
}
