/// Minimal JSON text output (strings only; numbers are written directly).
enum JSONText {
    /// `string(s)`'s UTF-8 bytes appended to `out`.
    static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { append(bytes: $0, to: &out) }
    }

    /// `string` of the text whose UTF-8 bytes are `src` (valid UTF-8), appended to `out`. Written on the
    /// bytes: the characters escaped are ASCII, or U+2028/2029 (E2 80 A8/A9); runs of others are copied whole.
    static func append(bytes src: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var plain = 0  // bytes before `i` not yet copied start here
        var i = 0
        func escape(_ replacement: String) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: src[plain..<i]))
            out.append(contentsOf: replacement.utf8)
        }
        let raw = UnsafeRawBufferPointer(src)
        var bytewise = 0  // below this offset, bytes are read one at a time (a word there had a byte that may be escaped)
        while i < src.count {
            // most text has none of the bytes escaped: eight at a time until a word that has one
            // (byte by byte, the scan was most of a search chunk's text)
            if i >= bytewise, i + 8 <= src.count {
                if !mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                bytewise = i + 8
            }
            let b = src[i]
            // (the bytes escaped are below 0x20, `"`, `\` and the lead byte of U+2028/2029)
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            switch b {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0..<0x20: escape("\\u" + String(repeating: "0", count: 4 - String(b, radix: 16).utf8.count) + String(b, radix: 16))
            case 0xE2 where i + 2 < src.count && src[i + 1] == 0x80 && (src[i + 2] == 0xA8 || src[i + 2] == 0xA9):
                escape(src[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                i += 1
                continue
            }
            i += 1
            plain = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: src[plain...]))
        out.append(0x22)
    }

    /// Whether any of the eight bytes of `w` is below 0x20, or is `"`, `\\` or 0xE2 (the lead byte of U+2028/2029):
    /// exact, on the whole word (SWAR). False: none of them is escaped, nor starts an escape.
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (w &- ones &* 0x20) & ~w & highs != 0
            || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C)) || hasZero(w ^ (ones &* 0xE2))
    }

    /// A JSON string literal, also safe inside a JavaScript file (U+2028/2029 escaped).
    static func string(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
