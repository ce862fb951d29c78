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
        // (an edit that changes no entity, event or article's own fields keeps every list page: `FamilyPageMemo`)
        let memo = FamilyPageMemo.session(\.entityLists, site, out)
        if let memo, memo.keepAll(out) { return }
        // (each type's members most mentioned first, then by name: read back from the cache when nothing they are
        // sorted by changed, `EntityListOrder`)
        let orders = EntityListOrder.of(site)
        for (type, sorted) in zip(EntityType.allCases, orders) {
            guard !sorted.isEmpty else { continue }
            let members = site.corpus.entities.indices.filter { site.corpus.entities[$0].type == type }
            let base = SiteModel.listPath(of: type)
            let pages = Pagination(base: base, count: sorted.count, perPage: site.sizes.entities)
            let index = pages.isPaged ? IndexLayout.of(site, jobs: jobs) : nil
            try parallelPages(pages.pageCount, jobs: jobs) { k throws(Diagnostic) in
                let page = k + 1
                let path = pages.path(page)
                let chunk = sorted[pages.items(page)]
                let bar = index.map { index in
                    index.split ? index.letterBar(kind: type.rawValue, from: path)
                        : IndexLayout.onePageBar(site: site, type: type, members: members, from: path)
                }
                // (the rows are made only when the page changed: a list of 100 entities' links made and
                // fingerprinted as a context on every build was most of this generator's time in an edit)
                try out.page(path, template: "entities", inputs: inputs(type, page: page, pages: pages, chunk: chunk, bar: bar)) {
                    let items = chunk.map { Self.card(site, $0, from: path) }
                    var ctx: [String: Any] = [
                        "type_name": type.arabicPlural, "type": type.rawValue, "entities": items, "count": sorted.count,
                    ]
                    if let bar { ctx["letter_bar"] = bar }
                    for (key, value) in Pager.pageKeys(pages, page: page, from: path, label: type.arabicPlural) { ctx[key] = value }
                    return OutputSink.PageSpec(title: Pager.title(type.arabicPlural, page: page), section: SiteModel.sectionKey(of: type),
                                               crumbs: page == 1 ? [] : [(type.arabicPlural, base)], context: ctx)
                }
                memo?.made(path)
            }
        }
        memo?.finish(out)
    }

    /// An entity's card on a list page (typed: a dictionary per entity, grown three times and hashed again for each
    /// name of the card, was a sixth of the stage).
    static func card(_ site: SiteModel, _ e: Int, from path: SitePath) -> PageFields {
        var d = site.entityFields(e, from: path)
        let entity = site.corpus.entities[e]
        d[.mentions] = .int(entity.mentions.count)
        d[.variants] = .string(shownVariants(entity).joined(separator: "، "))
        d[.articles] = .int(site.references.articleCount[e])
        return d
    }

    /// The variants a list shows of an entity: the first four that are not its name.
    static func shownVariants(_ entity: Entity) -> ArraySlice<String> {
        entity.variants.filter { $0 != entity.name }.prefix(4)
    }

    /// Everything a page of a list shows besides what `OutputSink.page` adds (path, template, site-wide parts,
    /// list sizes): the type, the page's place among the pages, and each entity's link (`LinkDigests`), counts
    /// and shown variants, and the letter bar.
    private func inputs(_ type: EntityType, page: Int, pages: Pagination, chunk: ArraySlice<Int>, bar: [String: Any]?) -> ContentHash {
        let links = LinkDigests.of(site).entities
        var h = ContentHasher()
        h.combine("entity list")
        h.combine(type.rawValue)
        h.combine(page)
        h.combine(pages.pageCount)
        h.combine(pages.count)
        h.combine(chunk.count)
        for e in chunk {
            let entity = site.corpus.entities[e]
            h.combine(links[e])
            h.combine(entity.mentions.count)
            h.combine(site.references.articleCount[e])
            let variants = Self.shownVariants(entity)
            h.combine(variants.count)
            for v in variants { h.combine(v) }
        }
        if let bar {
            h.combine(1)
            h.combine(ContextFingerprint.hash(template: "letter bar", context: bar, seed: ContentHash(high: 0, low: 0)))
        } else {
            h.combine(0)
        }
        return h.finalize()
    }
}
