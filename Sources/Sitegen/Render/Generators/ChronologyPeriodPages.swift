import ArabicDates

/// The pages of a large chronology (`ChronologyLayout.split`): a page per year (`chronology/2016.html`),
/// with its events by month, or for a year of many events its months with their counts and a page
/// per month (`chronology/2016/03.html`, paged); the undated events (`chronology/undated.html`, paged).
struct ChronologyPeriodPages: SiteGenerator {
    let site: SiteModel
    var name: String { "chronology-periods" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let layout = ChronologyLayout.of(site)
        guard layout.split else { return }
        // (keyed pages: every page shows parts of the whole layout, so each is keyed by all of it: an edit that
        // changes no event writes none, one that changes an event writes them all, as a fingerprint would)
        let key = out.keysPages ? layout.periodPagesKey(site) : ContentHash(high: 0, low: 0)
        // one job per page: (year, month index or -1 for the year's own page, page number)
        var pages: [(year: Int, month: Int, page: Int)] = []
        for (y, year) in layout.years.enumerated() {
            for p in 1...year.pages.pageCount { pages.append((y, -1, p)) }
            for (m, month) in year.months.enumerated() {
                guard let monthPages = month.pages else { continue }
                for p in 1...monthPages.pageCount { pages.append((y, m, p)) }
            }
        }
        try parallelPages(pages.count, jobs: jobs) { i throws(Diagnostic) in
            let (y, m, page) = pages[i]
            let year = layout.years[y]
            try out.page(m < 0 ? year.pages.path(page) : year.months[m].pages!.path(page), template: "chronology",
                         inputs: Self.pageKey(key, year: year.year, month: m, page: page)) {
                m < 0 ? yearPage(year, page: page, layout) : monthPage(year, year.months[m], page: page, layout)
            }
        }
        guard !layout.undated.isEmpty else { return }
        let undated = layout.undatedPages
        try parallelPages(undated.pageCount, jobs: jobs) { k throws(Diagnostic) in
            let path = undated.path(k + 1)
            try out.page(path, template: "chronology", inputs: Self.pageKey(key, year: Int.min, month: -2, page: k + 1)) {
                var period = listContext(layout.undated, undated, page: k + 1, from: path)
                period["heading"] = "أحداث بلا تاريخ"
                period["year_bar"] = layout.yearBar(from: path)
                return spec(path, title: Pager.title("أحداث بلا تاريخ", page: k + 1), period, pages: undated, page: k + 1, crumbs: [])
            }
        }
    }

    /// A page's key: the layout's (`ChronologyLayout.periodPagesKey`) and which page it is.
    private static func pageKey(_ layout: ContentHash, year: Int, month: Int, page: Int) -> ContentHash {
        var h = ContentHasher()
        h.combine("chronology period")
        h.combine(layout)
        h.combine(year)
        h.combine(month)
        h.combine(page)
        return h.finalize()
    }

    private func yearPage(_ year: ChronologyLayout.Year, page: Int, _ layout: ChronologyLayout) -> OutputSink.PageSpec {
        let path = year.pages.path(page)
        var period: [String: Any] = ["heading": "أحداث \(year.year)", "count_text": Format.events(year.count),
                                     "year_bar": layout.yearBar(from: path, current: year.year), "events": [Any]()]
        if !year.byMonth {
            let events = year.yearOnly + year.months.flatMap(\.events)
            let grouped = ChronologyPage.groups(site: site, events: events.sorted { site.eventRank[$0] < site.eventRank[$1] },
                                                from: path) { _, m in ChronologyLayout.monthAnchor(m) }
            period["years"] = grouped.years
            period["month_jump"] = ["months": year.months.map { m -> [String: Any] in
                ["label": monthName(m.month), "href": "#" + ChronologyLayout.monthAnchor(m.month)]
            }]
        } else {
            if page == 1 {
                period["month_list"] = ["months": year.months.map { m -> [String: Any] in
                    var d: [String: Any] = ["name": monthName(m.month) + " \(year.year)", "href": layout.link(year: year, month: m, from: path),
                                            "count_text": Format.events(m.events.count)]
                    if let pages = m.pages, pages.isPaged {
                        let n = pages.pageCount
                        d["pages"] = (1...n).map { ["number": $0, "href": path.link(to: pages.path($0)), "first": $0 == 1, "last": $0 == n] }
                    }
                    return d
                }]
            }
            if !year.yearOnly.isEmpty {
                period["events"] = listContext(year.yearOnly, year.pages, page: page, from: path)["events"]
                period["list_heading"] = "أحداث مؤرخة بالسنة وحدها"
            }
        }
        return spec(path, title: Pager.title("أحداث \(year.year)", page: page), period, pages: year.pages, page: page, crumbs: [])
    }

    private func monthPage(_ year: ChronologyLayout.Year, _ month: ChronologyLayout.Month, page: Int,
                           _ layout: ChronologyLayout) -> OutputSink.PageSpec {
        let pages = month.pages!
        let path = pages.path(page)
        let title = "أحداث " + monthName(month.month) + " \(year.year)"
        var period = listContext(month.events, pages, page: page, from: path)
        period["heading"] = title
        period["year_bar"] = layout.yearBar(from: path, current: year.year)
        period["month_bar"] = ["months": year.months.map { m -> [String: Any] in
            ["label": monthName(m.month), "href": layout.link(year: year, month: m, from: path), "current": m.month == month.month]
        }]
        return spec(path, title: Pager.title(title, page: page), period, pages: pages, page: page,
                    crumbs: [(String(year.year), ChronologyLayout.yearPath(year.year))])
    }

    /// One page of a list of events: the events with their precision, and the list's count.
    private func listContext(_ events: [Int], _ pages: Pagination, page: Int, from path: SitePath) -> [String: Any] {
        ["count_text": Format.events(events.count),
         "events": events[pages.items(page)].map { e -> [String: Any] in
             var item = site.eventLink(e, from: path)
             if let d = site.corpus.events[e].date { item["precision"] = ArabicDateFormatter.precisionLabel(d.precision) }
             return item
         }]
    }

    private func spec(_ path: SitePath, title: String, _ period: [String: Any], pages: Pagination, page: Int,
                      crumbs: [(String, SitePath)]) -> OutputSink.PageSpec {
        var ctx: [String: Any] = ["period": period]
        for (k, v) in Pager.pageKeys(pages, page: page, from: path, label: title) { ctx[k] = v }
        return OutputSink.PageSpec(title: title, section: "chronology", crumbs: [("التسلسل الزمني", ChronologyLayout.path)] + crumbs,
                                   context: ctx)
    }

    private func monthName(_ m: Int) -> String { ArabicDateFormatter.monthName(m, style: site.config.months) }
}
