/// Makes plain text safe to feed to a Markdown parser: every character reads as itself.
enum MarkdownEscaping {
    /// Backslash-escapes every ASCII punctuation character (CommonMark allows escaping any of them),
    /// so `*`, `#`, `[`, `<`, `|` in a news text stay text. Leading spaces are dropped so a line can
    /// never become an indented code block.
    static func escapeLine(_ line: Substring) -> String {
        var out = String.UnicodeScalarView()
        var leading = true
        for s in line.unicodeScalars {
            if leading && (s == " " || s == "\t") { continue }
            leading = false
            switch s.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                out.append("\\")
                out.append(s)
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}
