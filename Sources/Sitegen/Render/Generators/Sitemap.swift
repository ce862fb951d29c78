/// `sitemap.xml` of every page written before it (so it runs last), when `base_url` is set:
/// absolute pretty URLs, with the article date as `lastmod` where an article gives one.
struct Sitemap: SiteGenerator {
    let site: SiteModel
    var name: String { "sitemap" }

    static let file = "sitemap.xml"

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        guard let base = site.config.baseURL else { return }
        var lastmod: [SitePath: String] = [:]
        for (i, a) in site.articles.enumerated() {
            if let d = a.date, d.day != nil { lastmod[site.articlePaths[i]] = d.iso }
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in Set(out.pagePaths).sorted() {
            xml += "<url><loc>" + Escape.html(path.absoluteURL(base: base)) + "</loc>"
            if let d = lastmod[path] { xml += "<lastmod>" + d + "</lastmod>" }
            xml += "</url>\n"
        }
        try out.file(Self.file, xml + "</urlset>\n")
    }
}

/// `robots.txt`: everything may be crawled; names the sitemap when `base_url` is set.
struct RobotsFile: SiteGenerator {
    let site: SiteModel
    var name: String { "robots" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        var text = "User-agent: *\nAllow: /\n"
        if let base = site.config.baseURL { text += "\nSitemap: " + base + Sitemap.file + "\n" }
        try out.file("robots.txt", text)
    }
}
