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
        #expect(files.contains("articles.html"))
        #expect(files.filter { $0.hasPrefix("articles/") }.count == 5)
        // Pages are files ("articles/x.html"), not folders holding an index.html: only home is one.
        #expect(files.filter { $0.hasSuffix("index.html") } == ["index.html"])
        for f in files {
            let page = site.appendingPathComponent(f)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "\(f) is not RTL Arabic")
            #expect(html.contains("<meta charset=\"utf-8\">"))
            for link in internalLinks(in: html, page: page) {
                var isFolder: ObjCBool = false
                #expect(fm.fileExists(atPath: link.path, isDirectory: &isFolder) && !isFolder.boolValue,
                        "\(f) links to missing \(link.path)")
            }
        }
    }

    /// Reports on an event page are numbered 1, 2, 3… even when two sources share a sentence, and the
    /// details table cites those numbers.
    @Test func eventReportsAreNumberedWithoutGaps() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        let events = site.appendingPathComponent("events")
        var merged = 0
        for id in try FileManager.default.contentsOfDirectory(atPath: events.path) where id.hasSuffix(".html") {
            let html = try String(contentsOf: events.appendingPathComponent(id), encoding: .utf8)
            let numbers = matches(of: "<li value=\"([0-9]+)\"", in: html).compactMap { Int($0) }
            #expect(numbers == Array(1...max(1, numbers.count)), "\(id): \(numbers)")
            let cited = matches(of: "<td>\\[([0-9]+)\\]", in: html).compactMap { Int($0) }
            #expect(cited.allSatisfy { $0 <= numbers.count }, "\(id) cites \(cited) of \(numbers.count) reports")
            if numbers.count > 1 { merged += 1 }
        }
        #expect(merged > 0)
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
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

    @Test func outputEqualToOrAroundTheInputIsRefused() throws {
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص.\n")
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: input.url) }
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
