import Testing
import TestSupport
@testable import Sitegen

/// A body of plain one-line paragraphs gets its blocks from its bytes (`PlainBody`), not from cmark-gfm's tree: the same
/// blocks and the same `PlainParagraphs` mask as `ArticleBody(parsing:)`, which it replaces for such bodies.
@Suite struct PlainBodyTests {
    private static let pieces = [
        "قال", "نعم", "في", "بغداد،", "«الوزارة»", "(يونيو)", "2020", "١٤", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\n\n", "\n\n",
        "\n \n", "a", "w", "W", "www.", "WwW.", "http://x.y", "x@y.z", "1.", "12)", "3", "\u{A0}", "\u{3000}", "\u{FEFF}", "\u{200F}",
        "\u{64B}", "\u{301}", "é", "\r", "\r\n", "---", "***", "# ", "> ", "- ", "+ ", "=", "    ", "mailto:", "https:", "ftp:",
        "\u{0}", "\u{B}", "\u{C}", ":", "a:", "ـ", "x.com", "&amp;", "&#1;", "**b**", "`c`", "[l](u)", "~~s~~", "|", "👍🏽", "\u{2028}",
        "\u{85}", "؟", "…",
    ] + (0x21..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// The body's blocks and mask both ways; whether the plain path took it.
    private static func check(_ md: String) -> Bool {
        let parsed = ArticleBody(parsing: md)
        guard let blocks = PlainBody.blocks(of: md) else { return false }
        #expect(blocks == parsed.blocks, "\(md.debugDescription)")
        #expect(PlainBody.mask(count: blocks.count) == parsed.plainParagraphs, "\(md.debugDescription)")
        let body = ArticleBody(markdown: md)
        #expect(body.blocks == parsed.blocks && body.plainParagraphs == parsed.plainParagraphs)
        return true
    }

    @Test func sameBlocksAsCMark() {
        var r = SeededRandom(seed: 44)
        var taken = 0
        for _ in 0..<20_000 {
            if Self.check(r.text(of: Self.pieces, maxPieces: 26)) { taken += 1 }
        }
        // (random pieces hit markup often: the plain path must still be taken, and be checked, many times)
        #expect(taken > 1_500, "\(taken)")
    }

    /// Articles as a news corpus writes them: words and punctuation, paragraphs between empty lines, now and then a piece
    /// of markup; most must take the plain path.
    @Test func articlesLikeTheCorpus() {
        let words = ["قال", "الرئيس", "محمد", "في", "بغداد،", "\"آيفون\"،", "(يونيو)", "2017", "09", "%", "-", ":", ".", "؟", "!",
                     "iPhone", "Jawhara", "FM", "/", "'", "+", "=", "#", "$", "{", "}", "^", ";", ","]
        var r = SeededRandom(seed: 4_401)
        var taken = 0
        for k in 0..<3_000 {
            var md = ""
            for p in 0..<(1 + r.below(8)) {
                if p > 0 || r.below(2) == 0 { md += "\n\n" }
                for w in 0..<(1 + r.below(40)) {
                    if w > 0 { md += " " }
                    md += words[r.below(w == 0 ? 4 : words.count)]  // (a paragraph opens with a word)
                }
                if k % 7 == 0, r.below(3) == 0 { md += ["*", "_", "&", " ", "\n", "\t", "http://a.b", "[x]"][r.below(8)] }
            }
            if r.below(2) == 0 { md += "\n" }
            if Self.check(md) { taken += 1 }
        }
        #expect(taken > 1_000, "\(taken)")
    }

    @Test func edgeCases() {
        for md in ["", "\n", "\n\n\n", "a", "a\n", "a\n\nb", "\n\na\n\n\nb\n", "1. a", "1) a", "12 a", "1", "2017.", "x 1. y",
                   "\u{FEFF}a", "a ", " a", "a\t", "a\nb", "www.a.b", "a WWW.b", "a www b", "http://a", "a:b", "ا:ب", "a@b",
                   "&copy;", "a\\b", "\"a\"", "'a'", "(a)", "-a", "+a", "=a", "#a", ">a", "|a|", "a\r\nb", "a\u{0}b", "\u{A0}a\u{A0}"] {
            _ = Self.check(md)
        }
        #expect(Self.check("فقرة أولى: نعم.\n\n\"فقرة\" ثانية (2017) 10% - 3 + 4 = 7 # $ { } ^ ; , ! ? / 'x'\n"))
        #expect(PlainBody.blocks(of: "a\nb") == nil)
        #expect(PlainBody.blocks(of: "a *b*") == nil)
        #expect(PlainBody.mask(count: 0) == 0 && PlainBody.mask(count: 3) == 7 && PlainBody.mask(count: 64) == .max
                && PlainBody.mask(count: 70) == .max)
    }
}
