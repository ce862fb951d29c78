import Testing
import TestSupport
@testable import Sitegen

/// An article body whose blocks are all paragraphs of one text node is rendered without parsing its Markdown again
/// (`PlainParagraphs`): the same bytes as cmark-gfm's tree with the links inserted (`htmlBytesFromTree`).
@Suite struct PlainParagraphsTests {
    private static let words = [
        "قال", "الرئيس", "محمد", "في", "بغداد،", "«الوزارة»", "(يونيو)", "2020", "١٤", "Latin", "word", "www", "w", "http://x.org",
        "www.example.com", "a@b.com", "&", "&amp;", "&#1;", "&copy;", "<", ">", "<b>", "\"", "'", "/", "*", "_", "**b**", "`c`",
        "[x]", "[l](u)", "![i](j)", "!", "\\", "\\*", "~~s~~", "~", ":", "|", "#", "1.", "-", "+", "=", "\u{0}", "\u{301}", "\u{200D}",
        "👍🏽", "e\u{301}", "\r", "\t", "  ", "\u{2028}", "؟", "…", "—", "x\u{0}y",
    ]
    private static let hrefs = ["../entities/a-b.html", "x.html#p2", "../entities/zyd_1.html", "", "../../events/e-12.html#s3",
                                "javascript:alert(1)", "a b", "ملف.html", "q?x=1&y='2'", "data:x", "x\u{0}y"]
    private static let titles = ["", "شخص: زيد", "a \"q\" & <b> 'c' /", "x\u{0}y", "مكان: بغداد"]

    /// Random Markdown: paragraphs of the words above, sometimes a line break inside, a heading, a list or a quote.
    private static func markdown(_ r: inout SplitMix64) -> String {
        var md = ""
        let blocks = Int.random(in: 0...6, using: &r)
        // (a third of the documents plain text only, a third with a few of the other words, a third with many)
        let others = [0, 60, 3][Int.random(in: 0..<3, using: &r)]
        for _ in 0..<blocks {
            switch others == 0 ? 99 : Int.random(in: 0..<20, using: &r) {
            case 0: md += "## "
            case 1: md += "- "
            case 2: md += "> "
            default: break
            }
            let n = Int.random(in: 1...30, using: &r)
            for k in 0..<n {
                if k > 0 { md += others > 0 && Int.random(in: 0..<40, using: &r) == 0 ? "\n" : " " }
                let other = others > 0 && Int.random(in: 0..<others, using: &r) == 0
                md += words[Int.random(in: 0..<(other ? words.count : 9), using: &r)]
            }
            md += Int.random(in: 0..<8, using: &r) == 0 ? "\r\n\r\n" : "\n\n"
        }
        return md
    }

    private static func links(_ body: ArticleBody, _ r: inout SplitMix64) -> [Int: [InlineLink]] {
        var out: [Int: [InlineLink]] = [:]
        let plainOnly = Int.random(in: 0..<4, using: &r) > 0
        for (b, text) in (body.blocks + ["xyz"]).enumerated() {  // (and links of a block past the last)
            let length = text.unicodeScalars.count
            var list: [InlineLink] = []
            for _ in 0..<Int.random(in: 0...6, using: &r) {
                let start = Int.random(in: -2...(length + 2), using: &r)
                let end = start + Int.random(in: -1...12, using: &r)
                let href = hrefs[Int.random(in: 0..<(plainOnly ? 5 : hrefs.count), using: &r)]
                let title = titles[Int.random(in: 0..<(plainOnly ? 3 : titles.count), using: &r)]
                list.append(InlineLink(start: start, end: end, href: href, title: title))
            }
            if !list.isEmpty { out[b] = list }
        }
        return out
    }

    @Test func sameBytesAsTheTree() {
        var r = SplitMix64(seed: 4343)
        var plain = 0
        for round in 0..<3_000 {
            let md = Self.markdown(&r)
            let body = ArticleBody(markdown: md)
            let links = round % 5 == 0 ? [:] : Self.links(body, &r)
            if body.plainHTMLBytes(links: links) != nil { plain += 1 }
            let got = body.htmlBytes(links: links), want = body.htmlBytesFromTree(links: links)
            #expect(got == want, "\(md.debugDescription) \(links)")
            if got != want { break }
        }
        #expect(plain > 500)  // the plain path was taken often enough to be tested
    }

    /// Every byte of ASCII and a few scalars around each special one, in a paragraph, a link's text and its title.
    @Test func escapesAsCMark() {
        var text = ""
        for b in UInt8(1)...UInt8(127) where b != 0x0A && b != 0x0D { text += "ص" + String(UnicodeScalar(b)) + "x" }
        let body = ArticleBody(markdown: text)
        let title = String(text.unicodeScalars.filter { $0 != "\u{0}" })
        for start in stride(from: 0, to: text.unicodeScalars.count, by: 7) {
            let links = [0: [InlineLink(start: start, end: start + 5, href: "../entities/a.html", title: title)]]
            #expect(body.htmlBytes(links: links) == body.htmlBytesFromTree(links: links))
        }
        #expect(body.plainHTMLBytes(links: [:]) != nil || body.blocks.count != 1)
    }

    /// More than 64 blocks, other blocks than paragraphs, links cmark-gfm writes otherwise: the tree's bytes.
    @Test func fallsBackToTheTree() {
        let many = (0..<70).map { "فقرة \($0)" }.joined(separator: "\n\n")
        let body = ArticleBody(markdown: many)
        #expect(body.plainHTMLBytes(links: [:]) == nil)
        #expect(body.htmlBytes() == body.htmlBytesFromTree(links: [:]))
        let mixed = ArticleBody(markdown: "فقرة\n\n## عنوان\n\nفقرة *مائلة*")
        #expect(mixed.plainHTMLBytes(links: [:]) == nil)
        let simple = ArticleBody(markdown: "فقرة أولى\n\nفقرة ثانية")
        #expect(simple.plainHTMLBytes(links: [:]) != nil)
        for href in ["javascript:x", "ملف.html", "a b", "x&y"] {
            #expect(simple.plainHTMLBytes(links: [0: [InlineLink(start: 0, end: 4, href: href, title: "")]]) == nil)
        }
        let cached = ArticleBody(markdown: "فقرة أولى\n\nفقرة ثانية", blocks: ["فقرة أولى", "فقرة ثانية"])
        #expect(cached.plainHTMLBytes(links: [:]) == nil)
        #expect(cached.htmlBytes() == simple.htmlBytes())
    }
}
