import Foundation
import Testing
@testable import Sitegen

@Suite struct CheckTests {
    /// The sample corpus built into `out`.
    private func builtSeeds(in out: TempDir) throws -> URL {
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        return site
    }

    private func edit(_ site: URL, _ page: String, _ change: (String) -> String) throws {
        let url = site.appendingPathComponent(page)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
    }

    @Test func aGoodSitePasses() throws {
        let out = TempDir()
        let site = try builtSeeds(in: out)
        let report = SiteChecker(root: site, jobs: 2).run()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let html = FileManager.default.enumerator(atPath: site.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(report.pages == html.count)
        #expect(report.links > 20)
    }

    @Test func brokenLinkAndAnchorAreErrors() throws {
        let out = TempDir()
        let site = try builtSeeds(in: out)
        try edit(site, "index.html") {
            $0.replacingOccurrences(of: "</main>", with: "<a href=\"articles/nowhere.html\">x</a><a href=\"articles.html#p99\">y</a></main>")
        }
        let errors = SiteChecker(root: site, jobs: 2).run().errors
        #expect(errors.contains { $0.file == "index.html" && $0.message.contains("broken link 'articles/nowhere.html'") })
        #expect(errors.contains { $0.file == "index.html" && $0.message.contains("broken anchor 'articles.html#p99'") })
    }

    @Test func paragraphAnchorsOnArticlePagesResolve() throws {
        let out = TempDir()
        let site = try builtSeeds(in: out)
        let article = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
            .first { $0.hasSuffix(".html") }!
        try edit(site, "index.html") {
            $0.replacingOccurrences(of: "</main>", with: "<a href=\"articles/\(article)#p1\">x</a></main>")
        }
        #expect(SiteChecker(root: site, jobs: 2).run().errors.isEmpty)
    }

    @Test func pageWithoutRTLOrTitleIsAnError() throws {
        let out = TempDir()
        let site = try builtSeeds(in: out)
        try edit(site, "articles.html") {
            $0.replacingOccurrences(of: "dir=\"rtl\"", with: "dir=\"ltr\"").replacingOccurrences(of: #"<title>[^<]*</title>"#, with: "<title> </title>", options: .regularExpression)
        }
        let errors = SiteChecker(root: site, jobs: 2).run().errors.filter { $0.file == "articles.html" }
        #expect(errors.contains { $0.message.contains("rtl") })
        #expect(errors.contains { $0.message.contains("<title>") })
    }

    @Test func emptyEntityPageIsAnErrorAndAFullOneIsNot() throws {
        let site = TempDir()
        let page = { (main: String) in
            "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>ت</title></head><body><main><h1>اسم</h1>\(main)</main></body></html>"
        }
        site.write("entities/empty.html", page("  "))
        site.write("entities/full.html", page("<ul><li><a href=\"empty.html\">ذكر</a></li></ul>"))
        let errors = SiteChecker(root: site.url, jobs: 1).run().errors
        #expect(errors.contains { $0.file == "entities/empty.html" && $0.message == "entity page is empty" })
        #expect(!errors.contains { $0.file == "entities/full.html" })
    }

    @Test func articlesThatFailedToLoadAreListed() throws {
        let input = TempDir()
        input.write("good.txt", "عنوان\nنص.\n")
        input.write("bad.md", "---\ntitle: [1, 2]\n---\nنص\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let info = try #require(BuildInfo.read(siteRoot: site))
        #expect(info.failedArticles.map(\.file) == ["bad.md"])
        let errors = SiteChecker(root: site, jobs: 1).run().errors
        #expect(errors.contains { $0.file == "bad.md" && $0.line == 2 && $0.message.contains("not loaded") })
    }

    @Test func linkResolution() {
        #expect(SiteChecker.resolve("https://x.org/a", from: "index.html") == nil)
        #expect(SiteChecker.resolve("mailto:a@b.c", from: "index.html") == nil)
        #expect(SiteChecker.resolve("//cdn.org/x.js", from: "index.html") == nil)
        let r = SiteChecker.resolve("../assets/style.css?v=1", from: "articles/x.html")
        #expect(r?.path == "assets/style.css" && r?.escapes == false)
        let self_ = SiteChecker.resolve("#p3", from: "articles/x.html")
        #expect(self_?.path == "articles/x.html" && self_?.fragment == "p3")
        #expect(SiteChecker.resolve("../../x", from: "a/b.html")?.escapes == true)
        #expect(SiteChecker.resolve("%D9%85/index.html", from: "index.html")?.path == "م/index.html")
    }

    @Test func pageScanSkipsScriptsAndComments() {
        let html = "<html dir='rtl'><title>ع</title><!-- <a href=\"x\"> --><script>var s='<a href=\"y\">'</script><p id=p1><a href=\"z\">z</a>"
        let scan = PageScan(Array(html.utf8))
        #expect(scan.links == ["z"])
        #expect(scan.ids == ["p1"])
        #expect(scan.htmlDir == "rtl")
        #expect(scan.title == "ع")
    }
}
