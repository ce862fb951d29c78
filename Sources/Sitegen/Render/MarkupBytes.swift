import CSystem

/// `{{name}}` escaping for the compiled renderer: `Escape.appendMarkup`'s bytes (`& < > " '` replaced, nothing
/// else touched), the runs that need none found sixteen bytes at a time (`sitegen_markup_plain_prefix`, SSE2) and
/// copied whole.
///
/// A page's escaped values are mostly Arabic text (bytes ≥ 0x80) and spaces. (Eight bytes at a time in Swift, a word's
/// test of the five bytes was ~20 operations: 49 M instructions of a 1k build; `SIMD16<UInt8>` was not vectorized.)
enum MarkupBytes {
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
        let n = src.count
        var i = 0  // start of the bytes not yet copied
        while true {
            let plain = i + sitegen_markup_plain_prefix(base + i, n - i, apostrophes ? 1 : 0)
            out.appendBytes(UnsafeBufferPointer(start: base + i, count: plain - i))
            guard plain < n else { return }
            if let r = replacement(base[plain], apostrophes: apostrophes) {
                out.appendBytes(UnsafeBufferPointer(start: r.utf8Start, count: r.utf8CodeUnitCount))
            } else {
                out.appendByte(base[plain])
            }
            i = plain + 1
        }
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
