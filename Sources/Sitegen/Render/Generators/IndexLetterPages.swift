/// The pages of a split index, one per letter (`a-z/ba.html`, then `a-z/ba/page/2.html` …): the letter
/// bar, links to the previous and next letter, and the letter's people, organizations, places,
/// events and articles, alphabetically (see `IndexLayout`).
struct IndexLetterPages: SiteGenerator {
    let site: SiteModel
    var name: String { "index-letters" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (an edit that changes no entity, event or article's own fields keeps every letter page: `FamilyPageMemo`)
        let memo = FamilyPageMemo.session(\.indexLetters, site, out)
        if let memo, memo.keepAll(out) { return }
        let layout = IndexLayout.of(site, jobs: jobs)
        guard layout.split else { return memo?.finish(out) ?? () }
        var pages: [(letter: Int, page: Int)] = []
        for (l, letter) in layout.letters.enumerated() {
            for p in 1...letter.pages.pageCount { pages.append((l, p)) }
        }
        // what the letter bar and the neighbour links show: every letter and its address
        var bar = ContentHasher()
        bar.combine(layout.letters.count)
        for l in layout.letters { bar.combine(l.letter); bar.combine(l.pages.base.folder) }
        let barKey = bar.finalize()
        try parallelPages(pages.count, jobs: jobs) { i throws(Diagnostic) in
            let (l, page) = pages[i]
            let letter = layout.letters[l]
            let path = letter.pages.path(page)
            try out.page(path, template: "index", inputs: inputs(letter, l, page: page, bar: barKey)) {
                var ctx = layout.letterBar(from: path, current: letter.letter)
                ctx["letter"] = letter.letter
                ctx["count_text"] = Format.count(letter.entries.count, one: "مدخل", two: "مدخلان", few: "مداخل", many: "مدخلًا")
                if l > 0 { ctx["prev_letter"] = neighbour(layout.letters[l - 1], from: path) }
                if l + 1 < layout.letters.count { ctx["next_letter"] = neighbour(layout.letters[l + 1], from: path) }
                ctx["sections"] = sections(letter, page: page, from: path)
                var page_ctx: [String: Any] = ["letter_page": ctx]
                for (k, v) in Pager.pageKeys(letter.pages, page: page, from: path, label: "حرف " + letter.letter) { page_ctx[k] = v }
                let title = Pager.title("الفهرس: " + (letter.letter == "#" ? "أرقام ورموز" : "حرف " + letter.letter), page: page)
                return OutputSink.PageSpec(
                    title: title, description: IndexPage.description, section: "index",
                    crumbs: page == 1 ? [("الفهرس", IndexPage.path)] : [("الفهرس", IndexPage.path), (letter.letter, letter.pages.base)],
                    context: page_ctx)
            }
            memo?.made(path)
        }
        memo?.finish(out)
    }

    /// Everything a letter's page shows: the letters (`bar`), its place among the letter's pages, the letter's
    /// counts, and what each of the page's entries shows (name or title, address, mentions, type, date).
    private func inputs(_ letter: IndexLayout.Letter, _ l: Int, page: Int, bar: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine("index letter page")
        h.combine(bar)
        h.combine(l)
        h.combine(page)
        h.combine(letter.pages.pageCount)
        h.combine(letter.entries.count)
        let range = letter.pages.items(page)
        h.combine(range.lowerBound)
        for kind in IndexLayout.Kind.allCases {
            h.combine(letter.firstOfKind[kind] ?? -1)
            h.combine(letter.count(kind))
        }
        for entry in letter.entries[range] {
            h.combine(entry.kind.rawValue)
            // (each item's fields read in place: a copy of the whole entity, event or article retained and released
            // all its fields, for every entry of every page an edit keys)
            switch entry.kind {
            case .person, .organization, .place:
                h.combine(site.corpus.entities[entry.item].name)
                h.combine(site.entityPaths[entry.item].folder)
                h.combine(site.corpus.entities[entry.item].mentions.count)
            case .event:
                h.combine(site.corpus.events[entry.item].title)
                h.combine(site.eventPaths[entry.item].folder)
                h.combine(site.corpus.events[entry.item].type.rawValue)
                EventResolutionInputs.combine(site.corpus.events[entry.item].date, into: &h)
            case .article:
                h.combine(site.articles[entry.item].title)
                h.combine(site.articlePaths[entry.item].folder)
                EventResolutionInputs.combine(site.articles[entry.item].date, into: &h)
            }
        }
        return h.finalize()
    }

    private func neighbour(_ letter: IndexLayout.Letter, from path: SitePath) -> [String: Any] {
        ["letter": letter.letter, "href": path.link(to: letter.pages.base)]
    }

    /// The entries of one page, in a section per kind: `[{id, title, count, continued, items}]` (items typed: `item`).
    private func sections(_ letter: IndexLayout.Letter, page: Int, from path: SitePath) -> [[String: Any]] {
        let range = letter.pages.items(page)
        var groups: [(kind: IndexLayout.Kind, items: [PageFields])] = []
        for entry in letter.entries[range] {
            if groups.last?.kind != entry.kind { groups.append((entry.kind, [])) }
            groups[groups.count - 1].items.append(item(entry, from: path))
        }
        return groups.map { g in
            let continued = (letter.firstOfKind[g.kind] ?? 0) < range.lowerBound
            return ["id": g.kind.rawValue, "title": g.kind.heading + (continued ? " (تابع)" : ""),
                    "count": letter.count(g.kind), "items": g.items]
        }
    }

    /// An entry as the template shows it (a typed context: made and looked into without hashing names; the
    /// dictionaries it replaces cost about 6,000 instructions an entry to make).
    private func item(_ entry: IndexLayout.Entry, from path: SitePath) -> PageFields {
        switch entry.kind {
        case .person, .organization, .place:
            let entity = site.corpus.entities[entry.item]
            return [.title: .string(entity.name), .href: .string(path.link(to: site.entityPaths[entry.item])),
                    .note: .string(Format.mentions(entity.mentions.count)), .kind: .string(entry.kind.rawValue)]
        case .event:
            let event = site.corpus.events[entry.item]
            return [.title: .string(event.title), .href: .string(path.link(to: site.eventPaths[entry.item])),
                    .note: .string(event.type.arabicName + " · " + (site.display(event.date) ?? "بلا تاريخ")), .kind: "event"]
        case .article:
            let article = site.articles[entry.item]
            return [.title: .string(article.title), .href: .string(path.link(to: site.articlePaths[entry.item])),
                    .note: .string(site.articleDates[entry.item] ?? "بلا تاريخ"), .kind: "article"]
        }
    }
}
