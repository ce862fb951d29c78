/// A place in valid UTF-8 bytes, as a byte offset and the number of scalars before it, moved forward to later
/// scalars: for cutting a text at scalar offsets asked in increasing order (an article's links, a snippet's ends).
///
/// Scalars are skipped eight bytes at a time: the scalars starting in a word of eight are its bytes that are not
/// continuation bytes (`10xxxxxx`), counted at once. (The byte-by-byte walk cost ten instructions a byte, and a
/// paragraph's links walk all of it.)
struct ScalarCursor {
    /// The offset of the byte scalar `scalar` starts at (or the end of the bytes).
    private(set) var byte = 0
    private(set) var scalar = 0

    init(byte: Int = 0, scalar: Int = 0) {
        self.byte = byte
        self.scalar = scalar
    }

    /// The byte offset of scalar `n` (≥ `scalar`) of `b` (the bytes the cursor walks), or `b.count` when `b` has
    /// no more scalars; the cursor is left there.
    @inline(__always)
    mutating func advance(to n: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        guard scalar < n, byte < b.count, let base = b.baseAddress else { return byte }
        var left = n - scalar  // scalar starts to pass at `i` and after (the one at `byte` among them)
        var i = byte
        let raw = UnsafeRawPointer(base)
        while i + 8 <= b.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let starts = 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            if starts > left { break }
            left -= starts
            i += 8
        }
        while i < b.count {
            if b[i] & 0xC0 != 0x80 {
                if left == 0 { break }
                left -= 1
            }
            i += 1
        }
        byte = i
        scalar = n - left
        return i
    }
}
