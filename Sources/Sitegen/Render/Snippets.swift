import Extraction
import Resolution

/// Pieces of page context shared by several generators: keyword-in-context snippets, entity and
/// event links. Text goes to templates in parts (before / hit / after) so Mustache escapes all of it.
extension SiteModel {
    /// Keyword in context: the sentence around a span, cut to `words` words on each side, written into text rows as
    /// the values pre, hit and post, each ended (`TextRows.Writer.endValue`).
    /// (Cut on the block's bytes and written in place: a `PageFields` of three byte arrays for each snippet, made and
    /// freed, was a third of its cost; `SnippetRowsTests` keeps that maker and compares.)
    func writeSnippet(article: Int, sentence: Int, hit: TextSpan, words: Int = 18, into w: inout TextRows.Writer) {
        let s = extractions[article].sentences[sentence].span
        let start = min(s.start, hit.start), end = max(s.end, hit.end)
        blockOffsets.withBlock(article: article, block: s.block) { table, b in
            // an empty or out-of-bounds range of scalars is an empty value
            let inBounds = { (x: Int, y: Int) in x >= 0 && y <= table.count && x < y }
            let pre = inBounds(start, hit.start), mid = inBounds(hit.start, hit.end), post = inBounds(hit.end, end)
            let hitStart = pre || mid ? table.utf8Offset(of: hit.start, in: b) : 0
            let hitEnd = mid || post ? table.utf8Offset(of: hit.end, in: b) : 0
            if pre {
                let from = table.utf8Offset(of: start, in: b)
                Self.appendLastWords(UnsafeBufferPointer(rebasing: b[from..<hitStart]), words, to: &w)
            }
            w.endValue()
            if mid { w.appendBytes(UnsafeBufferPointer(rebasing: b[hitStart..<hitEnd])) }
            w.endValue()
            if post {
                let to = table.utf8Offset(of: end, in: b)
                Self.appendFirstWords(UnsafeBufferPointer(rebasing: b[hitEnd..<to]), words, to: &w)
            }
            w.endValue()
        }
    }

    /// `lastWordBytes` appended to `out`.
    static func appendLastWords<Out: ByteAppending>(_ b: UnsafeBufferPointer<UInt8>, _ n: Int, to out: inout Out) {
        var end = b.count
        for _ in 0...n {
            guard let space = lastSpace(b, before: end) else { return out.appendBytes(b) }
            end = space
        }
        ellipsisSpace.withUnsafeBufferPointer { out.appendBytes($0) }
        out.appendBytes(UnsafeBufferPointer(rebasing: b[(end + 1)...]))
    }

    /// `firstWordBytes` appended to `out`.
    static func appendFirstWords<Out: ByteAppending>(_ b: UnsafeBufferPointer<UInt8>, _ n: Int, to out: inout Out) {
        var start = 0
        var cut = 0
        for _ in 0...n {
            guard let space = firstSpace(b, from: start) else { return out.appendBytes(b) }
            cut = space
            start = space + 1
        }
        out.appendBytes(UnsafeBufferPointer(rebasing: b[..<cut]))
        spaceEllipsis.withUnsafeBufferPointer { out.appendBytes($0) }
    }

    /// The last `n + 1` space-separated words of `text` after "… ", or all of it when it has no more.
    /// (Same result as splitting on " " Characters, but only the tail is looked at, on the UTF-8 bytes: a
    /// space separates where it is a `Character` of its own, `ArticlePages.standsAlone`.)
    static func lastWords(_ text: String, _ n: Int) -> String {
        var text = text
        return text.withUTF8 { lastWords($0, n) }
    }

    /// `lastWords` of the text whose UTF-8 bytes are `b`.
    static func lastWords(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> String {
        String(decoding: lastWordBytes(b, n), as: UTF8.self)
    }

    /// `lastWords`' UTF-8 bytes.
    static func lastWordBytes(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        appendLastWords(b, n, to: &out)
        return out
    }

    private static let ellipsisSpace = Array("… ".utf8), spaceEllipsis = Array(" …".utf8)

    /// The first `n + 1` space-separated words of `text` and " …", or all of it when it has no more.
    static func firstWords(_ text: String, _ n: Int) -> String {
        var text = text
        return text.withUTF8 { firstWords($0, n) }
    }

    /// `firstWords` of the text whose UTF-8 bytes are `b`.
    static func firstWords(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> String {
        String(decoding: firstWordBytes(b, n), as: UTF8.self)
    }

    /// `firstWords`' UTF-8 bytes.
    static func firstWordBytes(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        appendFirstWords(b, n, to: &out)
        return out
    }

    /// The offset of the last space before `end` that is a `Character` of its own.
    static func lastSpace(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? { WordBreaks.lastSpace(b, before: end) }

    /// The offset of the first space from `start` on that is a `Character` of its own.
    static func firstSpace(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        WordBreaks.first(b, from: start, lineFeeds: false)
    }

    /// `{name, href, type, type_name}` for an entity, linked from `page`.
    func entityLink(_ e: Int, from page: SitePath) -> [String: Any] {
        let entity = corpus.entities[e]
        return ["name": entity.name, "href": page.link(to: entityPaths[e]), "type": entity.type.rawValue,
                "type_name": entity.type.arabicName]
    }

    /// `{title, href, date, type_name, inferred}` for an event, linked from `page`.
    func eventLink(_ i: Int, from page: SitePath) -> [String: Any] {
        let ev = corpus.events[i]
        var d: [String: Any] = ["title": ev.title, "href": page.link(to: eventPaths[i]),
                                "type": ev.type.rawValue, "type_name": ev.type.arabicName,
                                "sources": ev.sources.count]
        if let date = ev.date {
            d["date"] = display(date)
            d["date_iso"] = date.iso
            d["inferred"] = ev.dateInferred
            d["reported"] = ev.dateReported
        }
        return d
    }

    /// `entityLink` as a typed context. Keep the two in step (`PageFieldsTests` compares them).
    func entityFields(_ e: Int, from page: SitePath) -> PageFields {
        let entity = corpus.entities[e]
        return [.name: .string(entity.name), .href: .string(page.link(to: entityPaths[e])), .type: .string(entity.type.rawValue),
                .type_name: .string(entity.type.arabicName)]
    }

    /// `eventLink` as a typed context. Keep the two in step (`PageFieldsTests` compares them).
    func eventFields(_ i: Int, from page: SitePath) -> PageFields {
        let ev = corpus.events[i]
        var d: PageFields = [.title: .string(ev.title), .href: .string(page.link(to: eventPaths[i])),
                             .type: .string(ev.type.rawValue), .type_name: .string(ev.type.arabicName),
                             .sources: .int(ev.sources.count)]
        if let date = ev.date {
            if let shown = display(date) { d[.date] = .string(shown) }
            d[.date_iso] = .string(date.iso)
            d[.inferred] = .bool(ev.dateInferred)
            d[.reported] = .bool(ev.dateReported)
        }
        return d
    }

    /// `articleLink` as a typed context. Keep the two in step (`PageFieldsTests` compares them).
    /// `href`: the link, when the caller made it already; `room`: fields the caller adds. (The fields are set in
    /// `Field` order into room made once: each appended, none inserted, the entries not grown.)
    func articleFields(_ a: Int, from page: SitePath, block: Int? = nil, href: String? = nil, room: Int = 0) -> PageFields {
        var d = PageFields()
        d.reserveCapacity(5 + room)
        d[.title] = .string(articles[a].title)
        d[.href] = .string(href ?? block.map { link(from: page, article: a, block: $0) } ?? page.link(to: articlePaths[a]))
        if let date = articleDates[a] {
            d[.date] = .string(date)
            d[.inferred] = .bool(articles[a].dateSource == .inferred)
        }
        if let s = articles[a].source { d[.source] = .string(s) }
        return d
    }

    /// Everything `entityLink(e, from:)` shows but the linking page's path: for the key of a list of links
    /// made only when its page changed (`DeferredValue`). Keep the two in step.
    func combineEntityLink(_ e: Int, into h: inout ContentHasher) {
        let entity = corpus.entities[e]
        h.combine(entity.name)
        h.combine(entity.type.rawValue)
        h.combine(entityPaths[e].folder)
    }

    /// Everything `eventLink(i, from:)` shows but the linking page's path (the displayed date is made from the
    /// date and the site's month names, which every page key holds). Keep the two in step.
    func combineEventLink(_ i: Int, into h: inout ContentHasher) {
        let ev = corpus.events[i]
        h.combine(ev.title)
        h.combine(eventPaths[i].folder)
        h.combine(ev.type.rawValue)
        h.combine(ev.sources.count)
        EventResolutionInputs.combine(ev.date, into: &h)
        h.combine((ev.dateInferred ? 1 : 0) | (ev.dateReported ? 2 : 0))
    }

    /// `{title, href}` of an article, linked from `page` (to a paragraph when `block` is given).
    func articleLink(_ a: Int, from page: SitePath, block: Int? = nil) -> [String: Any] {
        var d: [String: Any] = ["title": articles[a].title,
                                "href": block.map { link(from: page, article: a, block: $0) } ?? page.link(to: articlePaths[a])]
        if let s = articles[a].source { d["source"] = s }
        if let date = articleDates[a] {
            d["date"] = date
            d["inferred"] = articles[a].dateSource == .inferred
        }
        return d
    }

    /// Page path of each entity type's list.
    static func listPath(of type: EntityType) -> SitePath {
        switch type {
        case .person: return SitePath("people")
        case .organization: return SitePath("organizations")
        case .place: return SitePath("places")
        }
    }

    static func sectionKey(of type: EntityType) -> String {
        switch type {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }
}
