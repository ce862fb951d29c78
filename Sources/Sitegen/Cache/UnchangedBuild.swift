import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Skips a rebuild whose inputs are all unchanged.
///
/// A build's input fingerprint covers the tool, every article file (path and bytes, its sidecar
/// included), every curated entity and event file, the config file, the options that shape the output
/// (base URL, strictness) and every file of the templates folder, assets included. When it equals the
/// fingerprint of the last successful build and the output folder still holds every file that build
/// recorded, untouched (same size, modification time and inode), building again would write the same
/// bytes (builds are reproducible), so the last build's report is returned instead and nothing is
/// read beyond the input files themselves.
final class UnchangedBuild: @unchecked Sendable {
    /// What the last successful build reported, under its input fingerprint.
    struct Record {
        var fingerprint: ContentHash
        var report: BuildReport
    }

    let file: URL
    private let toolIdentity: ContentHash
    private let lock = NSLock()
    private var record: Record?
    private var loaded = false

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("last-build.bin")
        self.toolIdentity = toolIdentity
    }

    /// The fingerprint of everything a build reads (see the type's documentation), and the content
    /// key of each article file (`BuildCache.articleKey`, in inventory order) for loading them.
    /// `fileKeys` gives the keys of files whose status did not change without reading them.
    static func fingerprint(options: BuildOptions, inventory: InputInventory, fields: RecordFields, toolIdentity: ContentHash,
                            fileKeys: FileKeyMemo? = nil)
        -> (fingerprint: ContentHash, articleKeys: [ContentHash?]) {
        let root = options.input, rootPath = options.input.path
        let articleKeys = parallelMap(inventory.articles.count, jobs: options.jobs) { i in
            fileKeys.map {
                $0.key(root: root, rootPath: rootPath, relativePath: inventory.articles[i], fields: fields,
                       scanned: inventory.articleStatuses.count == inventory.articles.count ? inventory.articleStatuses[i] : nil, scannedAt: inventory.scannedAt)
            }
                ?? BuildCache.articleKey(root: root, relativePath: inventory.articles[i], fields: fields)
        }
        var h = ContentHasher()
        h.combine(toolIdentity)
        h.combine(options.baseURL ?? "")
        h.combine(options.strict ? 1 : 0)
        h.combine(options.configRequired ? 1 : 0)
        options.listSizes.combine(into: &h)
        combineFile(options.configFile, into: &h)
        h.combine(inventory.articles.count)
        for (path, key) in zip(inventory.articles, articleKeys) {
            h.combine(path)
            if let key { h.combine(key) } else { h.combine("unreadable") }
        }
        for path in inventory.curatedEntities + [""] + inventory.curatedEvents {
            h.combine(path)
            if !path.isEmpty { combineFile(root.appendingPathComponent(path), into: &h) }
        }
        for d in inventory.diagnostics { h.combine(d.description) }
        // (the built-in theme is part of the binary, which `toolIdentity` covers)
        if let templates = options.templates {
            h.combine(templates.path)
            for f in Theme.visibleFiles(in: templates) {
                h.combine(f)
                combineFile(templates.appendingPathComponent(f), into: &h)
            }
        }
        return (h.finalize(), articleKeys)
    }

    private static func combineFile(_ url: URL?, into h: inout ContentHasher) {
        guard let url, let data = FileManager.default.contents(atPath: url.path) else { h.combine(0); return }
        h.combine(data.count)
        data.withUnsafeBytes { h.combine($0) }
    }

    /// The last build's report when its fingerprint is `fingerprint`, the output folder is as that
    /// build left it (`OutputState` in `stateFile`: no file added or removed at its top) and every
    /// output file it recorded in `manifest` is still there untouched; else nil.
    func report(matching fingerprint: ContentHash, output: URL, manifest: [String: OutputReuse.Entry],
                stateFile: URL) -> BuildReport? {
        let record: Record? = lock.withLock {
            if !loaded { self.record = readFromDisk(); loaded = true }
            return self.record
        }
        guard let record, record.fingerprint == fingerprint, !manifest.isEmpty,
              manifest.count == record.report.files else { return nil }
        let folder = output.standardizedFileURL.path
        guard let state = OutputState.read(stateFile), state == OutputState.current(folder: folder, paths: manifest.keys) else {
            return nil
        }
        let root = folder + "/"
        for (path, entry) in manifest {
            var st = Glibc.stat()
            guard lstat(root + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == entry.size,
                  st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec == entry.mtimeNanos,
                  UInt64(st.st_ino) == entry.inode else { return nil }
        }
        return record.report
    }

    /// Remembers a successful build (kept in memory and written to disk).
    func remember(_ fingerprint: ContentHash, _ report: BuildReport) {
        var kept = BuildReport()
        kept.articles = report.articles
        kept.republishedCopies = report.republishedCopies
        kept.skippedRecords = report.skippedRecords
        kept.failedArticles = report.failedArticles
        kept.entities = report.entities
        kept.events = report.events
        kept.pages = report.pages
        kept.files = report.files
        kept.bytes = report.bytes
        kept.diagnostics = report.diagnostics
        lock.withLock {
            record = Record(fingerprint: fingerprint, report: kept)
            loaded = true
            var w = BinaryWriter()
            w.hash(fingerprint)
            for n in [kept.articles, kept.republishedCopies, kept.skippedRecords, kept.entities, kept.events, kept.pages, kept.files,
                      kept.bytes] { w.int(n) }
            w.int(kept.failedArticles.count)
            for f in kept.failedArticles { w.string(f) }
            w.int(kept.diagnostics.count)
            for d in kept.diagnostics { w.diagnostic(d) }
            CacheFile.write(file, identity: toolIdentity, w.bytes)
        }
    }

    /// Forgets the last build (its output is about to change).
    func forget() {
        lock.withLock {
            record = nil
            loaded = true
            try? FileManager.default.removeItem(at: file)
        }
    }

    private func readFromDisk() -> Record? {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return nil }
        do {
            let fingerprint = try r.hash()
            var report = BuildReport()
            report.articles = try r.int()
            report.republishedCopies = try r.int()
            report.skippedRecords = try r.int()
            report.entities = try r.int()
            report.events = try r.int()
            report.pages = try r.int()
            report.files = try r.int()
            report.bytes = try r.int()
            let failed = try r.int()
            guard failed >= 0 else { return nil }
            for _ in 0..<failed { report.failedArticles.append(try r.string()) }
            let count = try r.int()
            guard count >= 0 else { return nil }
            for _ in 0..<count { report.diagnostics.append(try r.diagnostic()) }
            return Record(fingerprint: fingerprint, report: report)
        } catch {
            return nil
        }
    }
}
