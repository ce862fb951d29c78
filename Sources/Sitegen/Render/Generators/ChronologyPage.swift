import ArabicDates
import Resolution

/// The chronology (`chronology.html`). While it is small (`ChronologyLayout.split` false), one page: events
/// in date order, grouped by year and month, with their precision; undated events in a section of
/// their own; and a timeline of every event that reads right to left. Once larger, an overview: a
/// timeline of events per month (each bar a link), the events per year and month as a table of
/// links, and the way to each year's page (`ChronologyPeriodPages`).
struct ChronologyPage: SiteGenerator {
    let site: SiteModel
    var name: String { "chronology" }
    var sections: [String] { ["chronology"] }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let path = ChronologyLayout.path
        let layout = ChronologyLayout.of(site)
        var ctx: [String: Any] = [
            "count": site.corpus.events.count,
            "dated_count": site.corpus.events.count - layout.undated.count,
        ]
        if layout.split {
            ctx["overview"] = overview(layout, from: path)
            ctx["timeline_svg"] = Timeline.monthBars(site: site, layout: layout, from: path)
        } else {
            let grouped = Self.groups(site: site, events: site.eventsByDate, from: path) { y, m in "y\(y)-\(m)" }
            ctx["one_page"] = true
            ctx["years"] = grouped.years
            ctx["undated"] = grouped.undated
            ctx["timeline_svg"] = Timeline.svg(site: site, from: path)
        }
        try out.page(path, template: "chronology", title: "التسلسل الزمني", section: "chronology", ctx)
    }

    /// The overview's table: a row per year (its count and link), a cell per month (count, linked).
    private func overview(_ layout: ChronologyLayout, from path: SitePath) -> [String: Any] {
        var ctx: [String: Any] = [:]
        if let span = layout.timelineYears {
            let outside = layout.years.filter { !span.contains($0.year) }.reduce(0) { $0 + $1.count }
            if outside > 0 { ctx["outside_text"] = Format.events(outside) + " خارج المدة \(span.lowerBound)–\(span.upperBound) لا يظهر في الرسم، وهو في الجدول." }
        }
        // the events most sources report, and every one whose sources take more than one page (so that
        // each of its pages is a click or two from here)
        let events = site.corpus.events
        let byReports = events.indices.sorted { (events[$1].sources.count, site.eventRank[$0]) < (events[$0].sources.count, site.eventRank[$1]) }
        let most = byReports.prefix(10) + byReports.dropFirst(10).filter { events[$0].sources.count > site.sizes.sources }
        ctx["most_reported"] = most.map { e -> [String: Any] in
            var item = site.eventLink(e, from: path)
            item["reports"] = Format.count(events[e].sources.count, one: "مصدر", two: "مصدران", few: "مصادر", many: "مصدرًا")
            return item
        }
        ctx["month_names"] = (1...12).map { ["name": ArabicDateFormatter.monthName($0, style: site.config.months)] }
        ctx["rows"] = layout.years.map { year -> [String: Any] in
            let byMonth = Dictionary(uniqueKeysWithValues: year.months.map { ($0.month, $0) })
            return [
                "year": year.year, "href": path.link(to: year.pages.base), "count": year.count,
                "cells": (1...12).map { m -> [String: Any] in
                    guard let month = byMonth[m] else { return ["linked": false] }
                    return ["linked": true, "count": month.events.count, "href": layout.link(year: year, month: month, from: path)]
                },
            ]
        }
        if !layout.undated.isEmpty {
            ctx["undated_link"] = ["href": path.link(to: ChronologyLayout.undatedPath), "count": layout.undated.count]
        }
        return ctx
    }

    /// `events` (in date order) grouped by year and month as the templates show them: years with
    /// their events dated to the year only and their months, each month anchored `anchor(year, month)`;
    /// the undated events apart.
    static func groups(site: SiteModel, events: [Int], from path: SitePath,
                       anchor: (Int, Int) -> String) -> (years: [[String: Any]], undated: [[String: Any]]) {
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
                    ["month": ArabicDateFormatter.monthName(m.0, style: site.config.months), "anchor": anchor(y, m.0), "events": m.1]
                },
            ])
        }
        for i in events {
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
        return (years, undated)
    }
}
