import ArabicDates

/// Articles by date, for sites whose article list has more than one page: a page per year
/// (`articles/2017.html`: its months with their counts and a link to every page of each month, then the
/// articles dated to the year only), a page per month (`articles/2017/03.html`, paged) and the undated
/// articles (`articles/undated.html`, paged). Any article is then three clicks from home: year, month
/// page, article.
struct ArticleDatePages: SiteGenerator {
    let site: SiteModel
    var name: String { "article-dates" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let layout = ArticleDateLayout.of(site)
        guard layout.enabled else { return }
        // one job per page of any kind: (year index, month index or -1 for the year's own page, page)
        var jobsList: [(year: Int, month: Int, page: Int)] = []
        for (y, year) in layout.years.enumerated() {
            for p in 1...year.pages.pageCount { jobsList.append((y, -1, p)) }
            for (m, month) in year.months.enumerated() {
                for p in 1...month.pages.pageCount { jobsList.append((y, m, p)) }
            }
        }
        try parallelPages(jobsList.count, jobs: jobs) { i throws(Diagnostic) in
            let job = jobsList[i]
            let year = layout.years[job.year]
            if job.month < 0 {
                try yearPage(year, page: job.page, layout, out)
            } else {
                try monthPage(year, year.months[job.month], page: job.page, layout, out)
            }
        }
        if !layout.undated.isEmpty {
            let pages = layout.undatedPages
            try parallelPages(pages.pageCount, jobs: jobs) { k throws(Diagnostic) in
                let path = pages.path(k + 1)
                let items = ArticleListPage.items(site, layout.undated[pages.items(k + 1)], from: path)
                try out.page(path, template: "articles",
                             inputs: ArticleDateLayout.listKey("undated articles", items: items, listCount: layout.undated.count,
                                                               pages: pages, page: k + 1, yearBar: layout.yearBarKey(current: nil))) {
                    var ctx = listContext(items, layout.undated.count, pages, page: k + 1, from: path, label: "المقالات بلا تاريخ")
                    ctx["heading"] = "مقالات بلا تاريخ"
                    ctx["date_bar"] = ["years": layout.yearBar(from: path)]
                    return OutputSink.PageSpec(title: Pager.title("مقالات بلا تاريخ", page: k + 1), section: "articles",
                                               crumbs: [("المقالات", ArticleListPage.path)], context: ctx)
                }
            }
        }
    }

    private func yearPage(_ year: ArticleDateLayout.Year, page: Int, _ layout: ArticleDateLayout, _ out: OutputSink) throws(Diagnostic) {
        let path = year.pages.path(page)
        let items = ArticleListPage.items(site, year.yearOnly[year.pages.items(page)], from: path)
        try out.page(path, template: "articles", inputs: yearPageKey(year, page: page, items: items, layout)) {
            yearPageSpec(year, page: page, path: path, items: items, layout)
        }
    }

    private func yearPageKey(_ year: ArticleDateLayout.Year, page: Int, items: DeferredValue, _ layout: ArticleDateLayout) -> ContentHash {
        // the year and its count, and the months listed on page 1: each month's number, count and pages
        var months = ContentHasher()
        months.combine(year.year)
        months.combine(year.count)
        months.combine(page == 1 ? year.months.count : -1)
        if page == 1 {
            for m in year.months { months.combine(m.month); months.combine(m.articles.count); months.combine(m.pages.pageCount) }
        }
        return ArticleDateLayout.listKey("articles of a year", items: items, listCount: year.yearOnly.count, pages: year.pages,
                                         page: page, yearBar: layout.yearBarKey(current: year.year), extra: months.finalize())
    }

    private func yearPageSpec(_ year: ArticleDateLayout.Year, page: Int, path: SitePath, items: DeferredValue,
                              _ layout: ArticleDateLayout) -> OutputSink.PageSpec {
        var ctx = listContext(items, year.yearOnly.count, year.pages, page: page, from: path, label: "مقالات \(year.year)")
        ctx["heading"] = "مقالات \(year.year)"
        ctx["count_text"] = Format.articles(year.count)
        ctx["date_bar"] = ["years": layout.yearBar(from: path, current: year.year)]
        if page == 1 {
            ctx["month_list"] = ["months": year.months.map { m -> [String: Any] in
                var d: [String: Any] = [
                    "name": monthTitle(year.year, m.month), "href": path.link(to: m.pages.base),
                    "count_text": Format.articles(m.articles.count),
                ]
                // every page of the month, so that each is one click from the year
                if m.pages.isPaged {
                    let n = m.pages.pageCount
                    d["pages"] = (1...n).map { ["number": $0, "href": path.link(to: m.pages.path($0)), "first": $0 == 1, "last": $0 == n] }
                }
                return d
            }]
            if !year.yearOnly.isEmpty { ctx["year_only_heading"] = "مقالات مؤرخة بالسنة وحدها" }
        }
        return OutputSink.PageSpec(title: Pager.title("مقالات \(year.year)", page: page), section: "articles",
                                   crumbs: [("المقالات", ArticleListPage.path)], context: ctx)
    }

    private func monthPage(_ year: ArticleDateLayout.Year, _ month: ArticleDateLayout.Month, page: Int,
                           _ layout: ArticleDateLayout, _ out: OutputSink) throws(Diagnostic) {
        let path = month.pages.path(page)
        let items = ArticleListPage.items(site, month.articles[month.pages.items(page)], from: path)
        try out.page(path, template: "articles", inputs: monthPageKey(year, month, page: page, items: items, layout)) {
            let title = "مقالات " + monthTitle(year.year, month.month)
            var ctx = listContext(items, month.articles.count, month.pages, page: page, from: path, label: title)
            ctx["heading"] = title
            ctx["date_bar"] = ["years": layout.yearBar(from: path, current: year.year)]
            ctx["month_bar"] = ["months": year.months.map { m -> [String: Any] in
                ["label": ArabicDateFormatter.monthName(m.month, style: site.config.months), "href": path.link(to: m.pages.base),
                 "current": m.month == month.month]
            }]
            return OutputSink.PageSpec(title: Pager.title(title, page: page), section: "articles",
                                       crumbs: [("المقالات", ArticleListPage.path), (String(year.year), ArticleDateLayout.yearPath(year.year))],
                                       context: ctx)
        }
    }

    private func monthPageKey(_ year: ArticleDateLayout.Year, _ month: ArticleDateLayout.Month, page: Int, items: DeferredValue,
                              _ layout: ArticleDateLayout) -> ContentHash {
        // the month bar: the year's months, this one current
        var months = ContentHasher()
        months.combine(year.year)
        months.combine(month.month)
        months.combine(year.months.count)
        for m in year.months { months.combine(m.month) }
        return ArticleDateLayout.listKey("articles of a month", items: items, listCount: month.articles.count, pages: month.pages,
                                         page: page, yearBar: layout.yearBarKey(current: year.year), extra: months.finalize())
    }

    /// The articles of one page of a list (`items`), the list's count and pager.
    private func listContext(_ items: DeferredValue, _ count: Int, _ pages: Pagination, page: Int, from path: SitePath,
                             label: String) -> [String: Any] {
        var ctx: [String: Any] = [
            "articles": items,
            "count_text": Format.articles(count),
        ]
        for (key, value) in Pager.pageKeys(pages, page: page, from: path, label: label) { ctx[key] = value }
        return ctx
    }

    private func monthTitle(_ year: Int, _ month: Int) -> String {
        site.display(PartialDate(year: year, month: month)) ?? "\(month)/\(year)"
    }
}
