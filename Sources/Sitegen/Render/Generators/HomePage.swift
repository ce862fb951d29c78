/// The home page: what the corpus covers and the way into every section.
struct HomePage: SiteGenerator {
    let site: SiteModel
    var name: String { "home" }
    var sections: [String] { ["home"] }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        var ctx: [String: Any] = [
            "article_count": site.articles.count,
            "articles_text": Format.articles(site.articles.count),
            "latest_articles": site.articlesByDate.prefix(10).map { ArticleListPage.item(site, $0, from: .home) },
            "articles_href": SitePath.home.link(to: SitePath("articles")),
        ]
        if let r = site.dateRange {
            ctx["range_from"] = site.display(r.first)
            ctx["range_to"] = site.display(r.last)
        }
        try out.page(.home, template: "home", title: site.config.title, section: "home", ctx)
    }
}

/// Static files from the templates' `assets/` folder, copied as they are.
struct AssetFiles: SiteGenerator {
    let folder: URL
    var name: String { "assets" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let fm = FileManager.default
        guard let files = fm.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) else { return }
        for rel in files.sorted() where !rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDir: ObjCBool = false
            let src = folder.appendingPathComponent(rel)
            guard fm.fileExists(atPath: src.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            try out.staged.copy(from: src, to: "assets/" + rel)
        }
    }
}

import Foundation
