import ArabicDates

/// The Atom feed (`feed.xml`) of dated articles and events, newest first, when `base_url` is set.
///
/// Undated articles and events are left out: a feed entry needs a time, and inventing one would
/// mislead readers. Entry ids are the pages' absolute URLs, stable across builds.
struct Feeds: SiteGenerator {
    let site: SiteModel
    var name: String { "feeds" }

    static let file = "feed.xml"
    static let maxEntries = 100

    struct Entry {
        var title: String
        var path: SitePath
        var date: PartialDate
        var kind: String
        var label: String
        var summary: String
    }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        guard let base = site.config.baseURL else { return }
        try out.file(Self.file, Self.atom(site: site, base: base))
    }

    static func entries(site: SiteModel) -> [Entry] {
        var out: [Entry] = []
        for i in site.articlesByDate {
            guard let d = site.articles[i].date else { continue }
            out.append(Entry(title: site.articles[i].title, path: site.articlePaths[i], date: d, kind: "article",
                             label: "مقال", summary: ArticlePages.summary(of: site.bodies[i].blocks, words: 50)))
        }
        for e in site.eventsNewestFirst {
            let event = site.corpus.events[e]
            guard let d = event.date else { continue }
            out.append(Entry(title: event.title, path: site.eventPaths[e], date: d, kind: "event",
                             label: "حدث: " + event.type.arabicName, summary: event.title))
        }
        return Array(out.sorted { SiteModel.newerFirst($0.date, $1.date) ?? ($0.path < $1.path) }.prefix(maxEntries))
    }

    /// The feed text.
    static func atom(site: SiteModel, base: String) -> String {
        let entries = entries(site: site)
        let esc = Escape.html
        let updated = entries.map(\.date).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n"
        x += "<title>\(esc(site.config.title))</title>\n<subtitle>\(esc(site.config.description))</subtitle>\n"
        x += "<link rel=\"alternate\" type=\"text/html\" href=\"\(esc(base))\"/>\n"
        x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(esc(base + file))\"/>\n"
        x += "<id>\(esc(base))</id>\n<updated>\(updated)</updated>\n"
        x += "<author><name>\(esc(site.config.title))</name></author>\n<generator>sitegen</generator>\n"
        for e in entries {
            let url = esc(e.path.absoluteURL(base: base))
            x += "<entry>\n<title>\(esc(e.title))</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            x += "<id>\(url)</id>\n<updated>\(timestamp(e.date))</updated>\n"
            x += "<category term=\"\(e.kind)\" label=\"\(esc(e.label))\"/>\n<summary type=\"text\">\(esc(e.summary))</summary>\n</entry>\n"
        }
        return x + "</feed>\n"
    }

    /// An RFC 3339 time for a partial date (missing month or day read as the first).
    static func timestamp(_ d: PartialDate) -> String {
        PartialDate(year: d.year, month: d.month ?? 1, day: d.day ?? 1).iso + "T00:00:00Z"
    }
}
