import ArabicText
import Extraction

/// Arabic alphabetical order for index and list pages.
///
/// The sort key is the search fold of the name (`ArabicNormalizer.searchKey`: hamza and alef forms,
/// ى/ي, ة/ه, Persian letters and diacritics folded) without a leading article ال, so الأنبار, أنبار and
/// انبار all file under ا, and إيران sorts with ايران. After the fold, Unicode order of the Arabic
/// letters is the alphabetical order (ا ب ت ث … ه و ي); names in Latin letters come after them.
enum ArabicCollation {
    /// The key names are sorted by.
    static func sortKey(_ name: String) -> String {
        var folded = ArabicNormalizer.searchKey(name)
        // "ال" (D8 A7 D9 84) and at least two more scalars: the rest, cut from the bytes (a scalar view
        // built scalar by scalar cost more than the fold)
        return folded.withUTF8 { b -> String? in
            guard b.count >= 6, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 else { return nil }
            var scalars = 0
            for i in 4..<b.count where b[i] & 0xC0 != 0x80 { scalars += 1 }
            return scalars >= 2 ? String(decoding: UnsafeBufferPointer(rebasing: b[4...]), as: UTF8.self) : nil
        } ?? folded
    }

    /// The letter a name files under: the first letter of its sort key ("#" for digits and symbols).
    static func initial(of key: String) -> String {
        guard let first = key.unicodeScalars.first else { return "#" }
        if first.properties.isAlphabetic { return String(first).uppercased() }
        return "#"
    }

    /// Orders two sort keys: Arabic letters first, then Latin, then the rest; scalar order within.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb }
        // UTF-8 byte order is scalar order (compared on the bytes: the scalar views were walked one by one)
        var a = a, b = b
        return a.withUTF8 { p in b.withUTF8 { q in p.lexicographicallyPrecedes(q) } }
    }

    static func rank(_ key: String) -> Int {
        guard let v = key.unicodeScalars.first?.value else { return 3 }
        if (0x0621...0x06FF).contains(v) { return 0 }
        if Unicode.Scalar(v)?.properties.isAlphabetic == true { return 1 }
        return 2
    }

    /// Items grouped by initial letter, letters and items in order: `[(letter, [item])]`.
    static func grouped<T>(_ items: [T], name: (T) -> String) -> [(letter: String, items: [T])] {
        let keyed = items.map { (key: sortKey(name($0)), item: $0) }
            .sorted { precedes($0.key, $1.key) || (!precedes($1.key, $0.key) && name($0.item) < name($1.item)) }
        var groups: [(letter: String, items: [T])] = []
        for (key, item) in keyed {
            let letter = initial(of: key)
            if groups.last?.letter == letter { groups[groups.count - 1].items.append(item) } else { groups.append((letter, [item])) }
        }
        return groups
    }

    /// An ASCII anchor for a letter group ("person-627").
    static func anchor(_ prefix: String, _ letter: String) -> String {
        prefix + "-" + letter.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}

/// The index (فهرس, `a-z.html`). While it is small, one page: every entity grouped by type and first
/// letter, every event by date, every article by title, with letter jump links. Once it holds more
/// than `sizes.indexPage` entries, an overview (the letter bar and, per letter, how many names,
/// events and articles it files, each linked) and a page per letter (`IndexLetterPages`).
struct IndexPage: SiteGenerator {
    let site: SiteModel
    var name: String { "index" }
    var sections: [String] { ["index"] }

    static let path = IndexLayout.path

    /// What the index shows of each entity, article and event (sorting and grouping follow from it).
    private func inputs() -> ContentHash {
        var h = ContentHasher()
        for (e, entity) in site.corpus.entities.enumerated() {
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            h.combine(entity.mentions.count)
        }
        h.combine(-1)
        for (a, article) in site.articles.enumerated() {
            h.combine(article.title)
            h.combine(site.articlePaths[a].folder)
            h.combine(site.articleDates[a] ?? "\u{0}")
        }
        h.combine(-2)
        for e in site.eventsByDate {
            let event = site.corpus.events[e]
            h.combine(event.title)
            h.combine(event.type.rawValue)
            h.combine(site.eventPaths[e].folder)
            h.combine(event.date.map { $0.iso + "|" + (site.display($0) ?? "") } ?? "\u{0}")
        }
        return h.finalize()
    }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (an edit that changes no entity, event or article's own fields keeps the page: `FamilyPageMemo`)
        let memo = FamilyPageMemo.session(\.index, site, out)
        if let memo, memo.keepAll(out) { return }
        defer { memo?.made(Self.path); memo?.finish(out) }
        let layout = IndexLayout.of(site, jobs: jobs)
        if layout.split {
            try out.page(Self.path, template: "index", title: "الفهرس", description: Self.description, section: "index",
                         ["overview": overview(layout)])
        } else {
            try out.page(Self.path, template: "index", inputs: inputs()) { spec() }
        }
    }

    static let description = "فهرس ألفبائي بكل الأشخاص والمنظمات والأماكن والأحداث والمقالات في الملف"

    /// The overview of a split index: the letter bar and a table of letters by kind.
    private func overview(_ layout: IndexLayout) -> [String: Any] {
        let path = Self.path
        var ctx = layout.letterBar(from: path)
        ctx["kinds"] = IndexLayout.Kind.allCases.map { ["heading": $0.heading] }
        ctx["letters"] = layout.letters.map { l -> [String: Any] in
            ["letter": l.letter, "href": path.link(to: l.pages.base), "total": l.entries.count,
             "cells": IndexLayout.Kind.allCases.map { kind -> [String: Any] in
                 let n = l.count(kind)
                 return n == 0 ? ["linked": false, "count": 0] : ["linked": true, "count": n, "href": layout.link(l, kind: kind, from: path)!]
             }]
        }
        ctx["total_text"] = Format.count(layout.total, one: "مدخل", two: "مدخلان", few: "مداخل", many: "مدخلًا")
        return ctx
    }

    private func spec() -> OutputSink.PageSpec {
        let path = Self.path
        var parts: [[String: Any]] = []
        for type in EntityType.allCases {
            let members = site.corpus.entities.indices.filter { site.corpus.entities[$0].type == type }
            guard !members.isEmpty else { continue }
            let groups = ArabicCollation.grouped(members) { site.corpus.entities[$0].name }
            parts.append(Self.part(id: type.rawValue, title: Self.heading(type), count: Format.entities(members.count),
                                   groups: groups) { e in
                let entity = site.corpus.entities[e]
                return ["title": entity.name, "href": path.link(to: site.entityPaths[e]),
                        "note": Format.mentions(entity.mentions.count), "kind": type.rawValue]
            })
        }
        let articleGroups = ArabicCollation.grouped(Array(site.articles.indices)) { site.articles[$0].title }
        let articles = Self.part(id: "articles", title: "المقالات", count: Format.articles(site.articles.count),
                                 groups: articleGroups) { a in
            ["title": site.articles[a].title, "href": path.link(to: site.articlePaths[a]),
             "note": site.articleDates[a] ?? "بلا تاريخ", "kind": "article"]
        }
        let events = site.eventsByDate.map { e -> [String: Any] in
            let event = site.corpus.events[e]
            var item: [String: Any] = ["title": event.title, "href": path.link(to: site.eventPaths[e]),
                                       "type": event.type.arabicName, "date": site.display(event.date) ?? "بلا تاريخ"]
            if let d = event.date { item["date_iso"] = d.iso }
            return item
        }
        var toc: [[String: Any]] = parts.map { ["title": $0["title"]!, "anchor": $0["id"]!] }
        if !events.isEmpty { toc.append(["title": "الأحداث", "anchor": "events"]) }
        toc.append(["title": "المقالات", "anchor": "articles"])
        return OutputSink.PageSpec(title: "الفهرس", description: Self.description, section: "index", context: [
                                       "one_page": true,
                                       "parts": parts, "articles": articles, "events": events,
                                       "events_count": Format.events(events.count), "toc": toc,
                                       "has_entities": !parts.isEmpty, "has_events": !events.isEmpty,
                                   ])
    }

    static func heading(_ type: EntityType) -> String {
        switch type {
        case .person: return "الأشخاص"
        case .organization: return "المنظمات"
        case .place: return "الأماكن"
        }
    }

    /// One part of the index: letter jump links, then each letter's items.
    static func part(id: String, title: String, count: String, groups: [(letter: String, items: [Int])],
                     item: (Int) -> [String: Any]) -> [String: Any] {
        [
            "id": id, "title": title, "count": count,
            "letters": groups.map { ["letter": $0.letter, "anchor": ArabicCollation.anchor(id, $0.letter)] },
            "groups": groups.map { g -> [String: Any] in
                ["letter": g.letter, "anchor": ArabicCollation.anchor(id, g.letter), "items": g.items.map(item)]
            },
        ]
    }
}
