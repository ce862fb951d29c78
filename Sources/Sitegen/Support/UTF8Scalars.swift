import ArabicText
import Foundation

/// Byte-level looks at a string's UTF-8 (`String.withUTF8`) for loops that look at a few scalars around
/// ASCII separators and copy the rest as bytes. The decoding is ArabicText's (`ScalarString`, beside
/// its encoder); this adds the byte search and the count on a `String`.
enum UTF8Scalars {
    /// The scalar starting at byte `i` of valid UTF-8 `b`, and the offset of the byte after it.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, next: Int) {
        ScalarString.decode(b, at: i)
    }

    /// The scalar ending just before byte `end` of valid UTF-8 `b`, and the offset of its first byte.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int) {
        ScalarString.decode(b, endingAt: end)
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
        return text.withUTF8 { ScalarString.scalarCount($0) }
    }
}
