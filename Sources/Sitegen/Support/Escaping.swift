/// Escaping for text that Swift code (not Mustache) puts into HTML, SVG or XML.
enum Escape {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes.
    static func html(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.unicodeScalars.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default:
                // Control characters are not allowed in XML 1.0; drop them.
                if c.value < 0x20 && c != "\n" && c != "\t" { continue }
                out.append(c)
            }
        }
        return String(out)
    }
}
