import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport
@testable import Sitegen

/// The output's folders vouch for their files (`OutputState.folders`): a previous file is taken as unchanged without a
/// `stat` of its own when its folder is as the previous build left it. Checked against the per-file check it replaces
/// (size, mtime and inode as recorded), kept here, after seeded random changes to a built site; and patch builds stage
/// their files flat.
@Suite struct OutputFolderStatusTests {
    private func build(_ input: URL, _ output: URL, cached: Bool) throws {
        var o = BuildOptions(input: input, output: output, templates: Repo.templates, configFile: nil)
        o.jobs = 2
        _ = try SiteBuilder(options: o, cache: cached ? BuildCache(output: output) : nil).build()
    }

    private func seedsCopy() throws -> TempDir {
        let input = TempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path) {
            try FileManager.default.copyItem(at: Repo.seeds.appendingPathComponent(name), to: input.url.appendingPathComponent(name))
        }
        return input
    }

    /// Every file of a site (relative path → bytes).
    private func files(_ site: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = site.standardizedFileURL.path
        for case let path as String in FileManager.default.enumerator(atPath: root)! {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir)
            if !isDir.boolValue { result[path] = FileManager.default.contents(atPath: root + "/" + path) }
        }
        return result
    }

    /// The check the folders replace: the file at `path` still has the recorded size, mtime and inode.
    private func fileAsRecorded(_ root: String, _ path: String, _ entry: OutputReuse.Entry) -> Bool {
        var st = Glibc.stat()
        guard lstat(root + "/" + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        return Int(st.st_size) == entry.size && st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec == entry.mtimeNanos
            && UInt64(st.st_ino) == entry.inode
    }

    @Test func foldersVouchOnlyForFilesTheFileCheckFindsAsRecorded() throws {
        let input = try seedsCopy(), out = TempDir()
        let site = out.url.appendingPathComponent("site"), fresh = out.url.appendingPathComponent("fresh")
        let root = site.standardizedFileURL.path
        try build(input.url, site, cached: true)
        try build(input.url, fresh, cached: false)
        let expected = files(fresh)
        var random = SeededRandom(seed: 46)
        for round in 0..<10 {
            let cache = BuildCache(output: site)
            cache.beginBuild()
            let manifest = cache.outputManifest
            let paths = manifest.keys.sorted()
            // a few changes a person or a tool may make to the output between builds, each by a new name in a folder
            var changed: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                let path = paths[random.below(paths.count)], full = root + "/" + path
                let folder = String(OutputState.folder(of: path))
                switch random.below(5) {
                case 0: unlink(full)                                              // deleted
                case 1:                                                           // replaced by a rename (editors save so)
                    let temp = root + "/" + (folder.isEmpty ? "" : folder + "/") + ".edit-\(round)"
                    try Data("<p>edited \(round)</p>".utf8).write(to: URL(fileURLWithPath: temp))
                    rename(temp, full)
                case 2:                                                           // a stray file beside it
                    try Data("stray".utf8).write(to: URL(fileURLWithPath: root + "/" + (folder.isEmpty ? "" : folder + "/") + "stray-\(round).txt"))
                case 3:                                                           // the same bytes under a new inode
                    let bytes = try Data(contentsOf: URL(fileURLWithPath: full))
                    unlink(full)
                    try bytes.write(to: URL(fileURLWithPath: full))
                default: break                                                    // nothing
                }
                changed.append(path)
            }
            let reuse = cache.outputReuse(output: site, templates: try Theme(overriding: Repo.templates))
            var vouchedUnchanged = 0
            for path in paths {
                let entry = manifest[path]!
                let old = fileAsRecorded(root, path, entry)
                let new = reuse.isRecordedUnchanged(path, key: entry.key)
                #expect(new == old, "round \(round): \(path): folders say \(new), the file's status \(old) (changed: \(changed))")
                if new { vouchedUnchanged += 1 }
            }
            #expect(vouchedUnchanged > 0)
            // the next cached build repairs the site to the bytes of a fresh build (a stray file in a sub-folder stays, as
            // before: only a build that walks the tree removes files it never made)
            try build(input.url, site, cached: true)
            let now = files(site).filter { !$0.key.contains("stray-") }
            #expect(Set(now.keys) == Set(expected.keys), "round \(round)")
            #expect(now.keys.filter { now[$0] != expected[$0] }.isEmpty, "round \(round)")
        }
    }

    @Test func theOutputStateKeepsItsFoldersAndIgnoresThemInComparisons() throws {
        let dir = TempDir()
        dir.write("site/index.html", "a")
        dir.write("site/articles/x.html", "b")
        dir.write("site/a-z/ا/y.html", "c")
        let root = dir.url.appendingPathComponent("site").standardizedFileURL.path
        let paths = ["index.html", "articles/x.html", "a-z/ا/y.html"]
        var state = try #require(OutputState.current(folder: root, paths: paths))
        #expect(Set(OutputState.folders(of: paths)) == ["", "articles", "a-z/ا"])
        #expect(OutputState.folder(of: "a-z/ا/y.html") == "a-z/ا" && OutputState.folder(of: "x.html") == "")
        state.folders = OutputState.folderStatuses(under: root, names: OutputState.folders(of: paths))
        #expect(Set(state.folders.keys) == ["", "articles", "a-z/ا"])
        // a folder that cannot be read: none is recorded (a state's folders cover every path of its manifest)
        #expect(OutputState.folderStatuses(under: root, names: ["articles", "missing"]).isEmpty)
        let file = dir.url.appendingPathComponent("state.bin")
        state.write(file)
        let read = try #require(OutputState.read(file))
        #expect(read.folders == state.folders)
        #expect(read == OutputState.current(folder: root, paths: paths))
        #expect(read.changedFolders(under: root) == [])
        // a name added in one folder leaves the others vouched for
        dir.write("site/articles/new.html", "d")
        #expect(read.changedFolders(under: root) == ["articles"])
        #expect(OutputState(folderInode: 1, folderMtimeNanos: 2, manifestDigest: read.manifestDigest).changedFolders(under: root) == nil)
        // a damaged file is not read
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes.removeLast(2)
        try Data(bytes).write(to: file)
        #expect(OutputState.read(file) == nil)
    }

    @Test func aPatchStagesItsFilesFlatAndLeavesNoStagingFolder() throws {
        let dir = TempDir()
        let output = dir.url.appendingPathComponent("site")
        dir.write("site/index.html", "قديم")
        let reuse = OutputReuse(output: output, previous: [:], pageSeed: ContentHash(high: 1, low: 2))
        #expect(reuse.patching)
        let staged = try StagedOutput(output: output)
        staged.reuse = reuse
        try staged.write("index.html", "جديد")
        try staged.write("articles/a.html", "مقال")
        try staged.write("a-z/ا/page/2.html", "فهرس")
        #expect(try FileManager.default.contentsOfDirectory(atPath: staged.staging.path).sorted() == ["p1", "p2", "p3"])
        try staged.commit()
        #expect(!FileManager.default.fileExists(atPath: staged.staging.path))
        #expect(dir.read("site/index.html") == "جديد")
        #expect(dir.read("site/articles/a.html") == "مقال")
        #expect(dir.read("site/a-z/ا/page/2.html") == "فهرس")
    }
}
