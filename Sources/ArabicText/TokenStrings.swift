/// The text and match key of every token met, kept by the token's UTF-8 bytes in a table shared by the threads
/// (`SharedWords`, 64 Ki slots, the last token met in each): a few thousand words (في، من، على، أن، قال، الحكومة…) are
/// most of any text, and making a token's text (`String(unsafeUninitializedCapacity:)` validates the bytes it is given)
/// and folding its key cost ~900 instructions a token, about as much as tokenizing the rest of the block. A token met
/// before takes the strings made the first time: the same bytes, so the same strings.
enum TokenStrings {
    /// Text → match key (the text itself when it is its own key, `Tokenizer.isOwnKey`).
    static let table = SharedWords<String>(slots: 1 << 16, longestKept: longestKept)

    /// The longest token kept, in bytes (a longer one is made each time).
    static var longestKept: Int { 48 }

    /// Calls `body` with a buffer for `textAndKey` (one per tokenizing: room for the UTF-8 of `longestKept` scalars) and
    /// the table.
    @inline(__always)
    static func withBuffer<R>(_ body: (UnsafeMutableBufferPointer<UInt8>, SharedWords<String>) -> R) -> R {
        let table = Self.table
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * longestKept) { body($0, table) }
    }

    /// The text of scalars `a..<b` and its match key, as `Tokenizer.make` gives them: from the table when it holds the
    /// token's bytes (encoded into `buffer`, from `withBuffer`), else made and kept.
    /// (`table` passed in, read once per tokenizing: the static's accessor, asked per token, cost ~70 instructions.)
    @inline(__always)
    static func textAndKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, buffer: UnsafeMutableBufferPointer<UInt8>,
                           table: SharedWords<String>) -> (text: String, key: String) {
        // (a token of more scalars than `longestKept` has more bytes too)
        guard b - a <= longestKept else { return made(scalars, a, b) }
        var n = 0
        for k in a..<b { n = ScalarString.write(scalars[k].value, to: buffer, at: n) }
        guard n <= longestKept else { return made(scalars, a, b) }
        let kept = table.entry(of: UnsafeBufferPointer(rebasing: buffer[0..<n]), word: nil) { text in
            Tokenizer.isOwnKey(scalars, a, b) ? text : Tokenizer.key(scalars, a, b)
        }
        return (kept.word, kept.value)
    }

    /// The text and key of scalars `a..<b`, made (`Tokenizer.make`).
    static func made(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> (text: String, key: String) {
        let token = Tokenizer.make(scalars, a, b, .word)
        return (token.text, token.key)
    }
}
