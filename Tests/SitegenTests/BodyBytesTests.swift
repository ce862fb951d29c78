import Testing
@testable import Sitegen

/// The article body rendered as bytes (`ArticleBody.htmlBytes`), its links found by counting
/// (`textRuns`), and the renderer's escaping on words of eight bytes (`MarkupBytes`): the same output as
/// the `String` forms they replace.
@Suite struct BodyBytesTests {
    @Test func anchorsAsAddID() {
        let fragments = ["", "x", "<", "<p", "<p>", "<p>نص</p>\n", "<hr />\n", "<h2>عنوان</h2>\n", "<ul>\n<li>أ</li>\n</ul>\n",
                         "<!-- raw HTML omitted -->\n", "<1>", "<P>x</P>", "<table>\n<thead>", "<pre><code>a &lt; b\n</code></pre>\n",
                         "<div/>", "<br>", "text <p>"]
        for (k, f) in fragments.enumerated() {
            var out: [UInt8] = []
            Array(f.utf8).withUnsafeBufferPointer { ArticleBody.appendAnchored(k + 1, $0, to: &out) }
            #expect(String(decoding: out, as: UTF8.self) == ArticleBody.addID("p\(k + 1)", to: f), "\(f.debugDescription)")
        }
    }

    /// A link put over any word of a block's plain text holds exactly that word (the offsets counted without
    /// the text agree with the text), in blocks of every kind: lists, code, tables, quotes, breaks, links.
    @Test func linksLandOnTheirWords() {
        let markdown = """
        قال **الرئيس** محمد في بغداد `رمز ما` ثم [رابط هنا](http://example.com) و*مائل* آخر
        سطر ثان بعد فاصل لين  
        سطر بعد فاصل صلب

        ## عنوان فيه اسم علي

        - بند أول فيه حسن
        - بند ثان
          - بند متداخل فيه زيد

        > اقتباس فيه عمرو
        >
        > فقرة ثانية في الاقتباس

        | المدينة | العدد |
        |---|---|
        | بغداد | 14 |
        | البصرة | ٣ |

        ```
        كود فيه اسم
        ```

        1. أول
        2. ثان www.example.org بعده
        """
        let body = ArticleBody(markdown: markdown)
        var inserted = 0, tried = 0
        for (b, text) in body.blocks.enumerated() {
            let scalars = Array(text.unicodeScalars)
            var start = 0
            for i in 0...scalars.count where i == scalars.count || scalars[i] == " " || scalars[i] == "\n" {
                defer { start = i + 1 }
                guard i > start else { continue }
                let word = String(String.UnicodeScalarView(scalars[start..<i]))
                tried += 1
                let html = body.html(block: b, links: [InlineLink(start: start, end: i, href: "L", title: "T")])
                guard let open = html.range(of: "<a href=\"L\" title=\"T\">") else { continue }
                inserted += 1
                let rest = html[open.upperBound...]
                let shown = rest[..<rest.range(of: "</a>")!.lowerBound]
                #expect(String(shown) == Escape.markup(word), "block \(b): \(word)")
            }
        }
        #expect(tried > 40 && inserted > tried / 2, "\(inserted) of \(tried)")
        // several links in one text node, and the bytes the same as the string
        let links = [0: [InlineLink(start: 4, end: 10, href: "a", title: "x"), InlineLink(start: 14, end: 18, href: "b", title: "y"),
                         InlineLink(start: 15, end: 17, href: "c", title: "overlapping")]]
        let html = body.html(links: links)
        #expect(String(decoding: body.htmlBytes(links: links), as: UTF8.self) == html)
        #expect(!html.contains("overlapping"))
    }

    @Test func escapingAsTheLibrarys() {
        var samples = ["", "a", "&", "<>\"'&", "نص عربي طويل بلا شيء يهرب منه أبدا", "12345678", "1234567&", "&1234567",
                       "abcdefgh<", "<abcdefgh", "x=>y", "?;:=%$#!", "\u{0}\u{1}\t\n", "ـ&ـ<ـ>ـ\"ـ'ـ"]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["&", "<", ">", "\"", "'", "=", "?", ";", "!", "#", " ", "a", "ب", "\u{0}", "\u{7F}", "€", "😀", "\n", ">", ".", "/"]
        for _ in 0..<2000 {
            let n = Int.random(in: 0...40, using: &generator)
            samples.append((0..<n).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        for s in samples {
            var out: [UInt8] = Array("prefix".utf8)
            MarkupBytes.append(s, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "prefix" + Escape.markup(s), "\(s.debugDescription)")
            var bytes: [UInt8] = []
            Array(s.utf8).withUnsafeBufferPointer { MarkupBytes.append($0, to: &bytes) }
            #expect(bytes == Array(Escape.markup(s).utf8))
        }
        // every byte value in every place of a word
        for b in 0...255 {
            for k in 0..<9 {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 9)
                bytes[k] = UInt8(b)
                var out: [UInt8] = []
                bytes.withUnsafeBufferPointer { MarkupBytes.append($0, to: &out) }
                var want: [UInt8] = []
                for c in bytes {
                    switch c {
                    case UInt8(ascii: "&"): want += Array("&amp;".utf8)
                    case UInt8(ascii: "<"): want += Array("&lt;".utf8)
                    case UInt8(ascii: ">"): want += Array("&gt;".utf8)
                    case UInt8(ascii: "\""): want += Array("&quot;".utf8)
                    case UInt8(ascii: "'"): want += Array("&#39;".utf8)
                    default: want.append(c)
                    }
                }
                #expect(out == want, "byte \(b) at \(k)")
            }
        }
    }
}
