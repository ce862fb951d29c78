import Foundation

/// The pages of a whole family (the entity lists, the index's letter pages) with the keys the last cached build
/// recorded, kept as one record under a digest of everything the family reads: when the digest is the last build's,
/// every page of the family has the key the last build recorded, and all are kept by those keys (`OutputSink.keepPages`,
/// all or none) without the family's layout or keys being worked out. Otherwise the generator makes its pages as before
/// and the record is written anew from the keys this build recorded.
///
/// The digest must cover everything the family's pages read besides the site-wide key seed: `ModelDigest.model` and
/// `ModelDigest.allMeta` cover entities, events and the articles' own fields (not their text).
///
/// On disk: `<family>-family.bin` (`KeyedCacheFile`, keyed by the digest): each page's path and key.
final class FamilyPageMemo: @unchecked Sendable {
    private let store: KeyedCacheFile
    private let lock = NSLockBox()
    private var keptFamilies = 0
    /// How many times builds kept the family's pages through the memo so far (for the tests).
    var kept: Int { lock.withLock { keptFamilies } }

    init(family: String, folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("\(family)-family.bin"), magic: "sitegen-\(family)-family-1",
                               toolIdentity: toolIdentity)
    }

    /// The memos of the families that use one.
    final class Families: @unchecked Sendable {
        let entityLists: FamilyPageMemo
        let indexLetters: FamilyPageMemo
        let index: FamilyPageMemo
        let home: FamilyPageMemo
        let graph: FamilyPageMemo
        init(folder: URL, toolIdentity: ContentHash) {
            entityLists = FamilyPageMemo(family: "entity-lists", folder: folder, toolIdentity: toolIdentity)
            indexLetters = FamilyPageMemo(family: "index-letters", folder: folder, toolIdentity: toolIdentity)
            index = FamilyPageMemo(family: "index", folder: folder, toolIdentity: toolIdentity)
            home = FamilyPageMemo(family: "home", folder: folder, toolIdentity: toolIdentity)
            graph = FamilyPageMemo(family: "graph", folder: folder, toolIdentity: toolIdentity)
        }
    }

    /// A build's use of the memo.
    final class Session: @unchecked Sendable {
        private let memo: FamilyPageMemo
        private let digest: ContentHash
        private var made: [SitePath] = []
        private let lock = NSLockBox()

        fileprivate init(memo: FamilyPageMemo, digest: ContentHash) {
            self.memo = memo
            self.digest = digest
        }

        /// Keeps every page of the family as the last build recorded it, when the digest is the last build's and every
        /// page is untouched; returns whether it did (else the caller makes the pages).
        func keepAll(_ out: OutputSink) -> Bool {
            let pages = memo.store.read(digest) { r -> [(path: SitePath, key: ContentHash)]? in
                let n = try r.count(atMost: r.remaining)
                var pages: [(path: SitePath, key: ContentHash)] = []
                pages.reserveCapacity(n)
                for _ in 0..<n { pages.append((SitePath(try r.string()), try r.hash())) }
                return pages
            }
            guard let pages, out.keepPages(pages) else { return false }
            memo.lock.withLock { memo.keptFamilies += 1 }
            return true
        }

        /// Notes a page this build made.
        func made(_ path: SitePath) { lock.withLock { made.append(path) } }

        /// Writes the pages this build made with the keys it recorded for them (nothing when one has none).
        func finish(_ out: OutputSink) {
            let made = lock.withLock { self.made }.sorted()
            let keys = made.map { out.recordedKey($0) }
            guard !keys.contains(where: { $0 == nil }) else { return }
            memo.store.write(digest) { w in
                w.uvarint(made.count)
                for (p, k) in zip(made, keys) { w.string(p.folder); w.hash(k!) }
            }
        }
    }

    /// Starts a build's use of the memo of `family` (nil for a build that keeps no keys): its digest is the family's
    /// name, the site-wide key seed, the model, the articles' own fields and `extra` (what else the family reads).
    static func session(_ family: KeyPath<Families, FamilyPageMemo>, _ site: SiteModel, _ out: OutputSink,
                        extra: () -> ContentHash = { ContentHash(high: 0, low: 0) }) -> Session? {
        guard let families = site.shared.existing(Families.self), let seed = out.keySeed else { return nil }
        let memo = families[keyPath: family]
        let digest = ModelDigest.of(site)
        var h = ContentHasher()
        h.combine(memo.store.file.lastPathComponent)
        h.combine(seed)
        h.combine(digest.model)
        h.combine(digest.allMeta)
        h.combine(extra())
        return Session(memo: memo, digest: h.finalize())
    }
}
