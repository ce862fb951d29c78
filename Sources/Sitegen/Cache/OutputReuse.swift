import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps unchanged output files as they are: instead of writing a file into the staging folder, it
/// hard-links (`link(2)`) the previous output's file when that file is known to hold the same content,
/// so its modification time (and inode) stay and `rsync`-style deploys skip it.
///
/// "Known" means: the previous build recorded the same key for that path (a page's template and
/// context fingerprint, or a file's content hash) and the file on disk still has the size, mtime and
/// inode recorded then; or, failing that, its bytes equal the new bytes.
public final class OutputReuse: @unchecked Sendable {
    /// What the cache remembers of one output file.
    public struct Entry: Sendable, Equatable {
        var key: ContentHash
        var size: Int
        var mtimeNanos: Int
        var inode: UInt64
    }

    let previousRoot: String
    let previous: [String: Entry]
    /// Seed of page fingerprints: tool identity and templates.
    let pageSeed: ContentHash
    private var next: [String: Entry] = [:]
    private let lock = NSLock()
    private(set) var reused = 0
    private(set) var reusedBytes = 0

    init(previousRoot: URL, previous: [String: Entry], pageSeed: ContentHash) {
        self.previousRoot = previousRoot.path
        self.previous = previous
        self.pageSeed = pageSeed
    }

    /// The entries of the output just staged, for the next build.
    var entries: [String: Entry] { lock.withLock { next } }

    /// Links the previous file at `path` into `stagingFile` when it was recorded under `key` and is
    /// untouched since; returns false (and does nothing) otherwise.
    func linkIfRecorded(_ path: String, key: ContentHash, to stagingFile: String) -> Bool {
        guard let old = previous[path], old.key == key else { return false }
        let oldFile = previousRoot + "/" + path
        guard let st = Self.stat(oldFile), st.size == old.size, st.mtimeNanos == old.mtimeNanos,
              st.inode == old.inode, link(oldFile, stagingFile) == 0 else { return false }
        remember(path, old)
        return true
    }

    /// Links the previous file at `path` when its bytes equal `bytes`; returns false otherwise.
    func linkIfEqual(_ path: String, key: ContentHash, bytes: [UInt8], to stagingFile: String) -> Bool {
        let oldFile = previousRoot + "/" + path
        guard let st = Self.stat(oldFile), st.size == bytes.count,
              let data = FileManager.default.contents(atPath: oldFile), data.elementsEqual(bytes),
              link(oldFile, stagingFile) == 0 else { return false }
        remember(path, Entry(key: key, size: st.size, mtimeNanos: st.mtimeNanos, inode: st.inode))
        return true
    }

    /// Records a file that was written anew (its stat read from the open descriptor).
    func recordWritten(_ path: String, key: ContentHash, fd: Int32) {
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return }
        let entry = Entry(key: key, size: Int(st.st_size), mtimeNanos: Self.nanos(st.st_mtim), inode: UInt64(st.st_ino))
        lock.withLock { next[path] = entry }
    }

    private func remember(_ path: String, _ entry: Entry) {
        lock.withLock {
            next[path] = entry
            reused += 1
            reusedBytes += entry.size
        }
    }

    private static func nanos(_ t: timespec) -> Int { t.tv_sec * 1_000_000_000 + t.tv_nsec }

    private static func stat(_ path: String) -> (size: Int, mtimeNanos: Int, inode: UInt64)? {
        var st = Glibc.stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(st.st_size), nanos(st.st_mtim), UInt64(st.st_ino))
    }
}
