import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the cache knows about the output folder as the last successful build left it, so the next
/// build can trust the output manifest to list every file the folder holds.
///
/// When it can, a build deletes the files it no longer makes by taking the previous manifest minus
/// the files it made, instead of walking the whole output tree (tens of thousands of folders). That
/// is only right when the previous manifest describes the folder: the state records the output
/// folder's inode and modification time and a digest of the manifest's paths. It is deleted before
/// a build starts changing the output and written again only after the new manifest was saved, so
/// a build that died half-way, a `--no-cache` build (which swaps in a new folder), a lost or damaged
/// manifest all make the next build fall back to walking the tree.
struct OutputState: Equatable {
    var folderInode: UInt64
    var folderMtimeNanos: Int
    var manifestDigest: ContentHash

    static let magic = "sitegen-output-state-1"

    /// The state of `folder` now, with the digest of `paths` (nil when the folder is missing).
    static func current(folder: String, paths: some Sequence<String>) -> OutputState? {
        current(folder: folder, pathsDigest: { digest(paths) })
    }

    /// The state of `folder` now, with `pathsDigest()` (`digest` of the manifest's paths; nil when the folder is missing).
    static func current(folder: String, pathsDigest: () -> ContentHash) -> OutputState? {
        var st = Glibc.stat()
        guard lstat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return OutputState(folderInode: UInt64(st.st_ino),
                           folderMtimeNanos: st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec,
                           manifestDigest: pathsDigest())
    }

    /// An order-independent digest of a set of paths (a wrapping sum of their hashes).
    static func digest(_ paths: some Sequence<String>) -> ContentHash {
        var high: UInt64 = 0, low: UInt64 = 0, count = 0
        for p in paths {
            var h = ContentHasher()
            h.combine(p)
            let x = h.finalize()
            high &+= x.high
            low &+= x.low
            count += 1
        }
        var h = ContentHasher()
        h.combine(count)
        h.combine(ContentHash(high: high, low: low))
        return h.finalize()
    }

    static func read(_ file: URL) -> OutputState? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        var r = BinaryReader([UInt8](data))
        guard (try? r.string()) == magic, let inode = try? r.int(), let mtime = try? r.int(),
              let digest = try? r.hash(), r.atEnd else { return nil }
        return OutputState(folderInode: UInt64(UInt(bitPattern: inode)), folderMtimeNanos: mtime, manifestDigest: digest)
    }

    func write(_ file: URL) {
        var w = BinaryWriter()
        w.string(Self.magic)
        w.int(Int(bitPattern: UInt(folderInode)))
        w.int(folderMtimeNanos)
        w.hash(manifestDigest)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // (a temporary file renamed into place, as `CacheFile.write` does: `Data.write(options: .atomic)` also waited for
        // an `fsync`, 0.4–38 ms of an edit's wall time)
        let temp = file.path + ".tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = FileWrites.writeAll(fd, w.bytes)
        if close(fd) != 0 { ok = false }
        if !ok || !ReplacedFiles.move(temp, over: file.path) { unlink(temp) }
    }

    static func forget(_ file: URL) { unlink(file.path) }
}
