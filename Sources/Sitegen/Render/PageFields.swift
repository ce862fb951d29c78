/// Typed page contexts: what the article and entity pages give their templates, read by the compiled
/// renderer without hashing names or casting values (`CompiledRenderer`).
///
/// A `[String: Any]` context cost every `{{name}}` a string hash in each frame looked into and a cast of the
/// value found, and every entry a hash and an existential box when it was made. A `PageFields` is a short
/// list of (`Field`, `PageValue`) pairs with a bit set of the fields it holds: a template's names are turned
/// into `Field`s once, when it is compiled, so a look-up is a bit test and a scan of one-byte tags.
/// `dictionary` gives the same context as `[String: Any]` for what the compiled renderer cannot render (a
/// theme's own templates go to swift-mustache with it).

/// Every name a typed context may hold (a template name outside this list is never found in one).
enum Field: String, CaseIterable {
    // the base context of every page (`PageContext`)
    case root, site_title, page_title, full_title, description, home_link, is_home, is_search, nav, breadcrumbs
    case search_href, feed_href, feed_url, base_origin, canonical, og_url, rel_prev, rel_next
    // links, snippets, navigation and pager items
    case title, href, current, name, type, type_name, shared, sources, date, date_iso, inferred, reported, source
    case pre, hit, post, mentions, text, number, gap, label, items, page, count, status, prev_href, next_href
    // article pages
    case body, entities, events, file, tags, copies, date_inferred, url, author, summary, articles
    // event pages' sources
    case sentence, trigger, date_text
    case copy_file, copy_source, copy_url, copy_date, copy_date_iso, copy_title
    // entity pages
    case mention_count, article_count, count_text, variants, aliases, merge_notes, description_html, wikidata
    case coordinates, continuation, first_page, list_heading, related, events_section, quotes_section, graph_svg
    case show_mentions, mentions_by_article, pager, heading, quotes, more_href, more_text, more_pages, pages
    // index letter pages' entries
    case note, kind

    /// The field's place among the cases (the order of a `PageFields`' entries).
    @inline(__always) var index: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    /// The field's bit in `PageFields.mask` (there are fewer than 128 fields: `PageFieldsTests`).
    @inline(__always) var bit: (UInt64, UInt64) {
        let n = Int(unsafeBitCast(self, to: UInt8.self))
        return n < 64 ? (1 << UInt64(n), 0) : (0, 1 << UInt64(n - 64))
    }
}

/// A value of a typed context: the kinds the generators put in `[String: Any]` contexts.
enum PageValue {
    case string(String)
    case bool(Bool)
    case int(Int)
    case fields(PageFields)
    case list([PageFields])
    case strings([String])
    /// Markup made as UTF-8 bytes (an entity's graph, an article's body): a `String` to the library, printed as it is.
    case bytes([UInt8])
    /// A list of contexts whose values are all text (`TextRows`): to a template, `.list` of each row's fields as `.bytes`.
    case rows(TextRows)

    /// The value as a `[String: Any]` context holds it.
    var any: Any {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .int(let i): return i
        case .fields(let f): return f.dictionary
        case .list(let l): return l.map(\.dictionary)
        case .strings(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .rows(let r): return r.list.map(\.dictionary)
        }
    }
}

extension PageValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
}

/// A typed context (one dictionary of a `[String: Any]` context): fields in the order of `Field`'s cases, so that a
/// field's entry is found by counting the fields held before it (`position`), not by a scan.
struct PageFields: ExpressibleByDictionaryLiteral {
    /// A field and its value. (A struct, not a tuple: an array of tuples was destroyed through the runtime's generic
    /// tuple witness, element by element, ~27 M instructions of a 1k build's pages.)
    struct Entry {
        var field: Field
        var value: PageValue
    }

    private(set) var entries: [Entry] = []
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init() {}

    init(dictionaryLiteral elements: (Field, PageValue)...) {
        entries.reserveCapacity(elements.count)
        for (f, v) in elements { self[f] = v }
    }

    var count: Int { entries.count }

    mutating func reserveCapacity(_ n: Int) { entries.reserveCapacity(n) }

    @inline(__always) func has(_ field: Field) -> Bool {
        let (l, h) = field.bit
        return low & l != 0 || high & h != 0
    }

    /// The index of `field`'s entry, held or to be put in: the number of fields held before it. (A page's base context
    /// has ~25 fields: a scan for each of its template's names was most of a look-up.)
    @inline(__always) private func position(_ field: Field) -> Int {
        let n = UInt64(unsafeBitCast(field, to: UInt8.self))
        if n < 64 { return (low & ((1 << n) &- 1)).nonzeroBitCount }
        return low.nonzeroBitCount + (high & ((1 << (n - 64)) &- 1)).nonzeroBitCount
    }

    subscript(field: Field) -> PageValue? {
        get {
            guard has(field) else { return nil }
            // (through the buffer: iterating `entries` copied every entry's value, a retain and release each)
            let i = position(field)
            return entries.withUnsafeBufferPointer { $0[i].value }
        }
        set {
            let i = position(field)
            if has(field) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i); clear(field) }
            } else if let newValue {
                let entry = Entry(field: field, value: newValue)
                if i == entries.count { entries.append(entry) } else { entries.insert(entry, at: i) }
                let (l, h) = field.bit
                low |= l
                high |= h
            }
        }
    }

    private mutating func clear(_ field: Field) {
        let (l, h) = field.bit
        low &= ~l
        high &= ~h
    }

    /// Sets every field of `other` over this one's (`other` wins): the two lists, both in field order, merged in one pass.
    mutating func merge(_ other: PageFields) {
        guard !other.entries.isEmpty else { return }
        guard !entries.isEmpty else { return self = other }
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + other.entries.count)
        entries.withUnsafeBufferPointer { a in
            other.entries.withUnsafeBufferPointer { b in
                var i = 0, j = 0
                while i < a.count || j < b.count {
                    if j == b.count || (i < a.count && a[i].field.index < b[j].field.index) {
                        merged.append(a[i]); i += 1
                    } else {
                        if i < a.count && a[i].field == b[j].field { i += 1 }  // (`other` wins)
                        merged.append(b[j]); j += 1
                    }
                }
            }
        }
        entries = merged
        low |= other.low
        high |= other.high
    }

    /// The same context as a `[String: Any]` (for swift-mustache, or a page fingerprinted by its context).
    var dictionary: [String: Any] {
        var d: [String: Any] = [:]
        d.reserveCapacity(entries.count)
        for e in entries { d[e.field.rawValue] = e.value.any }
        return d
    }
}

extension PageFields {
    /// `context` with every typed part in it (at any depth) made a dictionary, for swift-mustache.
    static func plain(_ context: [String: Any]) -> [String: Any] {
        var d = context
        for (k, v) in context {
            if let p = plainValue(v) { d[k] = p }
        }
        return d
    }

    /// The value with its typed parts made dictionaries, or nil when it holds none.
    private static func plainValue(_ v: Any) -> Any? {
        if let f = v as? PageFields { return f.dictionary }
        if let l = v as? [PageFields], !l.isEmpty { return l.map(\.dictionary) }
        if let d = v as? [String: Any] {
            return d.values.contains(where: { plainValue($0) != nil }) ? plain(d) : nil
        }
        if let a = v as? [Any], a.contains(where: { plainValue($0) != nil }) {
            return a.map { plainValue($0) ?? $0 }
        }
        return nil
    }
}

extension Array where Element == PageFields {
    /// A list of contexts as a template value.
    var value: PageValue { .list(self) }
}
