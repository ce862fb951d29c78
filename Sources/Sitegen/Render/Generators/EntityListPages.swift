import Extraction
import Resolution

/// One list per entity type (`people.html`, `organizations.html`, `places.html`), most mentioned first,
/// `sizes.entities` to a page (`people/page/2.html` …). A list of more than one page carries a letter bar:
/// the A–Z view of the same names, in the index (`IndexLayout`).
struct EntityListPages: SiteGenerator {
    let site: SiteModel
    var name: String { "entity-lists" }
    var sections: [String] {
        EntityType.allCases.filter { t in site.corpus.entities.contains { $0.type == t } }.map(SiteModel.sectionKey(of:))
    }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        for type in EntityType.allCases {
            let members = site.corpus.entities.indices.filter { site.corpus.entities[$0].type == type }
            guard !members.isEmpty else { continue }
            let base = SiteModel.listPath(of: type)
            let sorted = members.sorted {
                (site.corpus.entities[$0].mentions.count, site.corpus.entities[$1].name) >
                (site.corpus.entities[$1].mentions.count, site.corpus.entities[$0].name)
            }
            let pages = Pagination(base: base, count: sorted.count, perPage: site.sizes.entities)
            let index = pages.isPaged ? IndexLayout.of(site, jobs: jobs) : nil
            try parallelPages(pages.pageCount, jobs: jobs) { k throws(Diagnostic) in
                let page = k + 1
                let path = pages.path(page)
                let items = sorted[pages.items(page)].map { e -> [String: Any] in
                    var d = site.entityLink(e, from: path)
                    let entity = site.corpus.entities[e]
                    d["mentions"] = entity.mentions.count
                    d["articles"] = site.references.articleCount[e]
                    d["variants"] = entity.variants.filter { $0 != entity.name }.prefix(4).joined(separator: "، ")
                    return d
                }
                var ctx: [String: Any] = [
                    "type_name": type.arabicPlural, "type": type.rawValue, "entities": items, "count": sorted.count,
                ]
                if let index {
                    ctx["letter_bar"] = index.split ? index.letterBar(kind: type.rawValue, from: path)
                        : IndexLayout.onePageBar(site: site, type: type, members: members, from: path)
                }
                for (key, value) in Pager.pageKeys(pages, page: page, from: path, label: type.arabicPlural) { ctx[key] = value }
                try out.page(path, template: "entities", title: Pager.title(type.arabicPlural, page: page),
                             section: SiteModel.sectionKey(of: type), crumbs: page == 1 ? [] : [(type.arabicPlural, base)], ctx)
            }
        }
    }
}
