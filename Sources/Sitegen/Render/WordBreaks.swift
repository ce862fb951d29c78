/// Where a text's words break, on its UTF-8 bytes: a space (or a line feed) that is a `Character` of its own
/// (`ArticlePages.standsAlone`), for snippets' and summaries' word cuts.
///
/// The separators are found eight bytes at a time (`bits`); only around one are scalars decoded. A byte-by-byte
/// walk was most of a snippet's cost and of an article's summary.
enum WordBreaks {
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte of `w` equal to `byte`, and no other bit. (Exact for every byte: no carry runs
    /// from one byte into the next, so the highest bit set marks such a byte too.)
    @inline(__always) static func bits(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & lows) &+ lows) | x) & highs
    }

    /// `bits` of the spaces of `w`.
    @inline(__always) static func spaceBits(_ w: UInt64) -> UInt64 { bits(w, 0x20) }

    /// The eight bytes of `b` from `i`, byte k in bits 8k ..< 8k + 8.
    @inline(__always) private static func word(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(b.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The offset of the first space (or, with `lineFeeds`, line feed) from `start` on that is a `Character` of its own.
    static func first(_ b: UnsafeBufferPointer<UInt8>, from start: Int, lineFeeds: Bool) -> Int? {
        var i = start
        while i < b.count {
            if i + 8 <= b.count {
                let w = word(b, i)
                var found = spaceBits(w) | (lineFeeds ? bits(w, 0x0A) : 0)
                while found != 0 {
                    let k = found.trailingZeroBitCount >> 3
                    if standsAlone(b, at: i + k) { return i + k }
                    found &= found - 1
                }
                i += 8
            } else {
                let c = b[i]
                if c == 0x20 || (lineFeeds && c == 0x0A), standsAlone(b, at: i) { return i }
                i += 1
            }
        }
        return nil
    }

    /// The offset of the last space before `end` that is a `Character` of its own.
    static func lastSpace(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var i = end  // the bytes before `i` are not yet looked at
        while i > 0 {
            if i >= 8 {
                var spaces = spaceBits(word(b, i - 8))
                while spaces != 0 {
                    let k = (63 - spaces.leadingZeroBitCount) >> 3  // the word's last space first
                    if standsAlone(b, at: i - 8 + k) { return i - 8 + k }
                    spaces &= ~(0x80 << UInt64(k * 8))
                }
                i -= 8
            } else {
                i -= 1
                if b[i] == 0x20, standsAlone(b, at: i) { return i }
            }
        }
        return nil
    }

    /// Whether the space or line feed at byte `i` of `b` is a `Character` of its own.
    @inline(__always) static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if b[i] == 0x0A { return i == 0 || b[i - 1] != 0x0D }
        // Most neighbours are ASCII or two-byte scalars (Arabic letters) that take part in no rule: read on the bytes
        // (`b` is valid UTF-8 and a space a scalar of its own, so the bytes around it end and start scalars).
        var apart = true
        if i > 0 {
            let last = b[i - 1]
            if last >= 0x80 {
                apart = i > 1 && b[i - 2] & 0xE0 == 0xC0
                    && ArticlePages.joinsNoSpace(UInt32(b[i - 2] & 0x1F) << 6 | UInt32(last & 0x3F))
            }
        }
        if apart, i + 1 < b.count {
            let first = b[i + 1]
            if first >= 0x80 {
                apart = first & 0xE0 == 0xC0 && i + 2 < b.count
                    && ArticlePages.joinsNoSpace(UInt32(first & 0x1F) << 6 | UInt32(b[i + 2] & 0x3F))
            }
        }
        return apart || decodedStandsAlone(b, at: i)
    }

    /// `standsAlone` with both neighbours decoded.
    private static func decodedStandsAlone(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let previous = i > 0 ? UTF8Scalars.decode(b, endingAt: i).scalar : nil
        let next = i + 1 < b.count ? UTF8Scalars.decode(b, at: i + 1).scalar : nil
        return ArticlePages.standsAlone(Unicode.Scalar(b[i]), after: previous, before: next)
    }
}
