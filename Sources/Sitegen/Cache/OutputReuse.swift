import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Incremental output: unchanged files of the previous output are left exactly as they are (same
/// inode, same modification time, so `rsync`-style deploys skip them), and only what changed is
/// written.
///
/// When an output folder exists, the build "patches" it: changed files are written into the staging
/// folder, and only when the whole build succeeded are they renamed over the old ones (each file
/// replaced atomically) and files the build no longer makes are deleted. A failed build touches
/// nothing. (Replacing the whole folder would mean deleting and re-creating every file, which costs
/// far more than the build itself on a large site.)
///
/// A file counts as unchanged when the previous build recorded the same key for its path (a page's
/// template and context fingerprint, or a file's content hash) and the file still has the size, mtime
/// and inode recorded then; or, failing that, when its bytes equal the new bytes.
///
/// Files the build no longer makes are found from the previous manifest when `OutputState` vouches
/// that it lists the whole folder; otherwise the whole output tree is walked. (Files put into the
/// output folder by hand are therefore only removed by a build that walks the tree.)
public final class OutputReuse: @unchecked Sendable {
    /// What the cache remembers of one output file.
    public struct Entry: Sendable, Equatable {
        var key: ContentHash
        var size: Int
        var mtimeNanos: Int
        var inode: UInt64
    }

    let outputRoot: String
    /// `outputRoot`'s UTF-8 and a slash: the start of every output file's path, joined to it without a `String`.
    private let rootPrefix: [UInt8]
    /// A descriptor of the output folder when patching (else -1): a previous file's status is read relative to it, so the
    /// kernel walks the page's own few path components instead of the output folder's every time (20k pages an edit).
    private let rootFolder: Int32
    let previous: [String: Entry]
    /// Seed of page fingerprints: tool identity and templates.
    let pageSeed: ContentHash
    /// Whether there is a previous output to patch (else the build writes a whole new folder).
    let patching: Bool
    /// Where the output's `OutputState` is kept (nil: never trust the manifest to list the folder).
    let stateFile: URL?
    /// Whether `previous` lists every file of the output folder (see `OutputState`).
    let previousListsOutput: Bool
    private var next: [String: Entry] = [:]
    /// How many paths of `next` `previous` has: all of them when the build made every file the last one did, and
    /// then none is to be deleted (`removeUnmade` need not look up 20k paths to find that).
    private var madeOfPrevious = 0
    /// `OutputState.digest` of `previous`'s paths, when it was made (to see whether the manifest lists the folder).
    private let previousPathsDigest: ContentHash?
    private let lock = NSLock()
    private(set) var reused = 0
    private(set) var reusedBytes = 0

    init(output: URL, previous: [String: Entry], pageSeed: ContentHash, stateFile: URL? = nil) {
        outputRoot = output.standardizedFileURL.path
        rootPrefix = Array(outputRoot.utf8) + [UInt8(ascii: "/")]
        self.previous = previous
        // (a cached build keeps or writes about as many files as the last one: the manifest grows without rehashing)
        next.reserveCapacity(previous.count)
        self.pageSeed = pageSeed
        self.stateFile = stateFile
        var isDir: ObjCBool = false
        patching = FileManager.default.fileExists(atPath: outputRoot, isDirectory: &isDir) && isDir.boolValue
        rootFolder = patching ? open(outputRoot, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
        var previousPaths: ContentHash?
        if patching, !previous.isEmpty, let stateFile, let recorded = OutputState.read(stateFile) {
            previousListsOutput = recorded == OutputState.current(folder: outputRoot, pathsDigest: {
                previousPaths = OutputState.digest(previous.keys)
                return previousPaths!
            })
        } else {
            previousListsOutput = false
        }
        previousPathsDigest = previousPaths
    }

    deinit {
        if rootFolder >= 0 { close(rootFolder) }
    }

    /// Called before the output folder starts changing: until `recordCommitted`, the manifest on disk
    /// may not describe it.
    func outputWillChange() {
        if let stateFile { OutputState.forget(stateFile) }
    }

    /// Called once the new output is in place and its manifest (`entries`) saved.
    func recordCommitted() {
        guard let stateFile else { return }
        // (a build that made every file of the last one and no other has its paths: their digest is known, not made
        // again from 20k paths)
        let (made, samePaths) = lock.withLock { (next, madeOfPrevious == previous.count && next.count == previous.count) }
        let known = samePaths ? previousPathsDigest : nil
        guard let state = OutputState.current(folder: outputRoot, pathsDigest: { known ?? OutputState.digest(made.keys) }) else { return }
        state.write(stateFile)
    }

    /// The entries of the output just built, for the next build.
    var entries: [String: Entry] { lock.withLock { next } }

    /// Keeps the previous file at `path` if it was recorded under `key` and is untouched since.
    func keepIfRecorded(_ path: String, key: ContentHash) -> Bool {
        guard let old = recordedUnchanged(path, key: key) else { return false }
        keep(path, old, inPrevious: true)
        return true
    }

    /// `keepIfRecorded` of every file of `files` when each was recorded under its key and is untouched since; keeps
    /// none otherwise.
    func keepAllIfRecorded(_ files: [(path: String, key: ContentHash)]) -> Bool {
        var entries: [Entry] = []
        entries.reserveCapacity(files.count)
        for f in files {
            guard let old = recordedUnchanged(f.path, key: f.key) else { return false }
            entries.append(old)
        }
        lock.withLock {
            for (f, old) in zip(files, entries) {
                record(f.path, old, inPrevious: true)
                reused += 1
                reusedBytes += old.size
            }
        }
        return true
    }

    /// The key this build recorded for `path` (kept or written), if any.
    func recordedKey(_ path: String) -> ContentHash? { lock.withLock { next[path]?.key } }

    /// Whether the previous file at `path` was recorded under `key` and is untouched since (it is not kept).
    func isRecordedUnchanged(_ path: String, key: ContentHash) -> Bool { recordedUnchanged(path, key: key) != nil }

    /// The previous entry of `path` if it was recorded under `key` and the file is untouched since. (One look-up of
    /// the path, and its file's status read through a path joined on the stack: an edit asks this of every page.)
    private func recordedUnchanged(_ path: String, key: ContentHash) -> Entry? {
        guard patching, let old = previous[path], old.key == key else { return nil }
        if let statuses { return statuses.isUnchanged(path) ? old : nil }
        guard let st = statInOutput(path), st.size == old.size, st.mtimeNanos == old.mtimeNanos,
              st.inode == old.inode else { return nil }
        return old
    }

    /// The previous files' statuses read ahead of the render (`OutputStatuses`), when they were read for `previous`.
    private var statuses: OutputStatuses?

    /// Takes the statuses `statuses` read of the previous files (before any file is kept or written), if they were read
    /// for this output's `previous`; otherwise each file's status is read when a page asks.
    func readStatusesAhead(_ statuses: OutputStatuses) {
        if statuses.isFor(previous, root: outputRoot) { self.statuses = statuses }
    }

    /// A file's size, modification time (ns) and inode.
    typealias FileStatus = (size: Int, mtimeNanos: Int, inode: UInt64)

    /// `stat(outputRoot + "/" + path)`: read through the output folder's descriptor (`rootFolder`), or, without one or for
    /// a path that starts with a slash, of the path joined in a temporary buffer (no new `String` either way).
    private func statInOutput(_ path: String) -> FileStatus? {
        Self.status(of: path, through: rootFolder, rootPrefix: rootPrefix)
    }

    /// `stat(root + "/" + path)`: read through `folder` (a descriptor of the output folder `root`), or, without one
    /// (-1) or for a path that starts with a slash, of the path joined to `rootPrefix` (`root`'s UTF-8 and a slash) in a
    /// temporary buffer; nil for a path with a NUL (it would end the path early).
    static func status(of path: String, through folder: Int32, rootPrefix: [UInt8]) -> FileStatus? {
        var path = path
        return path.withUTF8 { relative in
            guard !relative.contains(0) else { return nil }
            let throughFolder = folder >= 0 && relative.first != UInt8(ascii: "/")
            let prefix = throughFolder ? [] : rootPrefix
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + relative.count + 1) { buffer in
                var end = buffer.initialize(fromContentsOf: prefix)
                end = buffer[end...].initialize(fromContentsOf: relative)
                buffer[end] = 0
                return buffer.withMemoryRebound(to: CChar.self) { Self.stat($0.baseAddress!, in: throughFolder ? folder : AT_FDCWD) }
            }
        }
    }

    /// Whether the previous build wrote a file at `path` (under any key).
    func wasRecorded(_ path: String) -> Bool { patching && previous[path] != nil }

    /// Keeps the previous file at `path` if its bytes equal `bytes`.
    func keepIfEqual(_ path: String, key: ContentHash, bytes: [UInt8]) -> Bool {
        let oldFile = outputRoot + "/" + path
        guard patching, let st = Self.stat(oldFile), st.size == bytes.count,
              let data = FileManager.default.contents(atPath: oldFile), data.elementsEqual(bytes) else { return false }
        keep(path, Entry(key: key, size: st.size, mtimeNanos: st.mtimeNanos, inode: st.inode), inPrevious: previous[path] != nil)
        return true
    }

    /// Records a file that was written anew (its stat read from the open descriptor).
    func recordWritten(_ path: String, key: ContentHash, fd: Int32) {
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return }
        let entry = Entry(key: key, size: Int(st.st_size), mtimeNanos: Self.nanos(st.st_mtim), inode: UInt64(st.st_ino))
        let inPrevious = previous[path] != nil
        lock.withLock { record(path, entry, inPrevious: inPrevious) }
    }

    private func keep(_ path: String, _ entry: Entry, inPrevious: Bool) {
        lock.withLock {
            record(path, entry, inPrevious: inPrevious)
            reused += 1
            reusedBytes += entry.size
        }
    }

    /// `next[path] = entry`, counting a path of `previous` the first time it is made (with the lock held).
    private func record(_ path: String, _ entry: Entry, inPrevious: Bool) {
        if next.updateValue(entry, forKey: path) == nil, inPrevious { madeOfPrevious += 1 }
    }

    /// Moves the files written into `staging` over the output and deletes output files this build
    /// did not make (then folders left empty). `written`: each output path with the name it was staged under.
    func applyPatch(staging: URL, written: [(path: String, staged: String)]) throws(Diagnostic) {
        let fm = FileManager.default
        outputWillChange()
        for (path, staged) in written.sorted(by: { $0.path < $1.path }) {
            let target = outputRoot + "/" + path
            let folder = (target as NSString).deletingLastPathComponent
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: folder, isDirectory: &isDir), !isDir.boolValue { try? fm.removeItem(atPath: folder) }
            if fm.fileExists(atPath: target, isDirectory: &isDir), isDir.boolValue { try? fm.removeItem(atPath: target) }
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw .error("cannot create folder: \(error.localizedDescription)", file: folder)
            }
            if rename(staging.path + "/" + staged, target) != 0 {
                throw .error("cannot update file: \(String(cString: strerror(errno)))", file: target)
            }
        }
        let (made, allMade) = lock.withLock { (next, madeOfPrevious == previous.count) }
        if previousListsOutput {
            // (every file of the last build made again: none to delete)
            if !allMade { removeUnmade(keep: made) }
        } else {
            _ = removeStale(outputRoot, relative: "", keep: made)
        }
    }

    /// Deletes the previous build's files this build did not make, then the folders that left empty.
    private func removeUnmade(keep: [String: Entry]) {
        var folders = Set<String>()
        for path in previous.keys where keep[path] == nil {
            unlink(outputRoot + "/" + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        // Deepest first; rmdir fails (harmlessly) on a folder that still holds something.
        let depth = { (p: String) in p.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }
        for folder in folders.sorted(by: { depth($0) > depth($1) }) { rmdir(outputRoot + "/" + folder) }
    }

    /// Deletes files under `dir` that are not in `keep`; returns whether `dir` is now empty.
    private func removeStale(_ dir: String, relative: String, keep: [String: Entry]) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return false }
        var empty = true
        for name in names {
            let full = dir + "/" + name, rel = relative.isEmpty ? name : relative + "/" + name
            var st = Glibc.stat()
            guard lstat(full, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                if removeStale(full, relative: rel, keep: keep) { rmdir(full) } else { empty = false }
            } else if keep[rel] == nil {
                unlink(full)
            } else {
                empty = false
            }
        }
        return empty && !relative.isEmpty
    }

    private static func nanos(_ t: timespec) -> Int { t.tv_sec * 1_000_000_000 + t.tv_nsec }

    /// `lstat` of `path`, relative to the folder `folder` (`AT_FDCWD`: as `lstat` reads it); nil unless a regular file.
    static func stat(_ path: UnsafePointer<CChar>, in folder: Int32 = AT_FDCWD) -> FileStatus? {
        var st = Glibc.stat()
        guard fstatat(folder, path, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(st.st_size), nanos(st.st_mtim), UInt64(st.st_ino))
    }

    static func stat(_ path: String) -> FileStatus? {
        path.withCString { stat($0) }
    }
}
