import ArabicDates
import Extraction
import Foundation

/// One article's analysis as the build cache keeps it: what parsing, date inference and discovery
/// made of it (which depends only on the article, the tool and the curated names, all in `key`), and
/// its extraction, which also depends on the corpus gazetteer (see `GazetteerChanges`).
struct CachedAnalysis: Sendable {
    /// See `AnalysisCache.key(of:seed:)`.
    var key: ContentHash
    /// Plain text of the body's blocks (as stored, made `String`s only where read: see `CachedBlocks`).
    var blocks: CachedBlocks
    /// The date inferred from the text, for an article without a metadata date.
    var inferredDate: PartialDate?
    /// The pooling votes, as made or as stored (decoded when asked: see `votes`).
    var storedVotes: CachedVotes
    /// The extraction as `extract` made it (before the event resolver anchors dates).
    var extraction: DocumentExtraction
    /// `DocumentEvidence.tokenKeyText`: what tells whether a gazetteer change reaches the article.
    var tokenKeyText: [UInt8]
    /// `PooledGazetteerStore.digest(votes)`, so a rebuild need not hash an unchanged article's votes again.
    var votesDigest: ContentHash
    /// The article's parts of the resolution digests, made from `blocks`, `extraction` and the document these and `key`
    /// give (nil: not made, e.g. by a build that resolved without the cache). Valid while `extraction` is the one they
    /// were made from: a build that extracts the article again makes them again.
    var resolutionDigests: ResolutionDigests?
}

extension CachedAnalysis {
    init(key: ContentHash, blocks: [String], inferredDate: PartialDate?, votes: PoolVotes, extraction: DocumentExtraction,
         tokenKeyText: [UInt8], votesDigest: ContentHash, resolutionDigests: ResolutionDigests?) {
        self.init(key: key, blocks: CachedBlocks(blocks), inferredDate: inferredDate, storedVotes: CachedVotes(votes), extraction: extraction,
                  tokenKeyText: tokenKeyText, votesDigest: votesDigest, resolutionDigests: resolutionDigests)
    }

    /// The pooling votes (decoded from the shard if they were read from one).
    var votes: PoolVotes { storedVotes.decoded }
}

/// One article's part of the digests of what entity and event resolution read (`EntityResolutionInputs.digest(blocks:
/// extraction:)`, `EventResolutionInputs.digest(document:extraction:)`).
struct ResolutionDigests: Sendable, Equatable {
    var entities: ContentHash
    var events: ContentHash
}

/// The analysis half of the build cache: a `CachedAnalysis` per article, and the view of the corpus
/// gazetteer all those extractions are valid for.
///
/// Invariant: every entry's extraction is what `extract` makes of its article with the gazetteer
/// `view` describes. A build re-extracts the entries a gazetteer change reaches and stores the new
/// view; nothing changes until `commitBuild`, so a failed build leaves the cache as it was.
///
/// On disk: `analysis-N.bin` shards by article path (an edit rewrites one), each with a random stamp,
/// and `analysis-gazetteer.bin` with the view and the stamps of the shards that match it, written
/// last: a shard written by a build whose gazetteer file did not follow (a crash) is ignored, as is
/// any file another tool version wrote or that does not decode. The gazetteer file also holds the key of the votes
/// the view's gazetteer was pooled from (`PooledGazetteerStore.key`): a build whose votes have that key has the
/// same gazetteer, and reads it back from `pooled` instead of pooling.
final class AnalysisCache: @unchecked Sendable {
    static let formatVersion = "sitegen-analysis-9"
    let folder: URL
    /// The tool identity and the format version.
    let identity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    private var entries: [String: CachedAnalysis] = [:]
    private var view: GazetteerView?
    /// The key of the votes `view`'s gazetteer was pooled from (nil: unknown).
    private var poolKey: ContentHash?
    /// The last pooled gazetteer, by the key of its votes.
    let pooled: PooledGazetteerStore
    private var stamps = [ContentHash](repeating: ContentHash(high: 0, low: 0), count: BuildCache.shardCount)
    /// `view` as its file holds it (`AnalysisEncoder.gazetteerView`'s bytes, with their string table), written again
    /// as it is while the view is the same (nil: not known).
    private var viewBytes: [UInt8]?
    /// This build's entries that are new or changed (the others are the stored ones, kept), the paths of the build's
    /// articles, the view and the pool key, until `commitBuild`.
    private var pending: (entries: [String: CachedAnalysis], changed: [String], paths: [String], view: GazetteerView,
                          viewIsStored: Bool, poolKey: ContentHash?)?
    /// The files' reading, when `preload` started it on a thread of its own (taken over by the first look-up).
    private var reads: AnalysisFileReads?
    /// How many of this build's paths had a stored entry (any key), as the look-up found them (nil: no look-up).
    private var storedPathsFound: (paths: Int, found: Int)?

    init(folder: URL, toolIdentity: ContentHash) {
        self.folder = folder
        var h = ContentHasher()
        h.combine(toolIdentity)
        h.combine(Self.formatVersion)
        identity = h.finalize()
        pooled = PooledGazetteerStore(folder: folder, toolIdentity: identity)
    }

    /// The seed of article keys: tool identity and the curated names the extractor knows.
    func seed(known: [KnownName]) -> ContentHash {
        var h = ContentHasher()
        h.combine(identity)
        h.combine(known.count)
        for k in known {
            h.combine(k.name)
            h.combine(k.type.rawValue)
            h.combine(k.aliases.count)
            for a in k.aliases { h.combine(a) }
        }
        return h.finalize()
    }

    /// Hash of what the analysis reads of an article: its path, Markdown and metadata date.
    static func key(of a: Article, seed: ContentHash) -> ContentHash { key(of: [a], 0, seed: seed) }

    /// `key(of: articles[i], seed:)`, the article's fields read in place (a copy of each whole article retained and
    /// released all its fields, 10k times an edit).
    static func key(of articles: [Article], _ i: Int, seed: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine(seed)
        h.combine(articles[i].file)
        h.combine(articles[i].markdownText.digest)  // (a cached article's stored digest: its text is not decoded)
        h.combine(articles[i].title)  // events read the title's dateline
        if let d = articles[i].date {
            h.combine(1)
            h.combine(d.year)
            h.combine(d.month ?? -1)
            h.combine(d.day ?? -1)
        } else {
            h.combine(0)
        }
        h.combine(articles[i].dateSource.rawValue)
        return h.finalize()
    }

    // MARK: - Builds

    func beginBuild() {
        lock.withLock {
            pending = nil
            storedPathsFound = nil
        }
        pooled.beginBuild()
    }

    /// Starts reading the cache's files (the shards, then the pooled gazetteer they were extracted with) on a thread of
    /// its own, so that the first `lookup` finds them read or under way: called early in a build with more than one job,
    /// while the scan, load and grouping leave a core idle. Nothing is read twice, and what the look-up gets is what it
    /// would have read itself. `then` runs on that thread afterwards.
    func preload(then: @escaping @Sendable () -> Void = {}) {
        let start: AnalysisFileReads? = lock.withLock {
            guard !loaded, reads == nil else { return nil }
            let r = makeReads()
            reads = r
            return r
        }
        guard let start else { return }
        let pooled = pooled
        start.startBeside { stored in
            if let key = stored.poolKey { pooled.preload(key) }
            then()
        }
    }

    /// The entries stored for these paths under these keys (nil where there is none), the view of the gazetteer
    /// their extractions are valid for, and the key of the votes that gazetteer was pooled from. Reads the disk the
    /// first time.
    func lookup(paths: [String], keys: [ContentHash]) -> (hits: [CachedAnalysis?], view: GazetteerView?, poolKey: ContentHash?) {
        lock.withLock {
            if !loaded { readFromDisk() }
            loaded = true
            var found = 0
            let hits = paths.indices.map { i -> CachedAnalysis? in
                guard let e = entries[paths[i]] else { return nil }
                found += 1
                return e.key == keys[i] ? e : nil
            }
            storedPathsFound = (paths.count, found)
            return (hits, view, poolKey)
        }
    }

    /// The stored entry of `path`, whatever its key (reads the disk the first time).
    func entry(_ path: String) -> CachedAnalysis? {
        lock.withLock {
            if !loaded { readFromDisk() }
            loaded = true
            return entries[path]
        }
    }

    /// Keeps this build's entries (by path) until `commitBuild`: `entries` holds the entries of the paths `changed` lists,
    /// whose entry is new or was extracted again; every other path of `paths` (the build's articles) keeps its stored
    /// entry, which `lookup` returned as it is (an edit staged 10k entries to replace them by equal ones).
    /// `poolKey` is the key of the votes the gazetteer of `view` was pooled from. `viewIsStored`: `view` is the one
    /// `lookup` returned (its file's bytes are then written again as they are).
    func stage(entries: [String: CachedAnalysis], changed: [String], paths: [String], view: GazetteerView,
               viewIsStored: Bool = false, poolKey: ContentHash? = nil) {
        lock.withLock { pending = (entries, changed, paths, view, viewIsStored, poolKey) }
    }

    /// Adds this build's resolution digests of each article (`paths[i]`: `digests[i]`) to the staged entries; an entry
    /// whose digests differ from the stored ones is written again.
    func stageResolutionDigests(paths: [String], _ digests: [ResolutionDigests]) {
        lock.withLock {
            guard var p = pending else { return }
            pending = nil  // (the staged entries are changed in place, not copied)
            for (path, d) in zip(paths, digests) {
                // (the staged entry found once and changed in place: asked three times by path, it was a fiftieth of an edit)
                if let i = p.entries.index(forKey: path) {
                    guard p.entries.values[i].resolutionDigests != d else { continue }
                    p.entries.values[i].resolutionDigests = d
                    if entries.index(forKey: path).flatMap({ entries.values[$0].resolutionDigests }) != d { p.changed.append(path) }
                } else if var kept = entries[path], kept.resolutionDigests != d {
                    // a stored entry kept as it is (not staged) whose digests this build made
                    kept.resolutionDigests = d
                    p.entries[path] = kept
                    p.changed.append(path)
                }
            }
            pending = p
        }
    }

    /// Called once the output is in place: the staged entries replace the old ones (entries of
    /// articles this build did not have are dropped), and the changed shards are written.
    func commitBuild() {
        lock.withLock {
            guard let p = pending else { return }
            var dirty = Set(p.changed.map(BuildCache.shard))
            // an entry of a path this build did not have is dropped, and its shard written again; when the look-up
            // found a stored entry for as many of this build's paths as are stored, and the build has these paths,
            // there is none (asked path by path, 10k look-ups an edit)
            if storedPathsFound.map({ $0.found != entries.count || $0.paths != p.paths.count }) ?? true {
                let kept = Set(p.paths)
                let dropped = entries.keys.filter { !kept.contains($0) }
                for path in dropped {
                    dirty.insert(BuildCache.shard(path))
                    entries[path] = nil
                }
            }
            for (path, entry) in p.entries { entries[path] = entry }
            if !p.viewIsStored { viewBytes = nil }
            view = p.view
            poolKey = p.poolKey
            pending = nil
            writeToDisk(dirty)
        }
    }

    // MARK: - Disk

    private func shardFile(_ shard: Int) -> URL { folder.appendingPathComponent("analysis-\(shard).bin") }
    private var viewFile: URL { folder.appendingPathComponent("analysis-gazetteer.bin") }

    /// What the gazetteer file holds: the stamps of the shards that match the view, the key of the votes its gazetteer
    /// was pooled from, the view, and the view's bytes as stored.
    struct StoredView {
        var stamps: [ContentHash]
        var poolKey: ContentHash?
        var view: GazetteerView
        var viewBytes: [UInt8]
    }

    /// The view file, then the shards, read into one table of entries by path.
    typealias AnalysisFileReads = ShardReads<StoredView, [(path: String, analysis: CachedAnalysis)], [String: CachedAnalysis]>

    private func makeReads() -> AnalysisFileReads {
        ShardReads(count: BuildCache.shardCount, header: { [self] in readView() },
                   shard: { [self] stored, shard in (try? readShard(shard, stamp: stored.stamps[shard])) ?? [] },
                   combine: Self.table)
    }

    /// The shards' entries in one table. (Room made first: grown entry by entry, the table was rehashed a dozen times,
    /// in fresh memory each time; the shards' entries are put in once, not in a table per shard first.)
    private static func table(_ shards: [[(path: String, analysis: CachedAnalysis)]]) -> [String: CachedAnalysis] {
        var entries: [String: CachedAnalysis] = [:]
        entries.reserveCapacity(shards.reduce(0) { $0 + $1.count })
        // (a path is in its own shard only, `readShard` checks: no two shards hold one)
        for shard in shards {
            for (path, analysis) in shard { entries[path] = analysis }
        }
        return entries
    }

    private func readFromDisk() {
        // (the shards `preload` has not read yet are read here, on every core; the table is made by whichever thread
        // read the last shard)
        let reads = self.reads ?? makeReads()
        self.reads = nil
        guard let (stored, table) = reads.all() else { return }
        self.stamps = stored.stamps
        self.poolKey = stored.poolKey
        self.viewBytes = stored.viewBytes
        if entries.isEmpty {
            entries = table
        } else {
            for (path, analysis) in table { entries[path] = analysis }
        }
        self.view = stored.view
    }

    private func readView() -> StoredView? {
        guard var r = header(viewFile) else { return nil }
        do {
            var stamps: [ContentHash] = []
            for _ in 0..<BuildCache.shardCount { stamps.append(try r.hash()) }
            let poolKey = try r.bool() ? try r.hash() : nil
            let viewStart = r.offset
            var d = try AnalysisDecoder(r)
            let view = try d.gazetteerView()
            guard d.r.atEnd else { return nil }
            return StoredView(stamps: stamps, poolKey: poolKey, view: view, viewBytes: d.r.bytes(from: viewStart))
        } catch { return nil }
    }

    /// Shard `shard`'s entries in the order stored (a path stored twice, which no build writes, is taken as the last
    /// one, as a table made of them would).
    private func readShard(_ shard: Int, stamp: ContentHash) throws(BinaryReader.Corrupt) -> [(path: String, analysis: CachedAnalysis)] {
        guard var r = header(shardFile(shard)), try r.hash() == stamp else { return [] }
        var d = try AnalysisDecoder(r)
        var out: [(path: String, analysis: CachedAnalysis)] = []
        let n = try d.count()
        out.reserveCapacity(n)
        for _ in 0..<n {
            let path = try d.r.shortString()
            guard BuildCache.shard(path) == shard else { throw BinaryReader.Corrupt() }
            out.append((path, try d.analysis()))
        }
        guard d.r.atEnd else { throw BinaryReader.Corrupt() }
        return out
    }

    private func header(_ file: URL) -> BinaryReader? { CacheFile.read(file, identity: identity) }

    private func writeToDisk(_ dirty: Set<Int>) {
        var byShard: [Int: [String]] = [:]
        for path in entries.keys where dirty.contains(BuildCache.shard(path)) { byShard[BuildCache.shard(path), default: []].append(path) }
        for shard in dirty.sorted() {
            let stamp = ContentHash(high: .random(in: .min ... .max), low: .random(in: .min ... .max))
            var e = AnalysisEncoder()
            let paths = (byShard[shard] ?? []).sorted()
            e.count(paths.count)
            for path in paths {
                e.text(path)
                e.analysis(entries[path]!)
            }
            var w = BinaryWriter()
            w.hash(stamp)
            w.raw(e.bytes)
            // a new stamp even if the write fails: the file left there then no longer counts
            stamps[shard] = stamp
            CacheFile.write(shardFile(shard), identity: identity, w.bytes)
        }
        guard let view else { return }
        var w = BinaryWriter()
        for s in stamps { w.hash(s) }
        w.bool(poolKey != nil)
        if let poolKey { w.hash(poolKey) }
        if viewBytes == nil {
            // (an unchanged view, the last build's, is written as its file held it: encoding it anew was a third of an
            // edit's cache write)
            var e = AnalysisEncoder()
            e.gazetteerView(view)
            viewBytes = e.bytes
        }
        w.raw(viewBytes!)
        CacheFile.write(viewFile, identity: identity, w.bytes)
    }
}
