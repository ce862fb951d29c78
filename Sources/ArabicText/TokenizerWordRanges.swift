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
}
