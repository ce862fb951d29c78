import Foundation
import Testing
@testable import Sitegen

@Suite struct EndToEndTests {
    @Test func sampleCorpusBuildsLinkedRightToLeftPages() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: Repo.seeds, output: site)
        #expect(report.articles == 5)
        #expect(report.errors.isEmpty)
        let fm = FileManager.default
        let files = fm.enumerator(atPath: site.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(files.contains("index.html"))
        #expect(files.contains("articles/index.html"))
        #expect(files.filter { $0.hasPrefix("articles/") && $0 != "articles/index.html" }.count == 5)
        for f in files {
            let page = site.appendingPathComponent(f)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "\(f) is not RTL Arabic")
            #expect(html.contains("<meta charset=\"utf-8\">"))
            for link in internalLinks(in: html, page: page) {
                #expect(fm.fileExists(atPath: link.path), "\(f) links to missing \(link.path)")
            }
        }
    }

    @Test func failedBuildLeavesPreviousSite() throws {
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let before = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        input.write("b.md", "---\ndate: nope\n---\nنص\n")
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: site, strict: true) }
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.url.path)
        #expect(leftovers == ["site"])
    }

    @Test func badFileIsSkippedAndTheRestBuilds() throws {
        let input = TempDir()
        input.write("good.txt", "عنوان\nنص.\n")
        input.write("bad.md", "---\ntitle: [1, 2]\n---\nنص\n")
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1)
        #expect(report.failedArticles == ["bad.md"])
        #expect(report.errors.contains { $0.file == "bad.md" && $0.line == 2 })
    }

    @Test func outputInsideOrEqualToInputIsRefused() throws {
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص.\n")
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: input.url) }
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: input.url.appendingPathComponent("site")) }
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: input.url.deletingLastPathComponent()) }
    }

    @Test func outputDoesNotDependOnThreadCount() throws {
        let out = TempDir()
        _ = try buildSite(input: Repo.seeds, output: out.url.appendingPathComponent("one"), jobs: 1)
        _ = try buildSite(input: Repo.seeds, output: out.url.appendingPathComponent("two"), jobs: 4)
        let fm = FileManager.default
        let files = fm.enumerator(atPath: out.url.appendingPathComponent("one").path)!.compactMap { $0 as? String }.sorted()
        let files2 = fm.enumerator(atPath: out.url.appendingPathComponent("two").path)!.compactMap { $0 as? String }.sorted()
        #expect(files == files2)
        for f in files {
            let a = fm.contents(atPath: out.url.appendingPathComponent("one/" + f).path)
            let b = fm.contents(atPath: out.url.appendingPathComponent("two/" + f).path)
            #expect(a == b, "\(f) differs between 1 and 4 threads")
        }
    }
}
