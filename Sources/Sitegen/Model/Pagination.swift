/// A list shown over several pages, with stable addresses: page 1 at the list's own address, page n
/// at `<folder>/page/<n>` (the file `<folder>/page/<n>.html`). Items keep their order; page k holds `items(k)`.
struct Pagination: Sendable, Equatable {
    /// The list's own address (page 1).
    let base: SitePath
    /// Number of items in the list.
    let count: Int
    /// `starts[k]` is the first item of page k + 1 (`starts[0] == 0`; a list of no items has one page).
    let starts: [Int]

    /// Pages of `perPage` items each (the last may hold fewer).
    init(base: SitePath, count: Int, perPage: Int) {
        precondition(perPage > 0)
        self.base = base
        self.count = count
        starts = Array(stride(from: 0, to: max(count, 1), by: perPage))
    }

    /// Pages filled in order: a page ends before the item that would take it over `maxItems` items or
    /// over `maxWeight` (the sum of `weights` of its items). A page always holds at least one item.
    init(base: SitePath, weights: [Int], maxItems: Int, maxWeight: Int) {
        self.base = base
        count = weights.count
        var starts = [0]
        var items = 0, weight = 0
        for (i, w) in weights.enumerated() {
            if items > 0 && (items + 1 > maxItems || weight + w > maxWeight) {
                starts.append(i)
                items = 0
                weight = 0
            }
            items += 1
            weight += w
        }
        self.starts = starts
    }

    var pageCount: Int { starts.count }
    var isPaged: Bool { starts.count > 1 }

    /// The address of page `page` (1-based).
    func path(_ page: Int) -> SitePath {
        Self.path(base: base, page: page)
    }

    static func path(base: SitePath, page: Int) -> SitePath {
        page == 1 ? base : SitePath(base.folder.isEmpty ? "page/\(page)" : base.folder + "/page/\(page)")
    }

    /// The items of page `page` (1-based).
    func items(_ page: Int) -> Range<Int> {
        starts[page - 1]..<(page < starts.count ? starts[page] : count)
    }

    /// The page (1-based) that holds item `item`.
    func page(of item: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= item { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}

/// How many items the lists of a site show per page. One set of sizes per build (`BuildOptions.listSizes`);
/// tests use small ones to exercise paging on small corpora.
public struct ListSizes: Sendable, Equatable {
    /// Articles per page of the article list, the month pages and the undated list.
    public var articles = 50
    /// Entities per page of each entity list.
    public var entities = 100
    /// Events per page of an entity's events, a chronology month or the undated events.
    public var events = 100
    /// Source sentences per page of an event.
    public var sources = 50
    /// Articles per page of an entity's mentions, and keyword-in-context snippets at most.
    public var mentionArticles = 40
    public var mentionSnippets = 120
    /// Entries per page of an index letter.
    public var indexEntries = 300
    /// The chronology is one page up to this many events; above it, an overview and a page per year,
    /// and a year with more events than this is split into month pages.
    public var chronologyPage = 300
    /// The index is one page up to this many entries; above it, an overview and a page per letter.
    public var indexPage = 600
    /// An entity page lists its events (and quotes) in full up to this many; above it, the newest
    /// `preview` and a link to the full, paged list.
    public var entityExtras = 20
    public var preview = 10

    public init() {}

    /// Fingerprints the sizes (they shape every list page).
    func combine(into h: inout ContentHasher) {
        for n in [articles, entities, events, sources, mentionArticles, mentionSnippets, indexEntries,
                  chronologyPage, indexPage, entityExtras, preview] { h.combine(n) }
    }

    /// Every size set to `n` (thresholds included): for tests on small corpora.
    public static func all(_ n: Int) -> ListSizes {
        var s = ListSizes()
        s.articles = n; s.entities = n; s.events = n; s.sources = n
        s.mentionArticles = n; s.mentionSnippets = 3 * n; s.indexEntries = n
        s.chronologyPage = n; s.indexPage = n; s.entityExtras = n; s.preview = max(1, n / 2)
        return s
    }
}
