import ArabicDates
import Resolution

/// Timelines of the chronology, drawn at build time as inline SVG; time runs right to left.
enum Timeline {
    /// One dot per dated event (linked to its page), earliest at the right, year ticks below: for a
    /// chronology small enough to be one page.
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

    /// One bar per month with events, as tall as its count and linked to where the month's events are
    /// listed, earliest at the right, over `layout.timelineYears`: for the overview of a chronology of
    /// many events.
    static func monthBars(site: SiteModel, layout: ChronologyLayout, from page: SitePath, width: Int = 960, height: Int = 150) -> String {
        guard let span = layout.timelineYears else { return "" }
        let (first, last) = (span.lowerBound, span.upperBound)
        let years = layout.years.filter { span.contains($0.year) }
        let margin = 30.0
        let axisY = 110.0
        let months = Double((last - first + 1) * 12)
        let slot = (Double(width) - 2 * margin) / months
        func x(_ year: Int, _ month: Int) -> Double { Double(width) - margin - Double((year - first) * 12 + month - 1) * slot }
        let peak = Double(years.flatMap { $0.months.map(\.events.count) }.max() ?? 1)
        var s = "<svg class=\"timeline\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"عدد الأحداث في كل شهر\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += axis(first, last, axisY: axisY, margin: margin, width: width) { y in x(y, 1) }
        let barWidth = max(slot * 0.8, 1)
        for year in years {
            for month in year.months {
                let h = max(2, (axisY - 12) * Double(month.events.count) / max(peak, 1))
                let label = (site.display(PartialDate(year: year.year, month: month.month)) ?? "") + ": " + Format.events(month.events.count)
                s += "<a href=\"\(Escape.html(layout.link(year: year, month: month, from: page)))\"><rect class=\"bar-events\" x=\"\(fmt(x(year.year, month.month) - slot + (slot - barWidth) / 2))\" y=\"\(fmt(axisY - h))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\"><title>\(Escape.html(label))</title></rect></a>"
            }
        }
        return s + "</svg>"
    }

    /// The axis line with a tick at the start of each year from `first` to `last + 1`, and the year
    /// numbers between the ticks (fewer labels when the years are many).
    private static func axis(_ first: Int, _ last: Int, axisY: Double, margin: Double, width: Int, x: (Int) -> Double) -> String {
        var s = "<line x1=\"\(margin)\" y1=\"\(axisY)\" x2=\"\(Double(width) - margin)\" y2=\"\(axisY)\" class=\"axis\"/>"
        let every = max(1, (last - first + 1 + 11) / 12)
        for y in first...(last + 1) {
            let tx = x(y)
            s += "<line x1=\"\(fmt(tx))\" y1=\"\(axisY - 6)\" x2=\"\(fmt(tx))\" y2=\"\(axisY + 6)\" class=\"tick\"/>"
            if y <= last && (y - first) % every == 0 {
                let mid = (x(y) + x(y + 1)) / 2
                s += "<text x=\"\(fmt(mid))\" y=\"\(axisY + 28)\" text-anchor=\"middle\" class=\"year\">\(y)</text>"
            }
        }
        return s
    }

    private static func fmt(_ v: Double) -> String { String(Int(v.rounded())) }
}
