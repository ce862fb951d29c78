import Foundation
import Testing
@testable import Sitegen
import ArabicDates

@Suite struct ArticleLoadingTests {
    let loader = ArticleLoader()

    @Test func plainTextWithHeadlineFirstLine() throws {
        let dir = TempDir()
        dir.write("a.txt", "اجتماع في بغداد لبحث الأمن\nقال المتحدث إن الاجتماع ناقش الوضع.\nوأضاف أن اللقاء سيستمر.\n")
        let a = try #require(loader.load(root: dir.url, relativePath: "a.txt").article)
        #expect(a.title == "اجتماع في بغداد لبحث الأمن")
        #expect(a.format == .text)
        #expect(!a.markdown.contains("اجتماع في بغداد لبحث الأمن"))
        let body = ArticleBody(markdown: a.markdown)
        #expect(body.blocks == ["قال المتحدث إن الاجتماع ناقش الوضع.", "وأضاف أن اللقاء سيستمر."])
    }

    @Test func plainTextTitleFromFirstSentenceWhenFirstLineIsProse() throws {
        let dir = TempDir()
        dir.write("b.txt", "أعلنت الحكومة اليوم عن خطة جديدة. وقالت إنها ستبدأ قريبا.\nسطر ثان.\n")
        let a = try #require(loader.load(root: dir.url, relativePath: "b.txt").article)
        #expect(a.title == "أعلنت الحكومة اليوم عن خطة جديدة")
        #expect(ArticleBody(markdown: a.markdown).blocks.first == "أعلنت الحكومة اليوم عن خطة جديدة. وقالت إنها ستبدأ قريبا.")
    }

    @Test func markdownSpecialCharactersInPlainTextStayText() throws {
        let dir = TempDir()
        dir.write("c.txt", "عنوان قصير\n# ليس عنواناً * ولا تأكيد *نجمة* [رابط](http://x) <b>وسم</b> 1. بند\n")
        let a = try #require(loader.load(root: dir.url, relativePath: "c.txt").article)
        let body = ArticleBody(markdown: a.markdown)
        #expect(body.blocks == ["# ليس عنواناً * ولا تأكيد *نجمة* [رابط](http://x) <b>وسم</b> 1. بند"])
        let html = body.html()
        #expect(!html.contains("<h1") && !html.contains("<em>") && !html.contains("<b>") && !html.contains("<ol"))
        #expect(html.contains("&lt;b&gt;"))
    }

    @Test func frontMatterSplitOnBytesMatchesCharacterLines() throws {
        // the split as it was written on Characters (a line ends at the Character "\n")
        func characterSplit(_ text: String) -> (String, Substring, Int)?? {
            guard text.hasPrefix("---\n") || text == "---" else { return .some(nil) }
            var line = 1
            var yamlStart: String.Index?
            var idx = text.startIndex
            while idx < text.endIndex {
                let end = text[idx...].firstIndex(of: "\n") ?? text.endIndex
                let content = text[idx..<end]
                if line > 1 && (content == "---" || content == "...") {
                    let bodyStart = end < text.endIndex ? text.index(after: end) : end
                    return (String(text[yamlStart!..<idx]), text[bodyStart...], line + 1)
                }
                if line == 1 { yamlStart = end < text.endIndex ? text.index(after: end) : end }
                line += 1
                idx = end < text.endIndex ? text.index(after: end) : end
            }
            return nil  // never closed
        }
        let texts = ["---", "---\n", "---\n---", "---\n---\n", "---\ntitle: ع\n---\nنص", "---\ntitle: ع\n...\nنص\n",
                     "---\r\ntitle: x\r\n---\r\nbody", "---\ntitle: x\r\n---\r\nbody\n---\nmore", "---\na: b\n---\u{301}\n---\nب",
                     "--- \na\n---\n", "---\n\n\n---", "---\nعنوان: «نص»\n----\n--\n---\n# رأس\n", "no front matter\n---\n",
                     "\n---\n---\n", "---\ntitle: 👩‍👩‍👧\n\r\n---\n"]
        for text in texts {
            let expected = characterSplit(text)
            do {
                let got = try FrontMatter.split(text)
                let want = try #require(expected, "\(text.debugDescription) should not close")
                #expect(got?.yaml == want?.0, "\(text.debugDescription)")
                #expect(got?.body == want?.1, "\(text.debugDescription)")
                #expect(got.map { text.utf8.distance(from: text.startIndex, to: $0.body.startIndex) } == want.map { text.utf8.distance(from: text.startIndex, to: $0.1.startIndex) }, "\(text.debugDescription)")
                #expect(got?.bodyLine == want?.2, "\(text.debugDescription)")
            } catch {
                #expect(expected == nil, "\(text.debugDescription) threw")
            }
        }
    }

    @Test func markdownFrontMatter() throws {
        let dir = TempDir()
        dir.write("d.md", """
        ---
        title: "زيارة إلى أربيل"
        date: 2021-07-08
        source: Reuters
        url: https://example.org/a
        author: فلان
        tags: [أمن, العراق]
        ---
        نص **المقال** هنا.
        """)
        let o = loader.load(root: dir.url, relativePath: "d.md")
        let a = try #require(o.article)
        #expect(o.diagnostics.isEmpty)
        #expect(a.title == "زيارة إلى أربيل")
        #expect(a.date == PartialDate(year: 2021, month: 7, day: 8))
        #expect(a.dateSource == .metadata)
        #expect(a.source == "Reuters")
        #expect(a.url == "https://example.org/a")
        #expect(a.author == "فلان")
        #expect(a.tags == ["أمن", "العراق"])
        #expect(a.bodyLine == 9)
        #expect(ArticleBody(markdown: a.markdown).html().contains("<strong>المقال</strong>"))
    }

    @Test func sidecarGivesMetadataToPlainText() throws {
        let dir = TempDir()
        dir.write("news/e.txt", "خبر قصير\nنص الخبر.\n")
        dir.write("news/e.yml", "date: 2020-03\nsource: وكالة\n")
        let a = try #require(loader.load(root: dir.url, relativePath: "news/e.txt").article)
        #expect(a.date == PartialDate(year: 2020, month: 3))
        #expect(a.dateSource == .metadata)
        #expect(a.source == "وكالة")
    }

    @Test func badFrontMatterNamesFileAndLine() throws {
        let dir = TempDir()
        dir.write("f.md", "---\ntitle: ok\ndate: not-a-date\n---\nنص\n")
        let o = loader.load(root: dir.url, relativePath: "f.md")
        #expect(o.article == nil)
        let e = try #require(o.diagnostics.last)
        #expect(e.file == "f.md")
        #expect(e.line == 3)
        #expect(e.message.contains("date"))
    }

    @Test func unknownKeyIsAWarningAndNonWebURLIsDropped() throws {
        let dir = TempDir()
        dir.write("g.md", "---\ntitle: t\ncolour: red\nurl: javascript:alert(1)\n---\nنص\n")
        let o = loader.load(root: dir.url, relativePath: "g.md")
        let a = try #require(o.article)
        #expect(a.url == nil)
        #expect(o.diagnostics.count == 2)
        #expect(o.diagnostics.allSatisfy { $0.severity == .warning && $0.file == "g.md" })
        #expect(o.diagnostics.contains { $0.line == 3 && $0.message.contains("colour") })
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let dir = TempDir()
        var bytes = Array("سطر أول\nسطر ثان\n".utf8)
        bytes += [0xFF, 0xFE, 0x41, 0x0A]
        dir.write("h.txt", Data(bytes))
        let o = loader.load(root: dir.url, relativePath: "h.txt")
        #expect(o.article == nil)
        #expect(o.diagnostics.last?.line == 3)
        #expect(o.diagnostics.last?.message.contains("UTF-8") == true)
    }

    @Test func scannerIsRecursiveSortedAndSeparatesCuratedFiles() {
        let dir = TempDir()
        dir.write("z.txt", "x")
        dir.write("b/a.md", "x")
        dir.write("a.txt", "x")
        dir.write("a.yml", "title: t")
        dir.write(".hidden.txt", "x")
        dir.write("entities/qaani.md", "x")
        dir.write("events/e.md", "x")
        let inv = InputScanner().scan(dir.url)
        #expect(inv.articles == ["a.txt", "b/a.md", "z.txt"])
        // each article's status as the scan read it (for `FileKeyMemo`) is the one read of it by path
        #expect(inv.articleStatuses.map { Optional($0) } == inv.articles.map { FileKeyMemo.Status(path: dir.url.path + "/" + $0) })
        #expect(inv.scannedAt > 0 && inv.scannedAt <= FileKeyMemo.now())
        #expect(inv.curatedEntities == ["entities/qaani.md"])
        #expect(inv.curatedEvents == ["events/e.md"])
    }
}
