/// `String`s made from the UTF-8 bytes of a cache file (names, keys, paths, titles, dates' text): the same strings
/// `String(decoding:as: UTF8.self)` makes, with the UTF-8 checked by a loop of our own instead of the standard library's.
///
/// A one-article edit at 10k reads ≈ 250 k strings out of the cache files (the analyses' names and texts, the articles'
/// fields, the manifest's paths); `String(decoding:)` checked each a byte at a time (`String._fromUTF8Repairing`,
/// ≈ 90 M instructions of the edit). The bytes were written from `String`s (valid UTF-8) but may be damaged: they are
/// checked here eight bytes at a time where these are ASCII or four two-byte letters (Arabic text), and valid bytes
/// are copied as they are (`UTF8Span(unchecked:)`, `String(copying:)`); bytes that are not valid UTF-8 go to
/// `String(decoding:)`, which repairs them as before. So the result is always `String(decoding:)`'s
/// (`CacheStringsTests`).
enum CacheStrings {
    /// `String(decoding: bytes, as: UTF8.self)`.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let ascii = validUTF8(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
    }

    /// `string(_:)` of raw bytes.
    @inline(__always)
    static func string(_ bytes: UnsafeRawBufferPointer) -> String { string(bytes.assumingMemoryBound(to: UInt8.self)) }

    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF):
    /// nil when they are not, else whether they are all ASCII.
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var ascii = true
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                // eight ASCII bytes
                if w & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                // four two-byte letters (Arabic text): each a lead byte 110xxxxx other than C0 and C1 (an overlong form,
                // whose bits 1–4 are all zero), then a continuation byte 10xxxxxx (the lead is the low byte of each
                // 16-bit lane, this machine's byte order being little-endian)
                if w & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 {
                    let leadBits = w & 0x001E_001E_001E_001E
                    // (no lane zero: subtracting one from each lane sets no lane's top bit)
                    if (leadBits &- 0x0001_0001_0001_0001) & ~leadBits & 0x8000_8000_8000_8000 == 0 {
                        ascii = false
                        i += 8
                        continue
                    }
                }
            }
            let c = p[i]
            if c < 0x80 {
                i += 1
                continue
            }
            ascii = false
            if c < 0xC2 { return nil }  // a continuation byte, or an overlong two-byte form
            if c < 0xE0 {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return nil }
                i += 2
                continue
            }
            if c < 0xF0 {
                guard i + 2 < n else { return nil }
                let c1 = p[i + 1]
                // E0: no overlong forms (A0…BF); ED: no surrogates (80…9F)
                let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80, high: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard c1 >= low, c1 <= high, p[i + 2] & 0xC0 == 0x80 else { return nil }
                i += 3
                continue
            }
            guard c <= 0xF4, i + 3 < n else { return nil }
            let c1 = p[i + 1]
            // F0: no overlong forms (90…BF); F4: nothing past U+10FFFF (80…8F)
            let low: UInt8 = c == 0xF0 ? 0x90 : 0x80, high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
            guard c1 >= low, c1 <= high, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return nil }
            i += 4
        }
        return ascii
    }
}
