import ArabicDates
import Resolution

/// The chronology: events in date order, grouped by year and month, with their precision; undated
/// events in a section of their own; and a timeline drawn at build time that reads right to left.
struct ChronologyPage: SiteGenerator {
    let site: SiteModel
    var name: String { "chronology" }
    var sections: [String] { ["chronology"] }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let path = SitePath("chronology")
        var years: [[String: Any]] = []
        var undated: [[String: Any]] = []
        var currentYear: Int?
        var yearEvents: [[String: Any]] = []
        var months: [(Int, [[String: Any]])] = []
        func closeYear() {
            guard let y = currentYear else { return }
            years.append([
                "year": y,
                "anchor": "y\(y)",
                "year_events": yearEvents,
                "months": months.map { m in
                    ["month": ArabicDateFormatter.monthName(m.0, style: site.config.months), "anchor": "y\(y)-\(m.0)", "events": m.1]
                },
            ])
        }
        for i in site.eventsByDate {
            var item = site.eventLink(i, from: path)
            guard let d = site.corpus.events[i].date else { undated.append(item); continue }
            item["precision"] = ArabicDateFormatter.precisionLabel(d.precision)
            if d.year != currentYear {
                closeYear()
                currentYear = d.year
                yearEvents = []
                months = []
            }
            if let m = d.month {
                if months.last?.0 != m { months.append((m, [])) }
                months[months.count - 1].1.append(item)
            } else {
                yearEvents.append(item)
            }
        }
        closeYear()
        try out.page(path, template: "chronology", title: "التسلسل الزمني", section: "chronology", [
            "years": years,
            "undated": undated,
            "count": site.corpus.events.count,
            "dated_count": site.corpus.events.count - undated.count,
            "timeline_svg": Timeline.svg(site: site, from: path),
        ])
    }
}

/// An inline SVG timeline: earliest event at the right, latest at the left; one dot per dated event
/// (linked to its page), year ticks below.
enum Timeline {
    static func svg(site: SiteModel, from page: SitePath, width: Int = 960, height: Int = 150) -> String {
        let dated = site.eventsByDate.compactMap { i in site.corpus.events[i].date.map { (i, $0) } }
        guard let first = dated.first?.1, let last = dated.last?.1 else { return "" }
        func day(_ d: PartialDate) -> Int { CalendarMath.dayNumber(year: d.year, month: d.month ?? 7, day: d.day ?? 15) }
        let lo = day(PartialDate(year: first.year, month: 1, day: 1))
        let hi = CalendarMath.dayNumber(year: last.year + 1, month: 1, day: 1)
        let margin = 30.0
        let span = Double(max(1, hi - lo))
        func x(_ n: Int) -> Double { Double(width) - margin - (Double(n - lo) / span) * (Double(width) - 2 * margin) }
        let axisY = 95.0
        var s = "<svg class=\"timeline\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"خط زمني للأحداث\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<line x1=\"\(margin)\" y1=\"\(axisY)\" x2=\"\(Double(width) - margin)\" y2=\"\(axisY)\" class=\"axis\"/>"
        for y in first.year...(last.year + 1) {
            let tx = x(CalendarMath.dayNumber(year: y, month: 1, day: 1))
            s += "<line x1=\"\(fmt(tx))\" y1=\"\(axisY - 6)\" x2=\"\(fmt(tx))\" y2=\"\(axisY + 6)\" class=\"tick\"/>"
            if y <= last.year {
                let mid = x(CalendarMath.dayNumber(year: y, month: 7, day: 1))
                s += "<text x=\"\(fmt(mid))\" y=\"\(axisY + 28)\" text-anchor=\"middle\" class=\"year\">\(y)</text>"
            }
        }
        // Stack dots that fall close together so each stays clickable.
        var lanes: [Double: Int] = [:]
        for (i, d) in dated {
            let cx = x(day(d))
            let bucket = (cx / 8).rounded()
            let lane = lanes[bucket, default: 0]
            lanes[bucket] = lane + 1
            let cy = axisY - 14 - Double(lane % 6) * 13
            let ev = site.corpus.events[i]
            let label = Escape.html(ev.title + " — " + (site.display(d) ?? ""))
            s += "<a href=\"\(Escape.html(page.link(to: site.eventPaths[i])))\"><circle cx=\"\(fmt(cx))\" cy=\"\(fmt(cy))\" r=\"5.5\" class=\"dot \(ev.type.rawValue)\"><title>\(label)</title></circle></a>"
        }
        return s + "</svg>"
    }

    private static func fmt(_ v: Double) -> String { String(Int(v.rounded())) }
}
