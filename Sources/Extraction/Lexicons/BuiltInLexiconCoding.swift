import ArabicText

/// The built-in lexicon (`Lexicon.builtIn`) read back from the arrays of its trie, written into the source as text
/// (`BuiltInLexiconData`, made by `scripts/lexicon/make-builtin-lexicon-data`): inserting its ~10,000 names one by one
/// cost ~31 M instructions, once per build and once per one-article edit; reading the arrays costs a few.
///
/// The data holds the trie's arrays exactly as `Lexicon.buildBuiltIn()` makes them (`GazetteerTrieStorage`) and the
/// values in their order, and the digest of the lexicon texts it was made from (`sourceDigest`): when a text changed
/// and the data was not made again, the lexicon is built from the texts as before, and `BuiltInLexiconDataTests` fails.
enum BuiltInLexiconCoding {
    /// FNV-1a (64 bits) of the UTF-8 of every text `Lexicon.buildBuiltIn()` reads, in its order, each followed by a
    /// line feed.
    static func sourceDigest() -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for text in Lexicon.builtInSources {
            var t = text
            t.withUTF8 { b in for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01B3 } }
            h = (h ^ 0x0A) &* 0x100_0000_01B3
        }
        return h
    }

    /// The built-in lexicon read from `trie` and `values` (`encode`'s texts), or nil when they do not make one.
    static func decode(trie: String, values: String) -> Gazetteer<LexEntry>? {
        guard let numbers = unsignedNumbers(base64: trie), let entries = decodeValues(values) else { return nil }
        var r = NumberReader(numbers: numbers)
        guard let n = r.next(), n >= 1, n <= 1 << 28, let maxTokens = r.next(), maxTokens <= 1 << 20 else { return nil }
        var rootArabic = [Int32](repeating: -1, count: 256)
        for k in 0..<256 {
            guard let c = r.next(), c <= n else { return nil }
            rootArabic[k] = Int32(c) - 1
        }
        var firstEdge = [UInt64](repeating: UInt64.max, count: Int(n))
        var terminal = [Int32](repeating: -1, count: Int(n))
        var wordCounts = [UInt8](repeating: 0, count: Int(n))
        for node in 0..<Int(n) {
            guard let scalar = r.next(), scalar <= 0x11_0000, let t = r.next(), t <= UInt64(entries.count), let w = r.next(), w <= 255
            else { return nil }
            if scalar > 0 {
                guard let delta = r.next() else { return nil }
                firstEdge[node] = (scalar - 1) << 32 | UInt64(UInt32(truncatingIfNeeded: UInt64(node) &+ delta))
            }
            terminal[node] = Int32(t) - 1
            wordCounts[node] = UInt8(w)
        }
        guard let m = r.next(), m <= n else { return nil }
        var moreEdges: [(node: Int, edges: [UInt64])] = []
        moreEdges.reserveCapacity(Int(m))
        var node = 0
        for _ in 0..<Int(m) {
            guard let step = r.next(), step <= n, let count = r.next(), count <= 1 << 20 else { return nil }
            node += Int(step)
            var edges: [UInt64] = []
            edges.reserveCapacity(Int(count))
            for _ in 0..<Int(count) {
                guard let scalar = r.next(), scalar <= 0x11_0000, let delta = r.next() else { return nil }
                edges.append(scalar << 32 | UInt64(UInt32(truncatingIfNeeded: UInt64(node) &+ delta)))
            }
            moreEdges.append((node, edges))
        }
        guard r.atEnd else { return nil }
        let storage = GazetteerTrieStorage(firstEdge: firstEdge, moreEdges: moreEdges, rootArabic: rootArabic, terminal: terminal,
                                           wordCounts: wordCounts, maxTokens: Int(maxTokens))
        return Gazetteer(storage: storage, values: entries)
    }

    /// The texts `decode` reads `g` from: its trie's arrays as unsigned LEB128 numbers in base64 (lines of 100
    /// characters), and one line per value: its flags in decimal, then a tab and its canonical name when it has one.
    /// Nil when a value has a curated type (the built-in lexicon has none) or a canonical name with a tab or line feed,
    /// or when a child node comes before its parent (no trie made by inserting names has one).
    static func encode(_ g: Gazetteer<LexEntry>) -> (trie: String, values: String)? {
        let s = g.storage
        var numbers: [UInt64] = [UInt64(s.firstEdge.count), UInt64(s.maxTokens)]
        for c in s.rootArabic { numbers.append(UInt64(Int(c) + 1)) }
        for node in s.firstEdge.indices {
            let e = s.firstEdge[node]
            numbers.append(e == UInt64.max ? 0 : (e >> 32) + 1)
            numbers.append(UInt64(Int(s.terminal[node]) + 1))
            numbers.append(UInt64(s.wordCounts[node]))
            if e != UInt64.max {
                let child = Int(UInt32(truncatingIfNeeded: e))
                guard child > node else { return nil }   // (a trie made by inserting names: children come after)
                numbers.append(UInt64(child - node))
            }
        }
        let more = s.moreEdges.sorted { $0.node < $1.node }
        numbers.append(UInt64(more.count))
        var node = 0
        for (n, edges) in more {
            numbers.append(UInt64(n - node))
            numbers.append(UInt64(edges.count))
            node = n
            for e in edges {
                let child = Int(UInt32(truncatingIfNeeded: e))
                guard child > n else { return nil }
                numbers.append(e >> 32)
                numbers.append(UInt64(child - n))
            }
        }
        var bytes: [UInt8] = []
        for var x in numbers {
            while x >= 0x80 { bytes.append(UInt8(x & 0x7F) | 0x80); x >>= 7 }
            bytes.append(UInt8(x))
        }
        var lines: [String] = []
        for v in g.values {
            guard v.knownType == nil else { return nil }
            if let c = v.canonical {
                guard !c.contains("\t"), !c.contains("\n") else { return nil }
                lines.append("\(v.flags.rawValue)\t\(c)")
            } else {
                lines.append("\(v.flags.rawValue)")
            }
        }
        return (base64Lines(bytes), lines.joined(separator: "\n"))
    }

    // MARK: - Reading the texts

    /// The values of `decode`: one per line.
    static func decodeValues(_ text: String) -> [LexEntry]? {
        var text = text
        return text.withUTF8 { b -> [LexEntry]? in
            var out: [LexEntry] = []
            var i = 0
            while i < b.count {
                var flags: UInt32 = 0, digits = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39, digits < 10 {
                    flags = flags &* 10 &+ UInt32(b[i] - 0x30)
                    i += 1
                    digits += 1
                }
                guard digits > 0 else { return nil }
                var canonical: String? = nil
                if i < b.count, b[i] == 0x09 {
                    let start = i + 1
                    i = start
                    while i < b.count, b[i] != 0x0A { i += 1 }
                    canonical = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                }
                guard i == b.count || b[i] == 0x0A else { return nil }
                i += 1
                out.append(LexEntry(flags: LexFlags(rawValue: flags), canonical: canonical, knownType: nil))
            }
            return out
        }
    }

    /// The unsigned LEB128 numbers of the bytes that `text` writes in base64 (line feeds skipped), or nil. (Into an
    /// array's uninitialized storage, through the table's storage: at most one number a byte, three bytes in four
    /// characters.)
    static func unsignedNumbers(base64 text: String) -> [UInt64]? {
        var text = text
        return text.withUTF8 { b -> [UInt64]? in
            Self.sextet.withUnsafeBufferPointer { sextet -> [UInt64]? in
                var failed = false
                let out = [UInt64](unsafeUninitializedCapacity: b.count * 3 / 4 + 1) { buffer, count in
                    var n = 0
                    var bits: UInt32 = 0, held: UInt32 = 0
                    var value: UInt64 = 0, shift: UInt64 = 0
                    for c in b {
                        if c == 0x0A { continue }
                        let d = sextet[Int(c)]
                        if d >= 64 { failed = true; break }
                        bits = bits << 6 | UInt32(d)
                        held += 6
                        guard held >= 8 else { continue }
                        held -= 8
                        let byte = UInt64(truncatingIfNeeded: bits >> held)
                        if shift >= 63 { failed = true; break }
                        value |= (byte & 0x7F) << shift
                        if byte & 0x80 == 0 {
                            buffer[n] = value
                            n += 1
                            value = 0
                            shift = 0
                        } else {
                            shift += 7
                        }
                    }
                    if shift != 0 { failed = true }
                    count = n
                }
                return failed ? nil : out
            }
        }
    }

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The value of each byte as a base64 digit, or 64.
    static let sextet: [UInt8] = {
        var t = [UInt8](repeating: 64, count: 256)
        for (k, c) in alphabet.enumerated() { t[Int(c)] = UInt8(k) }
        return t
    }()

    /// `bytes` in base64 without padding (a last group of fewer than 8 bits is dropped when read back), in lines.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var bits: UInt32 = 0, held = 0, column = 0
        func put(_ d: UInt32) {
            if column == 100 { out.append(0x0A); column = 0 }
            out.append(alphabet[Int(d & 63)])
            column += 1
        }
        for x in bytes {
            bits = bits << 8 | UInt32(x)
            held += 8
            while held >= 6 { held -= 6; put(bits >> UInt32(held)) }
            bits &= (1 << UInt32(held)) - 1
        }
        if held > 0 { put(bits << UInt32(6 - held)) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Numbers read one after another.
    struct NumberReader {
        let numbers: [UInt64]
        var at = 0

        mutating func next() -> UInt64? {
            guard at < numbers.count else { return nil }
            defer { at += 1 }
            return numbers[at]
        }

        var atEnd: Bool { at == numbers.count }
    }
}
