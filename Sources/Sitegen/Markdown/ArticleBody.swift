import ArabicText
import CCmarkGFM
import Foundation

/// A link to insert over a span of a block's plain text (an entity mention, say).
public struct InlineLink: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var href: String
    public var title: String
    public init(start: Int, end: Int, href: String, title: String) {
        self.start = start
        self.end = end
        self.href = href
        self.title = title
    }
}

/// The parsed body of one article: its top-level blocks as plain text (what extraction reads) and
/// their HTML (what a page shows), each block anchored `#p<N>` so claims can link to the paragraph.
///
/// Plain text and HTML come from the same cmark-gfm tree, so an offset found by extraction in
/// `blocks[i]` can be turned into a link inside the rendered block.
///
/// The tree is not kept: the body holds its Markdown and the blocks' text, and parses again when its
/// HTML is asked for (cmark-gfm parses an article in microseconds; a corpus of trees held from parsing
/// to rendering was a large part of a build's memory).
final class ArticleBody: @unchecked Sendable {
    private let markdown: ArticleMarkdown
    /// The blocks as made or as the analysis cache stored them.
    private let storedBlocks: CachedBlocks
    /// Cached blocks once made `String`s (guarded by `lock`; nil for a body parsed in this build).
    private var decodedBlocks: [String]?
    private let lock: NSLock?
    /// The blocks that are paragraphs of one text node (bit i: block i; `PlainParagraphs`); 0 for cached blocks.
    let plainParagraphs: UInt64

    /// Plain text of each top-level block, in reading order. (A cached article's are made `String`s the first time
    /// they are read, under a lock: pages are rendered on several threads.)
    var blocks: [String] {
        guard let lock else { return storedBlocks.decoded }
        lock.lock()
        defer { lock.unlock() }
        if let decodedBlocks { return decodedBlocks }
        let made = storedBlocks.decoded
        decodedBlocks = made
        return made
    }

    /// Calls `body` with the UTF-8 bytes of block `block`: a cached article's as stored, without making its blocks
    /// `String`s (see `CachedBlocks.withUTF8(block:_:)`).
    func withBlockUTF8<R>(_ block: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        storedBlocks.withUTF8(block: block, body)
    }

    /// How many blocks (without making them `String`s).
    var blockCount: Int { storedBlocks.count }

    /// The blocks as the analysis cache keeps them (a cached article's still encoded).
    var cachedBlocks: CachedBlocks { storedBlocks }

    /// The body of `markdown`: its blocks read from its bytes when it is only plain one-line paragraphs (`PlainBody`),
    /// else from cmark-gfm's tree.
    convenience init(markdown: String) {
        if let blocks = PlainBody.blocks(of: markdown) {
            self.init(markdown: ArticleMarkdown(markdown), blocks: CachedBlocks(blocks), plainParagraphs: PlainBody.mask(count: blocks.count))
        } else {
            self.init(parsing: markdown)
        }
    }

    /// The body of `markdown`, its blocks read from cmark-gfm's tree.
    init(parsing markdown: String) {
        let doc = CMarkDocument(markdown: markdown)
        let topLevel = doc.children(of: doc.root)
        var texts: [String] = []
        texts.reserveCapacity(topLevel.count)
        for node in topLevel { texts.append(ArticleBody.plainText(of: node)) }
        self.markdown = ArticleMarkdown(markdown)
        storedBlocks = CachedBlocks(texts)
        lock = nil
        plainParagraphs = PlainParagraphs.mask(of: topLevel)
    }

    /// A body whose blocks are known already (`blocks` must be what `init(markdown:)` makes of `markdown`).
    convenience init(markdown: String, blocks: [String]) {
        self.init(markdown: ArticleMarkdown(markdown), blocks: CachedBlocks(blocks))
    }

    /// A body whose blocks are known already, its Markdown decoded only if its HTML is asked for.
    convenience init(markdown: ArticleMarkdown, blocks: [String]) {
        self.init(markdown: markdown, blocks: CachedBlocks(blocks))
    }

    /// A body whose blocks are known already, its Markdown decoded only if its HTML is asked for, its blocks only if
    /// they are read (a cached article's).
    init(markdown: ArticleMarkdown, blocks: CachedBlocks, plainParagraphs: UInt64 = 0) {
        self.markdown = markdown
        storedBlocks = blocks
        lock = blocks.isEncoded ? NSLock() : nil
        self.plainParagraphs = plainParagraphs
    }

    /// A fresh cmark tree of the body (links are inserted into it, so every rendering gets its own).
    private func parse() -> (doc: CMarkDocument, topLevel: [OpaquePointer]) {
        let doc = CMarkDocument(markdown: markdown.string)
        return (doc, doc.children(of: doc.root))
    }

    /// 1-based source line where each block starts (in the Markdown handed to the parser).
    var blockLines: [Int] {
        let tree = parse()
        return withExtendedLifetime(tree.doc) { tree.topLevel.map { CMarkDocument.startLine(of: $0) } }
    }

    /// A body from plain text: one paragraph per non-empty line, every character literal.
    convenience init(plainText: String) {
        self.init(markdown: ArticleBody.markdown(fromPlainText: plainText))
    }

    static func markdown(fromPlainText text: String) -> String {
        var md = ""
        md.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        // Split on scalars: "\r\n" is one Character, and a lone "\r" is a line end to cmark.
        let lines = text.unicodeScalars.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" }.map(Substring.init)
        for (i, line) in lines.enumerated() {
            let escaped = MarkdownEscaping.escapeLine(line)
            if escaped.isEmpty { continue }
            // A short line without final punctuation between paragraphs reads as a subheading.
            if i > 0 && i + 1 < lines.count && TitleMaker.isSubheading(line) { md += "## " }
            md += escaped
            md += "\n\n"
        }
        return md
    }

    /// Renders block `index` as HTML with id `p<index+1>`, turning the given spans into links.
    /// Spans that cross inline markup or fall inside an existing link are left as text.
    func html(block index: Int, links: [InlineLink] = []) -> String {
        let tree = parse()
        var out: [UInt8] = []
        withExtendedLifetime(tree.doc) { appendHTML(block: index, links: links, tree, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// HTML of the whole body, every block anchored; `links[i]` are the links of block i.
    func html(links: [Int: [InlineLink]] = [:]) -> String {
        String(decoding: htmlBytes(links: links), as: UTF8.self)
    }

    /// `html(links:)` as UTF-8 bytes, as the page template prints them: made without cmark-gfm for a body of plain
    /// paragraphs (`PlainParagraphs`), else each block's HTML copied once from cmark's buffer, its anchor put in.
    func htmlBytes(links: [Int: [InlineLink]] = [:]) -> [UInt8] {
        plainHTMLBytes(links: links) ?? htmlBytesFromTree(links: links)
    }

    /// `htmlBytes(links:)` made without cmark-gfm, or nil unless every block is a paragraph of one text node
    /// (`PlainParagraphs`) and every link is one it writes as it is.
    func plainHTMLBytes(links: [Int: [InlineLink]]) -> [UInt8]? {
        let n = storedBlocks.count
        guard n > 0, n <= 64, plainParagraphs == UInt64.max >> (64 - n) else { return nil }
        for (_, blockLinks) in links { for link in blockLinks where !PlainParagraphs.isPlain(link) { return nil } }
        // (into a page buffer: each of a body's pieces through `[UInt8]`'s generic `append(contentsOf:)` cost ~100
        // instructions before its copy)
        var out = PageBytes(capacity: markdown.utf8Count + markdown.utf8Count / 4 + 64 * n)
        defer { out.deallocate() }
        for i in 0..<n {
            storedBlocks.withUTF8(block: i) { PlainParagraphs.append(block: i, text: $0, links: links[i] ?? [], to: &out) }
        }
        return out.bytes
    }

    /// `htmlBytes(links:)` from a cmark-gfm tree of the Markdown.
    func htmlBytesFromTree(links: [Int: [InlineLink]]) -> [UInt8] {
        let tree = parse()
        var out: [UInt8] = []
        out.reserveCapacity(markdown.utf8Count + markdown.utf8Count / 4 + 64 * tree.topLevel.count)
        withExtendedLifetime(tree.doc) {
            for i in tree.topLevel.indices { appendHTML(block: i, links: links[i] ?? [], tree, to: &out) }
        }
        return out
    }

    private func appendHTML(block index: Int, links: [InlineLink], _ tree: (doc: CMarkDocument, topLevel: [OpaquePointer]),
                            to out: inout [UInt8]) {
        let node = tree.topLevel[index]
        if !links.isEmpty { insert(links: links, into: node) }
        tree.doc.withHTML(of: node) { ArticleBody.appendAnchored(index + 1, $0, to: &out) }
    }

    /// `addID("p<n>", to: html)`'s bytes appended to `out`, for the HTML bytes `html` (valid UTF-8).
    static func appendAnchored(_ n: Int, _ html: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        func appendAttributes() {
            out.append(contentsOf: #" id="p"#.utf8)
            out.append(contentsOf: String(n).utf8)
            out.append(contentsOf: #"" dir="auto""#.utf8)
        }
        guard html.count >= 2, html[0] == UInt8(ascii: "<"), (html[1] | 0x20) >= UInt8(ascii: "a"), (html[1] | 0x20) <= UInt8(ascii: "z") else {
            out.append(contentsOf: "<div".utf8)
            appendAttributes()
            out.append(UInt8(ascii: ">"))
            out.append(contentsOf: html)
            out.append(contentsOf: "</div>".utf8)
            return
        }
        var i = 1
        while i < html.count {
            let c = html[i]
            if c == UInt8(ascii: ">") || c == UInt8(ascii: " ") || c == UInt8(ascii: "/") { break }
            i += 1
        }
        guard i < html.count else { return out.append(contentsOf: html) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[..<i]))
        appendAttributes()
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[i...]))
    }

    // MARK: - Plain text

    private struct TextNodeRun {
        let node: OpaquePointer
        let start: Int
        let length: Int
        let insideLink: Bool
    }

    /// Concatenates the text of a block: text and code literals, a space for a soft break, a newline
    /// for a hard break and between nested blocks. Raw HTML contributes nothing (it is never shown).
    private static func plainText(of node: OpaquePointer) -> String {
        // (a String appended whole: appending a text node's scalars one by one to a scalar view was most of the stage)
        var out = ""
        var count = 0
        let iter = cmark_iter_new(node)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard let cur = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(cur)
            if ev == CMARK_EVENT_EXIT { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let lit = CMarkDocument.literal(of: cur)
                let n = UTF8Scalars.count(lit)
                out += lit
                count += n
            case CMARK_NODE_SOFTBREAK:
                out += " "; count += 1
            case CMARK_NODE_LINEBREAK:
                out += "\n"; count += 1
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_CODE_BLOCK:
                if cur != node, count > 0, out.unicodeScalars.last != "\n" { out += "\n"; count += 1 }
                if type == CMARK_NODE_CODE_BLOCK {
                    let lit = CMarkDocument.literal(of: cur)
                    out += lit
                    count += UTF8Scalars.count(lit)
                }
            default:
                if cmark_node_get_type_string(cur).map({ String(cString: $0) }) == "table_cell", count > 0, out.unicodeScalars.last != "\n" {
                    out += "\n"; count += 1
                }
            }
        }
        return out
    }

    // MARK: - Links

    /// The text nodes of a block with their scalar offsets in its plain text: at the offsets `plainText(of:)`
    /// counts, found by counting (no text made: only the offsets and whether the text so far ends in a line feed matter).
    private static func textRuns(of node: OpaquePointer) -> [TextNodeRun] {
        var runs: [TextNodeRun] = []
        var count = 0
        var endsInNewline = false
        var linkDepth = 0
        /// Counts the literal's scalars into `count`; its length in bytes.
        func take(_ cur: OpaquePointer) -> Int {
            guard let c = cmark_node_get_literal(cur) else { return 0 }
            let n = strlen(c)
            guard n > 0 else { return 0 }
            let b = UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: n)
            var scalars = 0
            for byte in b where byte & 0xC0 != 0x80 { scalars += 1 }
            endsInNewline = b[n - 1] == 0x0A
            return scalars
        }
        let iter = cmark_iter_new(node)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard let cur = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(cur)
            if ev == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_LINK { linkDepth -= 1 }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let n = take(cur)
                runs.append(TextNodeRun(node: cur, start: count, length: n, insideLink: linkDepth > 0 || type == CMARK_NODE_CODE))
                count += n
            case CMARK_NODE_SOFTBREAK:
                count += 1; endsInNewline = false
            case CMARK_NODE_LINEBREAK:
                count += 1; endsInNewline = true
            case CMARK_NODE_LINK:
                linkDepth += 1
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_CODE_BLOCK:
                if cur != node, count > 0, !endsInNewline { count += 1; endsInNewline = true }
                if type == CMARK_NODE_CODE_BLOCK { count += take(cur) }
            default:
                if count > 0, !endsInNewline, let t = cmark_node_get_type_string(cur), strcmp(t, "table_cell") == 0 {
                    count += 1; endsInNewline = true
                }
            }
        }
        return runs
    }

    private func insert(links: [InlineLink], into node: OpaquePointer) {
        let runs = ArticleBody.textRuns(of: node)
        // Links grouped by the text node that fully contains them (runs and sorted links are walked together).
        var r = 0
        var group: [InlineLink] = []
        var groupRun = -1
        for link in links.sorted(by: { $0.start < $1.start }) {
            while r < runs.count && runs[r].start + runs[r].length <= link.start { r += 1 }
            guard r < runs.count else { break }
            let run = runs[r]
            guard !run.insideLink, link.start >= run.start, link.end <= run.start + run.length, link.end > link.start else { continue }
            if groupRun == r {
                if let last = group.last, last.end > link.start { continue }  // overlapping
            } else {
                if groupRun >= 0 { split(runs[groupRun], at: group) }
                group.removeAll(keepingCapacity: true)
                groupRun = r
            }
            group.append(link)
        }
        if groupRun >= 0 { split(runs[groupRun], at: group) }
    }

    /// Replaces one text node by text / link / text … nodes.
    ///
    /// The pieces are cut from the node's literal as bytes (it is valid UTF-8: cmark validates its input),
    /// each copied with its NUL into a buffer handed to cmark: a `String` of the literal, its scalars and a
    /// `String` of every piece, bridged back to C, cost several times as much. (The literal is read in
    /// cmark's buffer, which stays as it is until the node's literal is set last.)
    private func split(_ run: TextNodeRun, at links: [InlineLink]) {
        let c = cmark_node_get_literal(run.node)
        let literal = UnsafeBufferPointer(start: c.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) },
                                          count: c.map { strlen($0) } ?? 0)
        // the byte offset of each scalar offset asked, in increasing order
        var cursor = ScalarCursor()
        func offset(ofScalar n: Int) -> Int { cursor.advance(to: n, in: literal) }
        var piece: [UInt8] = []
        func withPiece(_ a: Int, _ b: Int, _ body: (UnsafePointer<CChar>) -> Void) {
            piece.removeAll(keepingCapacity: true)
            piece.append(contentsOf: UnsafeBufferPointer(rebasing: literal[a..<b]))
            piece.append(0)
            piece.withUnsafeBufferPointer { body(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        }
        var pos = 0
        for link in links {
            let a = offset(ofScalar: link.start - run.start), b = offset(ofScalar: link.end - run.start)
            if a > pos { withPiece(pos, a) { insertBefore(run.node, newText($0)) } }
            let linkNode = cmark_node_new(CMARK_NODE_LINK)!
            // (read in place: a `String` passed as a C string was copied into an array for each call)
            _ = link.href.withCString { cmark_node_set_url(linkNode, $0) }
            _ = link.title.withCString { cmark_node_set_title(linkNode, $0) }
            withPiece(a, b) { cmark_node_append_child(linkNode, newText($0)) }
            insertBefore(run.node, linkNode)
            pos = b
        }
        if pos < literal.count {
            withPiece(pos, literal.count) { cmark_node_set_literal(run.node, $0) }
        } else {
            cmark_node_unlink(run.node)
            cmark_node_free(run.node)
        }
    }

    private func newText(_ literal: UnsafePointer<CChar>) -> OpaquePointer {
        let n = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(n, literal)
        return n
    }

    private func insertBefore(_ node: OpaquePointer, _ new: OpaquePointer) {
        cmark_node_insert_before(node, new)
    }

    /// Puts `id="…"` on the first element of an HTML fragment.
    static func addID(_ id: String, to html: String) -> String {
        // A block that is not an element (raw HTML omitted leaves a comment) still gets its anchor.
        let u = Array(html.utf8.prefix(2))
        guard u.count == 2, u[0] == UInt8(ascii: "<"), (u[1] | 0x20) >= UInt8(ascii: "a"), (u[1] | 0x20) <= UInt8(ascii: "z") else {
            return "<div id=\"\(id)\" dir=\"auto\">" + html + "</div>"
        }
        var i = html.utf8.index(after: html.utf8.startIndex)
        while i < html.utf8.endIndex {
            let c = html.utf8[i]
            if c == UInt8(ascii: ">") || c == UInt8(ascii: " ") || c == UInt8(ascii: "/") { break }
            i = html.utf8.index(after: i)
        }
        guard i < html.utf8.endIndex else { return html }
        return String(html[..<i]) + " id=\"\(id)\" dir=\"auto\"" + String(html[i...])
    }
}
