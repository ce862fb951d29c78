import CCmarkGFM
import Foundation

/// Thin Swift ownership wrapper around a cmark-gfm document tree.
///
/// Parsing enables the GFM extensions table, strikethrough, autolink, tagfilter and tasklist.
/// `CMARK_OPT_UNSAFE` is never set: raw HTML in the input is dropped by the renderer.
final class CMarkDocument: @unchecked Sendable {
    private let parser: OpaquePointer
    let root: OpaquePointer

    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registering extensions is process-wide; done once, before any parser exists.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// cmark-gfm turns the extensions' trigger characters (`:` and `w` of autolinks, `~` …) on and
    /// off in a process-wide table around inline parsing (in `cmark_parser_finish`, and in the table
    /// extension while it reads a row), so two parses at once could drop each other's autolinks.
    /// Those phases run under this lock; block parsing of text without `|` runs in parallel.
    private static let inlinePhase = NSLock()

    init(markdown: String) {
        let exts = Self.extensions
        let p = cmark_parser_new(Self.options)!
        for ext in exts { cmark_parser_attach_syntax_extension(p, ext) }
        var text = markdown
        let mayHoldTable = UTF8Scalars.contains(text, UInt8(ascii: "|"))
        if mayHoldTable { Self.inlinePhase.lock() }
        text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { cbuf in
                cmark_parser_feed(p, cbuf.baseAddress, cbuf.count)
            }
        }
        if !mayHoldTable { Self.inlinePhase.lock() }
        parser = p
        root = cmark_parser_finish(p)
        Self.inlinePhase.unlock()
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// HTML of one node and its children (the whole document when `node` is the root).
    func html(of node: OpaquePointer) -> String {
        guard let cstr = cmark_render_html(node, Self.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(cstr) }
        return String(cString: cstr)
    }

    /// `html(of:)`'s bytes, handed to `body` in cmark's own buffer (no `String` made of them).
    func withHTML<R>(of node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let cstr = cmark_render_html(node, Self.options, cmark_parser_get_syntax_extensions(parser)) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { free(cstr) }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(cstr).assumingMemoryBound(to: UInt8.self), count: strlen(cstr)))
    }

    /// The direct children of a node.
    func children(of node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    static func type(of node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    static func literal(of node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    static func startLine(of node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }
    static func startColumn(of node: OpaquePointer) -> Int { Int(cmark_node_get_start_column(node)) }
}

/// One-shot Markdown to HTML rendering, for curated descriptions and other small texts.
public enum Markdown {
    /// Renders Markdown to HTML fragments with GFM extensions; raw HTML is dropped.
    public static func html(_ markdown: String) -> String {
        let doc = CMarkDocument(markdown: markdown)
        return doc.html(of: doc.root)
    }
}
