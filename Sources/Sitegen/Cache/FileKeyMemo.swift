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
    static let magic = "sitegen-file-keys-1"
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
    private var entries: [String: Entry] = [:]
    private var used: [String: Entry] = [:]
    private var changed = false

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("file-keys.bin")
        self.toolIdentity = toolIdentity
    }

    func beginBuild() {
        lock.withLock {
            if !loaded { entries = read() ?? [:] }
            loaded = true
            used = [:]
            used.reserveCapacity(entries.count)  // (filled with about as many: not grown and rehashed)
            changed = false
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
            guard let known = entries[memoPath], known.statuses == statuses,
                  statuses.allSatisfy({ $0.map { $0.lastChange < known.recordedAt - margin } ?? true }) else { return nil }
            used[memoPath] = known
            return known.key
        }
        if let hit { return hit }
        guard statuses[0] != nil, let key = BuildCache.articleKey(root: root, relativePath: relativePath, fields: fields) else { return nil }
        lock.withLock {
            used[memoPath] = Entry(statuses: statuses, key: key, recordedAt: now)
            changed = true
            hashed += 1
        }
        return key
    }

    /// Saves the keys of this build's files (called once the build succeeded).
    func commitBuild() {
        lock.withLock {
            guard changed || used.count != entries.count else { return }
            entries = used
            write()
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

    private func write() {
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.uvarint(entries.count)
        // (in the dictionary's order: it is read back into a dictionary, and sorting 10k paths cost half of writing them)
        for (path, e) in entries {
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
        }
        CacheFile.write(file, identity: toolIdentity, w.bytes)
    }

    private func read() -> [String: Entry]? {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return nil }
        do {
            guard try r.shortString() == Self.magic else { return nil }
            let n = try r.count(atMost: r.remaining)
            var out: [String: Entry] = [:]
            out.reserveCapacity(n)
            for _ in 0..<n {
                let path = try r.shortString()
                var statuses: [Status?] = []
                for _ in 0..<(try r.count(atMost: 3)) {
                    guard try r.bool() else { statuses.append(nil); continue }
                    statuses.append(Status(size: Int64(try r.int()), mtime: Int64(try r.int()), ctime: Int64(try r.int()),
                                           inode: UInt64(UInt(bitPattern: try r.int())), device: UInt64(UInt(bitPattern: try r.int()))))
                }
                out[path] = Entry(statuses: statuses, key: try r.hash(), recordedAt: Int64(try r.int()))
            }
            return r.atEnd ? out : nil
        } catch { return nil }
    }
}
