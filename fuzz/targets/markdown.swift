// libFuzzer target: the cmark-gfm wrapper (ArticleBody, inline links, Markdown.html) and the plain-text
// escaping. Built by scripts/fuzz.
@testable import Sitegen

/// Tag names of the elements in an HTML fragment ("p", "/p", "a", …), and the values of href/src.
func elementsAndURLs(_ html: String) -> (tags: [Substring], urls: [Substring]) {
    var tags: [Substring] = [], urls: [Substring] = []
    let u = html.utf8
    var i = u.startIndex
    while let lt = u[i...].firstIndex(of: UInt8(ascii: "<")) {
        var j = u.index(after: lt)
        while j < u.endIndex, let c = Optional(u[j]), c == UInt8(ascii: "/") || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) {
            j = u.index(after: j)
        }
        if j > u.index(after: lt) { tags.append(html[u.index(after: lt)..<j]) }
        i = j
    }
    for attr in ["href=\"", "src=\""] {
        var rest = html[...]
        while let r = rest.range(of: attr) {
            let after = rest[r.upperBound...]
            let end = after.firstIndex(of: "\"") ?? after.endIndex
            urls.append(after[..<end])
            rest = after[end...]
        }
    }
    return (tags, urls)
}

let allowedFromMarkdown: Set<Substring> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "a", "img", "code", "pre", "blockquote", "ul",
    "ol", "li", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input", "div", "sup", "section", "span",
]

/// True unless a browser would run or open the URL as script or local data.
func isInertURL<S: StringProtocol>(_ url: S) -> Bool {
    let lower = url.lowercased().filter { !$0.isWhitespace }
    return !lower.hasPrefix("javascript:") && !lower.hasPrefix("vbscript:") && !lower.hasPrefix("file:")
        && (!lower.hasPrefix("data:") || lower.hasPrefix("data:image/png") || lower.hasPrefix("data:image/gif")
            || lower.hasPrefix("data:image/jpeg") || lower.hasPrefix("data:image/webp"))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    let body = ArticleBody(markdown: text)
    invariant(body.blocks.count == body.blockLines.count, "blocks and lines differ")
    // Links over spans chosen from the input bytes, as extraction would insert them.
    var links: [Int: [InlineLink]] = [:]
    for (b, block) in body.blocks.enumerated() {
        let n = block.unicodeScalars.count
        guard n > 1 else { continue }
        let seed = Int(size > 0 ? data[b % size] : 0)
        let start = seed % n, end = min(n, start + 1 + seed % 7)
        links[b] = [InlineLink(start: start, end: end, href: "../entities/x/index.html", title: "\"<x>\"")]
    }
    // Markdown.html renders the whole tree at once; the same parser, so only short inputs pay twice.
    let html = body.html(links: links) + (size <= 256 ? Markdown.html(text) : "")
    let (tags, urls) = elementsAndURLs(html)
    for t in tags {
        let name = t.hasPrefix("/") ? t.dropFirst() : t
        invariant(allowedFromMarkdown.contains(Substring(name.lowercased())), "element <\(t)> in the HTML of \(text.debugDescription)")
    }
    for url in urls { invariant(isInertURL(url), "script URL \(url) from \(text.debugDescription)") }
    // Plain text becomes paragraphs and subheadings only (every character stays literal), except that
    // the GFM autolink extension still turns web and mail addresses into links.
    let plain = elementsAndURLs(ArticleBody(plainText: text).html())
    for t in plain.tags {
        invariant(["p", "/p", "h2", "/h2", "div", "/div", "a", "/a"].contains(t), "element <\(t)> from plain text \(text.debugDescription)")
    }
    // (cmark-gfm's autolinker can make odd addresses, "www.mailto:www.j@x.net" say, but never a script URL.)
    for url in plain.urls { invariant(isInertURL(url), "script URL \(url) from plain text \(text.debugDescription)") }
    return 0
}
