import ArabicDates
import Extraction
import Resolution

/// One page per event: what, when (with precision, marked when inferred), where, who, and every
/// source sentence quoted and linked to its paragraph; details that differ between sources side by side.
/// An event of more than `sizes.sources` source sentences continues on `events/<id>/page/2.html` ….
struct EventPages: SiteGenerator {
    let site: SiteModel
    var name: String { "events" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let chronology = ChronologyLayout.of(site)
        // (an edit keeps the pages of an event none of whose sources it reaches by the keys the last build recorded:
        // `UnitPageMemo`)
        // (what every event page's key reads besides its sources' articles: the event's fields, its entities' links, its
        // sources' sentences, triggers and dates as written, the stated numbers, the curated descriptions, the
        // chronology (the breadcrumbs) and the list sizes, all in `ModelDigest.model`)
        let memo = UnitPageMemo.session(\.events, site, out, inputs: { ModelDigest.memoInputs("event pages", site, seed: $0) },
                                        units: { Self.memoUnits(site) })
        try parallelPages(site.corpus.events.count, jobs: jobs) { i throws(Diagnostic) in
            if let memo, memo.keep(i, base: site.eventPaths[i], out) { return }
            let ev = site.corpus.events[i]
            let (reports, reportOfSource) = reportsOf(ev)
            let pages = Pagination(base: site.eventPaths[i], count: reports.count, perPage: site.sizes.sources)
            let crumbs = [("التسلسل الزمني", ChronologyLayout.path)] + chronology.crumbs(of: ev.date, site: site)
            let own = out.keysPages ? inputs(i, ev, crumbs: crumbs) : ContentHash(high: 0, low: 0)  // (a key only when kept)
            for page in 1...pages.pageCount {
                let path = pages.path(page)
                var key = ContentHasher()
                key.combine(own)
                key.combine(page)
                key.combine(pages.pageCount)
                try out.page(path, template: "event", inputs: key.finalize()) {
                    var ctx = page == 1 ? context(ev, path, reportOfSource: reportOfSource)
                        : ["title": ev.title, "type": ev.type.rawValue, "type_name": ev.type.arabicName,
                           "continuation": true, "first_page": path.link(to: pages.base)]
                    ctx["sources"] = pages.items(page).map { n in source(reports[n], number: n + 1, from: path) }
                    for (k, v) in Pager.pageKeys(pages, page: page, from: path, label: "مصادر الحدث") { ctx[k] = v }
                    return OutputSink.PageSpec(
                        title: Pager.title(ev.title, page: page),
                        description: "\(ev.type.arabicName)\(site.display(ev.date).map { "، " + $0 } ?? ""): \(ev.title). \(ev.sources.count) من المصادر.",
                        section: "chronology", crumbs: page == 1 ? crumbs : crumbs + [(ev.title, pages.base)], context: ctx)
                }
            }
            memo?.made(i, (1...pages.pageCount).map { pages.path($0) })
        }
        memo?.finish(out)
    }

    /// Each event's own part of its pages' keys: the `articleDigests` of its sources' articles, in order.
    static func memoUnits(_ site: SiteModel) -> [ContentHash] {
        site.corpus.events.map { ev in
            var h = ContentHasher()
            h.combine(ev.sources.count)
            for src in ev.sources { h.combine(site.articleDigests[src.article]) }
            return h.finalize()
        }
    }

    /// Everything an event's pages show (besides their place among its pages): the event's fields, the links of
    /// its entities, each source's article (`articleDigests`: link, sentence spans and text), sentence, trigger
    /// and date as written, the stated numbers, the curated description and the breadcrumbs.
    private func inputs(_ i: Int, _ ev: Event, crumbs: [(String, SitePath)]) -> ContentHash {
        var h = ContentHasher()
        h.combine("event page")
        h.combine(ev.title)
        h.combine(ev.type.rawValue)
        h.combine(ev.subtype)
        EventResolutionInputs.combine(ev.date, into: &h)
        h.combine((ev.dateInferred ? 1 : 0) | (ev.dateReported ? 2 : 0))
        for list in [ev.places, ev.actors, ev.targets] {
            h.combine(list.count)
            for e in list { site.combineEntityLink(e, into: &h) }
        }
        h.combine(ev.placeNames)
        h.combine(ev.actorNames)
        h.combine(ev.targetNames)
        h.combine(ev.sources.count)
        for src in ev.sources {
            let mention = site.extractions[src.article].events[src.event]
            h.combine(site.articleDigests[src.article])
            h.combine(src.article)
            h.combine(mention.sentence)
            h.combine(mention.trigger)
            h.combine(src.dateText)
        }
        let quantities = ModelDigest.sortedQuantities(ev)
        h.combine(quantities.count)
        for (q, sources) in quantities {
            h.combine(q.what)
            h.combine(q.value)
            h.combine(sources.count)
            for s in sources { h.combine(s) }
        }
        if let c = ev.curated, c < site.corpus.curatedEvents.count {
            h.combine(1)
            h.combine(site.corpus.curatedEvents[c].description)
        } else {
            h.combine(0)
        }
        h.combine(crumbs.count)
        for (title, path) in crumbs { h.combine(title); h.combine(path.folder) }
        return h.finalize()
    }

    /// One entry per source sentence (two triggers in one sentence are one report), numbered 1, 2, 3…;
    /// `reportOfSource` maps each source to its report's number for the details table.
    private func reportsOf(_ ev: Event) -> (reports: [EventSource], reportOfSource: [Int]) {
        var reportOfSentence: [[Int]: Int] = [:]
        var reports: [EventSource] = []
        let reportOfSource = ev.sources.map { src -> Int in
            let sentence = [src.article, site.extractions[src.article].events[src.event].sentence]
            if let n = reportOfSentence[sentence] { return n }
            reports.append(src)
            reportOfSentence[sentence] = reports.count
            return reports.count
        }
        return (reports, reportOfSource)
    }

    /// A source of the event as its page lists it (typed: a dictionary grown for each and hashed again for every name
    /// of the list's entry).
    func source(_ src: EventSource, number: Int, from path: SitePath) -> PageFields {
        let mention = site.extractions[src.article].events[src.event]
        let sentence = site.extractions[src.article].sentences[mention.sentence]
        var d = site.articleFields(src.article, from: path, block: sentence.span.block, room: 4)
        d[.number] = .int(number)
        d[.sentence] = .string(site.sentenceText(article: src.article, sentence: mention.sentence))
        d[.trigger] = .string(mention.trigger)
        if let t = src.dateText { d[.date_text] = .string(t) }
        return d
    }

    private func context(_ ev: Event, _ path: SitePath, reportOfSource: [Int]) -> [String: Any] {
        var ctx: [String: Any] = [
            "title": ev.title,
            "type": ev.type.rawValue,
            "type_name": ev.type.arabicName,
            "places": ev.places.map { site.entityLink($0, from: path) }
                + ev.placeNames.map { ["name": $0, "plain": true] as [String: Any] },
            "actors": ev.actors.map { site.entityLink($0, from: path) }
                + ev.actorNames.map { ["name": $0, "plain": true] as [String: Any] },
            "targets": ev.targets.map { site.entityLink($0, from: path) }
                + ev.targetNames.map { ["name": $0, "plain": true] as [String: Any] },
            "source_count": Set(ev.sources.map(\.article)).count,
        ]
        if let sub = ev.subtype, let label = EventLabels.subtype(sub) { ctx["subtype"] = label }
        if let d = ev.date {
            ctx["date"] = site.display(d)
            ctx["date_iso"] = d.iso
            ctx["precision"] = ArabicDateFormatter.precisionLabel(d.precision)
            ctx["inferred"] = ev.dateInferred
            ctx["reported"] = ev.dateReported
        }
        ctx["details"] = details(ev, reportOfSource: reportOfSource)
        if let c = ev.curated, c < site.corpus.curatedEvents.count, !site.corpus.curatedEvents[c].description.isEmpty {
            ctx["description_html"] = Markdown.html(site.corpus.curatedEvents[c].description)
        }
        return ctx
    }

    /// Stated numbers grouped by what they count; `differs` when sources disagree.
    private func details(_ ev: Event, reportOfSource: [Int]) -> [[String: Any]] {
        var byWhat: [String: [(value: Int, sources: [Int])]] = [:]
        for (q, sources) in ev.quantities {
            byWhat[q.what, default: []].append((q.value, Set(sources.map { reportOfSource[$0] }).sorted()))
        }
        return byWhat.keys.sorted().map { what in
            let values = byWhat[what]!.sorted { $0.value < $1.value }
            return [
                "what": EventLabels.quantity(what),
                "differs": values.count > 1,
                "values": values.map { v -> [String: Any] in
                    ["value": v.value, "sources": v.sources.map { "[\($0)]" }.joined(separator: " ")]
                },
            ]
        }
    }
}

/// Arabic labels for event sub-kinds and counted things.
enum EventLabels {
    /// The Arabic label of an event's sub-kind (what it was done with), nil for a kind with no label: a page never
    /// shows the data's English key.
    static func subtype(_ s: String) -> String? {
        if s.contains("-and-") {
            let parts = s.components(separatedBy: "-and-").compactMap(subtype)
            return parts.isEmpty ? nil : parts.joined(separator: " و")
        }
        switch s {
        case "drone": return "طائرة مسيّرة"
        case "rocket": return "صواريخ"
        case "missile": return "صاروخ"
        case "ballistic-missile": return "صواريخ باليستية"
        case "bomb": return "عبوة ناسفة"
        case "car-bomb": return "سيارة مفخخة"
        case "suicide": return "انتحاري"
        case "gunfire", "shooting": return "إطلاق نار"
        case "blade": return "سلاح أبيض"
        case "air": return "طيران حربي"
        case "shelling": return "قصف مدفعي"
        default: return nil
        }
    }

    static func quantity(_ s: String) -> String {
        switch s {
        case "rockets": return "عدد الصواريخ"
        case "missiles": return "عدد الصواريخ"
        case "drones": return "عدد الطائرات المسيّرة"
        case "killed": return "عدد القتلى"
        case "wounded", "injured": return "عدد الجرحى"
        case "arrested": return "عدد المعتقلين"
        case "soldiers", "troops": return "عدد الجنود"
        case "attacks": return "عدد الهجمات"
        default: return s
        }
    }
}
