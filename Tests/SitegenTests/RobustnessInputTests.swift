import Foundation
import Testing
@testable import Sitegen
import ArabicDates

/// Broken and unusual article files: each is either read correctly or skipped with an error naming
/// the file and line, while the other articles still build (and `--strict` stops, leaving the old site).
@Suite struct RobustnessInputTests {
    // MARK: - Encodings

    @Test func invalidUTF8InPlainText() throws {
        let bytes = Data("عنوان\nسطر أول.\n".utf8) + Data([0x41, 0xC3, 0x28, 0x0A])
        try Robustness.expectRejected("bad.txt", bytes, message: "invalid UTF-8", line: 3)
    }

    @Test func invalidUTF8InFrontMatter() throws {
        let bytes = Data("---\ntitle: ".utf8) + Data([0xE2, 0x82]) + Data("\ndate: 2020\n---\nنص.\n".utf8)
        try Robustness.expectRejected("bad.md", bytes, message: "invalid UTF-8", line: 2)
    }

    @Test func byteOrderMarksAreReadAndRemoved() throws {
        let text = "---\ntitle: عنوان بعلامة\ndate: 2020-02-03\n---\nنص المقال.\n"
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        var le = Data([0xFF, 0xFE]), be = Data([0xFE, 0xFF])
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for (name, bytes) in [("utf8.md", utf8), ("utf16le.md", le), ("utf16be.md", be)] {
            let o = Robustness.load(name, bytes)
            let a = try #require(o.article, "\(name): \(o.diagnostics)")
            #expect(o.diagnostics.isEmpty, "\(name): \(o.diagnostics)")
            #expect(a.title == "عنوان بعلامة", "\(name)")
            #expect(a.date == PartialDate(year: 2020, month: 2, day: 3), "\(name)")
            #expect(!a.markdown.unicodeScalars.contains("\u{FEFF}"))
        }
    }

    @Test func brokenUTF16IsRejectedWithItsLine() throws {
        // Line 2 holds an unpaired high surrogate.
        let units: [UInt16] = [0x0639, 0x000A, 0xD800, 0x0041, 0x000A]
        var bytes = Data([0xFF, 0xFE])
        for u in units { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try Robustness.expectRejected("bad.txt", bytes, message: "invalid UTF-16", line: 2)
        let odd = Data([0xFF, 0xFE, 0x39, 0x06, 0x0A])
        #expect(Robustness.load("odd.txt", odd).diagnostics.last?.message.contains("invalid UTF-16") == true)
    }

    @Test func crlfAndLoneCRLineEnds() throws {
        let crlf = Robustness.load("a.md", Data("---\r\ntitle: عنوان\r\n---\r\nفقرة أولى.\r\n\r\nفقرة ثانية.\r\n".utf8))
        let a = try #require(crlf.article)
        #expect(a.title == "عنوان")
        #expect(ArticleBody(markdown: a.markdown).blocks == ["فقرة أولى.", "فقرة ثانية."])
        let cr = Robustness.load("b.txt", Data("عنوان قصير\rسطر أول.\rسطر ثان.\r".utf8))
        let b = try #require(cr.article)
        #expect(b.title == "عنوان قصير")
        #expect(ArticleBody(markdown: b.markdown).blocks == ["سطر أول.", "سطر ثان."])
        // Lines are counted the same whatever the line ends.
        try Robustness.expectRejected("bad.md", "---\r\ntitle: t\r\ndate: أمس\r\n---\r\nنص\r\n", message: "not a date", line: 3)
        try Robustness.expectRejected("bad2.md", "---\rtitle: t\rdate: أمس\r---\rنص\r", message: "not a date", line: 3)
    }

    @Test func emptyAndBlankFiles() throws {
        try Robustness.expectRejected("empty.txt", Data(), message: "empty file", line: nil)
        try Robustness.expectRejected("blank.md", " \n\t\n\u{3000}\n", message: "empty file", line: nil)
    }

    @Test func binaryFileWithTextName() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        png += Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        try Robustness.expectRejected("photo.txt", png, message: "binary", line: nil)
    }

    @Test func controlCharactersAreRemovedWithAWarning() throws {
        let o = Robustness.load("c.txt", Data("عنوان\u{1B}[31m\nنص\u{07} فيه\u{85} محارف\u{7F}.\n\u{FFFF}".utf8))
        let a = try #require(o.article)
        #expect(a.title == "عنوان[31m")
        #expect(!a.markdown.unicodeScalars.contains { TextDecoding.isRemovedControl($0.value) })
        #expect(o.diagnostics.count == 1)
        #expect(o.diagnostics.first?.severity == .warning)
        #expect(o.diagnostics.first?.line == 1)
        #expect(o.diagnostics.first?.message.contains("5 control characters") == true)
    }

    // MARK: - Size

    @Test func fiftyMegabyteArticleIsSkipped() throws {
        let line = Data("هذا سطر طويل من مقال ضخم جدا يتكرر مرات كثيرة.\n".utf8)
        var big = Data(capacity: 50_000_000 + line.count)
        while big.count < 50_000_000 { big.append(line) }
        try Robustness.expectRejected("huge.txt", big, message: "too large", line: nil)
    }

    @Test func hundredThousandLineArticleBuilds() throws {
        var text = "مقال من مئة ألف سطر\n"
        for i in 1...100_000 { text += "هذا هو السطر رقم \(i) من المقال.\n" }
        let input = TempDir()
        input.write("long.txt", text)
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1)
        #expect(report.diagnostics.isEmpty)
        let page = try #require(Robustness.articlePages(out.url.appendingPathComponent("site")).first)
        let html = try #require(out.read("site/" + page))
        #expect(html.contains("id=\"p100000\""))
        #expect(html.contains("هذا هو السطر رقم 100000 من المقال."))
    }

    // MARK: - Front matter

    @Test func frontMatterThatIsNotYAML() throws {
        try Robustness.expectRejected("bad.md", "---\ntitle: عنوان\ndate: [2020\nsource: x\n---\nنص\n", message: "not valid YAML", line: 4)
        try Robustness.expectRejected("scalar.md", "---\nمجرد نص وليس مفاتيح\n---\nنص\n", message: "must be a mapping", line: 2)
    }

    @Test func unterminatedFrontMatter() throws {
        try Robustness.expectRejected("open.md", "---\ntitle: عنوان\n\nنص المقال بلا خط إغلاق.\n", message: "never closed", line: 1)
    }

    @Test func frontMatterValuesOfTheWrongType() throws {
        try Robustness.expectRejected("date.md", "---\ntitle: t\ndate: الأسبوع الماضي\n---\nنص\n", message: "'date' is not a date", line: 3)
        try Robustness.expectRejected("date2.md", "---\ndate: 2021-02-30\n---\nنص\n", message: "'date' is not a date", line: 2)
        try Robustness.expectRejected("list.md", "---\ndate: 2020\ntitle: [أ, ب]\n---\nنص\n", message: "'title' must be a single text value", line: 3)
        try Robustness.expectRejected("map.md", "---\nsource:\n  name: رويترز\n---\nنص\n", message: "'source' must be a single text value", line: 2)
        try Robustness.expectRejected("tags.md", "---\ntags: {a: b}\n---\nنص\n", message: "'tags' must be a list", line: 2)
        try Robustness.expectRejected("tags2.md", "---\ntags: [أ, [ب]]\n---\nنص\n", message: "'tags' must be a list", line: 2)
        try Robustness.expectRejected("side.txt", Data(Robustness.goodArticle.utf8), message: "'date' is not a date", line: 1,
                                      sidecarYAML: "date: غدا\n", sidecarName: "side.yml")
    }

    @Test func frontMatterTooLargeOrTooDeep() throws {
        let deep = "---\ntitle: " + String(repeating: "[", count: 5000) + "\n---\nنص\n"
        try Robustness.expectRejected("deep.md", deep, message: "nested too deeply", line: 2)
        let dashes = "---\ntags:\n  " + String(repeating: "- ", count: 5000) + "x\n---\nنص\n"
        try Robustness.expectRejected("dashes.md", dashes, message: "nested too deeply", line: 3)
        let long = "---\ntitle: t\n" + String(repeating: "# تعليق طويل\n", count: 6000) + "---\nنص\n"
        try Robustness.expectRejected("long.md", long, message: "too long", line: 2)
        // Brackets inside quotes are text, not nesting.
        let o = Robustness.load("q.md", Data(("---\ntitle: '" + String(repeating: "[", count: 40) + "'\n---\nنص\n").utf8))
        #expect(o.article?.title == String(repeating: "[", count: 40))
    }

    @Test func unknownFrontMatterKeysAreWarnings() throws {
        let input = TempDir()
        input.write("a.md", "---\ntitle: عنوان\ncolour: أحمر\nsummary: [x]\n---\nنص.\n")
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1)
        #expect(report.errors.isEmpty)
        #expect(report.warnings.map(\.line) == [3, 4])
        #expect(report.warnings.allSatisfy { $0.file == "a.md" && $0.message.contains("unknown front matter key") })
    }
}

extension Robustness {
    /// `expectRejected` for a .txt whose sidecar holds the problem (the error names the sidecar).
    static func expectRejected(_ name: String, _ bytes: Data, message: String, line: Int?, sidecarYAML: String,
                               sidecarName: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let input = TempDir()
        input.write("good.txt", goodArticle)
        input.write(name, bytes)
        input.write(sidecarName, sidecarYAML)
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1, sourceLocation: sourceLocation)
        #expect(report.errors.contains { $0.file == sidecarName && $0.line == line && $0.message.contains(message) },
                "got \(report.errors)", sourceLocation: sourceLocation)
        #expect(throws: BuildFailure.self, sourceLocation: sourceLocation) {
            try buildSite(input: input.url, output: out.url.appendingPathComponent("strict"), strict: true)
        }
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("strict").path), sourceLocation: sourceLocation)
    }
}
