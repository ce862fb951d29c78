import Foundation
import Mustache
import Testing
import ArabicDates
import Extraction
@testable import Sitegen
import TestSupport

/// An entity page's mentions as text rows (`TextRows`): the snippets written in place against the `PageFields`
/// maker they replaced, the spaces found eight bytes at a time against the byte-by-byte walk, and rows rendered as
/// the list of contexts they stand for.
@Suite struct SnippetRowsTests {
    // MARK: the code replaced, kept here

    /// The offset of the last space before `end` that is a `Character` of its own, byte by byte (as it was).
    static func lastSpaceByteByByte(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var i = end
        while i > 0 {
            i -= 1
            guard b[i] == 0x20 else { continue }
            let previous = i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil
            let next = i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil
            if ArticlePages.standsAlone(" ", after: previous, before: next) { return i }
        }
        return nil
    }

    /// The offset of the first space from `start` on that is a `Character` of its own, byte by byte (as it was).
    static func firstSpaceByteByByte(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < b.count {
            if b[i] == 0x20 {
                let previous = i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil
                let next = i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil
                if ArticlePages.standsAlone(" ", after: previous, before: next) { return i }
            }
            i += 1
        }
        return nil
    }

    static func lastWordBytes(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> [UInt8] {
        var end = b.count
        for _ in 0...n {
            guard let space = lastSpaceByteByByte(b, before: end) else { return Array(b) }
            end = space
        }
        return Array("… ".utf8) + Array(b[(end + 1)...])
    }

    static func firstWordBytes(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> [UInt8] {
        var start = 0
        var cut = 0
        for _ in 0...n {
            guard let space = firstSpaceByteByByte(b, from: start) else { return Array(b) }
            cut = space
            start = space + 1
        }
        return Array(b[..<cut]) + Array(" …".utf8)
    }

    /// `ArticlePages.takeWords` as it was: every byte looked at.
    static func takeWordsByteByByte(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], count: inout Int, limit: Int) -> Bool {
        var start = -1
        var i = 0
        while i < b.count {
            let c = b[i]
            if (c == 0x20 || c == 0x0A)
                && ArticlePages.standsAlone(Unicode.Scalar(c), after: i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil,
                                            before: i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil) {
                if start >= 0 {
                    if count > 0 { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
                    count += 1
                    if count == limit { return true }
                    start = -1
                }
            } else if start < 0 {
                start = i
            }
            i += 1
        }
        guard start >= 0 else { return false }
        if count > 0 { out.append(0x20) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start...]))
        count += 1
        return count == limit
    }

    /// `SiteModel.snippetFields` as it was: `{pre, hit, post}`, three byte arrays.
    static func snippetFields(_ site: SiteModel, article: Int, sentence: Int, hit: TextSpan, words: Int) -> PageFields {
        let s = site.extractions[article].sentences[sentence].span
        let start = min(s.start, hit.start), end = max(s.end, hit.end)
        return site.blockOffsets.withBlock(article: article, block: s.block) { table, b -> PageFields in
            func bytes(_ x: Int, _ y: Int) -> UnsafeBufferPointer<UInt8>? {
                guard x >= 0, y <= table.count, x < y else { return nil }
                return UnsafeBufferPointer(rebasing: b[table.utf8Offset(of: x, in: b)..<table.utf8Offset(of: y, in: b)])
            }
            return [.pre: .bytes(bytes(start, hit.start).map { lastWordBytes($0, words) } ?? []),
                    .hit: .bytes(bytes(hit.start, hit.end).map { Array($0) } ?? []),
                    .post: .bytes(bytes(hit.end, end).map { firstWordBytes($0, words) } ?? [])]
        }
    }

    /// `ArticlePages.joinsNoSpace` as it was: a chain of range tests.
    static func joinsNoSpaceByRanges(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if v < 0x606 { return false }
        if v <= 0x6FF {
            switch v {
            case 0x606...0x60F, 0x61B, 0x61D...0x64A, 0x660...0x66F, 0x671...0x6D5, 0x6DE, 0x6E5...0x6E6, 0x6E9, 0x6EE...0x6FF:
                return true
            default:
                return false
            }
        }
        return (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }

    @Test func joinsNoSpaceBitsAreTheRanges() {
        for v in UInt32(0)...0x1_0000 { #expect(ArticlePages.joinsNoSpace(v) == Self.joinsNoSpaceByRanges(v), "\(v)") }
    }

    // MARK: random text

    /// Words and separators heavy in what decides whether a space stands alone: marks after it (fatha, U+0301, a
    /// spacing mark, ZWJ), a prepended mark before it (U+0600), CR and LF, runs of spaces, 4-byte scalars, ASCII.
    static let pieces = [" ", " ", " ", "  ", "قال", "العراق", "بغداد", "a", "bc", "\u{064E}", "\u{0301}", "\u{0903}", "\u{200D}",
                         "\u{0600}", "\r", "\n", "\r\n", "😀", "👩‍👩‍👧", "٣", "،", "-", "é", "ـ"]

    static func randomText(_ r: inout SeededRandom, maxPieces: Int) -> String { r.text(of: pieces, maxPieces: maxPieces) }

    /// `pieces` that keep a paragraph one Markdown paragraph (no line breaks, no list marks).
    static let paragraphPieces = pieces.filter { !$0.contains("\r") && !$0.contains("\n") && $0 != "-" }

    @Test func spacesFoundEightBytesAtATimeAreTheByteWalks() {
        var r = SeededRandom(seed: 4242)
        for _ in 0..<4_000 {
            var text = Self.randomText(&r, maxPieces: 60)
            let shown = text  // (read in the closure: `text` is being accessed by `withUTF8`)
            text.withUTF8 { b in
                for start in stride(from: 0, through: b.count, by: max(1, b.count / 7)) {
                    #expect(SiteModel.firstSpace(b, from: start) == Self.firstSpaceByteByByte(b, from: start), "\(shown.debugDescription) \(start)")
                    #expect(SiteModel.lastSpace(b, before: start) == Self.lastSpaceByteByByte(b, before: start), "\(shown.debugDescription) \(start)")
                }
                for n in [0, 1, 2, 3, 5, 8, 18] {
                    #expect(SiteModel.lastWordBytes(b, n) == Self.lastWordBytes(b, n), "\(shown.debugDescription) \(n)")
                    #expect(SiteModel.firstWordBytes(b, n) == Self.firstWordBytes(b, n), "\(shown.debugDescription) \(n)")
                }
            }
        }
        // a space at every offset of a word of eight, alone and beside the marks that join it
        for join in ["", "\u{064E}", "\u{0600}"] {
            for at in 0..<20 {
                var text = String(repeating: "x", count: at) + join + " " + join + String(repeating: "y", count: 19 - at)
                let shown = text
                text.withUTF8 { b in
                    #expect(SiteModel.firstSpace(b, from: 0) == Self.firstSpaceByteByByte(b, from: 0), "\(shown.debugDescription)")
                    #expect(SiteModel.lastSpace(b, before: b.count) == Self.lastSpaceByteByByte(b, before: b.count), "\(shown.debugDescription)")
                }
            }
        }
        #expect(WordBreaks.spaceBits(0x2020_2020_2020_2020) == 0x8080_8080_8080_8080)
        #expect(WordBreaks.spaceBits(0x21A0_1F00_FF60_2021) == 0x0000_0000_0000_8000)
        #expect(WordBreaks.bits(0x0A0B_0A00_8A0A_2009, 0x0A) == 0x8000_8000_0080_0000)
    }

    /// Summaries' words taken between the breaks found eight bytes at a time are the byte walk's, whatever the words
    /// taken before (`count`) and the limit.
    @Test func summaryWordsAreTheByteWalks() {
        var r = SeededRandom(seed: 1234)
        for _ in 0..<4_000 {
            var text = Self.randomText(&r, maxPieces: 70)
            let before = r.below(3), limit = before + 1 + r.below(30)
            let shown = text
            text.withUTF8 { b in
                var out: [UInt8] = Array("سابق".utf8), count = before
                var want = out, wantCount = before
                let done = ArticlePages.takeWords(b, into: &out, count: &count, limit: limit)
                #expect(done == Self.takeWordsByteByByte(b, into: &want, count: &wantCount, limit: limit), "\(shown.debugDescription)")
                #expect(out == want && count == wantCount, "\(shown.debugDescription) \(limit)")
            }
        }
    }

    /// Every mention's snippet written into rows is the `PageFields` the old maker gave, on articles of random long
    /// paragraphs naming the fixture's entities, at several word limits, and for hits out of the sentence or its block.
    @Test func snippetRowsAreTheOldSnippetFields() {
        var r = SeededRandom(seed: 77)
        let names = ["إسماعيل قاآني", "العراق", "كتائب حزب الله", "الأنبار", "أمريكا", "إيران", "أبو مهدي المهندس"]
        let articles = (0..<12).map { i in
            (title: "مقال \(i)", date: PartialDate(year: 2020, month: 1 + i % 12, day: 1 + i),
             blocks: (0..<(1 + r.below(4))).map { _ in
                 (0..<(1 + r.below(6))).map { _ in "و" + r.text(of: Self.paragraphPieces, maxPieces: 50) + " " + names[r.below(names.count)] + " " }
                     .joined() + r.text(of: Self.paragraphPieces, maxPieces: 40) + "."
             })
        }
        let site = PublishFixture.site(articles: articles)
        var checked = 0
        for a in site.articles.indices {
            let ex = site.extractions[a]
            var hits = ex.mentions.map { ($0.sentence, $0.span) }
            for s in ex.sentences.indices {  // hits beside, across and out of their sentence's block
                let span = ex.sentences[s].span
                for _ in 0..<6 {
                    let start = r.below(span.end + 8) - 3
                    hits.append((s, TextSpan(block: span.block, start: start, end: start + r.below(12) - 2)))
                }
            }
            for (sentence, hit) in hits where ex.sentences[sentence].span.block < site.bodies[a].blockCount {
                for words in [0, 1, 4, 18] {
                    let rows = TextRows.write(fields: [.pre, .hit, .post]) { w in
                        site.writeSnippet(article: a, sentence: sentence, hit: hit, words: words, into: &w)
                    }
                    let old = Self.snippetFields(site, article: a, sentence: sentence, hit: hit, words: words)
                    #expect(rows.count == 1)
                    for f in [Field.pre, .hit, .post] {
                        guard case .bytes(let got)? = rows.fields(at: 0)[f], case .bytes(let want)? = old[f] else {
                            Issue.record("\(f) missing"); continue
                        }
                        #expect(got == want, "\(a) \(hit) \(words) \(f)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }

    /// A mention's link written as bytes is `paragraphLink`, and so `SiteModel.link(from:article:block:)`.
    @Test func paragraphLinkBytesAreTheLink() {
        let site = PublishFixture.site()
        for path in [SitePath.home, SitePath("entities/iraq"), SitePath("entities/iraq/page/12")] {
            for a in site.articles.indices {
                let article = path.link(to: site.articlePaths[a])
                for block in [0, 1, 8, 9, 10, 99, 1234, 99_999] {
                    var bytes: [UInt8] = []
                    EntityPages.appendParagraphLink(article, block: block, to: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == site.link(from: path, article: a, block: block))
                }
            }
        }
    }

    // MARK: rows in templates

    static let templates: [String: String] = [
        "page": "<h1>{{title}}</h1>\n{{#mentions}}\n<li>{{pre}}<b>{{{hit}}}</b>{{post}} {{title}}{{#hit}}[{{.}}]{{/hit}}{{^post}}no post{{/post}}{{#empty(pre)}}E{{/empty(pre)}}{{^empty(href)}}<a href=\"{{href}}\">{{>partials/x}}</a>{{/empty(href)}}</li>\n{{/mentions}}\n{{^mentions}}none{{/mentions}}{{#empty(mentions)}}empty{{/empty(mentions)}}{{^empty(mentions)}}some{{/empty(mentions)}}\n",
        "partials/x": "{{hit}}|{{name}}",
    ]

    /// Rows render as the list of contexts they stand for (`TextRows.list`), in the compiled renderer and in the
    /// library: values escaped or not, as sections and inverted sections, `empty(…)`, names the rows lack found further out.
    @Test func rowsRenderAsTheirList() throws {
        let (library, renderer) = try PageFieldsTests.libraryAndRenderer(Self.templates)
        var r = SeededRandom(seed: 9)
        let values = ["", "", "نص", "<b>&\"'</b>", "a b", "… قال", "😀\u{064E}", "x"]
        for round in 0..<400 {
            let fields: [Field] = round % 3 == 0 ? [.pre, .hit, .post, .href] : round % 3 == 1 ? [.hit, .pre, .post] : [.href, .post, .pre, .hit]
            let count = r.below(5)
            let rows = TextRows.write(fields: fields) { w in
                for _ in 0..<count {
                    for _ in fields {
                        w.append(values[r.below(values.count)])
                        w.endValue()
                    }
                }
            }
            #expect(rows.count == count)
            let context: PageFields = [.title: "عنوان <1>", .name: "خارج", .mentions: .rows(rows)]
            var asList = context
            asList[.mentions] = .list(rows.list)
            let viaRows = renderer.renderBytes("page", fields: context).map { String(decoding: $0, as: UTF8.self) }
            let viaList = renderer.renderBytes("page", fields: asList).map { String(decoding: $0, as: UTF8.self) }
            #expect(viaRows != nil)
            #expect(viaRows == viaList)
            #expect(viaRows == library.render(context.dictionary, withTemplate: "page"))
        }
    }
}
