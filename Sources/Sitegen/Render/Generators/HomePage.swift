import Foundation
import ArabicDates
import Extraction

/// The home page: a dashboard of what the corpus covers (date range, counts of articles, entities
/// by type and events by type), the latest events, the most mentioned entities, a small timeline,
/// and the way into every section.
struct HomePage: SiteGenerator {
    let site: SiteModel
    var name: String { "home" }
    var sections: [String] { ["home"] }

    /// Navigation key of the list page of each entity type.
    static func sectionKey(_ type: EntityType) -> String {
        switch type {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (an edit that changes no entity, event, article's own fields nor the text of the latest articles, which it
        // shows summed up, keeps the page: `FamilyPageMemo`)
        let memo = FamilyPageMemo.session(\.home, site, out) {
            var h = ContentHasher()
            for a in site.articlesByDate.prefix(6) { h.combine(site.articleDigests[a]) }
            return h.finalize()
        }
        if let memo, memo.keepAll(out) { return }
        defer { memo?.made(.home); memo?.finish(out) }
        let home = SitePath.home
        let sectionPath = Dictionary(out.sections.map { ($0.key, $0.path) }, uniquingKeysWith: { a, _ in a })
        let corpus = site.corpus
        var ctx: [String: Any] = [
            "articles_text": Format.articles(site.articles.count),
            "latest_articles": site.articlesByDate.prefix(6).map { ArticleListPage.item(site, $0, from: home) },
            "articles_href": home.link(to: SitePath("articles")),
        ]
        let dates = ArticleDateLayout.of(site)
        if dates.enabled { ctx["article_years"] = ["years": dates.yearBar(from: home)] }
        if let r = site.dateRange {
            ctx["range_from"] = site.display(r.first)
            ctx["range_to"] = site.display(r.last)
        }
        var stats: [[String: Any]] = [["value": site.articles.count, "label": "مقالات", "kind": "article",
                                       "href": home.link(to: SitePath("articles"))]]
        // (counted by index: each entity was copied, all its arrays retained and released, for every type)
        var entitiesOfType: [EntityType: Int] = [:]
        for e in corpus.entities.indices { entitiesOfType[corpus.entities[e].type, default: 0] += 1 }
        for type in EntityType.allCases {
            let n = entitiesOfType[type] ?? 0
            var s: [String: Any] = ["value": n, "label": type.arabicPlural, "kind": type.rawValue]
            if let p = sectionPath[Self.sectionKey(type)] { s["href"] = home.link(to: p) }
            stats.append(s)
        }
        var events: [String: Any] = ["value": corpus.events.count, "label": "أحداث", "kind": "event"]
        if let p = sectionPath["chronology"] { events["href"] = home.link(to: p) }
        stats.append(events)
        ctx["stats"] = stats
        ctx["has_events"] = !corpus.events.isEmpty
        ctx["has_entities"] = !corpus.entities.isEmpty

        var byType: [EventType: Int] = [:]  // (counted by index: not grouped into arrays of copies of the events)
        for i in corpus.events.indices { byType[corpus.events[i].type, default: 0] += 1 }
        ctx["event_types"] = EventType.allCases.compactMap { t -> [String: Any]? in
            byType[t].map { ["label": t.arabicName, "count": $0] }
        }
        ctx["latest_events"] = site.eventsNewestFirst.prefix(8).map { e -> [String: Any] in
            let event = corpus.events[e]
            var d: [String: Any] = ["title": event.title, "href": home.link(to: site.eventPaths[e]), "type": event.type.arabicName]
            if let date = event.date { d["date"] = site.display(date); d["date_iso"] = date.iso }
            return d
        }
        if let p = sectionPath["chronology"] { ctx["chronology_href"] = home.link(to: p) }
        let top = site.entitiesByMentions.prefix(10)
        let most = Double(top.first.map { corpus.entities[$0].mentions.count } ?? 1)
        ctx["top_entities"] = top.map { e -> [String: Any] in
            let entity = corpus.entities[e]
            return ["name": entity.name, "href": home.link(to: site.entityPaths[e]), "kind": entity.type.rawValue,
                    "type": entity.type.arabicName, "count": entity.mentions.count,
                    "percent": Int((Double(entity.mentions.count) / max(most, 1) * 100).rounded()),
                    // Widths come in steps of 5% as classes: the CSP allows no inline style attributes.
                    "width_step": max(1, Int((Double(entity.mentions.count) / max(most, 1) * 20).rounded())) * 5]
        }
        ctx["timeline"] = ActivityChart(site: site).svg()
        ctx["section_cards"] = out.sections.filter { $0.key != "home" }.map { s -> [String: Any] in
            ["title": s.title, "href": home.link(to: s.path), "text": Self.blurb(s.key)]
        }
        try out.page(.home, template: "home", title: site.config.title, section: "home", ctx)
    }

    /// One line on what a section holds.
    static func blurb(_ key: String) -> String {
        switch key {
        case "chronology": return "الأحداث مرتبة زمنيًا مع مصادرها"
        case "index": return "كل الأسماء والأحداث والمقالات من الألف إلى الياء"
        case "people": return "الشخصيات الواردة في الأخبار"
        case "organizations": return "الفصائل والأحزاب والمؤسسات"
        case "places": return "المدن والمحافظات والقواعد"
        case "articles": return "نصوص الأخبار كاملة، الأحدث أولًا"
        case "graph": return "من يرد مع من في الأخبار"
        case "search": return "بحث يفهم الهمزات وحروف الجر، يعمل دون اتصال"
        default: return ""
        }
    }
}

/// Articles and events per month (or per year over long spans) as a small inline SVG bar chart.
/// Time runs right to left, like the text: the oldest bar is on the right.
struct ActivityChart {
    let site: SiteModel
    var width = 900.0
    var height = 170.0

    /// Bucket of a date: months since year 0, or the year when `yearly`.
    func bucket(_ d: PartialDate, yearly: Bool) -> Int? {
        if yearly { return d.year }
        return d.month.map { d.year * 12 + $0 - 1 }
    }

    func svg() -> String {
        let articleDates = site.articles.compactMap(\.date)
        let eventDates = site.corpus.events.compactMap(\.date)
        let all = articleDates + eventDates
        guard let lo = all.min(), let hi = all.max() else { return "" }
        let yearly = (hi.year - lo.year) > 4 || all.allSatisfy { $0.month == nil }
        let first = bucket(PartialDate(year: lo.year, month: lo.month ?? 1), yearly: yearly)!
        let last = bucket(PartialDate(year: hi.year, month: hi.month ?? 12), yearly: yearly)!
        let count = last - first + 1
        var articles = Array(repeating: 0, count: count), events = Array(repeating: 0, count: count)
        for d in articleDates { if let b = bucket(d, yearly: yearly) { articles[b - first] += 1 } }
        for d in eventDates { if let b = bucket(d, yearly: yearly) { events[b - first] += 1 } }
        let peak = Double(max(articles.max() ?? 1, events.max() ?? 1, 1))
        let (left, right, top, bottom) = (60.0, 60.0, 14.0, 34.0)
        let slot = (width - left - right) / Double(count)
        let barW = max(min(slot * 0.38, 28), 1.5)
        let chartH = height - top - bottom
        var s = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"عدد المقالات والأحداث \(yearly ? "في كل سنة" : "في كل شهر")\">\n"
        s += "<line class=\"axis\" x1=\"\(Int(left))\" y1=\"\(Int(height - bottom))\" x2=\"\(Int(width - right))\" y2=\"\(Int(height - bottom))\"/>\n"
        let labelEvery = max(1, (count + 6) / 7)
        for i in 0..<count {
            let xRight = width - right - Double(i) * slot  // oldest on the right
            let center = xRight - slot / 2
            let date = yearly ? PartialDate(year: first + i) : PartialDate(year: (first + i) / 12, month: (first + i) % 12 + 1)
            let label = site.display(date) ?? date.iso
            for (n, (values, cls, offset)) in [(articles, "bar-articles", -barW / 2 - 1), (events, "bar-events", barW / 2 + 1)].enumerated() {
                let v = values[i]
                guard v > 0 else { continue }
                let h = max(chartH * Double(v) / peak, 2)
                let x = center - offset - barW / 2
                let what = n == 0 ? Format.articles(v) : Format.events(v)
                s += "<rect class=\"\(cls)\" x=\"\(fmt(x))\" y=\"\(fmt(height - bottom - h))\" width=\"\(fmt(barW))\" height=\"\(fmt(h))\"><title>\(Escape.html(label + ": " + what))</title></rect>"
            }
            if i % labelEvery == 0 || i == count - 1 {
                s += "<text x=\"\(fmt(center))\" y=\"\(Int(height - 10))\" text-anchor=\"middle\">\(Escape.html(label))</text>"
            }
        }
        return s + "\n</svg>"
    }

    private func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
