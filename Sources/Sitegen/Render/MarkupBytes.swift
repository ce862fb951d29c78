/// `{{name}}` escaping for the compiled renderer: `Escape.appendMarkup`'s bytes (`& < > " '` replaced, nothing
/// else touched), found eight bytes at a time.
///
/// A page's escaped values are mostly Arabic text (bytes ≥ 0x80) and spaces: the byte-by-byte loop tested every
/// byte; here a word of eight with none of the five is copied as it is after a few operations on the word.
enum MarkupBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `w` is one of `& < > " '` (0x26, 0x3C, 0x3E, 0x22, 0x27).
    @inline(__always)
    static func mayNeedEscaping(_ w: UInt64) -> Bool {
        // a byte is zero in `a` where it is 0x26 or 0x27, in `b` where it is 0x3C or 0x3E, in `c` where it is 0x22
        let a = (w | ones) ^ (0x27 &* ones)
        let b = (w | (2 &* ones)) ^ (0x3E &* ones)
        let c = w ^ (0x22 &* ones)
        // (`(x - 1…) & ~x & 0x80…` is non-zero exactly when a byte of x is zero)
        let za = (a &- ones) & ~a
        let zb = (b &- ones) & ~b
        let zc = (c &- ones) & ~c
        return (za | zb | zc) & highs != 0
    }

    /// The entity replacing byte `b`, or nil when it stays as it is (`'` too unless `apostrophes`).
    @inline(__always)
    private static func replacement(_ b: UInt8, apostrophes: Bool) -> StaticString? {
        switch b {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return apostrophes ? "&#39;" : nil
        default: return nil
        }
    }

    /// The escaped bytes of `src` appended to `out`.
    static func append<Out: ByteAppending>(_ src: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        append(src, apostrophes: true, to: &out)
    }

    /// The bytes of `src` appended to `out` as cmark-gfm escapes text and titles (`houdini_escape_html0` without
    /// `secure`): `& < > "` replaced, `'` left as it is.
    static func appendAsCMark<Out: ByteAppending>(_ src: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        append(src, apostrophes: false, to: &out)
    }

    @inline(__always)
    private static func append<Out: ByteAppending>(_ src: UnsafeBufferPointer<UInt8>, apostrophes: Bool, to out: inout Out) {
        guard let base = src.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var plain = 0  // start of the bytes not yet copied
        var i = 0
        let n = src.count
        while i < n {
            if i + 8 <= n, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let end = min(i + 8, n)
            while i < end {
                let c = base[i]
                if c <= UInt8(ascii: ">"), let r = replacement(c, apostrophes: apostrophes) {
                    out.appendBytes(UnsafeBufferPointer(start: base + plain, count: i - plain))
                    out.appendBytes(UnsafeBufferPointer(start: r.utf8Start, count: r.utf8CodeUnitCount))
                    plain = i + 1
                }
                i += 1
            }
        }
        out.appendBytes(UnsafeBufferPointer(start: base + plain, count: n - plain))
    }

    /// The escaped bytes of `s` appended to `out`.
    @inline(__always)
    static func append<Out: ByteAppending>(_ s: String, to out: inout Out) {
        // (a native string's bytes are read in place; another is copied first)
        if s.utf8.withContiguousStorageIfAvailable({ append($0, to: &out) }) == nil {
            var s = s
            s.withUTF8 { append($0, to: &out) }
        }
    }
}
