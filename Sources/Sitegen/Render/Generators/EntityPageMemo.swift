import Foundation

/// The keys of the entity pages the last cached build made, kept so that an edit keys again only the entities it
/// reaches.
///
/// Every key `EntityPages` gives a page (its mentions, its lists of events and quotes) is made from the site-wide
/// parts of page keys, the cross-article model (`inputs`: entities and their mentions, paths, co-occurrences,
/// events, quotes, the articles' order, the list sizes) and the `articleDigests` of the articles the entity's
/// mentions and quotes are in, nothing else. So when `inputs` is the last build's and none of those articles'
/// digests changed, each of the entity's pages has the key the last build recorded for it, and is kept by that key
/// (`OutputSink.keepPages`, all or none) without its key being worked out again: an edit keyed 6k entities to find
/// the few it reached, most of its render time. Any other entity is keyed and rendered as before.
///
/// On disk: `entity-pages.bin` (`KeyedCacheFile`, keyed by `inputs`): the articles' digests, then each entity's
/// pages with their keys (or none, for an entity whose pages were not all recorded). Written by every build that
/// keeps keys; a record that does not fit the model is ignored.
final class EntityPageMemo: @unchecked Sendable {
    static let magic = "sitegen-entity-pages-1"
    private let store: KeyedCacheFile
    private let lock = NSLockBox()
    private var keptEntities = 0
    /// How many entities' pages builds kept through the memo so far (for the tests).
    var kept: Int { lock.withLock { keptEntities } }

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("entity-pages.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// Everything the keys of entity pages read besides the site-wide `seed` (`OutputSink.keySeed`) and the digests
    /// of the articles an entity's mentions and quotes are in (`articles(of:)`): entities with their mentions, paths,
    /// variants, co-occurrence rows, events and quotes, curated entries, the events' links and ranks, the articles'
    /// order, the list sizes, all in `ModelDigest.model` (made once a build, shared with the other pages' memos).
    static func inputs(_ site: SiteModel, seed: ContentHash) -> ContentHash {
        ModelDigest.memoInputs(magic, site, seed: seed)
    }

    /// Whether entity `e`'s pages read no article of which `changed` is true (the articles of its mentions and quotes).
    static func readsNone(of changed: [Bool], _ site: SiteModel, entity e: Int) -> Bool {
        for m in site.corpus.entities[e].mentions where changed[m.article] { return false }
        for q in site.references.quotesOfEntity[e] where changed[q.article] { return false }
        return true
    }

    /// A build's use of the memo: the last build's pages, and this build's as they are made.
    final class Session: @unchecked Sendable {
        private let memo: EntityPageMemo
        private let site: SiteModel
        private let inputs: ContentHash
        /// `changed[a]`: article a's digest is not the last build's.
        private let changed: [Bool]
        /// The last build's pages of each entity with their keys (empty when it left none that fit).
        private let previous: [[(path: SitePath, key: ContentHash)]?]
        /// The pages of each entity this build made (nil: not made, or kept).
        private var made: [[SitePath]?]
        /// `kept[e]`: entity e's pages were kept through the memo (their keys are `previous[e]`'s).
        private var kept: [Bool]
        private let lock = NSLockBox()

        fileprivate init(memo: EntityPageMemo, site: SiteModel, seed: ContentHash) {
            self.memo = memo
            self.site = site
            inputs = EntityPageMemo.inputs(site, seed: seed)
            made = Array(repeating: nil, count: site.corpus.entities.count)
            kept = Array(repeating: false, count: site.corpus.entities.count)
            let articleCount = site.articleDigests.count, entityCount = site.corpus.entities.count
            let record = memo.store.read(inputs) { r -> ([ContentHash], [[(path: SitePath, key: ContentHash)]?])? in
                guard try r.uvarint() == articleCount else { return nil }
                var digests: [ContentHash] = []
                digests.reserveCapacity(articleCount)
                for _ in 0..<articleCount { digests.append(try r.hash()) }
                guard try r.uvarint() == entityCount else { return nil }
                var pages: [[(path: SitePath, key: ContentHash)]?] = []
                pages.reserveCapacity(entityCount)
                for _ in 0..<entityCount {
                    guard try r.bool() else { pages.append(nil); continue }
                    let n = try r.count(atMost: r.remaining)
                    var list: [(path: SitePath, key: ContentHash)] = []
                    list.reserveCapacity(n)
                    for _ in 0..<n { list.append((SitePath(try r.string()), try r.hash())) }
                    pages.append(list)
                }
                return (digests, pages)
            }
            if let (digests, pages) = record {
                changed = zip(digests, site.articleDigests).map { $0 != $1 }
                previous = pages
            } else {
                changed = []
                previous = []
            }
        }

        /// Keeps entity `e`'s pages as the last build made them, when none of its inputs changed and every page is
        /// untouched; returns whether it did (else the caller makes them).
        func keep(_ e: Int, _ out: OutputSink) -> Bool {
            guard e < previous.count, let pages = previous[e],
                  EntityPageMemo.readsNone(of: changed, site, entity: e), out.keepPages(pages) else { return false }
            lock.withLock { kept[e] = true }
            memo.lock.withLock { memo.keptEntities += 1 }
            return true
        }

        /// Notes the pages this build made for entity `e`.
        func made(_ e: Int, _ paths: [SitePath]) {
            lock.withLock { made[e] = paths }
        }

        /// Writes every entity's pages with the keys this build recorded for them, for the next build.
        func finish(_ out: OutputSink) {
            let (made, kept) = lock.withLock { (self.made, self.kept) }
            memo.store.write(inputs) { w in
                w.uvarint(site.articleDigests.count)
                for d in site.articleDigests { w.hash(d) }
                w.uvarint(made.count)
                for (e, paths) in made.enumerated() {
                    // (the keys of pages kept through the memo are the last build's; the others' are this build's records)
                    if kept[e], let pages = previous[e] {
                        w.bool(true)
                        w.uvarint(pages.count)
                        for p in pages { w.string(p.path.folder); w.hash(p.key) }
                        continue
                    }
                    let keys = paths?.map { out.recordedKey($0) } ?? []
                    guard let paths, !keys.contains(where: { $0 == nil }) else { w.bool(false); continue }
                    w.bool(true)
                    w.uvarint(paths.count)
                    for (p, k) in zip(paths, keys) { w.string(p.folder); w.hash(k!) }
                }
            }
        }
    }

    /// Starts a build's use of the memo (nil for a build that keeps no keys).
    static func session(_ site: SiteModel, _ out: OutputSink) -> Session? {
        guard let memo = site.shared.existing(EntityPageMemo.self), let seed = out.keySeed else { return nil }
        return Session(memo: memo, site: site, seed: seed)
    }
}
