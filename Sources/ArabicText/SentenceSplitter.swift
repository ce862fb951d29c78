/// Splits text into sentences, returned as scalar ranges into the original text (trimmed of spaces).
///
/// A sentence ends at `.` `!` `?` `؟` `؛` `;` `…` (with any run of them and any closing quotes or brackets
/// that follow) and at every line break. It does not end at a dot between digits ("3.5"), at a dot after
/// a one-letter abbreviation ("د." "م." "U.S."), or inside a quotation opened by « or by a straight or
/// curly double quote, unless the quotation runs longer than `maxQuoteLength` scalars (unbalanced quotes
/// must not swallow the rest of a paragraph).
public enum SentenceSplitter {
    /// Longest quotation kept inside one sentence.
    public static let maxQuoteLength = 400

    /// Sentence ranges of `text`.
    public static func split(_ text: String) -> [Range<Int>] {
        split(scalars: ScalarString.scalars(of: text))
    }

    /// Sentence ranges of a text already split into scalars.
    public static func split(scalars s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = s.count
        var start = 0
        var quoteOpenedAt: Int? = nil
        var i = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, isSpace(s[a].value) { a += 1 }
            while b > a, isSpace(s[b - 1].value) { b -= 1 }
            if a < b { out.append(a..<b) }
            start = end
        }
        while i < n {
            let v = s[i].value
            // (most scalars are the Arabic letters ء … ي, none of which breaks a line, quotes or ends a sentence:
            // one test for them instead of the dozen below)
            if v >= 0x0621 && v <= 0x064A { i += 1; continue }
            if v == 0x0A || v == 0x0D || v == 0x2029 || v == 0x2028 {
                emit(i)
                quoteOpenedAt = nil
                i += 1
                start = i
                continue
            }
            var closesQuote = false
            switch v {
            case 0x22, 0x201C, 0x201D, 0x201E:
                closesQuote = quoteOpenedAt != nil
                quoteOpenedAt = quoteOpenedAt == nil ? i : nil
            case 0xAB:
                quoteOpenedAt = i
            case 0xBB:
                closesQuote = quoteOpenedAt != nil
                quoteOpenedAt = nil
            default: break
            }
            if closesQuote, i > 0, isTerminator(s[i - 1].value) {
                // «… انتهى.» ends the sentence with the quotation
                emit(i + 1)
                i += 1
                continue
            }
            if isTerminator(v) {
                if let q = quoteOpenedAt, i - q <= maxQuoteLength { i += 1; continue }
                if v == 0x2E && !dotEndsSentence(s, i) { i += 1; continue }
                var j = i + 1
                while j < n, isTerminator(s[j].value) || isCloser(s[j].value) {
                    if isCloser(s[j].value) { quoteOpenedAt = nil }
                    j += 1
                }
                emit(j)
                quoteOpenedAt = nil
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return out
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || (0x2000...0x200F).contains(v)
            || v == 0x202F || v == 0xFEFF
    }

    @inline(__always)
    static func isTerminator(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x061B || v == 0x3B || v == 0x2026 || v == 0x06D4
    }

    @inline(__always)
    static func isCloser(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201D || v == 0x201C || v == 0xBB || v == 0x29 || v == 0x5D || v == 0x2019
    }

    /// A dot between digits or right after a single-letter word is not a sentence end.
    static func dotEndsSentence(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let n = s.count
        if i > 0, i + 1 < n, ScalarClass.of(s[i - 1]) == .digit, ScalarClass.of(s[i + 1]) == .digit { return false }
        // length of the letter run before the dot
        var k = i - 1
        var letters = 0
        while k >= 0 {
            let c = ScalarClass.of(s[k])
            if c == .letter { letters += 1 } else if c != .mark { break }
            k -= 1
        }
        if letters == 1 {
            // "د." "U.S." — but not a one-letter word at the end of text
            return i + 1 >= n
        }
        return true
    }
}
