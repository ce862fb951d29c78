import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// The HTML of a top-level paragraph that is one text node, as cmark-gfm renders it (with the body's links put in
/// as `ArticleBody.insert(links:into:)` puts them), made from the block's plain text without parsing the Markdown
/// again.
///
/// Such a paragraph's plain text is its text node's literal, and cmark-gfm renders it `<p>` + the literal escaped
/// (`& < > "`) + `</p>\n`; a link over a span of it is `<a href="…" title="…">` + the span escaped + `</a>`. Nearly
/// every block of a news corpus is such a paragraph (ANT 1k: 2,064 of 2,073), and parsing each article's Markdown a
/// second time for its page was half of its body's cost (`BodyBytesTests` checks this against cmark-gfm).
enum PlainParagraphs {
    /// The blocks of a freshly parsed body that are paragraphs of one text node (bit i: block i; blocks past 64 are
    /// never marked).
    static func mask(of topLevel: [OpaquePointer]) -> UInt64 {
        var mask: UInt64 = 0
        for (i, node) in topLevel.prefix(64).enumerated() where cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
            guard let text = cmark_node_first_child(node), cmark_node_get_type(text) == CMARK_NODE_TEXT,
                  cmark_node_next(text) == nil else { continue }
            mask |= 1 << UInt64(i)
        }
        return mask
    }

    /// Whether cmark-gfm writes this link as it is here: its address only of ASCII letters, digits and `-_./#` (bytes
    /// `houdini_escape_href` copies, and no scheme for its dangerous-URL test), its title without NUL (cut there when
    /// handed over as a C string). The site's own links to entity pages are such.
    static func isPlain(_ link: InlineLink) -> Bool {
        var href = link.href, title = link.title
        return href.withUTF8 { $0.allSatisfy(isPlainHrefByte) } && title.withUTF8 { $0.isEmpty || memchr($0.baseAddress!, 0, $0.count) == nil }
    }

    @inline(__always)
    private static func isPlainHrefByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func append<Out: ByteAppending>(_ literal: StaticString, to out: inout Out) {
        out.appendBytes(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    @inline(__always)
    private static func append<Out: ByteAppending>(_ s: String, to out: inout Out) {
        var s = s
        s.withUTF8 { out.appendBytes($0) }
    }

    /// Appends block `index`'s HTML, anchored (`ArticleBody.appendAnchored`), for the paragraph of one text node whose
    /// literal is `text`, with the links `links` (all `isPlain`) put in where `ArticleBody.insert(links:into:)` would:
    /// in start order, each inside the text and not overlapping the one kept before it.
    static func append<Out: ByteAppending>(block index: Int, text: UnsafeBufferPointer<UInt8>, links: [InlineLink], to out: inout Out) {
        append(#"<p id="p"#, to: &out)
        GraphSVG.appendDecimal(index + 1, to: &out)
        append(#"" dir="auto">"#, to: &out)
        if links.isEmpty {
            MarkupBytes.appendAsCMark(text, to: &out)
        } else {
            var cursor = ScalarCursor()
            var written = 0  // bytes of `text` written so far
            var keptEnd: Int? = nil
            for link in links.sorted(by: { $0.start < $1.start }) {
                // (the text's scalars are not counted first: a start past them leaves the cursor at the end, an end
                // past them leaves it short of the end's scalar)
                guard link.start >= 0 else { continue }
                if let end = keptEnd, end > link.start { continue }  // overlapping
                let a = cursor.advance(to: link.start, in: text)
                if a == text.count { break }  // at or past the end of the text, as every link after it
                guard link.end > link.start else { continue }
                var past = cursor
                let b = past.advance(to: link.end, in: text)
                guard past.scalar == link.end else { continue }  // past the end of the text
                cursor = past
                keptEnd = link.end
                MarkupBytes.appendAsCMark(UnsafeBufferPointer(rebasing: text[written..<a]), to: &out)
                append(#"<a href=""#, to: &out)
                append(link.href, to: &out)
                if !link.title.isEmpty {
                    append(#"" title=""#, to: &out)
                    var title = link.title
                    title.withUTF8 { MarkupBytes.appendAsCMark($0, to: &out) }
                }
                append(#"">"#, to: &out)
                MarkupBytes.appendAsCMark(UnsafeBufferPointer(rebasing: text[a..<b]), to: &out)
                append("</a>", to: &out)
                written = b
            }
            MarkupBytes.appendAsCMark(UnsafeBufferPointer(rebasing: text[written...]), to: &out)
        }
        append("</p>\n", to: &out)
    }
}
