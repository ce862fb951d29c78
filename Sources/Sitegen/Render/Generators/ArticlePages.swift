import Foundation

/// One page per article: title, date, source, rendered body with anchored paragraphs.
struct ArticlePages: SiteGenerator {
    let site: SiteModel
    var name: String { "articles" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let links = LinkFields(site: site)  // (for this stage only: freed when its pages are written)
        // (an edit keeps the page of an article it does not reach by the key the last build recorded: `UnitPageMemo`;
        // the entities' and events' link digests are made only for a page keyed anew)
        // (what every article page's key reads across articles: the entities' and events' links and order, which entity
        // each mention is and the events of each article, all in `ModelDigest.model`)
        let memo = UnitPageMemo.session(\.articles, site, out, inputs: { ModelDigest.memoInputs("article pages", site, seed: $0) },
                                        units: { Self.memoUnits(site, jobs: jobs) })
        let linkDigests = OnFirstUse { LinkDigests.of(site) }
        try parallelPages(site.articles.count, jobs: jobs) { i throws(Diagnostic) in
            if let memo, memo.keep(i, base: site.articlePaths[i], out) { return }
            try out.page(site.articlePaths[i], template: "article", inputs: inputs(i, linkDigests.value)) { spec(i, links) }
            memo?.made(i, [site.articlePaths[i]])
        }
        memo?.finish(out)
    }

    /// Each article's own part of its page's key: its fields and copies (`ModelDigest.meta`, with its path), its text
    /// and spans (`articleDigests`, its Markdown's digest), and which entity each of its mentions is, the entities
    /// and events it lists (by number: what they show is in `memoInputs`).
    static func memoUnits(_ site: SiteModel, jobs: Int) -> [ContentHash] {
        let meta = ModelDigest.of(site).meta
        return parallelMap(site.articles.count, jobs: jobs) { i in
            var h = ContentHasher()
            h.combine(meta[i])
            h.combine(site.articleDigests[i])
            h.combine(site.articles[i].markdownText.digest)
            let map = i < site.corpus.entityOfMention.count ? site.corpus.entityOfMention[i] : []
            h.combine(map.count)
            // (the mentions' entities as one run of numbers, -1 for none: not a combine each)
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(map.count, 1)) { buffer in
                for (m, e) in map.enumerated() { buffer[m] = e ?? -1 }
                h.combine(UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<(map.count * 8)]))
            }
            ModelDigest.combineBytes(site.references.entitiesOfArticle[i], into: &h)
            ModelDigest.combineBytes(site.references.eventsOfArticle[i], into: &h)
            return h.finalize()
        }
    }

    /// Everything an article's page shows: the article (its digest, Markdown and metadata), the
    /// entities its mentions link to, and its events.
    private func inputs(_ i: Int, _ digests: LinkDigests) -> ContentHash {
        // (the article's fields read in place, not a copy of the whole article: 10k an edit)
        var h = ContentHasher()
        h.combine(site.articleDigests[i])
        h.combine(site.articles[i].markdownText.digest)
        h.combine(site.articles[i].file)
        h.combine(date: site.articles[i].date)
        h.combine(site.articles[i].url ?? "\u{0}")
        h.combine(site.articles[i].author ?? "\u{0}")
        h.combine(site.articles[i].tags.count)
        for t in site.articles[i].tags { h.combine(t) }
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
    private func spec(_ i: Int, _ shared: LinkFields) -> OutputSink.PageSpec {
        let a = site.articles[i]
        let path = site.articlePaths[i]
        let depth = path.depth
        let links = mentionLinks(i, from: path, depth: depth, shared)
        var ctx: PageFields = [
            .title: .string(a.title),
            .body: .bytes(site.bodies[i].htmlBytes(links: links)),
            .entities: .list(site.references.entitiesOfArticle[i].map { shared.entity($0, from: path, depth: depth).fields }),
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
    /// (An entity's link and title are made once for all the pages of a depth: `LinkFields`.)
    private func mentionLinks(_ a: Int, from path: SitePath, depth: Int, _ shared: LinkFields) -> [Int: [InlineLink]] {
        var links: [Int: [InlineLink]] = [:]
        links.reserveCapacity(site.bodies[a].blockCount)  // (at most a key per block: the table not grown as it fills)
        let map = site.corpus.entityOfMention[a]
        for (m, mention) in site.extractions[a].mentions.enumerated() {
            guard m < map.count, let e = map[m] else { continue }
            let link = shared.entity(e, from: path, depth: depth)
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
        String(decoding: summaryBytes(of: blocks, words: limit), as: UTF8.self)
    }

    /// `summary(of:words:)`'s UTF-8 bytes (valid: the blocks' bytes cut at ASCII spaces and line feeds).
    static func summaryBytes(of blocks: [String], words limit: Int = 30) -> [UInt8] {
        // (into a page buffer: through `[UInt8]`'s generic `append(contentsOf:)` each word cost ~170 instructions
        // before its copy)
        var out = PageBytes(capacity: 512)
        defer { out.deallocate() }
        var count = 0
        for block in blocks {
            var block = block
            // (the words are taken by a function with `inout` arguments: a nested function capturing `out` and
            // `count` had every use checked for exclusive access at run time, a third of the summary's cost)
            if block.withUTF8({ takeWords($0, into: &out, count: &count, limit: limit) }) {
                out.append("…")
                break
            }
        }
        return out.bytes
    }

    /// Appends the words of the UTF-8 bytes `b` to `out` (after a space when `count` > 0) until `count`
    /// reaches `limit`; true when it did.
    /// (The words are what lies between the spaces and line feeds that stand alone, found eight bytes at a time:
    /// `WordBreaks`; a walk testing every byte was most of a summary's cost. `SnippetRowsTests` keeps that walk.)
    static func takeWords<Out: ByteAppending>(_ b: UnsafeBufferPointer<UInt8>, into out: inout Out, count: inout Int, limit: Int) -> Bool {
        var start = 0  // where the bytes after the last break start
        while let end = WordBreaks.first(b, from: start, lineFeeds: true) {
            if end > start {
                if count > 0 { out.appendByte(0x20) }
                out.appendBytes(UnsafeBufferPointer(rebasing: b[start..<end]))
                count += 1
                if count == limit { return true }
            }
            start = end + 1
        }
        guard start < b.count else { return false }
        if count > 0 { out.appendByte(0x20) }
        out.appendBytes(UnsafeBufferPointer(rebasing: b[start...]))
        count += 1
        return count == limit
    }

    /// Whether a space or line feed between `previous` and `next` is a grapheme cluster of its own. A
    /// line feed joins only a carriage return before it; a space, a prepended mark before it (U+0600…)
    /// or a combining or spacing mark or joiner after it. Those rules look at one neighbour each, so a
    /// pair of scalars decides; the scalars of `joinsNoSpace` take part in none.
    @inline(__always)
    static func standsAlone(_ u: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        if u == "\n" { return previous != "\r" }
        // (most neighbours take part in no rule: asked first, inlined, so that only the others make strings)
        if previous.map({ joinsNoSpace($0.value) }) ?? true, next.map({ joinsNoSpace($0.value) }) ?? true { return true }
        return standsAloneAsked(u, after: previous, before: next)
    }

    /// `standsAlone` of a space whose neighbours may take part in a rule: asked of `String`.
    private static func standsAloneAsked(_ u: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
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
    @inline(__always)
    static func joinsNoSpace(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if v < 0x600 { return false }
        if v <= 0x6FF {
            // U+0606…U+060F, U+061B, U+061D…U+064A, U+0660…U+066F, U+0671…U+06D5, U+06DE, U+06E5…U+06E6, U+06E9,
            // U+06EE…U+06FF: one bit each, 64 code points a word (a chain of range tests was most of a word break's cost)
            let k = v - 0x600
            let word: UInt64
            switch k >> 6 {
            case 0: word = 0xFFFF_FFFF_E800_FFC0
            case 1: word = 0xFFFE_FFFF_0000_07FF
            case 2: word = 0xFFFF_FFFF_FFFF_FFFF
            default: word = 0xFFFF_C260_403F_FFFF
            }
            return word >> UInt64(k & 63) & 1 != 0
        }
        return (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }
}

/// Fingerprints of what a link to each entity and event shows (name or title, type, path, date,
/// sources), for the inputs of pages that link to them.
/// An entity's digest is what `SiteModel.combineEntityLink` hashes (name, type, path).
/// Each is made the first time it is asked for (an edit keys the pages of a few entities and one article, which read
/// a few dozen of the 8k digests).
struct LinkDigests {
    let entities: LazyDigests
    let events: LazyDigests

    /// The digests of a site model, made once and shared by the generators whose page keys read them.
    static func of(_ site: SiteModel) -> LinkDigests { site.shared.value(LinkDigests.self) { LinkDigests(site: site) } }

    init(site: SiteModel) {
        entities = LazyDigests(count: site.corpus.entities.count) { e in
            let entity = site.corpus.entities[e]
            var h = ContentHasher()
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            return h.finalize()
        }
        events = LazyDigests(count: site.corpus.events.count) { i in
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

/// Digests made the first time each is asked for, by whichever thread asks (one lock of 64 per digest's number).
final class LazyDigests: @unchecked Sendable {
    let count: Int
    private let slots: UnsafeMutablePointer<ContentHash?>
    private let locks = (0..<64).map { _ in NSLock() }
    private let make: (Int) -> ContentHash

    init(count: Int, make: @escaping (Int) -> ContentHash) {
        self.count = count
        self.make = make
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: max(count, 1))
    }

    deinit { slots.deallocate() }

    subscript(i: Int) -> ContentHash {
        precondition(i >= 0 && i < count, "a digest out of range")
        let lock = locks[i & 63]
        lock.lock()
        defer { lock.unlock() }
        if let made = slots[i] { return made }
        let made = make(i)
        slots[i] = made
        return made
    }
}
