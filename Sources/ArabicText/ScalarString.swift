/// Strings made from scalars in one step.
///
/// Appending scalars one at a time to a `String.UnicodeScalarView` re-checks the string's form and
/// may re-grow (or re-make a small string) for every scalar: for the tokenizer's keys and the search
/// data's JSON that was several times the cost of the folding itself. These helpers encode the scalars
/// as UTF-8 into a buffer of the right size and make the string once; the result is the same string.
///
/// The capacity asked of `String(unsafeUninitializedCapacity:)` decides its form: up to 15 bytes it is
/// a small string (kept inline: no allocation, no reference counting), above that a heap string. An
/// Arabic word of 7 letters is 14 bytes, so the strings are made with their exact byte count, not the
/// 4 bytes a scalar the encoding may need (with that, every word of 4 letters or more was allocated).
public enum ScalarString {
    /// The string of `scalars`, in order: of 15 bytes or fewer, gathered as a small string's words (`SmallUTF8`: no
    /// validation of bytes encoded here); else encoded into a string of its exact size.
    @inlinable
    public static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        make(scalars, smallStrings: SmallUTF8.isAvailable)
    }

    /// `make(_:)`, told whether `SmallUTF8` may make the string (`SmallUTF8.isAvailable`, which a caller that makes
    /// many strings reads once: each read of that global goes through its one-time initialization's check).
    @inlinable
    public static func make<C: Collection>(_ scalars: C, smallStrings: Bool) -> String where C.Element == Unicode.Scalar {
        if smallStrings {
            var small = SmallUTF8()
            var fits = true
            for s in scalars {
                guard small.append(scalar: s.value) else { fits = false; break }
            }
            if fits { return small.string }
        }
        var bytes = 0
        for s in scalars { bytes += length(s.value) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for s in scalars { n = write(s.value, to: buffer, at: n) }
            return n
        }
    }

    /// Largest buffer (bytes) `make(maxScalars:_:)` encodes into on the stack before making the string.
    @usableFromInline static var stackBytes: Int { 512 }

    /// The string of the scalars `body` emits (at most `maxScalars` of them) through its `emit`.
    @inlinable
    public static func make(maxScalars: Int, _ body: (_ emit: (UInt32) -> Void) -> Void) -> String {
        let capacity = 4 * maxScalars
        guard capacity <= stackBytes else {
            return String(unsafeUninitializedCapacity: capacity) { buffer in
                var n = 0
                body { v in n = write(v, to: buffer, at: n) }
                return n
            }
        }
        // encoded first, then made with its exact size (a short result becomes a small string, `SmallUTF8`)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { buffer in
            var n = 0
            body { v in n = write(v, to: buffer, at: n) }
            return SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them, decoded straight from its
    /// UTF-8 (the array initializer walked the scalar view twice, to count and to copy, through its
    /// indices).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount(b)) { out, initialized in
                var i = 0, k = 0
                while i < b.count {
                    let (u, next) = decode(b, at: i)
                    out.initializeElement(at: k, to: u)
                    i = next
                    k += 1
                }
                initialized = k
            }
        }
    }

    /// How many scalars valid UTF-8 `b` holds (the bytes that start one).
    @inlinable
    public static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(b.baseAddress) else { return 0 }
        // the continuation bytes (10xxxxxx) counted eight at a time: bit 7 set and bit 6 clear in each byte of a word,
        // those bits added up by one multiplication (at most 8 a word: no carry between the bytes' sums); the rest
        // byte by byte
        let count = b.count
        var continuation = 0, i = 0
        while i &+ 8 <= count {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let marks = (w & ~(w &<< 1) & 0x8080_8080_8080_8080) &>> 7
            continuation &+= Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) &>> 56)
            i &+= 8
        }
        while i < count {
            if b[i] & 0xC0 == 0x80 { continuation &+= 1 }
            i &+= 1
        }
        return count &- continuation
    }

    /// The scalar starting at byte `i` of valid UTF-8 `b`, and the offset of the byte after it.
    @inlinable @inline(__always)
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, next: Int) {
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
    @inlinable @inline(__always)
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = end - 1
        while b[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(b, at: start).scalar, start)
    }

    /// Bytes of the UTF-8 encoding of scalar value `v`.
    @inlinable @inline(__always)
    public static func length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
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
