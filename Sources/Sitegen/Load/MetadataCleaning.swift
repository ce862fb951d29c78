/// Makes metadata fields (title, source, author, tags, url) safe single-line text.
///
/// These fields end up in `<title>`, attributes, feeds and JSON, outside any element that isolates
/// bidirectional text, so a stray U+202E (right-to-left override) would reorder whatever follows it
/// on the line. Bidi embeddings, overrides and isolates are removed (marks such as U+200F stay: they
/// only steer neutral characters), line breaks and tabs become spaces and the ends are trimmed.
enum MetadataCleaning {
    /// True for U+202A…U+202E and U+2066…U+2069.
    @inline(__always)
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// One line of text without bidi controls, trimmed.
    static func singleLine(_ text: String) -> String {
        // (a field with no line feed, tab nor byte 0xE2, which starts every bidi control's UTF-8, needs no look at its
        // scalars: most fields)
        guard mayNeedWork(text) else { return text.trimmingWhitespaces }
        var needsWork = false
        for s in text.unicodeScalars where isBidiControl(s.value) || s == "\n" || s == "\t" {
            needsWork = true
            break
        }
        if !needsWork { return text.trimmingWhitespaces }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isBidiControl(s.value) { continue }
            out.append(s == "\n" || s == "\t" ? " " : s)
        }
        return String(out).trimmingWhitespaces
    }

    /// `text` holds a line feed, a tab or the byte 0xE2 (U+202A…U+202E and U+2066…U+2069 are E2 80 AA…AE, E2 81 A6…A9).
    static func mayNeedWork(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { $0.contains { $0 == 0x0A || $0 == 0x09 || $0 == 0xE2 } }
    }

    /// Cleans every metadata field of an article; a title left empty falls back to the file name.
    static func clean(_ article: inout Article) {
        article.title = singleLine(article.title)
        if article.title.isEmpty { article.title = article.file }
        article.source = article.source.map(singleLine).flatMap { $0.isEmpty ? nil : $0 }
        article.author = article.author.map(singleLine).flatMap { $0.isEmpty ? nil : $0 }
        article.url = article.url.map(singleLine).flatMap { $0.isEmpty ? nil : $0 }
        article.tags = article.tags.map(singleLine).filter { !$0.isEmpty }
    }
}

import Foundation
