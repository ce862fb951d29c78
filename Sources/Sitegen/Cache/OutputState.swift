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
///
/// Beside that, the state records the status (inode, modification and change times) of every folder that holds an
/// output file, read once the output was in place (`folders`). A folder still as recorded has had no name added,
/// removed or replaced in it since (every `link`, `unlink` and `rename` in a folder sets its times), so each of its
/// files is still the file the manifest recorded: the next build need not read the status of each of its 20k files,
/// only of its ≈ 440 folders (`changedFolders`). What a folder's times do not show is a file rewritten in place
/// (opened and written without a new name, as `cp` over it does): that the next cached build does not notice; a
/// `--no-cache` build, or a change in that folder, rewrites it.
struct OutputState: Equatable {
    var folderInode: UInt64
    var folderMtimeNanos: Int
    var manifestDigest: ContentHash
    /// The status of each folder holding an output file ("" for the output folder itself), as the build left it (empty
    /// in `current`; not compared by `==`, which says whether the state describes the same folder and manifest).
    var folders: [String: FolderStatus] = [:]

    /// What the state records of a folder: it changes whenever a name in the folder is added, removed or replaced.
    struct FolderStatus: Equatable {
        var inode: UInt64
        var mtimeNanos: Int
        var ctimeNanos: Int
    }

    static let magic = "sitegen-output-state-2"

    static func == (a: OutputState, b: OutputState) -> Bool {
        a.folderInode == b.folderInode && a.folderMtimeNanos == b.folderMtimeNanos && a.manifestDigest == b.manifestDigest
    }

    /// The status of the folder at `path` now (nil unless it is a folder).
    static func folderStatus(_ path: String) -> FolderStatus? {
        var st = Glibc.stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderStatus(inode: UInt64(st.st_ino), mtimeNanos: st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec,
                            ctimeNanos: st.st_ctim.tv_sec * 1_000_000_000 + st.st_ctim.tv_nsec)
    }

    /// The folder of a relative output path ("a/b/c.html" → "a/b", "c.html" → ""). (On the UTF-8 bytes: the view's
    /// generic `lastIndex(of:)` cost ≈ 1,000 instructions a path.)
    static func folder(of path: String) -> Substring {
        let slash = path.utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "/")) }
            ?? Array(path.utf8).lastIndex(of: UInt8(ascii: "/"))
        guard let slash else { return "" }
        return path[..<path.utf8.index(path.utf8.startIndex, offsetBy: slash)]
    }

    /// The folders of `paths` (relative), each once.
    static func folders(of paths: some Sequence<String>) -> [String] {
        var names = Set<Substring>()
        for p in paths { names.insert(folder(of: p)) }
        return names.map(String.init)
    }

    /// The status now of each of the folders `names` under `root`, for `folders`; empty when one cannot be read (then
    /// nothing is vouched for: a state's folders cover every path of its manifest, `changedFolders` relies on it).
    static func folderStatuses(under root: String, names: [String]) -> [String: FolderStatus] {
        var result: [String: FolderStatus] = [:]
        result.reserveCapacity(names.count)
        for name in names {
            guard let status = folderStatus(name.isEmpty ? root : root + "/" + name) else { return [:] }
            result[name] = status
        }
        return result
    }

    /// The recorded folders (`folders`) whose status under `root` is no longer the recorded one; nil when the state
    /// records no folders (then no file is vouched for by its folder). A file of the manifest whose folder is not in
    /// the set is as the build that recorded the state left it.
    func changedFolders(under root: String) -> Set<String>? {
        guard !folders.isEmpty else { return nil }
        var result = Set<String>()
        for (name, recorded) in folders where Self.folderStatus(name.isEmpty ? root : root + "/" + name) != recorded {
            result.insert(name)
        }
        return result
    }

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
              let digest = try? r.hash(), let count = try? r.int(), count >= 0, count <= r.remaining else { return nil }
        var folders: [String: FolderStatus] = [:]
        folders.reserveCapacity(count)
        for _ in 0..<count {
            guard let name = try? r.string(), let inode = try? r.int(), let mtime = try? r.int(), let ctime = try? r.int() else { return nil }
            folders[name] = FolderStatus(inode: UInt64(UInt(bitPattern: inode)), mtimeNanos: mtime, ctimeNanos: ctime)
        }
        guard r.atEnd, folders.count == count else { return nil }
        return OutputState(folderInode: UInt64(UInt(bitPattern: inode)), folderMtimeNanos: mtime, manifestDigest: digest,
                           folders: folders)
    }

    func write(_ file: URL) {
        var w = BinaryWriter()
        w.string(Self.magic)
        w.int(Int(bitPattern: UInt(folderInode)))
        w.int(folderMtimeNanos)
        w.hash(manifestDigest)
        w.int(folders.count)
        for (name, status) in folders.sorted(by: { $0.key < $1.key }) {
            w.string(name)
            w.int(Int(bitPattern: UInt(status.inode)))
            w.int(status.mtimeNanos)
            w.int(status.ctimeNanos)
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // (a temporary file renamed into place, as `CacheFile.write` does: `Data.write(options: .atomic)` also waited for
        // an `fsync`, 0.4–38 ms of an edit's wall time)
        let temp = file.path + ".tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = FileWrites.writeAll(fd, w.bytes)
        if close(fd) != 0 { ok = false }
        if !ok || rename(temp, file.path) != 0 { unlink(temp) }
    }

    static func forget(_ file: URL) { unlink(file.path) }
}
