/// An entity's events and quotes: in full on its page while they are few, otherwise the newest few
/// there and every one on a paged list of its own (`entities/<id>/events.html`, `entities/<id>/quotes.html`).
extension EntityPages {
    static let eventsFolder = "events"
    static let quotesFolder = "quotes"

    /// The entity's events, oldest first (the chronology's order).
    private func events(_ e: Int) -> [Int] {
        site.references.eventsOfEntity[e].sorted { site.eventRank[$0] < site.eventRank[$1] }
    }

    /// Quotes whose speaker mention resolved to this entity, newest article first.
    private func quotes(_ e: Int) -> [(article: Int, quote: Int)] {
        site.references.quotesOfEntity[e].sorted { site.articleRank[$0.article] < site.articleRank[$1.article] }
    }

    /// Everything `quoteItem` shows but the page's own path: the quote's article (`articleDigests`: path,
    /// title, source, displayed date), paragraph and text.
    private func combineQuote(_ ref: (article: Int, quote: Int), into h: inout ContentHasher) {
        let q = site.extractions[ref.article].quotes[ref.quote]
        h.combine(site.articleDigests[ref.article])
        h.combine(q.span.block)
        h.combine(q.text)
    }

    private func quoteItem(_ ref: (article: Int, quote: Int), from path: SitePath) -> [String: Any] {
        let q = site.extractions[ref.article].quotes[ref.quote]
        var d = site.articleLink(ref.article, from: path, block: q.span.block)
        d["text"] = q.text
        return d
    }

    private func listPath(_ e: Int, _ folder: String) -> SitePath {
        SitePath(site.entityPaths[e].folder + "/" + folder)
    }

    /// `quoteItem` as a typed context.
    private func quoteFields(_ ref: (article: Int, quote: Int), from path: SitePath) -> PageFields {
        let q = site.extractions[ref.article].quotes[ref.quote]
        var d = site.articleFields(ref.article, from: path, block: q.span.block)
        d[.text] = .string(q.text)
        return d
    }

    /// Links to every page of a paged sub-list, so each is one click from the entity's page: `{pages: [{number, href}]}`,
    /// or false for a list of one page.
    private func pageLinks(_ pages: Pagination, from path: SitePath) -> PageValue {
        guard pages.isPaged else { return false }
        return .fields([.pages: .list((1...pages.pageCount).map { [.number: .int($0), .href: .string(path.link(to: pages.path($0)))] })])
    }

    /// The events section of the entity's page: `{heading, events, more_href, more_text}`, made only when the
    /// page is rendered (keyed by what the links of all its events show); nil without events.
    func eventsSection(_ e: Int, from path: SitePath) -> DeferredPart? {
        let all = events(e)
        guard !all.isEmpty else { return nil }
        return DeferredPart(field: .events_section, key: {
            var key = ContentHasher()
            key.combine(path.folder)
            key.combine(site.entityPaths[e].folder)
            key.combine(all.count)
            for i in all { site.combineEventLink(i, into: &key) }
            return key.finalize()
        }) { .fields(eventsSection(e, all, from: path)) }
    }

    private func eventsSection(_ e: Int, _ all: [Int], from path: SitePath) -> PageFields {
        guard all.count > site.sizes.entityExtras else {
            return [.heading: "الأحداث", .pager: false, .events: .list(all.map { site.eventFields($0, from: path) })]
        }
        // (the page's own pager is for its mentions: "pager" false keeps the section from showing it)
        let newest = all.filter { site.corpus.events[$0].date != nil }.reversed() + all.filter { site.corpus.events[$0].date == nil }
        return [.heading: "أحدث الأحداث", .pager: false,
                .events: .list(newest.prefix(site.sizes.preview).map { site.eventFields($0, from: path) }),
                .more_href: .string(path.link(to: listPath(e, Self.eventsFolder))),
                .more_text: .string("كل الأحداث (\(all.count))، بالترتيب الزمني"),
                .more_pages: pageLinks(Pagination(base: listPath(e, Self.eventsFolder), count: all.count, perPage: site.sizes.events), from: path)]
    }

    /// The quotes section of the entity's page: `{heading, quotes, more_href, more_text}`, made only when the
    /// page is rendered (keyed by its quotes and their articles); nil without quotes.
    func quotesSection(_ e: Int, from path: SitePath) -> DeferredPart? {
        let all = quotes(e)
        guard !all.isEmpty else { return nil }
        return DeferredPart(field: .quotes_section, key: {
            var key = ContentHasher()
            key.combine(path.folder)
            key.combine(site.entityPaths[e].folder)
            key.combine(all.count)
            for q in all { combineQuote(q, into: &key) }
            return key.finalize()
        }) { .fields(quotesSection(e, all, from: path)) }
    }

    private func quotesSection(_ e: Int, _ all: [(article: Int, quote: Int)], from path: SitePath) -> PageFields {
        var section: PageFields = [.heading: "أقوال منسوبة", .pager: false]
        if all.count > site.sizes.entityExtras {
            section[.quotes] = .list(all.prefix(site.sizes.preview).map { quoteFields($0, from: path) })
            section[.more_href] = .string(path.link(to: listPath(e, Self.quotesFolder)))
            section[.more_text] = .string("كل الأقوال (\(all.count))")
            section[.more_pages] = pageLinks(Pagination(base: listPath(e, Self.quotesFolder), count: all.count, perPage: site.sizes.sources), from: path)
        } else {
            section[.quotes] = .list(all.map { quoteFields($0, from: path) })
        }
        return section
    }

    /// `entities/<id>/events.html` and its pages, when the entity's page shows only the newest events.
    func eventPages(_ e: Int, _ out: OutputSink) throws(Diagnostic) -> [SitePath] {
        let all = events(e)
        return try continuationPages(e, out, count: all.count, folder: Self.eventsFolder, perPage: site.sizes.events,
                              heading: "الأحداث", label: "أحداث ") { page, path in
            var key = ContentHasher()
            key.combine(path.folder)
            key.combine(all.count)
            for i in all[page] { site.combineEventLink(i, into: &key) }
            return ["events_section": DeferredValue(key: key.finalize()) {
                ["heading": "كل الأحداث (\(all.count))، بالترتيب الزمني", "events": all[page].map { site.eventLink($0, from: path) }]
            }]
        }
    }

    /// `entities/<id>/quotes.html` and its pages, when the entity's page shows only the newest quotes.
    func quotePages(_ e: Int, _ out: OutputSink) throws(Diagnostic) -> [SitePath] {
        let all = quotes(e)
        return try continuationPages(e, out, count: all.count, folder: Self.quotesFolder, perPage: site.sizes.sources,
                              heading: "الأقوال", label: "أقوال ") { page, path in
            var key = ContentHasher()
            key.combine(path.folder)
            key.combine(all.count)
            for q in all[page] { combineQuote(q, into: &key) }
            return ["quotes_section": DeferredValue(key: key.finalize()) {
                ["heading": "كل الأقوال (\(all.count))، الأحدث أولًا", "quotes": all[page].map { quoteItem($0, from: path) }]
            }]
        }
    }

    /// The pages of one list of an entity (`folder`), when there are more items than its page shows:
    /// `section(items, path)` gives the context keys of the list part of a page. Returns the pages' addresses.
    private func continuationPages(_ e: Int, _ out: OutputSink, count: Int, folder: String, perPage: Int,
                                   heading: String, label: String,
                                   section: (Range<Int>, SitePath) -> [String: Any]) throws(Diagnostic) -> [SitePath] {
        guard count > site.sizes.entityExtras else { return [] }
        let name = site.corpus.entities[e].name
        let pages = Pagination(base: listPath(e, folder), count: count, perPage: perPage)
        for page in 1...pages.pageCount {
            let path = pages.path(page)
            var ctx = continuation(e, path, heading: heading)
            for (k, v) in section(pages.items(page), path) { ctx[k] = v }
            for (k, v) in Pager.pageKeys(pages, page: page, from: path, label: label + name) { ctx[k] = v }
            try out.page(path, template: "entity", title: Pager.title(label + name, page: page),
                         section: SiteModel.sectionKey(of: site.corpus.entities[e].type), crumbs: crumbs(e, 1), ctx)
        }
        return (1...pages.pageCount).map { pages.path($0) }
    }
}
