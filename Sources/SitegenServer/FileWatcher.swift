import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes under a few folders and files by polling: each `changes()` call compares every
/// file's size and modification time with the previous call (Linux has no FSEvents, and inotify
/// misses editors' rename-into-place saves on some file systems; a stat walk of a few thousand files
/// costs a few milliseconds).
public final class FileWatcher: @unchecked Sendable {
    struct Stamp: Equatable {
        var size: Int
        var mtimeNanos: Int
    }

    public let paths: [URL]
    /// Folders never entered (the output and its cache when they sit inside a watched folder).
    public let skip: Set<String>
    private var last: [String: Stamp]

    public init(paths: [URL], skip: [URL] = []) {
        self.paths = paths.map(\.standardizedFileURL)
        self.skip = Set(skip.map { $0.standardizedFileURL.path })
        last = [:]
        last = snapshot()
    }

    /// Paths added, removed or modified since the last call (sorted); empty when nothing changed.
    public func changes() -> [String] {
        let now = snapshot()
        var changed: [String] = []
        for (p, s) in now where last[p] != s { changed.append(p) }
        for p in last.keys where now[p] == nil { changed.append(p) }
        last = now
        return changed.sorted()
    }

    func snapshot() -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        for p in paths { walk(p.path, into: &out, depth: 0) }
        return out
    }

    private func walk(_ path: String, into out: inout [String: Stamp], depth: Int) {
        guard depth < 32, !skip.contains(path) else { return }
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            out[path] = Stamp(size: Int(st.st_size), mtimeNanos: st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec)
            return
        }
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }  // hidden files, editors' swap files, "." and ".."
            walk(path + "/" + name, into: &out, depth: depth + 1)
        }
    }
}
