import Foundation
import Testing
@testable import Sitegen

/// The render and write half of incremental builds: stale files, the output state, cached search
/// terms, and that every shortcut gives the bytes of a fresh build.
@Suite struct IncrementalOutputTests {
    private func build(_ input: URL, _ output: URL, cached: Bool) throws {
        var o = BuildOptions(input: input, output: output, templates: Repo.templates, configFile: nil)
        o.jobs = 2
        _ = try SiteBuilder(options: o, cache: cached ? BuildCache(output: output) : nil).build()
    }

    /// Every file of a site (relative path → bytes) and every folder.
    private func snapshot(_ site: URL) -> (files: [String: Data], folders: Set<String>) {
        var files: [String: Data] = [:], folders = Set<String>()
        let root = site.standardizedFileURL.path
        for case let path as String in FileManager.default.enumerator(atPath: root)! {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir)
            if isDir.boolValue { folders.insert(path) } else { files[path] = FileManager.default.contents(atPath: root + "/" + path) }
        }
        return (files, folders)
    }

    private func expectSameSite(_ a: URL, _ b: URL) {
        let x = snapshot(a), y = snapshot(b)
        let folders = x.folders.symmetricDifference(y.folders).sorted()
        let files = Set(x.files.keys).symmetricDifference(y.files.keys).sorted()
        let changed = x.files.keys.filter { y.files[$0] != nil && y.files[$0] != x.files[$0] }.sorted()
        #expect(folders.isEmpty, "folders in only one site: \(folders)")
        #expect(files.isEmpty, "files in only one site: \(files)")
        #expect(changed.isEmpty, "files that differ: \(changed)")
    }

    private func seedsCopy() throws -> TempDir {
        let input = TempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path) {
            try FileManager.default.copyItem(at: Repo.seeds.appendingPathComponent(name), to: input.url.appendingPathComponent(name))
        }
        return input
    }

    private func firstArticle(_ input: TempDir) throws -> String {
        let e = FileManager.default.enumerator(atPath: input.url.path)!
        return try #require(e.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted().first)
    }

    @Test func editThenDeletionGiveTheBytesOfAFreshBuild() throws {
        let input = try seedsCopy(), out = TempDir()
        let site = out.url.appendingPathComponent("site"), fresh = out.url.appendingPathComponent("fresh")
        try build(input.url, site, cached: true)
        let article = try firstArticle(input)
        let text = try #require(input.read(article))
        input.write(article, text + "\n\nفقرة أضيفت عن بغداد والبصرة ووزارة الخارجية.\n")
        try build(input.url, site, cached: true)
        try build(input.url, fresh, cached: false)
        expectSameSite(site, fresh)

        let pagesBefore = snapshot(site).files.keys.filter { $0.hasPrefix("articles/") }
        try FileManager.default.removeItem(at: input.url.appendingPathComponent(article))
        try build(input.url, site, cached: true)
        try FileManager.default.removeItem(at: fresh)
        try build(input.url, fresh, cached: false)
        expectSameSite(site, fresh)
        // The deleted article's page went.
        #expect(snapshot(site).files.keys.filter { $0.hasPrefix("articles/") }.count == pagesBefore.count - 1)
    }

    @Test func outputStateVouchesForTheManifestOnlyWhileTheFolderIsAsLeft() throws {
        let input = try seedsCopy(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        try build(input.url, site, cached: true)
        func reuse() -> OutputReuse {
            let cache = BuildCache(output: site)
            cache.beginBuild()
            return cache.outputReuse(output: site, templates: try! Theme(overriding: Repo.templates))
        }
        #expect(reuse().previousListsOutput)
        // A file added at the top changes the folder's mtime: the tree is walked again.
        try Data("x".utf8).write(to: site.appendingPathComponent("stray.txt"))
        #expect(!reuse().previousListsOutput)
        try build(input.url, site, cached: true)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stray.txt").path))
        #expect(reuse().previousListsOutput)
        try FileManager.default.removeItem(at: BuildCache.folder(for: site).appendingPathComponent("output-state.bin"))
        #expect(!reuse().previousListsOutput)
    }

    @Test func staleFilesOfAnUncachedBuildAreStillRemoved() throws {
        let input = try seedsCopy(), out = TempDir()
        let site = out.url.appendingPathComponent("site"), fresh = out.url.appendingPathComponent("fresh")
        try build(input.url, site, cached: true)
        input.write("extra.md", "---\ntitle: مقال إضافي مؤقت\ndate: 2020-01-02\n---\nنص عن الموصل.\n")
        try build(input.url, site, cached: false)  // the cache's manifest does not know this output
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("extra.md"))
        try build(input.url, site, cached: true)
        try build(input.url, fresh, cached: false)
        expectSameSite(site, fresh)
    }

    @Test func searchTermsComeFromTheCacheAndADamagedCacheIsIgnored() throws {
        let site = PublishFixture.site()
        let docs = SearchIndexPage.documents(site: site)
        let folder = TempDir()
        let identity = ContentHash(high: 7, low: 9)
        let plain = SearchIndex(documents: docs)
        let first = SearchTermCache(folder: folder.url, toolIdentity: identity)
        _ = SearchIndex(documents: docs, jobs: 2, cache: first)
        first.save()
        #expect(first.hits == 0)
        let second = SearchTermCache(folder: folder.url, toolIdentity: identity)
        let cached = SearchIndex(documents: docs, jobs: 2, cache: second)
        #expect(second.hits == docs.count)
        #expect(cached.shards == plain.shards)
        for key in plain.shardTerms.keys { #expect(cached.shardScript(key) == plain.shardScript(key)) }
        #expect(cached.manifestScript() == plain.manifestScript())

        // Another tool's file, or a damaged one, is not used.
        let foreign = SearchTermCache(folder: folder.url, toolIdentity: ContentHash(high: 1, low: 1))
        _ = SearchIndex(documents: docs, cache: foreign)
        #expect(foreign.hits == 0)
        var bytes = try [UInt8](Data(contentsOf: second.file))
        bytes.removeLast(3)
        try Data(bytes).write(to: second.file)
        let damaged = SearchTermCache(folder: folder.url, toolIdentity: identity)
        let rebuilt = SearchIndex(documents: docs, cache: damaged)
        #expect(damaged.hits == 0)
        #expect(rebuilt.shards == plain.shards)
    }

    @Test func aFewChangedDocumentsDoNotRewriteTheTermCache() throws {
        func docs(_ changed: Set<Int>) -> [SearchDocument] {
            (0..<130).map { i in
                SearchDocument(title: "عنوان \(i)", kind: .article, label: "مقال", path: SitePath("articles/a\(i)"),
                               text: "خبر رقم \(i) من بغداد" + (changed.contains(i) ? " والبصرة" : ""))
            }
        }
        let folder = TempDir()
        let identity = ContentHash(high: 7, low: 9)
        let first = SearchTermCache(folder: folder.url, toolIdentity: identity)
        _ = SearchIndex(documents: docs([]), cache: first)
        first.save()
        let written = try Data(contentsOf: first.file)
        // one document changed (1 new entry, 1 stale: 2 × 64 < 130): the file stays as it was, and the
        // next build tokenizes that document again
        let second = SearchTermCache(folder: folder.url, toolIdentity: identity)
        let index = SearchIndex(documents: docs([5]), cache: second)
        second.save()
        #expect(second.hits == 129)
        #expect(try Data(contentsOf: first.file) == written)
        #expect(index.shards == SearchIndex(documents: docs([5])).shards)
        // two changed (4 × 64 ≥ 130): rewritten, so a third build finds every document
        let third = SearchTermCache(folder: folder.url, toolIdentity: identity)
        _ = SearchIndex(documents: docs([5, 9]), cache: third)
        third.save()
        #expect(third.hits == 128)
        let fourth = SearchTermCache(folder: folder.url, toolIdentity: identity)
        _ = SearchIndex(documents: docs([5, 9]), cache: fourth)
        #expect(fourth.hits == 130)
    }

    @Test func shardKeysFollowTheirContent() {
        let docs = ["بغداد والبصرة", "الموصل", "بغداد"].enumerated().map { i, t in
            SearchDocument(title: "عنوان", kind: .article, label: "مقال", path: SitePath("articles/a\(i)"), text: t)
        }
        let a = SearchIndex(documents: docs)
        var edited = docs
        edited[1].text = "الموصل واربيل"
        let b = SearchIndex(documents: edited)
        #expect(a.shardContentKey("بغ") == b.shardContentKey("بغ"))  // untouched shard
        #expect(a.shardContentKey("ار") != b.shardContentKey("ار"))  // new term
        #expect(a.chunkContentKey(0) != b.chunkContentKey(0))
    }
}
