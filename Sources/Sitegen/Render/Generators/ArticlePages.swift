/// One page per article: title, date, source, rendered body with anchored paragraphs.
struct ArticlePages: SiteGenerator {
    let site: SiteModel
    var name: String { "articles" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let linkDigests = LinkDigests.of(site)
        try parallelPages(site.articles.count, jobs: jobs) { i throws(Diagnostic) in
            try out.page(site.articlePaths[i], template: "article", inputs: inputs(i, linkDigests)) { spec(i) }
        }
    }

    /// Everything an article's page shows: the article (its digest, Markdown and metadata), the
    /// entities its mentions link to, and its events.
    private func inputs(_ i: Int, _ digests: LinkDigests) -> ContentHash {
        let a = site.articles[i]
        var h = ContentHasher()
        h.combine(site.articleDigests[i])
        h.combine(a.markdownText.digest)
        h.combine(a.file)
        h.combine(date: a.date)
        h.combine(a.url ?? "\u{0}")
        h.combine(a.author ?? "\u{0}")
        h.combine(a.tags.count)
        for t in a.tags { h.combine(t) }
        let map = site.corpus.entityOfMention[i]
        for m in map.indices { if let e = map[m] { h.combine(m); h.combine(digests.entities[e]) } }
        h.combine(-1)
        for e in site.references.entitiesOfArticle[i] { h.combine(digests.entities[e]) }
        h.combine(-2)
        for e in site.references.eventsOfArticle[i] { h.combine(digests.events[e]) }
        h.combine(-3)
        for c in site.copies[i] {
            for field in [c.file, c.title, c.source ?? "\u{0}", c.url ?? "\u{0}", c.date?.iso ?? "\u{0}"] { h.combine(field) }
        }
        return h.finalize()
    }

    /// The other copies of the article's story, as its page lists them. (The keys are not the page's
    /// own: a key a copy lacks would otherwise be looked up in the page's context.)
    private func copies(_ i: Int) -> [PageFields] {
        site.copies[i].map { c in
            var d: PageFields = [.copy_file: .string(c.file)]
            if let s = c.source { d[.copy_source] = .string(s) }
            if let u = c.url { d[.copy_url] = .string(u) }
            if let date = site.display(c.date) {
                d[.copy_date] = .string(date)
                d[.copy_date_iso] = .string(c.date!.iso)
            }
            if c.title != site.articles[i].title { d[.copy_title] = .string(c.title) }
            return d
        }
    }

    /// The page's typed context (`PageFields`: the template reads it without hashing names).
    private func spec(_ i: Int) -> OutputSink.PageSpec {
        let a = site.articles[i]
        let path = site.articlePaths[i]
        let links = mentionLinks(i, from: path)
        var ctx: PageFields = [
            .title: .string(a.title),
            .body: .bytes(site.bodies[i].htmlBytes(links: links)),
            .entities: .list(site.references.entitiesOfArticle[i].map { site.entityFields($0, from: path) }),
            .events: .list(site.references.eventsOfArticle[i].sorted { site.eventRank[$0] < site.eventRank[$1] }
                .map { site.eventFields($0, from: path) }),
            .file: .string(a.file),
            .tags: .strings(a.tags),
            .copies: .list(copies(i)),
        ]
        if let d = site.articleDates[i] {
            ctx[.date] = .string(d)
            ctx[.date_iso] = .string(a.date!.iso)
            ctx[.date_inferred] = .bool(a.dateSource == .inferred)
        }
        if let s = a.source { ctx[.source] = .string(s) }
        if let u = a.url { ctx[.url] = .string(u) }
        if let au = a.author { ctx[.author] = .string(au) }
        return OutputSink.PageSpec(title: a.title, description: Self.summary(of: site.bodies[i].blocks),
                                   section: "articles", crumbs: [("المقالات", SitePath("articles"))], fields: ctx)
    }

    /// Each mention that resolved to an entity becomes a link to the entity's page.
    private func mentionLinks(_ a: Int, from path: SitePath) -> [Int: [InlineLink]] {
        var links: [Int: [InlineLink]] = [:]
        // (an entity's link and title made once a page: most are mentioned more than once)
        var made: [Int: (href: String, title: String)] = [:]
        let map = site.corpus.entityOfMention[a]
        for (m, mention) in site.extractions[a].mentions.enumerated() {
            guard m < map.count, let e = map[m] else { continue }
            let link: (href: String, title: String)
            if let known = made[e] {
                link = known
            } else {
                let entity = site.corpus.entities[e]
                link = (path.link(to: site.entityPaths[e]), entity.type.arabicName + ": " + entity.name)
                made[e] = link
            }
            links[mention.span.block, default: []].append(InlineLink(
                start: mention.span.start, end: mention.span.end, href: link.href, title: link.title))
        }
        return links
    }

    /// The first ~30 words of the text, for meta descriptions and lists.
    ///
    /// Words are what `split(whereSeparator:)` on the `Character`s " " and "\n" finds, found on the
    /// UTF-8 bytes (`Character` iteration was most of the cost of re-listing 10k articles in a rebuild,
    /// and joining `Substring`s most of what was left): a space or line feed separates only where it is
    /// a `Character` of its own (`standsAlone`); the words are copied byte for byte, joined by " ".
    static func summary(of blocks: [String], words limit: Int = 30) -> String {
        var out: [UInt8] = []
        var count = 0
        for block in blocks {
            var block = block
            // (the words are taken by a function with `inout` arguments: a nested function capturing `out` and
            // `count` had every use checked for exclusive access at run time, a third of the summary's cost)
            if block.withUTF8({ takeWords($0, into: &out, count: &count, limit: limit) }) {
                out.append(contentsOf: "…".utf8)
                break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the words of the UTF-8 bytes `b` to `out` (after a space when `count` > 0) until `count`
    /// reaches `limit`; true when it did.
    private static func takeWords(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], count: inout Int, limit: Int) -> Bool {
        // (on the bytes: a space or line feed is one byte no other scalar's bytes hold, so only around
        // those are scalars decoded)
        var start = -1
        var i = 0
        while i < b.count {
            let c = b[i]
            if (c == 0x20 || c == 0x0A)
                && standsAlone(Unicode.Scalar(c), after: i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil,
                               before: i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil) {
                if start >= 0 {
                    if count > 0 { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
                    count += 1
                    if count == limit { return true }
                    start = -1
                }
            } else if start < 0 {
                start = i
            }
            i += 1
        }
        guard start >= 0 else { return false }
        if count > 0 { out.append(0x20) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start...]))
        count += 1
        return count == limit
    }

    /// Whether a space or line feed between `previous` and `next` is a grapheme cluster of its own. A
    /// line feed joins only a carriage return before it; a space, a prepended mark before it (U+0600…)
    /// or a combining or spacing mark or joiner after it. Those rules look at one neighbour each, so a
    /// pair of scalars decides; the scalars of `joinsNoSpace` take part in none.
    static func standsAlone(_ u: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        if u == "\n" { return previous != "\r" }
        func apart(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
            var pair = String.UnicodeScalarView()
            pair.append(a)
            pair.append(b)
            return String(pair).count == 2
        }
        if let p = previous, !joinsNoSpace(p.value), !apart(p, u) { return false }
        if let n = next, !joinsNoSpace(n.value), !apart(u, n) { return false }
        return true
    }

    /// Scalars whose grapheme break property is none that joins a space (not Prepend, Extend, SpacingMark
    /// or ZWJ): the first 768 code points, Arabic letters, digits and punctuation, general punctuation
    /// (`RenderTextTests` checks every one against `String`). Others are asked of `String`.
    static func joinsNoSpace(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if v < 0x606 { return false }
        if v <= 0x6FF {
            switch v {
            case 0x606...0x60F, 0x61B, 0x61D...0x64A, 0x660...0x66F, 0x671...0x6D5, 0x6DE, 0x6E5...0x6E6, 0x6E9, 0x6EE...0x6FF:
                return true
            default:
                return false
            }
        }
        return (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }
}

/// Fingerprints of what a link to each entity and event shows (name or title, type, path, date,
/// sources), for the inputs of pages that link to them.
/// An entity's digest is what `SiteModel.combineEntityLink` hashes (name, type, path).
struct LinkDigests {
    let entities: [ContentHash]
    let events: [ContentHash]

    /// The digests of a site model, made once and shared by the generators whose page keys read them.
    static func of(_ site: SiteModel) -> LinkDigests { site.shared.value(LinkDigests.self) { LinkDigests(site: site) } }

    init(site: SiteModel) {
        entities = site.corpus.entities.indices.map { e in
            let entity = site.corpus.entities[e]
            var h = ContentHasher()
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            return h.finalize()
        }
        events = site.corpus.events.indices.map { i in
            let ev = site.corpus.events[i]
            var h = ContentHasher()
            h.combine(ev.title)
            h.combine(ev.type.rawValue)
            h.combine(site.eventPaths[i].folder)
            h.combine(ev.sources.count)
            h.combine(ev.date.map { $0.iso + "|" + (site.display($0) ?? "") } ?? "\u{0}")
            h.combine(ev.dateInferred ? 1 : 0)
            h.combine(ev.dateReported ? 1 : 0)
            h.combine(site.eventRank[i])
            return h.finalize()
        }
    }
}
