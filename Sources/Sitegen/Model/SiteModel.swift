import Foundation
import ArabicDates
import Extraction
import Resolution

/// The site as page generators see it: configuration, articles with their URLs and parsed bodies.
///
/// Built once by the pipeline, then read concurrently by the generators (it is never mutated after).
public final class SiteModel: @unchecked Sendable {
    public let config: SiteConfig
    public let articles: [Article]
    /// `articlePaths[i]` is where article i is published.
    public let articlePaths: [SitePath]
    let bodies: [ArticleBody]
    /// Finds scalar offsets in `bodies[a].blocks[b]` (see `slice(article:block:_:_:)`).
    let blockOffsets: BlockOffsets
    /// Article indexes, newest first (undated last, then by title).
    public let articlesByDate: [Int]
    /// `articleRank[a]` is the position of article a in `articlesByDate`.
    let articleRank: [Int]
    /// What extraction found in each article (`extractions[i]` belongs to `articles[i]`; block indexes
    /// are the body's top-level blocks, so `TextSpan.block` b is anchored `#p<b+1>` on the article page).
    public let extractions: [DocumentExtraction]
    /// Entities and events merged across the corpus.
    public let corpus: ResolvedCorpus
    /// `entityPaths[e]` is the page of `corpus.entities[e]` (`entities/<id>`).
    public let entityPaths: [SitePath]
    /// `eventPaths[e]` is the page of `corpus.events[e]` (`events/<id>`).
    public let eventPaths: [SitePath]
    /// Co-occurrence and membership indexes over entities, events and articles.
    let references: CrossReferences
    /// `articleDigests[a]` fingerprints everything pages show of article a besides its own page:
    /// path, title, source, displayed date, body text and the spans of its sentences and mentions.
    /// Page parts made from an article (snippets, links) are keyed by it (see `DeferredValue`).
    let articleDigests: [ContentHash]
    /// `articleDates[a]` is `display(articles[a].date)`, made once (with the digests): links to an article
    /// from every page that lists or quotes it showed its date formatted anew.
    let articleDates: [String?]
    /// `copies[a]`: the other copies of article a's story, listed on its page (see `RepublishedGroups`).
    public let copies: [[Article]]
    /// Event indexes in date order (undated last).
    public let eventsByDate: [Int]
    /// `eventRank[e]` is the position of event e in `eventsByDate`.
    let eventRank: [Int]
    /// How many items list pages show.
    let sizes: ListSizes
    /// Page layouts several generators share (date groups, letter groups), computed on first use.
    let shared = SharedValues()

    init(config: SiteConfig, articles: [Article], bodies: [ArticleBody],
         extractions: [DocumentExtraction]? = nil, corpus: ResolvedCorpus = ResolvedCorpus(), copies: [[Article]] = [],
         sizes: ListSizes = ListSizes(), slugStore: ArticleSlugStore? = nil, slugs known: [String]? = nil,
         jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.config = config
        self.sizes = sizes
        self.articles = articles
        self.copies = copies.count == articles.count ? copies : Array(repeating: [], count: articles.count)
        self.bodies = bodies
        blockOffsets = BlockOffsets(bodies: bodies)
        self.extractions = extractions ?? Array(repeating: DocumentExtraction(), count: articles.count)
        self.corpus = corpus
        entityPaths = corpus.entities.map { SitePath("entities/" + $0.id) }
        eventPaths = corpus.events.map { SitePath("events/" + $0.id) }
        // the articles' addresses (a serial pass over the titles, unless made beforehand) beside the cross references
        // and the event order
        let extractions = self.extractions
        let (slugs, (references, eventsByDate)) = concurrently(jobs: known == nil ? jobs : 1, {
            known ?? Self.articleSlugs(articles, store: slugStore)
        }, {
            (CrossReferences(corpus: corpus, extractions: extractions), Self.eventOrder(corpus.events))
        })
        self.references = references
        self.eventsByDate = eventsByDate
        var rank = Array(repeating: 0, count: corpus.events.count)
        for (r, e) in eventsByDate.enumerated() { rank[e] = r }
        eventRank = rank
        articlePaths = slugs.map { SitePath("articles/" + $0) }
        articlesByDate = Self.newestFirst(articles)
        let digests = Self.digests(articles: articles, paths: articlePaths, bodies: bodies,
                                   extractions: self.extractions, months: config.months, jobs: jobs)
        articleDigests = digests.map(\.hash)
        articleDates = digests.map(\.date)
        var articleRank = Array(repeating: 0, count: articles.count)
        for (r, a) in articlesByDate.enumerated() { articleRank[a] = r }
        self.articleRank = articleRank
    }

    /// The slugs of the articles' addresses (`articles/<slug>`), from their titles and files only: read back from `store`
    /// when it holds them for the same inputs. (The article folder also holds the list's pages and the date pages:
    /// `page/2.html`, `2017.html`, `undated.html`.)
    static func articleSlugs(_ articles: [Article], store: ArticleSlugStore?) -> [String] {
        let titles = articles.map(\.title), files = articles.map(\.file)
        let assign = {
            Slugs.assign(titles: titles, keys: files, fallbackPrefix: "article",
                         reserved: { $0 == "page" || $0 == "undated" || $0.utf8.allSatisfy { (48...57).contains($0) } })
        }
        return store.map { $0.slugs(titles: titles, keys: files, compute: assign) } ?? assign()
    }

    /// Article indexes, newest first (undated last; ties by file, then as they come): as `newestFirstByComparing`, from one
    /// number per article when the files come in ascending order (as the input folder is read) and the dates' parts are
    /// in range; sorting 10k articles with the comparison, its ties decided by comparing files, was a seventh of the model.
    static func newestFirst(_ articles: [Article]) -> [Int] {
        guard articles.count < 1 << 24 else { return newestFirstByComparing(articles) }
        var keys: [UInt64] = []
        keys.reserveCapacity(articles.count)
        for i in articles.indices {
            if i > 0 && articles[i].file < articles[i - 1].file { return newestFirstByComparing(articles) }
            guard let d = articles[i].date else { keys.append(1 << 63 | UInt64(i)); continue }
            // (no month or day 0: then equal numbers are equal dates, as the comparison's ties need)
            guard (0...9999).contains(d.year), d.month.map({ (1...99).contains($0) }) ?? true,
                  d.day.map({ (1...99).contains($0) }) ?? true else { return newestFirstByComparing(articles) }
            let code = d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0)
            keys.append(UInt64(99_999_999 - code) << 24 | UInt64(i))
        }
        keys.sort()
        return keys.map { Int($0 & 0xFF_FFFF) }
    }

    /// Article indexes, newest first, by comparing the articles (undated last, then by file).
    static func newestFirstByComparing(_ articles: [Article]) -> [Int] {
        articles.indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return articles[a].file < articles[b].file
            }
        }
    }

    /// Event indexes in date order (undated last; ties by id).
    private static func eventOrder(_ events: [Event]) -> [Int] {
        events.indices.sorted { a, b in
            switch (events[a].date, events[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return events[a].id < events[b].id
            }
        }
    }

    private static func digests(articles: [Article], paths: [SitePath], bodies: [ArticleBody],
                                extractions: [DocumentExtraction], months: MonthNameStyle, jobs: Int) -> [(hash: ContentHash, date: String?)] {
        // each distinct date formatted once (10k articles have a few thousand dates: formatting was a third of this)
        var formatted: [PartialDate: String] = [:]
        for i in articles.indices {
            if let d = articles[i].date, formatted[d] == nil { formatted[d] = ArabicDateFormatter.format(d, style: months) }
        }
        return parallelMap(articles.count, jobs: jobs) { [formatted] a in
            var h = ContentHasher()
            // (the article's fields read in place: a copy of the whole `Article` retained and released each of its
            // fields, 10k times an edit in each of the keys made of every article)
            let date = articles[a].date.map { formatted[$0]! }
            h.combine(paths[a].folder)
            h.combine(articles[a].title)
            h.combine(articles[a].source ?? "\u{0}")
            h.combine(date ?? "\u{0}")
            h.combine(articles[a].dateSource.rawValue)
            // the blocks' text by the Markdown they are made from (the digest a cached article keeps: hashing 10k
            // articles' blocks again was a twentieth of a one-article edit)
            h.combine(articles[a].markdownText.digest)
            h.combine(extractions[a].sentences.count)
            for s in extractions[a].sentences { h.combine(s.span.block); h.combine(s.span.start); h.combine(s.span.end) }
            h.combine(extractions[a].mentions.count)
            for m in extractions[a].mentions {
                h.combine(m.span.block); h.combine(m.span.start); h.combine(m.span.end); h.combine(m.sentence)
            }
            return (h.finalize(), date)
        }
    }

    /// Date range covered by the articles' dates.
    public var dateRange: (first: PartialDate, last: PartialDate)? {
        let dates = articles.compactMap(\.date)
        guard let lo = dates.min(), let hi = dates.max() else { return nil }
        return (lo, hi)
    }

    /// Plain text of a sentence of article `article`.
    public func sentenceText(article: Int, sentence: Int) -> String {
        let span = extractions[article].sentences[sentence].span
        return slice(article: article, block: span.block, span.start, span.end)
    }

    /// Adds `sentenceText(article:sentence:)` to `h` as `combine(String)` would, from the block's UTF-8 in place: a key
    /// that reads a sentence of thousands of articles (`events.json`'s) makes none of their blocks `String`s (a cached
    /// article's are left as its analysis shard stored them: `CachedBlocks`).
    func combineSentenceText(article: Int, sentence: Int, into h: inout ContentHasher) {
        let span = extractions[article].sentences[sentence].span
        bodies[article].withBlockUTF8(span.block) { Self.combineSlice($0, span.start, span.end, into: &h) }
    }

    /// Adds the text `ScalarOffsets.slice` cuts from the text of these UTF-8 bytes (scalars `start..<end`, empty when
    /// the range is empty or out of bounds) to `h`, as `combine(String)` would.
    static func combineSlice(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into h: inout ContentHasher) {
        // the byte offsets of scalars `start` and `end` (`ScalarOffsets.utf8Offset`: the end of the bytes for the count)
        var lo = u.count, hi = u.count, scalar = 0
        for offset in 0..<u.count where u[offset] & 0xC0 != 0x80 {
            if scalar == start { lo = offset }
            if scalar == end { hi = offset; break }
            scalar += 1
        }
        // (`scalar` is now `end`, or the scalar count when the loop went to the end)
        guard start >= 0, end <= scalar, start < end else { return h.combine("") }
        h.combine(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(u)[lo..<hi]))
    }

    /// The scalars `start..<end` of block `block` of article `article`, found in constant time.
    func slice(article: Int, block: Int, _ start: Int, _ end: Int) -> String {
        blockOffsets.slice(article: article, block: block, start, end)
    }

    /// Link from `page` to the paragraph of an article holding a span.
    public func link(from page: SitePath, article: Int, block: Int) -> String {
        page.link(to: articlePaths[article], fragment: "p\(block + 1)")
    }

    /// A date as a reader sees it, in the site's month names.
    public func display(_ date: PartialDate?) -> String? {
        date.map { ArabicDateFormatter.format($0, style: config.months) }
    }
}

/// Values derived from the site model that several generators read (page layouts), each computed
/// once, on first use, whichever thread asks first. A thread making one value holds up only the threads
/// that ask for the same one (the worker threads of one generator).
final class SharedValues: @unchecked Sendable {
    private let lock = NSLockBox()
    private var values: [ObjectIdentifier: Any] = [:]
    /// One lock per type of value, held while the value is made.
    private var making: [ObjectIdentifier: NSLockBox] = [:]

    func value<T>(_ type: T.Type, make: () -> T) -> T {
        let id = ObjectIdentifier(type)
        if let v = existing(type) { return v }
        let maker = lock.withLock { () -> NSLockBox in
            if let m = making[id] { return m }
            let m = NSLockBox()
            making[id] = m
            return m
        }
        return maker.withLock {
            if let v = existing(type) { return v }
            let v = make()
            lock.withLock { values[id] = v }
            return v
        }
    }

    /// Sets the value of type `T` before any generator asks for it (e.g. where a cache is kept).
    func set<T>(_ value: T) {
        lock.withLock { values[ObjectIdentifier(T.self)] = value }
    }

    /// The value of type `T`, if it was made or set.
    func existing<T>(_ type: T.Type) -> T? {
        lock.withLock { values[ObjectIdentifier(type)] as? T }
    }
}
