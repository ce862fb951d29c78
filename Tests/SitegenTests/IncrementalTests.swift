import Foundation
import Testing
@testable import Sitegen

/// Incremental builds through `BuildCache` and reproducible output.
@Suite struct IncrementalTests {
    /// Inode and modification time of every file of a site, by path.
    private func stamps(_ site: URL) throws -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for f in files(site) {
            let a = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(f).path)
            out[f] = [(a[.systemFileNumber] as? Int) ?? -1,
                      Int((((a[.modificationDate] as? Date)?.timeIntervalSince1970) ?? 0) * 1e6)]
        }
        return out
    }

    private func files(_ site: URL) -> [String] {
        var out: [String] = []
        let e = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            out.append(String(url.standardizedFileURL.path.dropFirst(site.standardizedFileURL.path.count + 1)))
        }
        return out.sorted()
    }

    private func build(_ input: URL, _ output: URL, cache: BuildCache?, templates: URL = Repo.templates) throws -> BuildReport {
        var o = BuildOptions(input: input, output: output, templates: templates, configFile: nil)
        o.jobs = 2
        return try SiteBuilder(options: o, cache: cache).build()
    }

    /// Longer than the 24-word summaries on the home page and the article list.
    static let longParagraph = "نص المقال الثاني عن البصرة " + String(repeating: "كلمة ", count: 30) + "نهاية."

    private func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: المقال الأول\ndate: 2021-03-01\n---\nنص المقال الأول عن بغداد.\n")
        input.write("b.md", "---\ntitle: المقال الثاني\ndate: 2021-04-01\n---\n\(Self.longParagraph)\n")
        input.write("c.txt", "المقال الثالث\nنص المقال الثالث عن الموصل.\n")
        return input
    }

    private func articlePage(_ site: URL, containing text: String) -> String? {
        files(site).first {
            $0.hasPrefix("articles/")
                && ((try? String(contentsOf: site.appendingPathComponent($0), encoding: .utf8))?.contains(text) ?? false)
        }
    }

    @Test func unchangedRebuildRewritesNothing() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try build(input.url, site, cache: BuildCache(output: site))
        let before = try stamps(site)
        let report = try build(input.url, site, cache: BuildCache(output: site))  // cache read back from disk
        #expect(report.unchangedFiles == before.count)
        #expect(try stamps(site) == before)
    }

    @Test func oneEditedArticleRewritesOnlyWhatDependsOnIt() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let before = try stamps(site)
        input.write("b.md", "---\ntitle: المقال الثاني\ndate: 2021-04-01\n---\n\(Self.longParagraph)\n\nفقرة جديدة أضيفت.\n")
        _ = try build(input.url, site, cache: cache)
        let after = try stamps(site)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        let edited = try #require(articlePage(site, containing: "فقرة جديدة أضيفت"))
        // The new paragraph is past the list summaries, so only the article's own page changes,
        // and the search index shards that hold the new words.
        #expect(changed.contains(edited))
        #expect(changed.subtracting([edited]).allSatisfy { $0.hasPrefix("search/data/") }, "\(changed)")
        #expect(changed.count < after.count / 4)
        #expect(cache.articleHits == 2)
    }

    @Test func cachedArticlesComeWithoutTheirSourceText() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try build(input.url, site, cache: BuildCache(output: site))
        input.write("d.md", "---\ntitle: مقال جديد\n---\nنص جديد.\n")
        let cache = BuildCache(output: site)  // read back from disk
        cache.beginBuild()
        let loader = ArticleLoader(fields: RecordFields())
        let hit = cache.load(root: input.url, relativePath: "b.md", loader: loader)
        let miss = cache.load(root: input.url, relativePath: "d.md", loader: loader)
        #expect(cache.articleHits == 1)
        #expect(hit.articles.first?.markdown.contains("نص المقال الثاني") == true && miss.articles.first?.markdown.contains("نص جديد") == true)
        #expect(hit.articles.first?.sourceText == "" && miss.articles.first?.sourceText == "")
        #expect(loader.load(root: input.url, relativePath: "d.md").articles.first?.sourceText.contains("نص جديد") == true)
    }

    @Test func deletedArticleLeavesNoPageAndNoMention() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let page = try #require(articlePage(site, containing: "الموصل"))
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("c.txt"))
        _ = try build(input.url, site, cache: cache)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(page).path))
        for f in files(site) where f.hasSuffix(".html") {
            let html = try String(contentsOf: site.appendingPathComponent(f), encoding: .utf8)
            #expect(!html.contains("المقال الثالث"), "\(f) still mentions the deleted article")
        }
    }

    private func stageNames(_ report: BuildReport) -> [String] { report.timings.stages.map(\.name) }

    @Test func buildWithNothingChangedIsSkippedAndRepeatsItsReport() throws {
        let input = corpus(), out = TempDir()
        input.write("bad.md", "---\ntitle: [unclosed\n---\nنص\n")  // a skipped file: its error must be repeated
        let site = out.url.appendingPathComponent("site")
        let first = try build(input.url, site, cache: BuildCache(output: site))
        let before = try stamps(site)
        let second = try build(input.url, site, cache: BuildCache(output: site))  // read back from disk
        #expect(!stageNames(second).contains("load"), "\(stageNames(second))")
        #expect(second.diagnostics == first.diagnostics)
        #expect(!second.errors.isEmpty)
        #expect(second.failedArticles == first.failedArticles)
        let counts: (BuildReport) -> [Int] = { [$0.articles, $0.entities, $0.events, $0.pages, $0.files, $0.bytes] }
        #expect(counts(second) == counts(first))
        #expect(second.unchangedFiles == second.files)
        #expect(try stamps(site) == before)
        // any edit of an input means a real build again
        input.write("c.txt", "المقال الثالث\nنص المقال الثالث عن الموصل وكركوك.\n")
        let third = try build(input.url, site, cache: BuildCache(output: site))
        #expect(stageNames(third).contains("load"))
    }

    @Test func skippingNeedsTheOutputIntactAndTheSameTemplatesAndAssets() throws {
        let input = corpus(), out = TempDir(), templates = TempDir()
        let copy = templates.url.appendingPathComponent("T")
        try FileManager.default.copyItem(at: Repo.templates, to: copy)
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache, templates: copy)
        // a deleted output file is made again
        let home = site.appendingPathComponent("index.html")
        let good = try Data(contentsOf: home)
        try FileManager.default.removeItem(at: home)
        #expect(stageNames(try build(input.url, site, cache: cache, templates: copy)).contains("load"))
        #expect(try Data(contentsOf: home) == good)
        // a changed asset (not a template) reaches the output
        let css = copy.appendingPathComponent("assets/style.css")
        try (try String(contentsOf: css, encoding: .utf8) + "\n/* changed */\n").write(to: css, atomically: true, encoding: .utf8)
        _ = try build(input.url, site, cache: cache, templates: copy)
        #expect(try String(contentsOf: site.appendingPathComponent("assets/style.css"), encoding: .utf8).contains("/* changed */"))
        #expect(!stageNames(try build(input.url, site, cache: cache, templates: copy)).contains("load"))
    }

    @Test func unchangedArticlePageFollowsARenamedEntity() throws {
        let input = corpus(), out = TempDir()
        input.write("d.md", "---\ntitle: تصريح\ndate: 2021-05-01\n---\nوانتقد رئيس الحكومة سامر الدليمي القرار في بغداد.\n")
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let page = try #require(articlePage(site, containing: "انتقد"))
        // a curated file renames the entity; the article itself does not change
        input.write("entities/dulaimi.md", "---\nname: سامر عبد الكريم الدليمي\ntype: person\naliases: [سامر الدليمي]\n---\n")
        _ = try build(input.url, site, cache: cache)
        #expect(try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8).contains("سامر عبد الكريم الدليمي"))
        let fresh = out.url.appendingPathComponent("fresh")
        _ = try build(input.url, fresh, cache: nil)
        for file in [page, "a-z.html", "articles.html"] {
            #expect(try Data(contentsOf: site.appendingPathComponent(file)) == Data(contentsOf: fresh.appendingPathComponent(file)), "\(file)")
        }
        #expect(try String(contentsOf: site.appendingPathComponent("a-z.html"), encoding: .utf8).contains("سامر عبد الكريم الدليمي"))
    }

    /// A neighbour's mention count is not drawn exactly on an entity's graph, so one more mention of a
    /// much-named place elsewhere does not rewrite the pages of everyone it appears with.
    @Test func oneMoreMentionOfANeighbourLeavesAnEntityPageAlone() throws {
        let input = corpus(), out = TempDir()
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-01\n---\nوانتقد رئيس الحكومة سامر الدليمي القرار في بغداد.\n")
        input.write("e.md", "---\ntitle: بغداد\ndate: 2021-05-02\n---\n" + String(repeating: "وصل الوفد إلى بغداد. ", count: 20) + "\n")
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let entities = site.appendingPathComponent("entities")
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: entities.path)
            .filter { $0.hasSuffix(".html") }.map { "entities/" + $0 }
            .first { (try? String(contentsOf: site.appendingPathComponent($0), encoding: .utf8))?.contains("<h1 dir=\"auto\">سامر الدليمي") ?? false })
        #expect(try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8).contains("<svg class=\"graph\""))
        let before = try stamps(site)
        input.write("f.md", "---\ntitle: خبر\ndate: 2021-05-03\n---\nوعاد الوفد من بغداد.\n")
        _ = try build(input.url, site, cache: cache)
        #expect(try stamps(site)[page] == before[page])
    }

    @Test func failedIncrementalBuildTouchesNothing() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let before = try stamps(site)
        input.write("a.md", "---\ntitle: عنوان معدل\n---\nنص معدل.\n")
        input.write("d.md", "---\ndate: nope\n---\nنص\n")
        var o = BuildOptions(input: input.url, output: site, templates: Repo.templates, configFile: nil)
        o.strict = true
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: o, cache: cache).build() }
        #expect(try stamps(site) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted()
        #expect(leftovers == [".site.cache", "site"])
    }

    @Test func templateChangeReachesEveryPage() throws {
        let input = corpus(), out = TempDir(), templates = TempDir()
        let copy = templates.url.appendingPathComponent("T")
        try FileManager.default.copyItem(at: Repo.templates, to: copy)
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache, templates: copy)
        let base = copy.appendingPathComponent("base.mustache")
        try (try String(contentsOf: base, encoding: .utf8)).replacingOccurrences(of: "</footer>", with: "<p>تذييل-جديد</p></footer>")
            .write(to: base, atomically: true, encoding: .utf8)
        _ = try build(input.url, site, cache: cache, templates: copy)
        for f in files(site) where f.hasSuffix(".html") {
            #expect(try String(contentsOf: site.appendingPathComponent(f), encoding: .utf8).contains("تذييل-جديد"), "\(f)")
        }
    }

    /// A site in the layout of session 27 and before (every page a folder holding `index.html`, the
    /// index at `index/`) with a cache the new tool cannot read is replaced by exactly the new site:
    /// no old page or emptied folder is left.
    @Test func siteInTheFolderPerPageLayoutIsReplacedCleanly() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site"), fresh = out.url.appendingPathComponent("fresh")
        let fm = FileManager.default
        _ = try build(input.url, site, cache: BuildCache(output: site))
        for f in files(site) where f.hasSuffix(".html") && f != "index.html" && f != "404.html" {
            let folder = f == "a-z.html" ? "index" : String(f.dropLast(".html".count))
            try fm.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
            try fm.moveItem(at: site.appendingPathComponent(f), to: site.appendingPathComponent(folder + "/index.html"))
        }
        #expect(files(site).contains("articles/index.html") && files(site).contains("index/index.html"))
        try fm.removeItem(at: BuildCache.folder(for: site))  // an older tool's cache: nothing in it applies
        _ = try build(input.url, site, cache: BuildCache(output: site))
        _ = try build(input.url, fresh, cache: nil)
        #expect(files(site) == files(fresh))
        let folders = { (root: URL) -> [String] in
            (fm.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).filter { path in
                var isFolder: ObjCBool = false
                return fm.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder) && isFolder.boolValue
            }.sorted()
        }
        #expect(folders(site) == folders(fresh))
        for f in files(fresh) { #expect(fm.contentsEqual(atPath: site.appendingPathComponent(f).path, andPath: fresh.appendingPathComponent(f).path), "\(f)") }
    }

    @Test func editedOutputFileIsRepaired() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        let home = site.appendingPathComponent("index.html")
        let good = try Data(contentsOf: home)
        try Data("broken".utf8).write(to: home)
        _ = try build(input.url, site, cache: cache)
        #expect(try Data(contentsOf: home) == good)
    }

    @Test func corruptCacheIsIgnored() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try build(input.url, site, cache: BuildCache(output: site))
        let folder = BuildCache.folder(for: site)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try Data([1, 2, 3]).write(to: folder.appendingPathComponent(name))
        }
        let report = try build(input.url, site, cache: BuildCache(output: site))
        #expect(report.articles == 3)
        #expect(report.unchangedFiles > 0)  // the old files are still recognized by content
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let out = TempDir()
        let a = out.url.appendingPathComponent("a"), b = out.url.appendingPathComponent("b")
        let c = out.url.appendingPathComponent("c")
        _ = try build(Repo.seeds, a, cache: nil)
        _ = try build(Repo.seeds, b, cache: nil)
        _ = try build(Repo.seeds, c, cache: BuildCache(output: c))
        _ = try build(Repo.seeds, c, cache: BuildCache(output: c))  // incremental output too
        #expect(files(a) == files(b))
        #expect(files(a) == files(c))
        for f in files(a) {
            let x = try Data(contentsOf: a.appendingPathComponent(f))
            #expect(x == (try Data(contentsOf: b.appendingPathComponent(f))), "\(f) differs between two builds")
            #expect(x == (try Data(contentsOf: c.appendingPathComponent(f))), "\(f) differs in the incremental build")
        }
    }

    @Test func contentHashSeparatesItems() {
        var h1 = ContentHasher(), h2 = ContentHasher()
        h1.combine("ab"); h1.combine("c")
        h2.combine("a"); h2.combine("bc")
        #expect(h1.finalize() != h2.finalize())
        #expect(ContentHasher.hash(Array("نص".utf8)) == ContentHasher.hash(Array("نص".utf8)))
        #expect(ContentHasher.hash(Array("123456789".utf8)) != ContentHasher.hash(Array("123456788".utf8)))
    }

    @Test func contextFingerprintIgnoresKeyOrderButNotValues() {
        let seed = ContentHash(high: 1, low: 2)
        let a: [String: Any] = ["x": "1", "y": [["k": true]], "n": 3]
        let b: [String: Any] = ["n": 3, "y": [["k": true]], "x": "1"]
        let c: [String: Any] = ["n": 3, "y": [["k": false]], "x": "1"]
        #expect(ContextFingerprint.hash(template: "t", context: a, seed: seed) == ContextFingerprint.hash(template: "t", context: b, seed: seed))
        #expect(ContextFingerprint.hash(template: "t", context: a, seed: seed) != ContextFingerprint.hash(template: "t", context: c, seed: seed))
        #expect(ContextFingerprint.hash(template: "t", context: a, seed: seed) != ContextFingerprint.hash(template: "u", context: a, seed: seed))
    }

    /// Values of the common types are told by their type, others by casts (an optional is unwrapped, an array
    /// of `Any` taken element by element): the same value fingerprints the same either way.
    @Test func contextFingerprintIsTheSameForExactAndCastValues() {
        let seed = ContentHash(high: 3, low: 4)
        let deferred = DeferredValue(key: ContentHash(high: 5, low: 6)) { "x" }
        let exact: [String: Any] = ["s": "نص", "d": ["k": 1, "t": "v"] as [String: Any], "ds": [["b": true]] as [[String: Any]],
                                    "ss": ["p", "q"], "b": false, "i": 7, "f": deferred, "e": [String]()]
        let optionalS: String? = "نص", optionalB: Bool? = false, optionalI: Int? = 7
        let optionalD: [String: Any]? = ["k": 1, "t": "v"]
        let optionalDS: [[String: Any]]? = [["b": true]]
        let cast: [String: Any] = ["s": optionalS as Any, "d": optionalD as Any, "ds": optionalDS as Any,
                                   "ss": ["p", "q"] as [Any], "b": optionalB as Any, "i": optionalI as Any,
                                   "f": Optional(deferred) as Any, "e": [[String: Any]]()]
        #expect(ContextFingerprint.hash(template: "t", context: exact, seed: seed) == ContextFingerprint.hash(template: "t", context: cast, seed: seed))
        var changed = exact
        changed["ss"] = ["p", "r"]
        #expect(ContextFingerprint.hash(template: "t", context: exact, seed: seed) != ContextFingerprint.hash(template: "t", context: changed, seed: seed))
        changed = exact
        changed["i"] = 8
        #expect(ContextFingerprint.hash(template: "t", context: exact, seed: seed) != ContextFingerprint.hash(template: "t", context: changed, seed: seed))
    }
}
