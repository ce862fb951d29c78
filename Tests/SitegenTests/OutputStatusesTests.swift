import Foundation
import Testing
import TestSupport
@testable import Sitegen
#if canImport(Glibc)
import Glibc
#endif

/// The previous output files' statuses read ahead, folder by folder (`OutputStatuses`), decide as the status each page
/// read of its own file through the output folder (the code it replaces, kept here) on seeded random outputs changed in
/// every way a file can be: rewritten in place, resized, deleted, renamed over, made a folder or a link, its folder
/// removed or made a link.
@Suite struct OutputStatusesTests {
    /// The status check `OutputReuse.recordedUnchanged` made of each file before (session 46): `fstatat` of the path
    /// through the output folder's descriptor, a path starting with a slash joined to the folder's, a NUL refused.
    static func oldUnchanged(root: String, path: String, entry: OutputReuse.Entry) -> Bool {
        if path.utf8.contains(0) { return false }
        var st = Glibc.stat()
        let found: Bool
        if path.hasPrefix("/") {
            found = lstat(root + "/" + path, &st) == 0
        } else {
            let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if folder >= 0 { close(folder) } }
            found = folder >= 0 && fstatat(folder, path, &st, AT_SYMLINK_NOFOLLOW) == 0
        }
        guard found, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        return Int(st.st_size) == entry.size && st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec == entry.mtimeNanos
            && UInt64(st.st_ino) == entry.inode
    }

    /// A random output folder and the manifest recorded of it (some entries for files that never were), then changed.
    static func changedOutput(seed: UInt64, in dir: TempDir) -> (root: String, manifest: [String: OutputReuse.Entry]) {
        var random = SeededRandom(seed: seed)
        let folders = ["", "articles", "entities", "entities/e1/page", "a-z/ا", "search/data/t", "chronology/2020"]
        let names = ["index", "a", "ب", "page-2", "x y", "عنوان-طويل"]
        let root = dir.url.appendingPathComponent("site").standardizedFileURL.path
        var manifest: [String: OutputReuse.Entry] = [:]
        for i in 0..<(10 + random.below(50)) {
            let folder = folders[random.below(folders.count)]
            let path = (folder.isEmpty ? "" : folder + "/") + names[random.below(names.count)] + "\(i).html"
            dir.write("site/" + path, String(repeating: "ص", count: random.below(40)))
            guard let st = OutputReuse.stat(root + "/" + path) else { continue }
            manifest[path] = OutputReuse.Entry(key: ContentHash(high: UInt64(i), low: seed), size: st.size,
                                               mtimeNanos: st.mtimeNanos, inode: st.inode)
        }
        let fixed = OutputReuse.Entry(key: ContentHash(high: 0, low: 0), size: 0, mtimeNanos: 0, inode: 0)
        manifest["missing/never.html"] = fixed
        manifest["never.html"] = fixed
        if let some = manifest.keys.sorted().first(where: { !$0.contains("/") }) { manifest["/" + some] = manifest[some] }
        manifest["a\u{0}b.html"] = fixed
        let fm = FileManager.default
        for path in manifest.keys.sorted() where !path.hasPrefix("/") && !path.contains("\u{0}") && random.below(3) == 0 {
            let full = root + "/" + path
            switch random.below(7) {
            case 0: try? Data("مختلف الطول تماما".utf8).write(to: URL(fileURLWithPath: full))  // in place, resized
            case 1: try? fm.removeItem(atPath: full)
            case 2:  // a new file renamed over it (a new inode)
                try? Data("جديد".utf8).write(to: URL(fileURLWithPath: full + ".new"))
                rename(full + ".new", full)
            case 3: try? fm.removeItem(atPath: full); try? fm.createDirectory(atPath: full, withIntermediateDirectories: true)
            case 4: try? fm.removeItem(atPath: full); symlink(root + "/never-there", full)
            case 5:  // its folder removed, or made a link to a copy of itself
                let folder = (full as NSString).deletingLastPathComponent
                guard folder != root else { break }
                if random.below(2) == 0 { try? fm.removeItem(atPath: folder) } else {
                    try? fm.copyItem(atPath: folder, toPath: folder + "-copy")
                    try? fm.removeItem(atPath: folder)
                    symlink(folder + "-copy", folder)
                }
            default: break  // left as it was
            }
        }
        return (root, manifest)
    }

    @Test func readAheadDecidesAsEachFilesOwnStatus() {
        for seed in UInt64(1)...24 {
            let dir = TempDir()
            let (root, manifest) = Self.changedOutput(seed: seed, in: dir)
            let statuses = OutputStatuses(output: URL(fileURLWithPath: root), manifest: manifest, background: seed % 2 == 0)
            var unchanged = 0, changed = 0
            for (path, entry) in manifest {
                let old = Self.oldUnchanged(root: root, path: path, entry: entry)
                #expect(statuses.isUnchanged(path) == old, "seed \(seed): \(path)")
                if old { unchanged += 1 } else { changed += 1 }
            }
            #expect(unchanged > 0 && changed >= 3, "seed \(seed)")  // (both answers were asked)
        }
    }

    @Test func outputReuseKeepsTheSameFilesWithStatusesReadAhead() {
        for seed in UInt64(30)...36 {
            let dir = TempDir()
            let (root, manifest) = Self.changedOutput(seed: seed, in: dir)
            let output = URL(fileURLWithPath: root)
            let plain = OutputReuse(output: output, previous: manifest, pageSeed: ContentHash(high: 1, low: 2))
            let ahead = OutputReuse(output: output, previous: manifest, pageSeed: ContentHash(high: 1, low: 2))
            ahead.readStatusesAhead(OutputStatuses(output: output, manifest: manifest, background: true))
            for (path, entry) in manifest.sorted(by: { $0.key < $1.key }) {
                let other = ContentHash(high: entry.key.high &+ 1, low: entry.key.low)
                #expect(ahead.isRecordedUnchanged(path, key: entry.key) == plain.isRecordedUnchanged(path, key: entry.key), "\(path)")
                #expect(!ahead.isRecordedUnchanged(path, key: other))
            }
        }
    }

    @Test func statusesReadForOtherFilesAreNotUsed() {
        let dir = TempDir()
        let (root, manifest) = Self.changedOutput(seed: 7, in: dir)
        let statuses = OutputStatuses(output: URL(fileURLWithPath: root), manifest: manifest, background: false)
        #expect(statuses.isFor(manifest, root: root))
        let copy = manifest
        #expect(statuses.isFor(copy, root: root))  // (a copy shares the storage)
        var changed = manifest
        changed["other.html"] = manifest.first!.value
        #expect(!statuses.isFor(changed, root: root))
        changed.removeValue(forKey: "other.html")  // equal again, but other storage: not trusted
        #expect(!statuses.isFor(changed, root: root))
        #expect(!statuses.isFor(manifest, root: root + "/x"))
        // so a reuse given statuses of other files reads each file's status itself
        let reuse = OutputReuse(output: URL(fileURLWithPath: root), previous: changed, pageSeed: ContentHash(high: 1, low: 2))
        reuse.readStatusesAhead(OutputStatuses(output: URL(fileURLWithPath: root), manifest: [:], background: false))
        for (path, entry) in changed {
            #expect(reuse.isRecordedUnchanged(path, key: entry.key) == Self.oldUnchanged(root: root, path: path, entry: entry))
        }
    }
}
