/// Strings made from scalars in one step.
///
/// Appending scalars one at a time to a `String.UnicodeScalarView` re-checks the string's form and
/// may re-grow (or re-make a small string) for every scalar: for the tokenizer's keys and the search
/// data's JSON that was several times the cost of the folding itself. These helpers encode the scalars
/// as UTF-8 into a buffer of the right size and make the string once; the result is the same string.
public enum ScalarString {
    /// The string of `scalars`, in order.
    @inlinable
    public static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(unsafeUninitializedCapacity: 4 * scalars.count) { buffer in
            var n = 0
            for s in scalars { n = write(s.value, to: buffer, at: n) }
            return n
        }
    }

    /// The string of the scalars `body` emits (at most `maxScalars` of them) through its `emit`.
    @inlinable
    public static func make(maxScalars: Int, _ body: (_ emit: (UInt32) -> Void) -> Void) -> String {
        String(unsafeUninitializedCapacity: 4 * maxScalars) { buffer in
            var n = 0
            body { v in n = write(v, to: buffer, at: n) }
            return n
        }
    }

    /// Writes the UTF-8 encoding of scalar value `v` at `n`; returns the offset after it.
    @inlinable @inline(__always)
    public static func write(_ v: UInt32, to buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            buffer[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        }
        if v < 0x800 {
            buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 2
        }
        if v < 0x10000 {
            buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 3
        }
        buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
        buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
        buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
        buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
        return n + 4
    }
}
