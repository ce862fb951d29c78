import Foundation

/// Scalars read straight from a string's UTF-8 bytes (`String.withUTF8`), for loops that look at a
/// few scalars around ASCII separators and copy the rest as bytes.
enum UTF8Scalars {
    /// The scalar starting at byte `i` of valid UTF-8 `b`, and the offset of the byte after it.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let c = UInt32(b[i])
        let v: UInt32, n: Int
        if c < 0x80 {
            v = c; n = 1
        } else if c < 0xE0 {
            v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); n = 2
        } else if c < 0xF0 {
            v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); n = 3
        } else {
            v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); n = 4
        }
        // (a String's UTF-8 is valid: every value decoded is a scalar)
        return (unsafeBitCast(v, to: Unicode.Scalar.self), i + n)
    }

    /// The scalar ending just before byte `end` of valid UTF-8 `b`, and the offset of its first byte.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = end - 1
        while b[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(b, at: start).scalar, start)
    }

    /// Whether the UTF-8 of `text` holds `byte` (`memchr` on the bytes: `utf8.contains` walked the view
    /// byte by byte, for the whole text of every article, twice).
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { b in b.baseAddress.map { memchr($0, Int32(byte), b.count) != nil } ?? false }
    }

    /// `text.unicodeScalars.count`, counted on the UTF-8 bytes (the bytes that start a scalar).
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { b in
            var n = 0
            for byte in b where byte & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }
}
