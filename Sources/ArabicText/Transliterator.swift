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
    ///
    /// Read on the UTF-8 bytes, each scalar's romanization looked up in `romanizations` (below U+0800) or, above, a dash
    /// or nothing (`romanization(of:)` says which), written into a buffer of at most `maxLength` + 2 bytes: the former
    /// loop appended one `String` a scalar and looked the letter up in a dictionary (~30,000 instructions a title).
    public static func slug(_ text: String, maxLength: Int = 60) -> String {
        var text = text
        let limit = max(maxLength, 0)
        return text.withUTF8 { bytes in
            // a romanization adds at most three bytes (a dash and two letters) to fewer than `limit`
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 3) { out in
                var n = 0, i = 0
                var pendingDash = false
                let table = romanizations
                while i < bytes.count {
                    let (v, next) = ScalarString.decode(bytes, at: i)
                    i = next
                    let r = v.value < UInt32(table.count) ? table[Int(v.value)] : romanization(of: v.value)
                    if r == dash {
                        pendingDash = true
                    } else if r != 0 {
                        if pendingDash && n > 0 { out[n] = UInt8(ascii: "-"); n += 1 }
                        pendingDash = false
                        out[n] = UInt8(truncatingIfNeeded: r); n += 1
                        if r > 0xFF { out[n] = UInt8(truncatingIfNeeded: r >> 8); n += 1 }
                    }
                    if n >= limit { break }
                }
                n = min(n, limit)
                while n > 0 && out[n - 1] == UInt8(ascii: "-") { n -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
            }
        }
    }

    /// What a scalar adds to a slug: its one or two ASCII letters (the first in the low byte), 0 for nothing (tashkeel,
    /// tatweel, invisible controls, hamza and ain), or `dash` (anything else: a space, punctuation, a letter with no
    /// romanization sets a dash before the next letters).
    static func romanization(of v: UInt32) -> UInt16 {
        func letters(_ s: String) -> UInt16 {
            let b = Array(s.utf8)
            return b.isEmpty ? 0 : UInt16(b[0]) | (b.count > 1 ? UInt16(b[1]) << 8 : 0)
        }
        switch v {
        case 0x30...0x39, 0x61...0x7A: return UInt16(v)
        case 0x41...0x5A: return UInt16(v + 32)
        case 0x0660...0x0669: return UInt16(v - 0x0660) + 0x30
        case 0x06F0...0x06F9: return UInt16(v - 0x06F0) + 0x30
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return 0
        case 0x00C0...0x024F: return latinFold(v).map(letters) ?? dash
        default: return table[v].map(letters) ?? dash
        }
    }

    /// `romanization(of:)` of every scalar below U+0800.
    static let romanizations: [UInt16] = (0..<0x0800).map { romanization(of: UInt32($0)) }
    static let dash: UInt16 = 0xFFFF

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
