/// `404.html` at the site root, for static hosts that serve it for missing pages (GitHub Pages,
/// Netlify, nginx `error_page`). A host serves it at the missing page's own address, so relative
/// links would point the wrong way: with `base_url` set the page carries `<base href>` and every
/// link resolves from the site root; without it, links are relative to the root folder.
struct NotFoundPage: SiteGenerator {
    let site: SiteModel
    var name: String { "404" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        var ctx: [String: Any] = [
            "full_title": "الصفحة غير موجودة | " + site.config.title,
            "canonical": false, "og_url": false, "is_home": false,
            "links": out.sections.map { ["title": $0.title, "href": SitePath.home.link(to: $0.path)] },
        ]
        if let base = site.config.baseURL { ctx["base_href"] = base }
        if let search = out.sections.first(where: { $0.key == "search" }) {
            ctx["search_action"] = SitePath.home.link(to: search.path)
        }
        try out.page(.home, template: "404", title: "الصفحة غير موجودة", section: "", file: "404.html", ctx)
    }
}
