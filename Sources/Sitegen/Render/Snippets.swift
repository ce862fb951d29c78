import Extraction
import Resolution

/// Pieces of page context shared by several generators: keyword-in-context snippets, entity and
/// event links. Text goes to templates in parts (before / hit / after) so Mustache escapes all of it.
extension SiteModel {
    /// Keyword in context: the sentence around a span, cut to `words` words on each side.
    /// (The three parts are found and cut on the block's bytes, each made a `String` once.)
    func snippet(article: Int, sentence: Int, hit: TextSpan, words: Int = 18) -> [String: Any] {
        snippetFields(article: article, sentence: sentence, hit: hit, words: words).dictionary
    }

    /// `snippet` as a typed context: `{pre, hit, post}`.
    func snippetFields(article: Int, sentence: Int, hit: TextSpan, words: Int = 18) -> PageFields {
        let s = extractions[article].sentences[sentence].span
        let start = min(s.start, hit.start), end = max(s.end, hit.end)
        return blockOffsets.withBlock(article: article, block: s.block) { table, b -> PageFields in
            /// The bytes of scalars `x..<y` (nil where `slice` gives "": empty or out of bounds).
            func bytes(_ x: Int, _ y: Int) -> UnsafeBufferPointer<UInt8>? {
                guard x >= 0, y <= table.count, x < y else { return nil }
                return UnsafeBufferPointer(rebasing: b[table.utf8Offset(of: x, in: b)..<table.utf8Offset(of: y, in: b)])
            }
            // (as bytes: the template escapes them as they are, and a `String` of each cost a check of its UTF-8)
            return [.pre: .bytes(bytes(start, hit.start).map { Self.lastWordBytes($0, words) } ?? []),
                    .hit: .bytes(bytes(hit.start, hit.end).map { Array($0) } ?? []),
                    .post: .bytes(bytes(hit.end, end).map { Self.firstWordBytes($0, words) } ?? [])]
        }
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
        var end = b.count
        for _ in 0...n {
            guard let space = lastSpace(b, before: end) else { return Array(b) }
            end = space
        }
        let tail = UnsafeBufferPointer(rebasing: b[(end + 1)...])
        var out: [UInt8] = []
        out.reserveCapacity(ellipsisSpace.count + tail.count)
        out.append(contentsOf: ellipsisSpace)
        out.append(contentsOf: tail)
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
        var start = 0
        var cut = 0
        for _ in 0...n {
            guard let space = firstSpace(b, from: start) else { return Array(b) }
            cut = space
            start = space + 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(cut + spaceEllipsis.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[..<cut]))
        out.append(contentsOf: spaceEllipsis)
        return out
    }

    /// The offset of the last space before `end` that is a `Character` of its own.
    private static func lastSpace(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var i = end
        while i > 0 {
            i -= 1
            guard b[i] == 0x20 else { continue }
            let previous = i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil
            let next = i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil
            if ArticlePages.standsAlone(" ", after: previous, before: next) { return i }
        }
        return nil
    }

    /// The offset of the first space from `start` on that is a `Character` of its own.
    private static func firstSpace(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < b.count {
            if b[i] == 0x20 {
                let previous = i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil
                let next = i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil
                if ArticlePages.standsAlone(" ", after: previous, before: next) { return i }
            }
            i += 1
        }
        return nil
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
    func articleFields(_ a: Int, from page: SitePath, block: Int? = nil) -> PageFields {
        var d: PageFields = [.title: .string(articles[a].title),
                             .href: .string(block.map { link(from: page, article: a, block: $0) } ?? page.link(to: articlePaths[a]))]
        if let s = articles[a].source { d[.source] = .string(s) }
        if let date = articleDates[a] {
            d[.date] = .string(date)
            d[.inferred] = .bool(articles[a].dateSource == .inferred)
        }
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
