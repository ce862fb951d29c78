import Foundation

/// The incremental build cache, kept in a hidden folder beside the output (`.site.cache` for `site`),
/// which can be deleted at any time (the next build is then a full one).
///
/// Everything in it is keyed by content hashes and by the tool's identity (version and executable),
/// so a changed article, template, config or `sitegen` binary is never served from stale entries:
/// - loaded articles, keyed by file path and the bytes of the file (and its sidecar);
/// - each article's analysis (blocks, discovered names, extraction; see `AnalysisCache`);
/// - the output manifest: for each output file the key it was made from (page template + context
///   fingerprint, or content hash) and its size, mtime and inode, so an unchanged file is left in place
///   instead of being rendered and written again (see `OutputReuse`).
///
/// One instance can serve many builds (`sitegen serve` keeps it in memory between rebuilds).
public final class BuildCache: @unchecked Sendable {
    /// Bump when the cache format or the meaning of cached data changes.
    /// (4: pages are flat files, `x.html` instead of `x/index.html`: nothing recorded before applies.
    /// 5: an article's Markdown stored with its digest and keys made from the digest, see `ArticleMarkdown`.
    /// 6: an article's file a flag when it is the entry's path, its date's source a number; `file-keys.bin` a log.)
    static let formatVersion = "sitegen-cache-6"

    public let folder: URL
    let toolIdentity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    /// The cached articles by path, with the slots this build took.
    private var articles = UsedSlots<ArticleEntry>()
    /// The files this build loaded anew.
    private var fresh: [String: (key: ContentHash, outcome: ArticleLoader.Outcome)] = [:]
    /// Article entries are stored in shards by path, so one edit rewrites a 64th of them.
    static let shardCount = 64
    private var dirtyShards = Set<Int>()
    private var manifest: [String: OutputReuse.Entry] = [:]
    /// The last successful build's input fingerprint and report, to skip a build with nothing changed.
    let lastBuild: UnchangedBuild
    /// How many articles the last build took from the cache.
    public private(set) var articleHits = 0
    /// Per-article analysis results.
    let analysis: AnalysisCache
    /// The last build's entity resolution.
    let resolution: ResolutionCache
    /// Content keys of the article files by their status (a rebuild reads only changed files).
    let fileKeys: FileKeyMemo
    /// Each article's word count and MinHash signature, for the republished-article grouping.
    let signatures: RepublishedSignatureCache

    /// A cache for builds writing to `output`, stored beside it.
    public init(output: URL) {
        let o = output.standardizedFileURL
        folder = o.deletingLastPathComponent().appendingPathComponent(".\(o.lastPathComponent).cache")
        toolIdentity = Self.identifyTool()
        lastBuild = UnchangedBuild(folder: folder, toolIdentity: toolIdentity)
        analysis = AnalysisCache(folder: folder, toolIdentity: toolIdentity)
        resolution = ResolutionCache(folder: folder, toolIdentity: toolIdentity)
        fileKeys = FileKeyMemo(folder: folder, toolIdentity: toolIdentity)
        signatures = RepublishedSignatureCache(folder: folder, toolIdentity: toolIdentity)
    }

    /// The folder a build writing to `output` keeps its cache in.
    public static func folder(for output: URL) -> URL { BuildCache(output: output).folder }

    // MARK: - Articles

    /// Loads an article through the cache: an entry with the same path and content is reused.
    /// `knownKey`: the file's `articleKey` when the caller computed it already. The articles come
    /// without their `sourceText` (which the cache does not keep), whether they were cached or not.
    func load(root: URL, relativePath: String, loader: ArticleLoader, knownKey: ContentHash?? = nil) -> ArticleLoader.Outcome {
        let key = knownKey ?? Self.articleKey(root: root, relativePath: relativePath, fields: loader.fields)
        if let key {
            let hit: ArticleLoader.Outcome? = lock.withLock {
                guard let slot = articles.slot(relativePath), articles.slots[slot].value.key == key else { return nil }
                articles.markUsed(slot)
                articleHits += 1
                return articles.slots[slot].value.outcome
            }
            if let hit { return hit }
        }
        var outcome = loader.load(root: root, relativePath: relativePath)
        for i in outcome.articles.indices { outcome.articles[i].sourceText = "" }
        if let key {
            lock.withLock { fresh[relativePath] = (key, outcome) }
        }
        return outcome
    }

    /// Hash of the path, the file's bytes and its sidecar's (for `.txt` and `.html`), and for a file of
    /// records the field names it is read with; nil when unreadable.
    static func articleKey(root: URL, relativePath: String, fields: RecordFields) -> ContentHash? {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var h = ContentHasher()
        h.combine(relativePath)
        data.withUnsafeBytes { h.combine($0) }
        if ArticleLoader.isRecordFile(relativePath) { h.combine(fields.fingerprint) }
        if ArticleLoader.takesSidecar(relativePath) {
            let base = url.deletingPathExtension()
            for ext in ["yml", "yaml"] {
                if let side = FileManager.default.contents(atPath: base.appendingPathExtension(ext).path) {
                    h.combine(ext)
                    side.withUnsafeBytes { h.combine($0) }
                    break
                }
            }
        }
        return h.finalize()
    }

    // MARK: - Builds

    /// Called at the start of a build: reads the cache from disk the first time.
    func beginBuild() {
        lock.withLock {
            if !loaded { readFromDisk() }
            loaded = true
            articles.beginBuild()
            fresh = [:]
            dirtyShards = []
            articleHits = 0
        }
        analysis.beginBuild()
        resolution.beginBuild()
        fileKeys.beginBuild()
        signatures.beginBuild()
    }

    /// Output reuse for a build replacing `output`, made with the templates of `theme`.
    func outputReuse(output: URL, templates theme: Theme) -> OutputReuse {
        var seed = ContentHasher()
        seed.combine(toolIdentity)
        seed.combine(theme.templatesFingerprint)
        return OutputReuse(output: output, previous: lock.withLock { manifest }, pageSeed: seed.finalize(),
                           stateFile: outputStateFile)
    }

    /// Where the `OutputState` of the output folder is kept.
    var outputStateFile: URL { folder.appendingPathComponent("output-state.bin") }

    /// The output manifest of the last build (path → what the file was made from and its stat).
    var outputManifest: [String: OutputReuse.Entry] { lock.withLock { manifest } }

    /// Called after the new output was swapped in: remembers what it holds and saves the cache.
    func commitBuild(_ reuse: OutputReuse) {
        lock.withLock {
            keepUsedArticles()
            manifest = reuse.entries
            writeToDisk()
        }
        analysis.commitBuild()
        resolution.commitBuild()
        fileKeys.commitBuild()
        signatures.commitBuild()
    }

    /// Makes this build's articles the cached ones (with the lock held): the files loaded anew take their path's slot or
    /// a new one, the slots no build took are dropped; the shards of every changed path are marked to be written.
    private func keepUsedArticles() {
        for (path, e) in fresh {
            let shard = Self.shard(path)
            dirtyShards.insert(shard)
            articles.put(path, ArticleEntry(key: e.key, outcome: e.outcome, shard: shard))
        }
        fresh = [:]
        // (the last build's paths this one did not use: their shards lose them; none when it used them all)
        articles.dropUnused { _, e in dirtyShards.insert(e.shard) }
    }

    /// The format version and the running executable (size and mtime), so a rebuilt `sitegen`
    /// never reuses what an older one made.
    static func identifyTool() -> ContentHash {
        var h = ContentHasher()
        h.combine(formatVersion)
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = FileManager.default.fileExists(atPath: exe) ? exe : CommandLine.arguments.first ?? ""
        if let attrs = try? FileManager.default.attributesOfItem(atPath: path) {
            h.combine(path)
            h.combine((attrs[.size] as? Int) ?? 0)
            h.combine(Int(((attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1000))
        }
        return h.finalize()
    }

    // MARK: - Disk

    private func articlesFile(_ shard: Int) -> URL { folder.appendingPathComponent("articles-\(shard).bin") }

    static func shard(_ path: String) -> Int {
        var h = ContentHasher()
        h.combine(path)  // (the bytes `ContentHasher.hash(Array(path.utf8))` hashes, without the array)
        return Int(h.finalize().low % UInt64(shardCount))
    }
    private var manifestFile: URL { folder.appendingPathComponent("output.bin") }

    private func readFromDisk() {
        // the shards on all cores (each checks the digests of its texts)
        var shards = [[(path: String, key: ContentHash, outcome: ArticleLoader.Outcome)]](repeating: [], count: Self.shardCount)
        shards.withUnsafeMutableBufferPointer { out in
            let base = UncheckedSendable(out.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: Self.shardCount) { shard in
                (base.value + shard).pointee = self.readArticles(shard)
            }
        }
        // (room made first: grown entry by entry, the table was rehashed a dozen times, in fresh memory each time; the
        // shards' entries as lists, put in the one table: a table per shard, merged, hashed every path twice)
        articles.reserveCapacity(shards.reduce(0) { $0 + $1.count })
        for i in shards.indices {
            for e in shards[i] { articles.put(e.path, ArticleEntry(key: e.key, outcome: e.outcome, shard: i)) }
            shards[i] = []
        }
        if let r = header(manifestFile) {
            var r = r
            var entries: [String: OutputReuse.Entry] = [:]
            // (an entry takes at least 40 bytes of a manifest of 10k pages' paths: room for them made at once)
            entries.reserveCapacity(r.remaining / 64)
            do {
                while !r.atEnd {
                    let path = try r.string(), key = try r.hash()
                    let size = try r.int(), mtime = try r.int(), inode = try r.int()
                    entries[path] = OutputReuse.Entry(key: key, size: size, mtimeNanos: mtime,
                                                      inode: UInt64(UInt(bitPattern: inode)))
                }
                manifest = entries
            } catch { manifest = [:] }
        }
    }

    /// One shard's article entries; a damaged shard is ignored (empty): its articles are loaded anew.
    /// (A path is written once in its shard: the entries are read as a list.)
    private func readArticles(_ shard: Int) -> [(path: String, key: ContentHash, outcome: ArticleLoader.Outcome)] {
        guard var r = header(articlesFile(shard)) else { return [] }
        var entries: [(path: String, key: ContentHash, outcome: ArticleLoader.Outcome)] = []
        do {
            while !r.atEnd {
                let path = try r.string(), key = try r.hash()
                entries.append((path, key, try ArticleLoader.Outcome.decode(from: &r, path: path)))
            }
            return entries
        } catch { return [] }
    }

    private func header(_ file: URL) -> BinaryReader? { CacheFile.read(file, identity: toolIdentity) }

    private func writeToDisk() {
        if !dirtyShards.isEmpty {
            var writers = [Int: BinaryWriter]()
            for shard in dirtyShards { writers[shard] = BinaryWriter() }
            // (only the slots of the shards written are sorted: sorting all 10k cost more than encoding one shard; each
            // slot knows its shard, so the other paths are not hashed either)
            var dirty = [Bool](repeating: false, count: Self.shardCount)
            for shard in dirtyShards { dirty[shard] = true }
            let slots = articles.slots
            var written: [Int] = []
            for (i, slot) in slots.enumerated() where dirty[slot.value.shard] { written.append(i) }
            for i in written.sorted(by: { slots[$0].path < slots[$1].path }) {
                let (path, e) = slots[i]
                writers[e.shard]!.string(path)
                writers[e.shard]!.hash(e.key)
                e.outcome.encode(into: &writers[e.shard]!, path: path)
            }
            for (shard, w) in writers { CacheFile.write(articlesFile(shard), identity: toolIdentity, w.bytes) }
        }
        // (in the dictionary's order: it is read back into a dictionary, and sorting 20k paths cost more than writing them)
        var w = BinaryWriter()
        for (path, e) in manifest {
            w.string(path)
            w.hash(e.key)
            w.int(e.size)
            w.int(e.mtimeNanos)
            w.int(Int(bitPattern: UInt(e.inode)))
        }
        CacheFile.write(manifestFile, identity: toolIdentity, w.bytes)
    }
}

/// A cached article file: its content key, what loading it gave, and the shard it is stored in.
private struct ArticleEntry {
    var key: ContentHash
    var outcome: ArticleLoader.Outcome
    var shard: Int
}
