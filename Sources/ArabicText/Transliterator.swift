/// Turns Arabic (and Latin) text into short ASCII slugs for URLs.
///
/// The mapping is a simplified, lossy romanization (no diacritics): "قاسم سليماني" → "qasm-slymany".
/// It is a pure function of the text, so a slug never depends on file order; callers that need
/// uniqueness add a suffix (see `SlugRegistry` in Sitegen).
public enum Transliterator {
    /// Romanization of each Arabic letter.
    static let table: [UInt32: String] = [
        0x0621: "", 0x0622: "a", 0x0623: "a", 0x0624: "w", 0x0625: "i", 0x0626: "y", 0x0627: "a",
        0x0628: "b", 0x0629: "a", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "h", 0x062E: "kh",
        0x062F: "d", 0x0630: "dh", 0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh", 0x0635: "s",
        0x0636: "d", 0x0637: "t", 0x0638: "z", 0x0639: "", 0x063A: "gh", 0x0641: "f", 0x0642: "q",
        0x0643: "k", 0x0644: "l", 0x0645: "m", 0x0646: "n", 0x0647: "h", 0x0648: "w", 0x0649: "a",
        0x064A: "y", 0x0671: "a", 0x067E: "p", 0x0686: "ch", 0x0698: "zh", 0x06A9: "k", 0x06AF: "g",
        0x06CC: "y", 0x06C0: "h", 0x06D5: "h",
    ]

    /// A lowercase ASCII slug of at most `maxLength` characters: letters, digits and single dashes.
    /// Returns "" when nothing in the text can be romanized; callers supply a fallback.
    public static func slug(_ text: String, maxLength: Int = 60) -> String {
        var out = ""
        out.reserveCapacity(UTF8Key.scalarCount(text))
        var pendingDash = false
        func emit(_ s: String) {
            guard !s.isEmpty else { return }
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A:
                emit(String(scalar))
            case 0x41...0x5A:
                emit(String(Unicode.Scalar(v + 32)!))
            case 0x0660...0x0669:
                emit(String(v - 0x0660))
            case 0x06F0...0x06F9:
                emit(String(v - 0x06F0))
            case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                continue  // tashkeel, tatweel, invisible controls: nothing
            case 0x00C0...0x024F:
                // Latin letters with diacritics: keep the base letter when it is plain ASCII after folding.
                if let folded = latinFold(v) { emit(folded) } else { pendingDash = true }
            default:
                if let r = table[v] { emit(r) } else { pendingDash = true }
            }
            if out.utf8.count >= maxLength { break }
        }
        var slug = String(out.prefix(maxLength))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    private static func latinFold(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        default: return nil
        }
    }
}
