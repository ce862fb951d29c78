import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The content keys of the article files (`BuildCache.articleKey`), remembered with each file's status
/// (size, modification and change times, inode, device; its sidecar's too), so that a rebuild reads
/// only the files whose status changed instead of hashing the whole corpus.
///
/// A status is trusted only when the file (and sidecar) last changed well before the key was made:
/// a file written within `margin` of its hashing may be written again in the same timestamp tick
/// (the "racy" case git knows), so such a file is read and hashed again until it is old enough. The
/// change time (ctime) cannot be set back by tools that restore modification times (`touch -d`, `cp -p`,
/// `rsync -t`), so a rewritten file never matches its old status.
///
/// On disk: `file-keys.bin` (tool identity, then the entries), written after a successful build when
/// a key was added or a file went away; a damaged or foreign file is ignored (every file is read).
final class FileKeyMemo: @unchecked Sendable {
    /// Files changed less than this before they were hashed are read again next time (nanoseconds;
    /// tests set 0 to see the memo at work on files they just wrote).
    var margin: Int64 = 2_000_000_000
    /// How many files the last build read and hashed (the others' keys came from their status).
    private(set) var hashed = 0

    struct Status: Hashable, Sendable {
        var size: Int64
        var mtime: Int64
        var ctime: Int64
        var inode: UInt64
        var device: UInt64

        init?(path: String) {
            var st = Glibc.stat()
            guard stat(path, &st) == 0 else { return nil }
            self.init(st)
        }

        /// The status `stat` read.
        init(_ st: Glibc.stat) {
            size = Int64(st.st_size)
            mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
            ctime = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
            inode = UInt64(st.st_ino)
            device = UInt64(st.st_dev)
        }

        init(size: Int64, mtime: Int64, ctime: Int64, inode: UInt64, device: UInt64) {
            (self.size, self.mtime, self.ctime, self.inode, self.device) = (size, mtime, ctime, inode, device)
        }

        var lastChange: Int64 { max(mtime, ctime) }
    }

    /// The statuses a key depends on: the file's, then (for a file that takes one) its possible sidecars'.
    struct Entry: Sendable {
        var statuses: [Status?]
        var key: ContentHash
        /// Wall-clock time (ns since 1970) just before the statuses were taken.
        var recordedAt: Int64
    }

    let file: URL
    private let toolIdentity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    /// The last build's entries by path, with the ones this build's keys took.
    private var entries = UsedSlots<Entry>()
    /// Keys this build hashed anew.
    private var fresh: [String: Entry] = [:]
    /// The size of `file` as this memo last read or wrote it (nil: unknown, write it whole) and how many records it
    /// holds (the log is written whole again when it holds many more than there are entries).
    private var diskSize: Int?
    private var recordsOnDisk = 0

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("file-keys.bin")
        self.toolIdentity = toolIdentity
    }

    func beginBuild() {
        lock.withLock {
            if !loaded { read() }
            loaded = true
            entries.beginBuild()
            fresh = [:]
            hashed = 0
        }
    }

    /// `BuildCache.articleKey` of the file, without reading it when its status says it is unchanged.
    /// `fields` is the fingerprint record files are read with (part of their key).
    /// `rootPath` is `root.path`, made once by the caller. `scanned` is the file's status as the input scan read it
    /// (`InputInventory.articleStatuses`) at or after `scannedAt`; nil: it is read here.
    func key(root: URL, rootPath: String, relativePath: String, fields: RecordFields,
             scanned: Status? = nil, scannedAt: Int64 = 0) -> ContentHash? {
        let kind = ArticleLoader.kind(relativePath)
        let memoPath = kind == .records ? relativePath + "\u{0}" + fields.fingerprint : relativePath
        let now = scanned == nil ? Self.now() : scannedAt
        let sidecars = kind == .text || kind == .html
        // (the path is joined only if a status is still to be read)
        let statuses = scanned != nil && !sidecars ? [scanned] : Self.statuses(path: rootPath + "/" + relativePath, sidecars: sidecars, file: scanned)
        // (looked up and marked used under one lock: two per file were a tenth of this look-up)
        let hit: ContentHash? = lock.withLock {
            guard let slot = entries.slot(memoPath) else { return nil }
            let known = entries.slots[slot].value
            guard known.statuses == statuses,
                  statuses.allSatisfy({ $0.map { $0.lastChange < known.recordedAt - margin } ?? true }) else { return nil }
            entries.markUsed(slot)
            return known.key
        }
        if let hit { return hit }
        guard statuses[0] != nil, let key = BuildCache.articleKey(root: root, relativePath: relativePath, fields: fields) else { return nil }
        lock.withLock {
            fresh[memoPath] = Entry(statuses: statuses, key: key, recordedAt: now)
            hashed += 1
        }
        return key
    }

    /// Saves the keys of this build's files (called once the build succeeded): the entries hashed anew and the paths
    /// no longer used are appended to the file (`FileKeyMemoLog`), or the file is written whole.
    func commitBuild() {
        lock.withLock {
            guard !fresh.isEmpty || !entries.allUsed else { return }
            var log = FileKeyMemoLog(whole: false)
            // (a path hashed anew replaces its old entry: its slot is taken over, not dropped)
            for (path, e) in fresh.sorted(by: { $0.key < $1.key }) {
                log.put(path, e)
                entries.put(path, e)
            }
            entries.dropUnused { path, _ in log.remove(path) }
            fresh = [:]
            // (appended when a few keys changed and the log holds not many more records than entries; after a copy of the
            // corpus, every key is made again: then written whole)
            let n = entries.count
            if let size = diskSize, log.records <= n / 8 + 16, recordsOnDisk + log.records <= n + n / 4 + 64,
               let grown = CacheFile.append(file, identity: toolIdentity, expectedSize: size, log.bytes) {
                diskSize = grown
                recordsOnDisk += log.records
            } else {
                writeWhole()
            }
        }
    }

    /// The file's status (`file`, when already read), then its possible sidecars' (`NAME.yml`, `NAME.yaml`: see
    /// `BuildCache.articleKey`).
    static func statuses(path: String, sidecars: Bool, file: Status? = nil) -> [Status?] {
        var out = [file ?? Status(path: path)]
        if sidecars {
            let base = (path as NSString).deletingPathExtension
            out += ["yml", "yaml"].map { Status(path: base + "." + $0) }
        }
        return out
    }

    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    // MARK: - Disk

    private func writeWhole() {
        var log = FileKeyMemoLog(whole: true)
        // (in the slots' order: it is read back into a table, and sorting 10k paths cost half of writing them)
        for s in entries.slots { log.put(s.path, s.value) }
        CacheFile.write(file, identity: toolIdentity, log.bytes)
        diskSize = CacheFile.writtenSize(bodyCount: log.bytes.count)
        recordsOnDisk = log.records
    }

    /// Reads the file's records into `entries` (a damaged or foreign file: none, and the file is written whole next time).
    private func read() {
        entries = UsedSlots()
        diskSize = nil
        recordsOnDisk = 0
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return }
        let size = CacheFile.writtenSize(bodyCount: r.remaining)
        guard let records = FileKeyMemoLog.read(&r, into: &entries) else {
            entries = UsedSlots()
            return
        }
        diskSize = size
        recordsOnDisk = records
    }
}

/// The records of `file-keys.bin` after the tool's identity: its magic, then puts (a path and its entry) and removals (a
/// path), applied in order. A file is written whole with one put per entry; a build that changed a few keys appends its
/// puts and removals.
struct FileKeyMemoLog {
    static let magic = "sitegen-file-keys-2"
    private(set) var records = 0
    private var w = BinaryWriter()

    /// A log to write as a whole file (`whole`, starting with the magic) or to append to one.
    init(whole: Bool) {
        if whole { w.shortString(Self.magic) }
    }

    var bytes: [UInt8] { w.bytes }

    mutating func put(_ path: String, _ e: FileKeyMemo.Entry) {
        w.bool(true)
        w.shortString(path)
        w.uvarint(e.statuses.count)
        for s in e.statuses {
            w.bool(s != nil)
            guard let s else { continue }
            w.int(Int(s.size))
            w.int(Int(s.mtime))
            w.int(Int(s.ctime))
            w.int(Int(bitPattern: UInt(s.inode)))
            w.int(Int(bitPattern: UInt(s.device)))
        }
        w.hash(e.key)
        w.int(Int(e.recordedAt))
        records += 1
    }

    mutating func remove(_ path: String) {
        w.bool(false)
        w.shortString(path)
        records += 1
    }

    /// Applies the records of `r` (the magic, then the records) to the table and slots; how many it read, or nil when the
    /// bytes are damaged.
    static func read(_ r: inout BinaryReader, into entries: inout UsedSlots<FileKeyMemo.Entry>) -> Int? {
        var records = 0
        var removed = Set<String>()
        do {
            guard try r.shortString() == magic else { return nil }
            // (room for about as many entries as the bytes hold: not grown and rehashed)
            entries.reserveCapacity(r.remaining / 64)
            while !r.atEnd {
                if try r.bool() {
                    let path = try r.shortString()
                    let count = try r.count(atMost: 3)
                    var statuses: [FileKeyMemo.Status?] = []
                    statuses.reserveCapacity(count)
                    for _ in 0..<count {
                        guard try r.bool() else { statuses.append(nil); continue }
                        statuses.append(FileKeyMemo.Status(size: Int64(try r.int()), mtime: Int64(try r.int()), ctime: Int64(try r.int()),
                                                           inode: UInt64(UInt(bitPattern: try r.int())),
                                                           device: UInt64(UInt(bitPattern: try r.int()))))
                    }
                    let e = FileKeyMemo.Entry(statuses: statuses, key: try r.hash(), recordedAt: Int64(try r.int()))
                    if !removed.isEmpty { removed.remove(path) }
                    entries.put(path, e)
                } else {
                    let path = try r.shortString()
                    removed.insert(path)  // (dropped at the end: a later put takes it back)
                }
                records += 1
            }
        } catch { return nil }
        if !removed.isEmpty {
            entries.beginBuild()
            for (i, s) in entries.slots.enumerated() where !removed.contains(s.path) { entries.markUsed(i) }
            entries.dropUnused { _, _ in }
        }
        return records
    }
}
