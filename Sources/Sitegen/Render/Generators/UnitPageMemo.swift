import Foundation

/// The keys of the pages a family of units (an article's page, an event's pages) got in the last cached build, kept so
/// that an edit keys again only the units it reaches (the pattern of `EntityPageMemo`).
///
/// A unit's pages are `Pagination.path(base:page:)` of its base path, pages 1…n. Their keys must be made from the
/// generator's `inputs` (a digest of everything cross-article they read, with the site-wide key seed: `ModelDigest`)
/// and the unit's own digest (everything else they read, its base path too), nothing else. So when `inputs` is the
/// last build's and a unit's digest too, each of its pages has the key the last build recorded, and is kept by it
/// (`OutputSink.keepPages`, all or none) without its key being worked out. Any other unit is keyed and made as before.
///
/// On disk: `<family>-pages.bin` (`KeyedCacheFile`, keyed by `inputs`): the units' digests, then each unit's keys (or
/// none, for a unit whose pages were not all recorded). Written by every build that keeps keys.
final class UnitPageMemo: @unchecked Sendable {
    let family: String
    private let store: KeyedCacheFile
    private let lock = NSLockBox()
    private var keptUnits = 0
    /// How many units' pages builds kept through the memo so far (for the tests).
    var kept: Int { lock.withLock { keptUnits } }

    init(family: String, folder: URL, toolIdentity: ContentHash) {
        self.family = family
        store = KeyedCacheFile(file: folder.appendingPathComponent("\(family)-pages.bin"), magic: "sitegen-\(family)-pages-1",
                               toolIdentity: toolIdentity)
    }

    /// The memos of the page families that use one, by family (`articles`, `events`).
    final class Families: @unchecked Sendable {
        let articles: UnitPageMemo
        let events: UnitPageMemo
        init(folder: URL, toolIdentity: ContentHash) {
            articles = UnitPageMemo(family: "article", folder: folder, toolIdentity: toolIdentity)
            events = UnitPageMemo(family: "event", folder: folder, toolIdentity: toolIdentity)
        }
    }

    /// A build's use of the memo: the last build's keys, and this build's pages as they are made.
    final class Session: @unchecked Sendable {
        private let memo: UnitPageMemo
        private let inputs: ContentHash
        private let units: [ContentHash]
        /// The last build's keys of each unit's pages (nil: none kept; empty arrays when the record did not fit).
        private let previous: [[ContentHash]?]
        /// The pages of each unit this build made (nil: not made, or kept).
        private var made: [[SitePath]?]
        /// `kept[u]`: unit u's pages were kept through the memo (their keys are `previous[u]`).
        private var kept: [Bool]
        private var keptCount = 0
        private let lock = NSLockBox()

        fileprivate init(memo: UnitPageMemo, inputs: ContentHash, units: [ContentHash]) {
            self.memo = memo
            self.inputs = inputs
            self.units = units
            made = Array(repeating: nil, count: units.count)
            kept = Array(repeating: false, count: units.count)
            let count = units.count
            let record = memo.store.read(inputs) { r -> [[ContentHash]?]? in
                guard try r.uvarint() == count else { return nil }
                var keys: [[ContentHash]?] = []
                keys.reserveCapacity(count)
                for u in 0..<count {
                    let same = try r.hash() == units[u]
                    guard try r.bool() else { keys.append(nil); continue }
                    let n = try r.count(atMost: r.remaining / 16)
                    var list: [ContentHash] = []
                    list.reserveCapacity(n)
                    for _ in 0..<n { list.append(try r.hash()) }
                    keys.append(same ? list : nil)
                }
                return keys
            }
            previous = record ?? []
        }

        /// Keeps unit `u`'s pages (`base` and its continuations) as the last build made them, when the unit's digest
        /// is the last build's and every page is untouched; returns whether it did (else the caller makes them).
        func keep(_ u: Int, base: SitePath, _ out: OutputSink) -> Bool {
            guard u < previous.count, let keys = previous[u], !keys.isEmpty else { return false }
            // (a unit of one page, as every article is, kept without arrays made for it)
            let done = keys.count == 1 ? out.keepPage(base, key: keys[0])
                : out.keepPages(keys.indices.map { (path: Pagination.path(base: base, page: $0 + 1), key: keys[$0]) })
            guard done else { return false }
            lock.withLock {
                kept[u] = true
                keptCount += 1
            }
            return true
        }

        /// Notes the pages this build made for unit `u` (`Pagination.path(base:page:)` of pages 1…n, in that order).
        func made(_ u: Int, _ paths: [SitePath]) {
            lock.withLock { made[u] = paths }
        }

        /// Writes every unit's digest and the keys this build recorded for its pages, for the next build.
        func finish(_ out: OutputSink) {
            let (made, kept, keptCount) = lock.withLock { (self.made, self.kept, self.keptCount) }
            memo.lock.withLock { memo.keptUnits += keptCount }
            memo.store.write(inputs) { w in
                w.uvarint(units.count)
                for u in units.indices {
                    w.hash(units[u])
                    // (the keys of pages kept through the memo are the last build's; the others' are this build's records)
                    if kept[u], let keys = previous[u] {
                        w.bool(true)
                        w.uvarint(keys.count)
                        for k in keys { w.hash(k) }
                        continue
                    }
                    let keys = made[u]?.map { out.recordedKey($0) } ?? []
                    guard !keys.isEmpty, !keys.contains(where: { $0 == nil }) else { w.bool(false); continue }
                    w.bool(true)
                    w.uvarint(keys.count)
                    for k in keys { w.hash(k!) }
                }
            }
        }
    }

    /// Starts a build's use of the memo of `family` (nil for a build that keeps no keys): `inputs` and `units` are
    /// worked out only then.
    static func session(_ family: KeyPath<Families, UnitPageMemo>, _ site: SiteModel, _ out: OutputSink,
                        inputs: (ContentHash) -> ContentHash, units: () -> [ContentHash]) -> Session? {
        guard let families = site.shared.existing(Families.self), let seed = out.keySeed else { return nil }
        return Session(memo: families[keyPath: family], inputs: inputs(seed), units: units())
    }
}

/// A value made the first time it is asked for, by whichever thread asks first (the others wait for it).
final class OnFirstUse<T>: @unchecked Sendable {
    private let make: () -> T
    private var made: T?
    private let lock = NSLock()

    init(_ make: @escaping () -> T) { self.make = make }

    var value: T {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
