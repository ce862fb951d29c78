import ArabicDates

/// How the chronology's events fall into pages. Up to `sizes.chronologyPage` events it is one page
/// (`split` false). Above that: an overview (`chronology.html`), a page per year (`chronology/2016.html`)
/// holding its events by month, and for a year of more than `sizes.chronologyPage` events a page per
/// month instead (`chronology/2016/03.html`, paged); undated events on `chronology/undated.html` (paged).
struct ChronologyLayout {
    struct Month {
        let month: Int
        /// Event indexes, oldest first.
        let events: [Int]
        /// The month's own pages (nil when its year is one page).
        let pages: Pagination?
    }

    struct Year {
        let year: Int
        let months: [Month]
        /// Events dated to the year only.
        let yearOnly: [Int]
        /// The year's page; paged (by its year-only events) only when the year is split into months.
        let pages: Pagination
        /// The year has month pages.
        let byMonth: Bool
        var count: Int { yearOnly.count + months.reduce(0) { $0 + $1.events.count } }
    }

    static let path = SitePath("chronology")
    static let undatedPath = SitePath("chronology/undated")

    let split: Bool
    let years: [Year]
    let undated: [Int]
    let undatedPages: Pagination

    static func of(_ site: SiteModel) -> ChronologyLayout {
        site.shared.value(ChronologyLayout.self) { ChronologyLayout(site: site) }
    }

    init(site: SiteModel) {
        let sizes = site.sizes
        split = site.corpus.events.count > sizes.chronologyPage
        var groups: [(year: Int, months: [(Int, [Int])], yearOnly: [Int])] = []
        var undated: [Int] = []
        for e in site.eventsByDate {
            guard let d = site.corpus.events[e].date else { undated.append(e); continue }
            if groups.last?.year != d.year { groups.append((d.year, [], [])) }
            let y = groups.count - 1
            if let m = d.month {
                if groups[y].months.last?.0 == m { groups[y].months[groups[y].months.count - 1].1.append(e) } else { groups[y].months.append((m, [e])) }
            } else {
                groups[y].yearOnly.append(e)
            }
        }
        years = groups.map { g in
            let total = g.yearOnly.count + g.months.reduce(0) { $0 + $1.1.count }
            let byMonth = total > sizes.chronologyPage
            let months = g.months.map { m in
                Month(month: m.0, events: m.1,
                      pages: byMonth ? Pagination(base: Self.monthPath(g.year, m.0), count: m.1.count, perPage: sizes.events) : nil)
            }
            let yearPages = Pagination(base: Self.yearPath(g.year), count: byMonth ? g.yearOnly.count : 0, perPage: sizes.events)
            return Year(year: g.year, months: months, yearOnly: g.yearOnly, pages: yearPages, byMonth: byMonth)
        }
        self.undated = undated
        undatedPages = Pagination(base: Self.undatedPath, count: undated.count, perPage: sizes.events)
    }

    static func yearPath(_ year: Int) -> SitePath { SitePath("chronology/\(year)") }

    static func monthPath(_ year: Int, _ month: Int) -> SitePath {
        SitePath("chronology/\(year)/" + (month < 10 ? "0\(month)" : "\(month)"))
    }

    /// The anchor of a month on a year page that holds it ("m3").
    static func monthAnchor(_ month: Int) -> String { "m\(month)" }

    /// Where a month's events are: its own page, or its part of the year's page (split layout only).
    func link(year: Year, month: Month, from path: SitePath) -> String {
        if let pages = month.pages { return path.link(to: pages.base) }
        return path.link(to: Self.yearPath(year.year), fragment: Self.monthAnchor(month.month))
    }

    /// The chronology page an event is listed on, for its breadcrumbs: (title, path) pairs after the chronology.
    func crumbs(of date: PartialDate?, site: SiteModel) -> [(String, SitePath)] {
        guard split else { return [] }
        guard let date else { return [("بلا تاريخ", Self.undatedPath)] }
        guard let year = years.first(where: { $0.year == date.year }) else { return [] }
        var out = [(String(year.year), Self.yearPath(year.year))]
        if year.byMonth, let m = date.month, let month = year.months.first(where: { $0.month == m }), let pages = month.pages {
            out.append((site.display(PartialDate(year: year.year, month: m)) ?? "\(m)/\(year.year)", pages.base))
        }
        return out
    }

    /// Links to every year (and the undated events): `{years: [{label, href, count, current}]}`; for a
    /// chronology of more than 20 years (texts also date events long past or to come), only the years
    /// before and after `current`: `{steps: {prev, next}}`.
    func yearBar(from path: SitePath, current: Int? = nil) -> [String: Any] {
        if years.count > 20 {
            guard let current, let i = years.firstIndex(where: { $0.year == current }) else { return [:] }
            var steps: [String: Any] = [:]
            if i > 0 { steps["prev"] = ["label": String(years[i - 1].year), "href": path.link(to: Self.yearPath(years[i - 1].year))] }
            if i + 1 < years.count { steps["next"] = ["label": String(years[i + 1].year), "href": path.link(to: Self.yearPath(years[i + 1].year))] }
            return ["steps": steps, "years": [Any]()]
        }
        var bar = years.map { y -> [String: Any] in
            ["label": String(y.year), "href": path.link(to: Self.yearPath(y.year)), "count": y.count, "current": y.year == current]
        }
        if !undated.isEmpty {
            bar.append(["label": "بلا تاريخ", "href": path.link(to: Self.undatedPath), "count": undated.count, "current": false])
        }
        return ["years": bar, "steps": false]
    }

    /// Everything the period pages (`ChronologyPeriodPages`) read: the layout (years, months, their events in
    /// order, pages, the undated events) and every event's link digest (title, type, path, sources, date as
    /// written and shown, inferred, reported, rank: all `eventLink` shows, and the rank the year pages sort by).
    func periodPagesKey(_ site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine("chronology layout")
        let links = LinkDigests.of(site).events
        h.combine(links.count)
        for i in 0..<links.count { h.combine(links[i]) }
        func combine(_ events: [Int]) { h.combine(events.count); for e in events { h.combine(e) } }
        func combine(_ pages: Pagination?) {
            h.combine(pages == nil ? -1 : pages!.pageCount)
            if let pages { h.combine(pages.count); h.combine(pages.base.folder) }
        }
        h.combine(years.count)
        for y in years {
            h.combine(y.year)
            h.combine(y.byMonth ? 1 : 0)
            combine(y.pages)
            combine(y.yearOnly)
            h.combine(y.months.count)
            for m in y.months { h.combine(m.month); combine(m.events); combine(m.pages) }
        }
        combine(undated)
        combine(undatedPages)
        return h.finalize()
    }

    /// The years the timeline of the overview spans: from the year before which fewer than 2.5 % of
    /// the dated events fall to the year after which fewer than 2.5 % do (the rest are listed, not drawn).
    var timelineYears: ClosedRange<Int>? {
        let counts = years.map { ($0.year, $0.count) }
        let total = counts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        let cut = total * 25 / 1000
        var seen = 0
        var lo = counts.first!.0, hi = counts.last!.0
        for (y, n) in counts { seen += n; if seen > cut { lo = y; break } }
        seen = 0
        for (y, n) in counts.reversed() { seen += n; if seen > cut { hi = y; break } }
        return lo...max(lo, hi)
    }
}
