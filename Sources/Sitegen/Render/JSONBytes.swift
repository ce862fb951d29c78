/// Writes JSON text straight into bytes, in exactly the form `JSONSerialization` gives with
/// `[.sortedKeys, .withoutEscapingSlashes]` (no spaces; `"`, `\`, and control characters escaped as
/// `\b \f \n \r \t` or `\u00xx`; everything else as UTF-8), without building `[String: Any]` trees.
///
/// Callers write an object's keys in sorted order themselves (`key(_:)` before each value).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: JSONBytes) { bytes.append(contentsOf: other.bytes) }

    /// `"name":`, preceded by a comma unless `first`.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    mutating func bool(_ b: Bool) { b ? raw("true") : raw("false") }

    mutating func null() { raw("null") }

    mutating func string(_ s: String?) {
        guard var s else { return null() }
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape (nearly all of them) are appended whole.
        s.withUTF8 { src in
            var start = 0
            for i in 0..<src.count {
                let b = src[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<i])) }
                escape(b)
                start = i + 1
            }
            if start < src.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<src.count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
            raw("\\u00")
            bytes.append(Self.hexDigit(b >> 4))
            bytes.append(Self.hexDigit(b & 0xF))
        }
    }

    /// `[s1,s2,…]`
    mutating func strings(_ items: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, s) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(s)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `[p1,p2,…]` of parts written separately (each a complete JSON value).
    mutating func array(_ parts: [JSONBytes]) {
        bytes.append(UInt8(ascii: "["))
        for (i, p) in parts.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: p.bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }
}
