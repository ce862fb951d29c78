import Testing
@testable import Sitegen

@Suite struct MarkdownRenderingTests {
    @Test func gfmTableInArabic() {
        let html = Markdown.html("| المدينة | العدد |\n|---|---|\n| بغداد | 14 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>المدينة</th>"))
        #expect(html.contains("<td>بغداد</td>"))
    }

    /// cmark-gfm switches the autolink trigger characters on and off process-wide around each
    /// parse; parsing on several threads at once used to drop autolinks at random.
    @Test func parallelParsesKeepEveryAutolink() {
        let text = String(repeating: "نص طويل للاختبار ", count: 40)
        let docs = (0..<3000).map { i in "\(text)\n\n| أ | ب |\n|---|---|\n| \(i) | ج |\n\nرابط: http://example.com/\(i) \(text) www.example.org/\(i)\n" }
        let html = parallelMap(docs.count, jobs: 4) { Markdown.html(docs[$0]) }
        let missing = html.indices.filter {
            !html[$0].contains("<a href=\"http://example.com/\($0)\">") || !html[$0].contains("<a href=\"http://www.example.org/\($0)\">")
        }
        #expect(missing.isEmpty, "\(missing.count) of \(docs.count) documents lost an autolink")
    }

    @Test func rawHTMLIsDropped() {
        let html = Markdown.html("قبل <script>alert(1)</script> بعد\n\n<div onclick=\"x()\">كتلة</div>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func strikethroughAutolinkTasklist() {
        let html = Markdown.html("~~قديم~~ www.example.com\n\n- [x] تم\n")
        #expect(html.contains("<del>قديم</del>"))
        #expect(html.contains("href=\"http://www.example.com\""))
        #expect(html.contains("checkbox"))
    }

    @Test func javascriptLinksAreNotLinks() {
        let html = Markdown.html("[اضغط](javascript:alert(1))")
        #expect(!html.contains("javascript:"))
    }

    @Test func blocksAreAnchoredAndPlainTextMatchesSource() {
        let body = ArticleBody(markdown: "فقرة **أولى** هنا.\n\n## عنوان\n\n- بند أ\n- بند ب\n")
        #expect(body.blocks == ["فقرة أولى هنا.", "عنوان", "بند أ\nبند ب"])
        let html = body.html()
        #expect(html.contains("<p id=\"p1\" dir=\"auto\">"))
        #expect(html.contains("<h2 id=\"p2\" dir=\"auto\">"))
        #expect(html.contains("<ul id=\"p3\" dir=\"auto\">"))
    }

    @Test func linksAreInsertedAtScalarOffsets() {
        let body = ArticleBody(plainText: "التقى قاسم سليماني في بغداد.\n")
        // "قاسم سليماني" starts after "التقى " (6 scalars) and is 12 scalars long.
        let html = body.html(block: 0, links: [
            InlineLink(start: 6, end: 18, href: "../x.html", title: "شخص"),
            InlineLink(start: 22, end: 27, href: "../y.html", title: "مكان"),
        ])
        #expect(html.contains("<a href=\"../x.html\" title=\"شخص\">قاسم سليماني</a>"))
        #expect(html.contains("<a href=\"../y.html\" title=\"مكان\">بغداد</a>"))
        #expect(html.contains("التقى "))
    }

    @Test func linksCrossingMarkupAreSkipped() {
        let body = ArticleBody(markdown: "قال **قاسم** سليماني\n")
        let html = body.html(block: 0, links: [InlineLink(start: 4, end: 16, href: "x", title: "t")])
        #expect(!html.contains("href=\"x\""))
    }

    /// The body keeps no tree: every rendering parses anew, so links given once do not stay in the
    /// next rendering (and a body made from cached blocks renders the same HTML).
    @Test func everyRenderingStartsFromTheMarkdown() {
        let body = ArticleBody(plainText: "التقى قاسم سليماني في بغداد.\n")
        let plain = body.html()
        let linked = body.html(links: [0: [InlineLink(start: 6, end: 18, href: "../x.html", title: "شخص")]])
        #expect(linked.ranges(of: "<a href=").count == 1)
        #expect(body.html() == plain && !plain.contains("<a "))
        #expect(ArticleBody(markdown: ArticleBody.markdown(fromPlainText: "التقى قاسم سليماني في بغداد.\n"), blocks: body.blocks).html() == plain)
    }
}
