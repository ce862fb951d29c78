import ArabicDates
import Yams

/// Article metadata from YAML (front matter of a .md file or a sidecar .yml beside a .txt file).
struct ArticleMetadata: Sendable, Equatable {
    var title: String?
    var date: PartialDate?
    var source: String?
    var url: String?
    var author: String?
    var tags: [String] = []
    var extra: [String: String] = [:]

    static let knownKeys: Set<String> = ["title", "date", "source", "url", "author", "tags"]
}

/// Splits and reads YAML front matter.
enum FrontMatter {
    /// Splits `---\n…\n---\n` off the top of a Markdown text.
    /// Returns nil when the text has no front matter; throws when it is opened but never closed.
    ///
    /// Lines end at a line feed that is a `Character` of its own (not the end of "\r\n"), as when the
    /// text was searched for the `Character` "\n"; found on the UTF-8 bytes (walking `Character`s through
    /// the front matter of every article cost more than reading its YAML).
    static func split(_ text: String) throws(Diagnostic) -> (yaml: String, body: Substring, bodyLine: Int)? {
        var copy = text
        let found = copy.withUTF8 { b -> (yamlStart: Int, yamlEnd: Int, bodyStart: Int, line: Int)?? in
            func isDashes(_ a: Int, _ n: Int) -> Bool { n == 3 && b[a] == 0x2D && b[a + 1] == 0x2D && b[a + 2] == 0x2D }
            guard (b.count >= 4 && isDashes(0, 3) && b[3] == 0x0A) || (b.count == 3 && isDashes(0, 3)) else { return nil }
            var line = 1
            var yamlStart = 0
            var i = 0
            while i < b.count {
                var end = i
                while end < b.count && !(b[end] == 0x0A && (end == 0 || b[end - 1] != 0x0D)) { end += 1 }
                let n = end - i
                let next = end < b.count ? end + 1 : end
                if line > 1 && (isDashes(i, n) || (n == 3 && b[i] == 0x2E && b[i + 1] == 0x2E && b[i + 2] == 0x2E)) {
                    return (yamlStart, i, next, line + 1)
                }
                if line == 1 { yamlStart = next }
                line += 1
                i = next
            }
            return .some(nil)
        }
        guard let found else { return nil }
        guard let found else {
            throw Diagnostic.error("front matter opened with --- on line 1 is never closed (add a line with ---)", line: 1)
        }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return (String(text[index(found.yamlStart)..<index(found.yamlEnd)]), text[index(found.bodyStart)...], found.line)
    }

    /// Reads metadata; `firstLine` is the file line the YAML starts on, so messages point at the file.
    static func parse(_ yaml: String, firstLine: Int, warnings: inout [Diagnostic]) throws(Diagnostic) -> ArticleMetadata {
        try checkShape(yaml, firstLine: firstLine)
        if let simple = FrontMatterLines.parse(yaml) { return simple }
        return try composed(yaml, firstLine: firstLine, warnings: &warnings)
    }

    /// `parse` through Yams: any YAML.
    static func composed(_ yaml: String, firstLine: Int, warnings: inout [Diagnostic]) throws(Diagnostic) -> ArticleMetadata {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw Diagnostic.error("front matter is not valid YAML: \(yamlProblem(error))", line: yamlLine(error).map { $0 + firstLine - 1 })
        } catch {
            throw Diagnostic.error("front matter is not valid YAML: \(error)", line: firstLine)
        }
        guard let node else { return ArticleMetadata() }
        guard let mapping = node.mapping else {
            throw Diagnostic.error("front matter must be a mapping of keys to values (title: …, date: …)", line: firstLine)
        }
        var meta = ArticleMetadata()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { $0.line + firstLine - 1 }
            func string() throws(Diagnostic) -> String {
                guard let s = value.scalar?.string else {
                    throw Diagnostic.error("front matter key '\(key)' must be a single text value, not a list or mapping", line: line)
                }
                return s
            }
            switch key {
            case "title": meta.title = try string()
            case "source": meta.source = try string()
            case "author": meta.author = try string()
            case "url": meta.url = try string()
            case "date":
                let s = try string()
                guard let d = PartialDate(iso: s.trimmingCharacters(in: .whitespaces)) else {
                    throw Diagnostic.error("front matter 'date' is not a date: '\(s)' (use YYYY-MM-DD, YYYY-MM or YYYY)", line: line)
                }
                meta.date = d
            case "tags":
                if let seq = value.sequence {
                    for item in seq {
                        guard let s = item.scalar?.string else {
                            throw Diagnostic.error("front matter 'tags' must be a list of texts", line: line)
                        }
                        meta.tags.append(s)
                    }
                } else if let s = value.scalar?.string {
                    meta.tags = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                } else {
                    throw Diagnostic.error("front matter 'tags' must be a list of texts or one text, not a mapping", line: line)
                }
            default:
                warnings.append(.warning("unknown front matter key '\(key)' is ignored (known: title, date, source, url, author, tags)", line: line))
                if let s = value.scalar?.string { meta.extra[key] = s }
            }
        }
        return meta
    }

    /// Front matter longer than this is refused (metadata is a few lines; the YAML parser works recursively).
    static let maxBytes = 64 * 1024
    /// Deepest nesting of flow collections (`[…]`, `{…}`) or compact block sequences (`- - x`) accepted.
    static let maxNesting = 32

    /// Refuses YAML too large or too deeply nested to be metadata, before the parser sees it.
    static func checkShape(_ yaml: String, firstLine: Int) throws(Diagnostic) {
        if yaml.utf8.count > maxBytes {
            throw Diagnostic.error("front matter is too long (over \(maxBytes / 1024) KB)", line: firstLine)
        }
        // (on the contiguous bytes: the `utf8` view's iterator cost ~30 instructions a byte)
        var copy = yaml
        if let line = copy.withUTF8({ lineNestedTooDeeply($0, firstLine: firstLine) }) {
            throw Diagnostic.error("front matter is nested too deeply to be metadata", line: line)
        }
    }

    /// The line where the nesting of `yaml` first passes `maxNesting`, or nil.
    static func lineNestedTooDeeply(_ yaml: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Int? {
        // `dashes` counts "- " sequence indicators opening a line; `dash` is a "-" that may be one.
        var depth = 0, line = firstLine, quote: UInt8 = 0, lineStart = true, dashes = 0, dash = false
        for b in yaml {
            if dash {
                dash = false
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") { dashes += 1 } else { lineStart = false }
            }
            if b == UInt8(ascii: "\n") { line += 1; quote = 0; lineStart = true; dashes = 0; continue }
            if quote != 0 { if b == quote { quote = 0 }; continue }
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = b; lineStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; lineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1); lineStart = false
            case UInt8(ascii: "-") where lineStart: dash = true
            case UInt8(ascii: " "): break
            default: lineStart = false
            }
            if depth > maxNesting || dashes > maxNesting { return line }
        }
        return nil
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
