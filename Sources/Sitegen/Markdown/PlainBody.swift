/// The blocks of an article body made of plain one-line paragraphs, read from its bytes without cmark-gfm.
///
/// A news article's Markdown is nearly always paragraphs of one line between blank lines, with no byte that Markdown
/// gives a meaning to (ANT 10k: 9,942 of 10,161 bodies). cmark-gfm makes each such line a paragraph of one text node
/// whose literal is the line, so the parse stage's blocks and `PlainParagraphs` mask are known without building a tree
/// (parsing every body was two thirds of the stage). Anything else — a byte that may start or end markup, a line that
/// may open a block, two lines in one paragraph, white space at a line's ends, an autolink — returns nil and the body
/// is parsed as before (`PlainBodyTests` checks the blocks and mask against cmark-gfm's).
enum PlainBody {
    /// The lines of `markdown` when it is only plain one-line paragraphs separated by empty lines; nil otherwise.
    static func blocks(of markdown: String) -> [String]? {
        var text = markdown
        guard let lines = text.withUTF8({ lineRanges($0) }) else { return nil }
        // (cut from the string's scalars: bytes known valid are not validated again)
        let utf8 = text.utf8
        var blocks: [String] = []
        blocks.reserveCapacity(lines.count)
        for line in lines {
            let lo = utf8.index(utf8.startIndex, offsetBy: line.lowerBound)
            let hi = utf8.index(lo, offsetBy: line.count)
            blocks.append(String(Substring(text.unicodeScalars[lo..<hi])))
        }
        return blocks
    }

    /// The `PlainParagraphs` mask of `count` plain paragraphs (blocks past 64 are never marked).
    static func mask(count: Int) -> UInt64 {
        count >= 64 ? .max : (1 << UInt64(count)) - 1
    }

    /// The byte ranges of the lines of a body of plain one-line paragraphs; nil when it is not one.
    static func lineRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var lines: [Range<Int>] = []
        let n = b.count
        guard let base = b.baseAddress else { return lines }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            if b[i] == UInt8(ascii: "\n") { i += 1; continue }  // an empty line
            let start = i
            guard startsParagraph(b, at: i) else { return nil }
            while i < n {
                // eight bytes at a time while they are all non-ASCII or spaces (most of an Arabic text)
                if i + 8 <= n {
                    let ascii = asciiOtherThanSpace(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                    if ascii == 0 { i += 8; continue }
                    i += ascii.trailingZeroBitCount >> 3
                }
                let c = b[i]
                if c >= 0x80 || c == UInt8(ascii: " ") { i += 1; continue }
                if c == UInt8(ascii: "\n") { break }
                if isMarkup(c) { return nil }
                // an autolink: a scheme's colon («http:», «mailto:») or «www.»
                if c == UInt8(ascii: ":"), i > start, isASCIILetter(b[i - 1]) { return nil }
                if c | 0x20 == UInt8(ascii: "w"), i + 3 < n, b[i + 1] | 0x20 == UInt8(ascii: "w"), b[i + 2] | 0x20 == UInt8(ascii: "w"),
                   b[i + 3] == UInt8(ascii: ".") { return nil }
                i += 1
            }
            // white space at the end is dropped by cmark-gfm (tabs and other controls are markup above)
            guard b[i - 1] != UInt8(ascii: " ") else { return nil }
            // the next line must be empty: two lines are one paragraph with a soft break
            if i < n, i + 1 < n, b[i + 1] != UInt8(ascii: "\n") { return nil }
            lines.append(start..<i)
            i += 1
        }
        return lines
    }

    /// The high bit of every byte of `w` that is ASCII and not a space (bytes a line's scan must look at).
    @inline(__always)
    static func asciiOtherThanSpace(_ w: UInt64) -> UInt64 {
        ~w & 0x8080_8080_8080_8080 & ~WordBreaks.spaceBits(w)
    }

    /// Bytes that may make markup or are not kept as they are: controls (tab, CR, NUL …), DEL, `\ ` * _ [ ] < > & ~ | @`.
    @inline(__always)
    private static func isMarkup(_ c: UInt8) -> Bool {
        // bit c of the 128-bit mask (low: 0–63, high: 64–127)
        let low: UInt64 = 0xFFFF_FFFF | 1 << 38 | 1 << 42 | 1 << 60 | 1 << 62  // controls & * < >
        let high: UInt64 = 1 << (64 - 64) | 1 << (91 - 64) | 1 << (92 - 64) | 1 << (93 - 64) | 1 << (95 - 64) | 1 << (96 - 64)
            | 1 << (124 - 64) | 1 << (126 - 64) | 1 << (127 - 64)  // @ [ \ ] _ ` | ~ DEL
        return c < 64 ? low >> UInt64(c) & 1 != 0 : high >> UInt64(c - 64) & 1 != 0
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether a line starting at `i` can only be a paragraph: it starts with a letter (not a byte order mark), `"`, `'`,
    /// `(`, or digits not followed by `.` or `)` (an ordered list); not with white space (indentation, a code block), `#`,
    /// `-`, `+`, `=`, `>` …
    private static func startsParagraph(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c >= 0x80 {
            return !(c == 0xEF && i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF)
        }
        if isASCIILetter(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") { return true }
        guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return false }
        var j = i
        while j < b.count, b[j] >= UInt8(ascii: "0"), b[j] <= UInt8(ascii: "9") { j += 1 }
        return j == b.count || (b[j] != UInt8(ascii: ".") && b[j] != UInt8(ascii: ")"))
    }
}
