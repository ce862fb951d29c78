import Extraction

/// The A–Z index as letter pages: every entity, event and article filed under the first letter of
/// its sort key (`ArabicCollation`), letters in Arabic alphabetical order, then Latin letters, then
/// one group for digits and symbols. Within a letter: people, organizations, places, events, articles,
/// each alphabetically. A letter's entries fill pages of `sizes.indexEntries` (`a-z/<letter>.html`,
/// `a-z/<letter>/page/2.html` …).
///
/// A site whose index has at most `sizes.indexPage` entries keeps it on one page (`split` false).
struct IndexLayout {
    enum Kind: String, CaseIterable {
        case person, organization, place, event, article

        var heading: String {
            switch self {
            case .person: return "الأشخاص"
            case .organization: return "المنظمات"
            case .place: return "الأماكن"
            case .event: return "الأحداث"
            case .article: return "المقالات"
            }
        }

        /// The kind's place in a letter (its place in `allCases`).
        var rank: Int {
            switch self {
            case .person: 0
            case .organization: 1
            case .place: 2
            case .event: 3
            case .article: 4
            }
        }
    }

    struct Entry {
        let kind: Kind
        /// Entity, event or article index.
        let item: Int
    }

    struct Letter {
        /// As shown ("ب", "B", "#").
        let letter: String
        /// Its file name under `a-z/` ("ba", "b", "0-9").
        let slug: String
        /// Kind, then alphabetical.
        let entries: [Entry]
        let pages: Pagination
        /// Where each kind's entries begin in `entries`.
        let firstOfKind: [Kind: Int]

        func count(_ kind: Kind) -> Int {
            guard let start = firstOfKind[kind] else { return 0 }
            let later = Kind.allCases.drop { $0 != kind }.dropFirst().compactMap { firstOfKind[$0] }.min() ?? entries.count
            return later - start
        }
    }

    /// The index's folder: `a-z.html`, letters at `a-z/<letter>.html` (not "index": `index.html` is home).
    static let path = SitePath("a-z")

    let letters: [Letter]
    let total: Int
    /// More entries than one page holds: an overview and a page per letter.
    let split: Bool

    /// The layout of `site`, computed once per build (its collation keys and letters on `jobs` threads); read from
    /// the build cache when one was set (`IndexLayoutStore`) and the index's inputs did not change since it was written.
    static func of(_ site: SiteModel, jobs: Int = 1) -> IndexLayout {
        let store = site.shared.existing(IndexLayoutStore.self)
        return site.shared.value(IndexLayout.self) { store?.layout(of: site, jobs: jobs) ?? IndexLayout(site: site, jobs: jobs) }
    }

    init(site: SiteModel, jobs: Int = 1) {
        let (total, letters) = Self.ordered(site, jobs: jobs)
        self.init(site: site, total: total, letters: letters)
    }

    /// A layout from its letters in order and their entries (nil: the one-page index).
    init(site: SiteModel, total: Int, letters: [(letter: String, entries: [Entry])]?) {
        self.total = total
        split = letters != nil
        self.letters = (letters ?? []).map { letter, entries in
            var first: [Kind: Int] = [:]
            for (i, e) in entries.enumerated() where first[e.kind] == nil { first[e.kind] = i }
            let slug = Self.slug(letter)
            return Letter(letter: letter, slug: slug, entries: entries,
                          pages: Pagination(base: SitePath(Self.path.folder + "/" + slug), count: entries.count, perPage: site.sizes.indexEntries),
                          firstOfKind: first)
        }
    }

    /// Every entry's sort key (`ArabicCollation`), then the letters in order with their entries sorted;
    /// nil letters when the index fits on one page. The keys, and each letter's sort, are made on `jobs` threads
    /// (the same for any number: each is a pure function of its entries, gathered in entry and letter order).
    static func ordered(_ site: SiteModel, jobs: Int = 1) -> (total: Int, letters: [(letter: String, entries: [Entry])]?) {
        var named: [(name: String, entry: Entry)] = []
        named.reserveCapacity(site.corpus.entities.count + site.corpus.events.count + site.articles.count)
        // (the names and titles read in place: not a copy of every entity, event and article with all their arrays)
        site.corpus.entities.withUnsafeBufferPointer { entities in
            for e in entities.indices {
                let type = entities[e].type
                let kind: Kind = type == .person ? .person : type == .organization ? .organization : .place
                named.append((entities[e].name, Entry(kind: kind, item: e)))
            }
        }
        for i in site.corpus.events.indices { named.append((site.corpus.events[i].title, Entry(kind: .event, item: i))) }
        for a in site.articles.indices { named.append((site.articles[a].title, Entry(kind: .article, item: a))) }
        guard named.count > site.sizes.indexPage else { return (named.count, nil) }
        let keyed: [(key: String, initial: String, name: String, entry: Entry)] = parallelMap(named.count, jobs: jobs) { i in
            let key = ArabicCollation.sortKey(named[i].name)
            return (key, ArabicCollation.initial(of: key), named[i].name, named[i].entry)
        }
        var groups: [String: [Int]] = [:]
        for (i, k) in keyed.enumerated() { groups[k.initial, default: []].append(i) }
        let order = groups.keys.sorted { ArabicCollation.precedes(Self.orderKey($0), Self.orderKey($1)) }
        let sortedLetters = parallelMap(order.count, jobs: jobs) { l in
            sortedEntries(groups[order[l]]!, keyed)
        }
        return (keyed.count, zip(order, sortedLetters).map { ($0, $1) })
    }

    /// The entries `members` of one letter in index order: kind, then sort key (`ArabicCollation.precedes`), then
    /// name and item. Each entry's kind rank, collation rank and key bytes are taken once, not in every comparison
    /// (the comparison looked the kinds up in a dictionary and the keys' first scalars' properties each time).
    /// `sortedEntriesByKeys` is the comparison it replaces (`IndexLayoutOrderTests`).
    static func sortedEntries(_ members: [Int], _ keyed: [(key: String, initial: String, name: String, entry: Entry)]) -> [Entry] {
        var keyBytes: [UInt8] = []
        var spans: [(kind: Int, rank: Int, start: Int, end: Int)] = []
        spans.reserveCapacity(members.count)
        for i in members {
            let start = keyBytes.count
            keyBytes.append(contentsOf: keyed[i].key.utf8)
            spans.append((keyed[i].entry.kind.rank, ArabicCollation.rank(keyed[i].key), start, keyBytes.count))
        }
        let order = keyBytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                Array(members.indices).sorted { x, y in
                    let a = spans[x], b = spans[y]
                    if a.kind != b.kind { return a.kind < b.kind }
                    if a.rank != b.rank { return a.rank < b.rank }
                    let p = UnsafeBufferPointer(rebasing: bytes[a.start..<a.end])
                    let q = UnsafeBufferPointer(rebasing: bytes[b.start..<b.end])
                    if p.lexicographicallyPrecedes(q) { return true }
                    if q.lexicographicallyPrecedes(p) { return false }
                    let (i, j) = (members[x], members[y])
                    return (keyed[i].name, keyed[i].entry.item) < (keyed[j].name, keyed[j].entry.item)
                }
            }
        }
        return order.map { keyed[members[$0]].entry }
    }

    /// `sortedEntries` by comparing the keys as strings in every comparison (what it replaced; for tests).
    static func sortedEntriesByKeys(_ members: [Int], _ keyed: [(key: String, initial: String, name: String, entry: Entry)]) -> [Entry] {
        let kindRank = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        return members.sorted { i, j in
            let a = keyed[i], b = keyed[j]
            if a.entry.kind != b.entry.kind { return kindRank[a.entry.kind]! < kindRank[b.entry.kind]! }
            if ArabicCollation.precedes(a.key, b.key) { return true }
            if ArabicCollation.precedes(b.key, a.key) { return false }
            return (a.name, a.entry.item) < (b.name, b.entry.item)
        }.map { keyed[$0].entry }
    }

    /// Letters sort as keys do, with "#" (digits and symbols) last.
    private static func orderKey(_ letter: String) -> String { letter == "#" ? "\u{10FFFF}" : letter }

    /// Arabic letters by name, Latin letters as themselves, digits and symbols as "0-9", any other
    /// letter by its code point.
    static func slug(_ letter: String) -> String {
        if letter == "#" { return "0-9" }
        if let s = arabicNames[letter] { return s }
        if letter.unicodeScalars.count == 1, let u = letter.unicodeScalars.first, u.isASCII { return letter.lowercased() }
        return "u" + letter.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    private static let arabicNames: [String: String] = [
        "ء": "hamza", "ا": "alif", "ب": "ba", "ت": "ta", "ث": "tha", "ج": "jim", "ح": "hha", "خ": "kha",
        "د": "dal", "ذ": "dhal", "ر": "ra", "ز": "zay", "س": "sin", "ش": "shin", "ص": "sad", "ض": "dad",
        "ط": "tta", "ظ": "dha", "ع": "ain", "غ": "ghain", "ف": "fa", "ق": "qaf", "ك": "kaf", "ل": "lam",
        "م": "mim", "ن": "nun", "ه": "ha", "و": "waw", "ي": "ya",
    ]

    /// Where the entries of `kind` under `letter` begin: its page and the section's anchor.
    func link(_ letter: Letter, kind: Kind, from path: SitePath) -> String? {
        guard let first = letter.firstOfKind[kind] else { return nil }
        return path.link(to: letter.pages.path(letter.pages.page(of: first)), fragment: kind.rawValue)
    }

    /// The letter bar: `{rows: [{letters: [{letter, href, current}]}]}`, Arabic letters in one row,
    /// other letters in a second, digits and symbols last; only letters with entries of `kind` when
    /// given (linking to where they begin).
    func letterBar(kind: String? = nil, from path: SitePath, current: String? = nil) -> [String: Any] {
        let wanted = kind.flatMap(Kind.init(rawValue:))
        var rows: [[[String: Any]]] = [[], [], []]
        for l in letters {
            let href: String
            if let wanted {
                guard let h = link(l, kind: wanted, from: path) else { continue }
                href = h
            } else {
                href = path.link(to: l.pages.base)
            }
            let row = l.letter == "#" ? 2 : min(ArabicCollation.rank(l.letter), 1)
            rows[row].append(["letter": l.letter, "href": href, "current": l.letter == current])
        }
        return ["rows": rows.filter { !$0.isEmpty }.map { ["letters": $0] }]
    }

    /// The letter bar of the one-page index for the entities `members` of `type`: links to the letter
    /// groups of the type's part (`a-z.html#person-628`).
    static func onePageBar(site: SiteModel, type: EntityType, members: [Int], from path: SitePath) -> [String: Any] {
        let groups = ArabicCollation.grouped(members) { site.corpus.entities[$0].name }
        var rows: [[[String: Any]]] = [[], [], []]
        for g in groups {
            let row = g.letter == "#" ? 2 : min(ArabicCollation.rank(g.letter), 1)
            rows[row].append(["letter": g.letter, "current": false,
                              "href": path.link(to: Self.path, fragment: ArabicCollation.anchor(type.rawValue, g.letter))])
        }
        return ["rows": rows.filter { !$0.isEmpty }.map { ["letters": $0] }]
    }
}
