/// Escaping for text put into HTML, SVG or XML, on UTF-8 bytes.
///
/// Text without anything to escape (nearly all Arabic prose) is returned as it is, without a copy.
public enum Escape {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes, and drops
    /// control characters (not allowed in XML 1.0) other than newline and tab. For text that Swift
    /// code (not Mustache) puts into HTML, SVG or XML.
    public static func html(_ s: String) -> String { escape(s, dropControls: true) }

    /// Escapes `& < > " '` and nothing else: exactly what a Mustache `{{name}}` tag does, for the
    /// template renderer (see `TemplateSet`).
    static func markup(_ s: String) -> String { escape(s, dropControls: false) }

    /// `markup(s)`'s UTF-8 bytes appended to `out` (for `CompiledRenderer`).
    static func appendMarkup(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { src in
            var plain = src.startIndex
            for i in src.indices {
                // (every byte escaped is at most ">": the bytes of Arabic letters are skipped at once)
                guard src[i] <= UInt8(ascii: ">"), let r = replacement(src[i], dropControls: false) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: src[plain..<i]))
                out.append(contentsOf: r)
                plain = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: src[plain...]))
        }
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    /// The entity replacing byte `b`, `[]` when `b` is dropped, nil when it stays as it is.
    @inline(__always)
    private static func replacement(_ b: UInt8, dropControls: Bool) -> [UInt8]? {
        switch b {
        case UInt8(ascii: "&"): return amp
        case UInt8(ascii: "<"): return lt
        case UInt8(ascii: ">"): return gt
        case UInt8(ascii: "\""): return quot
        case UInt8(ascii: "'"): return apos
        case 0..<0x20 where dropControls && b != 0x0A && b != 0x09: return []
        default: return nil
        }
    }

    private static func escape(_ text: String, dropControls: Bool) -> String {
        var text = text
        let escaped = text.withUTF8 { src -> String? in
            // First pass: is there anything to do, and how long is the result? (C0 controls and the
            // five characters are single UTF-8 bytes, so working on bytes keeps the text valid.)
            var length = 0
            var changed = false
            for b in src {
                if let r = replacement(b, dropControls: dropControls) {
                    length += r.count
                    changed = true
                } else {
                    length += 1
                }
            }
            guard changed else { return nil }
            if length == 0 { return "" }
            return String(unsafeUninitializedCapacity: length) { dst in
                var i = 0
                for b in src {
                    if let r = replacement(b, dropControls: dropControls) {
                        for c in r { dst[i] = c; i += 1 }
                    } else {
                        dst[i] = b
                        i += 1
                    }
                }
                return i
            }
        }
        return escaped ?? text
    }
}
