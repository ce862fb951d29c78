import ArabicDates

/// The common shape of front matter read without the YAML parser: every line `key: "text"` or `key: plain`, with
/// `key` one of title, source, author, url, date, each at most once. Anything else (another key, tags, a
/// list, a comment, single quotes, an escape other than `\"` and `\\`, a tab or control character, a scalar
/// libyaml treats as a line break or refuses, trailing blanks, "\r", a date that does not read) gives nil, and
/// the caller asks Yams as before; when this answers, it is what Yams's scalars give for these lines (tested
/// against it). Composing a node tree through libyaml cost ~230,000 instructions per article, as much as the
/// rest of loading it.
enum FrontMatterLines {
    static func parse(_ yaml: String) -> ArticleMetadata? {
        var copy = yaml
        return copy.withUTF8 { b -> ArticleMetadata? in
            guard !b.isEmpty else { return nil }
            var meta = ArticleMetadata()
            var seen: UInt8 = 0
            var i = 0
            while i < b.count {
                var end = i
                while end < b.count && b[end] != 0x0A { end += 1 }
                guard let (key, value) = line(b, i, end) else { return nil }
                guard seen & key.rawValue == 0 else { return nil }
                seen |= key.rawValue
                switch key {
                case .title: meta.title = value
                case .source: meta.source = value
                case .author: meta.author = value
                case .url: meta.url = value
                case .date:
                    guard let d = PartialDate(iso: value) else { return nil }
                    meta.date = d
                }
                i = end + 1
            }
            return meta
        }
    }

    enum Key: UInt8 { case title = 1, source = 2, author = 4, url = 8, date = 16 }

    /// The key and text of line `lo..<hi`, or nil when it is not of the simple shape.
    private static func line(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Key, String)? {
        var colon = lo
        while colon < hi && b[colon] >= UInt8(ascii: "a") && b[colon] <= UInt8(ascii: "z") { colon += 1 }
        guard colon < hi, b[colon] == UInt8(ascii: ":"), let key = key(b, lo, colon) else { return nil }
        var v = colon + 1
        guard v < hi, b[v] == UInt8(ascii: " ") else { return nil }
        while v < hi && b[v] == UInt8(ascii: " ") { v += 1 }
        guard v < hi else { return nil }
        if b[v] == UInt8(ascii: "\"") { return quoted(b, v + 1, hi).map { (key, $0) } }
        // a plain scalar: ASCII letters and digits, and "-" after the first
        for k in v..<hi {
            let c = b[k]
            let alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            guard alnum || (c == UInt8(ascii: "-") && k > v) else { return nil }
        }
        return (key, String(decoding: UnsafeBufferPointer(rebasing: b[v..<hi]), as: UTF8.self))
    }

    private static func key(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Key? {
        func named(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == hi - lo else { return false }
            let p = s.utf8Start
            for k in 0..<(hi - lo) where p[k] != b[lo + k] { return false }
            return true
        }
        if named("title") { return .title }
        if named("date") { return .date }
        if named("source") { return .source }
        if named("url") { return .url }
        if named("author") { return .author }
        return nil
    }

    /// The text of a double-quoted scalar whose content starts at `lo` and whose closing quote ends the line.
    private static func quoted(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        guard hi > lo, b[hi - 1] == UInt8(ascii: "\"") else { return nil }
        // the text's bytes, copied only from the first escape on: until then they are `b[lo..<k]`
        var out: [UInt8]?
        var k = lo
        while k < hi {
            let c = b[k]
            if c == UInt8(ascii: "\"") {
                guard k == hi - 1 else { return nil }
                if let out { return String(decoding: out, as: UTF8.self) }
                return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<k]), as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") {
                guard k + 1 < hi, b[k + 1] == UInt8(ascii: "\"") || b[k + 1] == UInt8(ascii: "\\") else { return nil }
                if out == nil {
                    out = Array(UnsafeBufferPointer(rebasing: b[lo..<k]))
                    out!.reserveCapacity(hi - lo)
                }
                out!.append(b[k + 1])
                k += 2
                continue
            }
            if c < 0x80 {
                guard c >= 0x20, c != 0x7F else { return nil }
                out?.append(c)
                k += 1
                continue
            }
            // a scalar outside ASCII: refused when libyaml would refuse it or read it as a line break or a mark
            // (C1 controls with NEL, LS, PS, BOM, U+FFFE/U+FFFF); the text is valid UTF-8, so the lead byte gives
            // the length
            let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard k + n <= hi else { return nil }
            if n == 2 && c == 0xC2 && b[k + 1] < 0xA0 { return nil }
            if n == 3 {
                let v = UInt32(c & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F)
                if v == 0x2028 || v == 0x2029 || v == 0xFEFF || v >= 0xFFFE || (v >= 0xD800 && v < 0xE000) { return nil }
            }
            out?.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<(k + n)]))
            k += n
        }
        return nil
    }
}
