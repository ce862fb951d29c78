/// Up to 15 bytes of valid UTF-8 made into a `String` without `String(unsafeUninitializedCapacity:)`.
///
/// That initializer validates the bytes (`_fromUTF8Repairing`) and then copies them into a small string, ~450
/// instructions for a word, though the bytes come from our own encoding of `Unicode.Scalar`s and are valid by
/// construction; the tokenizer makes one or two such strings for every token of every block (~220 k at 1k), the
/// largest single cost of analysis. A string of 15 bytes or fewer is a *small string*: its two words hold the
/// bytes themselves (the first eight in the low word, little-endian, the next seven in the high word) and, in the
/// high word's top byte, the byte count and a discriminator (0xE0 when every byte is ASCII, 0xA0 when not). The bytes
/// are gathered into those two words as they are encoded, and the words are read as the string.
///
/// That layout is the standard library's (`_SmallString`, `_StringObject.Nibbles.small(isASCII:)`), not a public
/// promise, so it is checked once (`isAvailable`): the words made here must equal, bit for bit, those of the
/// strings the library makes of the same bytes for a set of probes (empty, ASCII, Arabic, mixed, 1 to 15 bytes, 1- to
/// 4-byte scalars); when any differs (another layout, another platform), every string is made the library's way.
/// `SmallUTF8Tests` compares the two ways on every word of the lexicons and on random scalars.
@frozen
public struct SmallUTF8 {
    /// Bytes 0–7 and 8–14 as the string's two words: on a little-endian machine (the layout `isAvailable` confirms),
    /// byte k of the string is byte k of this pair's memory, so each byte is stored at its offset (`append(byte:)`)
    /// instead of shifted into a word and or-ed with a test of which word (≈ 15 instructions a byte).
    @usableFromInline var words: (UInt64, UInt64) = (0, 0)
    /// Bytes written (at most `capacity`).
    @usableFromInline var count = 0

    /// The most bytes a small string holds.
    public static var capacity: Int { 15 }

    @inlinable @inline(__always)
    public init() {}

    /// Whether the bit layout was confirmed for this process (see the type's note): the fast path is used only then.
    public static let isAvailable: Bool = confirmLayout()

    /// Appends byte `b` (the caller keeps `count` under `capacity`).
    @inlinable @inline(__always)
    mutating func append(byte b: UInt8) {
        let at = count
        withUnsafeMutableBytes(of: &words) { $0[at] = b }
        count &+= 1
    }

    /// Appends the two bytes of a scalar of two UTF-8 bytes, `first` then `second` (the caller keeps `count` under 14).
    @inlinable @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        let at = count
        withUnsafeMutableBytes(of: &words) { p in
            p.storeBytes(of: (UInt16(first) | UInt16(second) &<< 8).littleEndian, toByteOffset: at, as: UInt16.self)
        }
        count &+= 2
    }

    /// Appends the UTF-8 encoding of scalar value `v`; false (and nothing appended) when it would pass `capacity`.
    @inlinable @inline(__always)
    public mutating func append(scalar v: UInt32) -> Bool {
        if v < 0x80 {
            guard count < 15 else { return false }
            append(byte: UInt8(truncatingIfNeeded: v))
            return true
        }
        if v < 0x800 {
            guard count < 14 else { return false }
            append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)), UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            return true
        }
        if v < 0x10000 {
            guard count < 13 else { return false }
            append(byte: UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
            append(byte: UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
            append(byte: UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            return true
        }
        guard count < 12 else { return false }
        append(byte: UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
        append(byte: UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
        append(byte: UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
        append(byte: UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        return true
    }

    /// The two words of the small string of the bytes written.
    @inlinable @inline(__always)
    var rawBits: (UInt64, UInt64) {
        let (low, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
        let ascii = (low | high) & 0x8080_8080_8080_8080 == 0
        let top: UInt64 = (ascii ? 0xE0 : 0xA0) | UInt64(truncatingIfNeeded: count)
        return (low, high | top &<< 56)
    }

    /// The string of the bytes written, which must be valid UTF-8 (whole scalars); only when `isAvailable`.
    @inlinable @inline(__always)
    public var string: String { unsafeBitCast(rawBits, to: String.self) }

    /// The string of valid UTF-8 `b`: a small string made from its words when it fits and the layout is confirmed,
    /// else `String(unsafeUninitializedCapacity:)` (which validates).
    @inlinable
    public static func string(utf8 b: UnsafeBufferPointer<UInt8>) -> String {
        if b.count <= 15, isAvailable {
            var small = SmallUTF8()
            // (the bytes copied at once into the words' memory: a loop of `append(byte:)` was ≈ 300 instructions a word)
            if let base = b.baseAddress {
                withUnsafeMutableBytes(of: &small.words) { $0.baseAddress!.copyMemory(from: base, byteCount: b.count) }
            }
            small.count = b.count
            return small.string
        }
        return String(unsafeUninitializedCapacity: b.count) { out in
            _ = out.initialize(from: b)
            return b.count
        }
    }

    /// Whether the words made here are those of the library's own small strings, for every probe.
    static func confirmLayout() -> Bool {
        guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
        let probes = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmn", "abcdefghijklmno", "Z09 ~\u{7F}",
                      "ب", "قال", "العراق", "والمدرسه", "الحكومه1", "é", "\u{80}\u{7FF}", "\u{800}\u{FFFF}", "\u{10000}",
                      "\u{10FFFF}abc", "aب€😀", "😀😀😀", "x\u{0301}", "ﻻ", "\u{200C}\u{0640}\u{064B}", "abcdefghijklmن",
                      "abcdefghijklب", "aaaaaaaaaaa😀"]
        for probe in probes {
            let bytes = Array(probe.utf8)
            guard bytes.count <= 15 else { continue }   // (a probe of 16 bytes or more is no small string)
            let library = bytes.withUnsafeBufferPointer { b in
                String(unsafeUninitializedCapacity: b.count) { out in
                    _ = out.initialize(from: b)
                    return b.count
                }
            }
            var made = SmallUTF8()
            for b in bytes { made.append(byte: b) }
            let bits = unsafeBitCast(library, to: (UInt64, UInt64).self)
            guard bits.0 == made.rawBits.0, bits.1 == made.rawBits.1 else { return false }
        }
        return true
    }
}
