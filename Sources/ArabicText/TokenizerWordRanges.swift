extension Tokenizer {
    /// Calls `body` with the scalar range of every word and number token of `scalars`, in order: the
    /// tokens whose keys `wordKeys` gives, without making the keys (a reader that keeps what it worked
    /// out for each word as written asks `wordKey` only for a word it has not met).
    public static func forEachWordRange(_ scalars: [Unicode.Scalar], _ body: (Int, Int) -> Void) {
        scan(scalars) { a, b, kind in
            if kind != .punct { body(a, b) }
        }
    }

    /// The key `wordKeys` gives for the token at scalars `a..<b` (a range `forEachWordRange` reported).
    public static func wordKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        key(scalars, a, b)
    }

    /// Calls `body` with the UTF-8 bytes of `wordKey(scalars, a, b)`, folded into a buffer (on the stack when
    /// small) with no `String` made, unless a scalar needs compatibility folding (then the key's own bytes).
    public static func withWordKeyBytes(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for k in a..<b where ArabicNormalizer.needsNFKC(scalars[k].value) {
            var key = key(scalars, a, b)
            return key.withUTF8(body)
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * (b - a)) { buffer in
            var n = 0
            for k in a..<b {
                // (`ArabicNormalizer.fold(scalars:matchForm: true)`, scalar by scalar)
                guard let f = ArabicNormalizer.foldScalar(scalars[k].value, matchForm: true), f != 0x20 else { continue }
                n = ScalarString.write(f, to: buffer, at: n)
            }
            body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }
}
