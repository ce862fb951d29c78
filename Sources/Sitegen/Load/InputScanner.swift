import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the input folder holds, in a stable order (sorted by path), whatever the order on disk.
public struct InputInventory: Sendable {
    /// Article files, relative to the input folder.
    public var articles: [String] = []
    /// Curated entity files (`entities/*.md`).
    public var curatedEntities: [String] = []
    /// Curated event files (`events/*.md`).
    public var curatedEvents: [String] = []
    public var diagnostics: [Diagnostic] = []
    /// `articleStatuses[i]`: the status the scan read of `articles[i]` (for `FileKeyMemo`, which then need not read it again).
    var articleStatuses: [FileKeyMemo.Status] = []
    /// Wall-clock time (ns since 1970) just before the scan read the first status.
    var scannedAt: Int64 = 0
}

/// Walks the input folder recursively.
///
/// Hidden files and folders are skipped; sidecar `.yml` files belong to their `.txt` or `.html`; a
/// folder reached twice through symbolic links is read once (no loops); `skip` (the output folder,
/// the templates) is never entered, nor is a folder holding a site sitegen built (`data/build.json`
/// beside an `index.html`), whose pages must not be read back as saved web pages.
public struct InputScanner: Sendable {
    public static let articleExtensions: Set<String> = ArticleLoader.extensions

    public var skip: [URL]

    public init(skip: [URL] = []) { self.skip = skip }

    public func scan(_ root: URL) -> InputInventory {
        var inventory = InputInventory()
        var visited = Set<String>()
        let skipPaths = Set(skip.map { $0.resolvingSymlinksInPath().standardizedFileURL.path })
        inventory.scannedAt = FileKeyMemo.now()
        walk(root, relative: "", visited: &visited, skip: skipPaths, into: &inventory)
        let order = inventory.articles.indices.sorted { Self.utf8Precedes(inventory.articles[$0], inventory.articles[$1]) }
        inventory.articles = order.map { inventory.articles[$0] }
        inventory.articleStatuses = order.map { inventory.articleStatuses[$0] }
        inventory.curatedEntities.sort { Self.utf8Precedes($0, $1) }
        inventory.curatedEvents.sort { Self.utf8Precedes($0, $1) }
        return inventory
    }

    /// `a.utf8.lexicographicallyPrecedes(b.utf8)`, on the strings' contiguous bytes by `memcmp` (through the views'
    /// iterators, the scan's sorts of 10k paths cost more than its walk).
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let answer: Bool?? = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q in
                let n = min(p.count, q.count)
                let c = n == 0 ? 0 : memcmp(p.baseAddress!, q.baseAddress!, n)
                return c != 0 ? c < 0 : p.count < q.count
            }
        }
        if let answer = answer ?? nil { return answer }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `names.sorted()` (the order of `String`'s `<`): for names all in ASCII, where that order is the bytes', by their
    /// bytes copied into one buffer and sorted a few bytes at a time as numbers (`NameBytes`). (Compared as `String`s, a folder of
    /// 10k names took 130k comparisons, each retained, released and checked for its kind of storage; compared by
    /// `memcmp`, each still ran through the names' long common start, `JA-localNews-`: a sixth of an edit's scan.)
    static func sortedNames(_ names: [String]) -> [String] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(names.count * 32)
        var starts = [0]
        starts.reserveCapacity(names.count + 1)
        for name in names {
            bytes.append(contentsOf: name.utf8)
            starts.append(bytes.count)
        }
        guard !bytes.contains(where: { $0 >= 0x80 }), let order = NameBytes(bytes: bytes, starts: starts).order() else {
            return names.sorted()
        }
        return order.map { names[$0] }
    }

    /// Why a listed name cannot be opened: a dangling link (a warning) or a name the file system
    /// gave in bytes that are not UTF-8, so the file cannot be opened by name (an error for an article).
    static func unreachable(_ name: String, _ rel: String) -> Diagnostic {
        if name.unicodeScalars.contains("\u{FFFD}") {
            let ext = (name as NSString).pathExtension.lowercased()
            let message = "file name is not valid UTF-8, so the file cannot be opened (rename it); skipped"
            return articleExtensions.contains(ext) ? .error(message, file: rel) : .warning(message, file: rel)
        }
        return .warning("broken symbolic link; skipped", file: rel)
    }

    /// True for a folder a sitegen build wrote (it has `index.html` and `data/build.json`).
    static func isBuiltSite(_ folder: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: folder.appendingPathComponent("index.html").path)
            && fm.fileExists(atPath: folder.appendingPathComponent(BuildInfo.path).path)
    }

    private func walk(_ dir: URL, relative: String, visited: inout Set<String>, skip: Set<String>, into inv: inout InputInventory) {
        let real = dir.resolvingSymlinksInPath().standardizedFileURL.path
        guard !skip.contains(real) else { return }
        guard visited.insert(real).inserted else {
            inv.diagnostics.append(.warning("folder reached again through a symbolic link (a loop?); read once", file: relative))
            return
        }
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: dir.path) } catch {
            inv.diagnostics.append(.error("cannot read folder: \(error.localizedDescription)", file: relative.isEmpty ? dir.path : relative))
            return
        }
        // (paths as strings and a plain stat per entry: URL and FileManager calls per file were most
        // of the scan of a folder of 10k articles; each entry's stat is read through the folder's descriptor,
        // so the kernel walks one name instead of the whole path)
        let dirPath = dir.path.hasSuffix("/") ? dir.path : dir.path + "/"
        let folder = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let top = relative.split(separator: "/").first.map(String.init) ?? ""
        for name in Self.sortedNames(names) where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = Glibc.stat()
            // (both follow symbolic links, as fileExists does)
            guard (folder >= 0 ? fstatat(folder, name, &st, 0) : stat(dirPath + name, &st)) == 0 else {
                inv.diagnostics.append(Self.unreachable(name, rel))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let url = dir.appendingPathComponent(name)
                if skip.contains(url.resolvingSymlinksInPath().standardizedFileURL.path) { continue }
                if Self.isBuiltSite(url) {
                    inv.diagnostics.append(.warning("folder holds a site built by sitegen; not read as input", file: rel))
                } else {
                    walk(url, relative: rel, visited: &visited, skip: skip, into: &inv)
                }
                continue
            }
            // (NSString's extension cost a quarter of an edit's scan; the extension's string and its look-up in a set, a tenth)
            let ext = ArticleLoader.articleExtension(name)
            if top == "entities" && ext == .md { inv.curatedEntities.append(rel); continue }
            if top == "events" && ext == .md { inv.curatedEvents.append(rel); continue }
            if ext != .other {
                inv.articles.append(rel)
                inv.articleStatuses.append(FileKeyMemo.Status(st))
            }
        }
    }
}
