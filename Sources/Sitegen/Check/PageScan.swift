/// What `sitegen check` needs from one HTML page, found in a single pass over its UTF-8 bytes:
/// element ids (link targets), internal links, the `<html dir>`, the `<title>` and whether `<main>`
/// holds anything besides its heading.
///
/// This is a tolerant tag scanner for the pages sitegen writes (and hand-edited variants of them),
/// not a full HTML parser: comments, `<script>` and `<style>` contents are skipped.
struct PageScan: Sendable {
    var ids: Set<String> = []
    /// href/src values, as written (entities decoded).
    var links: [String] = []
    var htmlDir: String?
    var title = ""
    var hasMain = false
    /// Visible text inside `<main>` outside its `<h1>`, trimmed.
    var mainTextBesidesHeading = ""
    /// Whether `<main>` has list items, tables, articles or figures (content without text of its own).
    var mainHasItems = false

    init(_ bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        var inTitle = false, inMain = false, inH1 = false
        var text: [UInt8] = [], titleBytes: [UInt8] = []
        while i < n {
            let c = bytes[i]
            if c != UInt8(ascii: "<") {
                if inTitle { titleBytes.append(c) } else if inMain && !inH1 { text.append(c) }
                i += 1
                continue
            }
            if Self.startsWith(bytes, i, "<!--") {
                i = Self.find(bytes, from: i + 4, "-->").map { $0 + 3 } ?? n
                continue
            }
            var j = i + 1
            let closing = j < n && bytes[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < n, Self.isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            if name.isEmpty {  // "<" as text, or "<!DOCTYPE …>"
                let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? n - 1
                i = end + 1
                continue
            }
            var attrs: [String: String] = [:]
            j = Self.attributes(bytes, from: j, into: &attrs)
            i = j
            if closing {
                switch name {
                case "title": inTitle = false
                case "main": inMain = false
                case "h1": inH1 = false
                default: break
                }
                continue
            }
            if let id = attrs["id"] { ids.insert(id) }
            if name == "a", let anchor = attrs["name"] { ids.insert(anchor) }
            for key in ["href", "src"] { if let v = attrs[key] { links.append(v) } }
            switch name {
            case "html": htmlDir = attrs["dir"]
            case "title": inTitle = true
            case "main": inMain = true; hasMain = true
            case "h1": inH1 = inMain
            case "li", "tr", "article", "figure", "img", "svg": if inMain { mainHasItems = true }
            case "script", "style":
                let close = Array("</\(name)".utf8)
                i = Self.find(bytes, from: i, close).map { $0 + close.count } ?? n
            default: break
            }
        }
        title = Self.trimmed(titleBytes)
        mainTextBesidesHeading = Self.trimmed(text)
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    /// Reads `name="value"` pairs up to the end of the tag; returns the index after `>`.
    private static func attributes(_ b: [UInt8], from start: Int, into attrs: inout [String: String]) -> Int {
        var j = start
        let n = b.count
        while j < n {
            while j < n, isSpace(b[j]) || b[j] == UInt8(ascii: "/") { j += 1 }
            if j >= n { return n }
            if b[j] == UInt8(ascii: ">") { return j + 1 }
            let ns = j
            while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: "="), b[j] != UInt8(ascii: ">") { j += 1 }
            let name = String(decoding: b[ns..<j], as: UTF8.self).lowercased()
            while j < n, isSpace(b[j]) { j += 1 }
            guard j < n, b[j] == UInt8(ascii: "=") else { attrs[name] = attrs[name] ?? ""; continue }
            j += 1
            while j < n, isSpace(b[j]) { j += 1 }
            var vs = j, ve = j
            if j < n, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                let q = b[j]
                vs = j + 1
                ve = b[vs...].firstIndex(of: q) ?? n
                j = min(n, ve + 1)
            } else {
                while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
                ve = j
            }
            if attrs[name] == nil { attrs[name] = decodeEntities(String(decoding: b[vs..<ve], as: UTF8.self)) }
        }
        return n
    }

    /// The few character references that occur in URLs and ids.
    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func startsWith(_ b: [UInt8], _ at: Int, _ s: String) -> Bool {
        let p = Array(s.utf8)
        return at + p.count <= b.count && b[at..<at + p.count].elementsEqual(p)
    }

    private static func find(_ b: [UInt8], from: Int, _ s: String) -> Int? { find(b, from: from, Array(s.utf8)) }

    /// Index of `p` in `b` at or after `from` (case-insensitive for ASCII letters).
    private static func find(_ b: [UInt8], from: Int, _ p: [UInt8]) -> Int? {
        guard !p.isEmpty, b.count >= p.count else { return nil }
        var i = from
        while i + p.count <= b.count {
            var k = 0
            while k < p.count, b[i + k] | 0x20 == p[k] | 0x20 { k += 1 }
            if k == p.count { return i }
            i += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
