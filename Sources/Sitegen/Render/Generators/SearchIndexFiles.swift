import ArabicText

/// How the search index is cut into files that stay under `fileBudget` bytes at any corpus size.
///
/// - A shard (the terms of one prefix, `t/<key>.js`) that fits is one file. A larger one becomes a
///   stub, `{"$parts": [[first, last], …]}` giving the first and last term (without the shard key) of
///   each part, and parts `t/<key>.1.js`, `t/<key>.2.js` … holding consecutive terms in UTF-16 order
///   (JavaScript's string order); a term whose postings alone pass the budget continues over several
///   parts, each restarting its doc-id gaps from 0. `search.js` loads only the parts a query's words
///   can match.
/// - Documents go `documentsPerChunk` to a file at most, fewer when their text would pass
///   `chunkBudget` (`chunkSizes`, listed in the manifest); a document's text is cut to `maxTextScalars`.
extension SearchIndex {
    /// Bytes a data file aims to stay under (the budget is 150 KB; this leaves room to spare).
    static let defaultFileBudget = 120_000
    /// Text kept per document for result snippets (the index itself covers all of it).
    static let maxTextScalars = 20_000
    /// A query shows up to 30 results, which may come from 30 chunk files: chunks stay small so that
    /// a query loads a few hundred KB, not megabytes, and the first result's chunk arrives quickly.
    static func chunkBudget(_ fileBudget: Int) -> Int { min(fileBudget, 40_000) }

    /// One file of a split shard: (term id, its postings from pair `lowerBound` to before `upperBound`).
    typealias ShardPart = [(term: Int, pairs: Range<Int>)]

    /// Terms of a shard in UTF-16 order.
    func sortedTerms(_ key: String) -> [Int] {
        Self.sortedInUTF16(shardTerms[key] ?? [], names: terms.names)
    }

    /// `ids` sorted by `precedesInUTF16` of their names (stable), each name's UTF-8 bytes copied once into one
    /// buffer: comparing the strings themselves copied both names out of `names` and opened both UTF-8 views
    /// on every comparison (60 M of the shard files' 156 M at 1k). `sortedInUTF16ByNames` is the code it replaces.
    static func sortedInUTF16(_ ids: [Int], names: [String]) -> [Int] {
        guard ids.count > 1 else { return ids }
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(ids.count + 1)
        starts.append(0)
        for id in ids {
            var name = names[id]
            name.withUTF8 { bytes.append(contentsOf: $0) }
            starts.append(Int32(bytes.count))
        }
        // Most comparisons are settled by one integer: the eight bytes after the prefix every name shares (a
        // shard's terms all start with its key), big-endian, zero-padded (a name that ends sorts first, as it
        // should), for two names without a byte of 0xEE or above (byte order is then UTF-16 order).
        let shared = bytes.withUnsafeBufferPointer { pool -> Int in
            var shared = Int(starts[1])
            for k in 1..<ids.count {
                let s = Int(starts[k]), n = min(shared, Int(starts[k + 1]) - s)
                var i = 0
                while i < n, pool[s + i] == pool[i] { i += 1 }
                shared = i
            }
            return shared
        }
        var keys = [UInt64](repeating: 0, count: ids.count)
        var plain = [Bool](repeating: true, count: ids.count)
        bytes.withUnsafeBufferPointer { pool in
            for k in 0..<ids.count {
                let s = Int(starts[k]), e = Int(starts[k + 1])
                var key: UInt64 = 0
                for i in 0..<8 { key = key << 8 | UInt64(s + shared + i < e ? pool[s + shared + i] : 0) }
                keys[k] = key
                for i in s..<e where pool[i] >= 0xEE { plain[k] = false; break }
            }
        }
        var order = Array(0..<ids.count)
        bytes.withUnsafeBufferPointer { pool in
            starts.withUnsafeBufferPointer { starts in
                keys.withUnsafeBufferPointer { keys in
                    plain.withUnsafeBufferPointer { plain in
                        order.sort { x, y in
                            if plain[x], plain[y], keys[x] != keys[y] { return keys[x] < keys[y] }
                            let a = Int(starts[x]), aEnd = Int(starts[x + 1]), b = Int(starts[y]), bEnd = Int(starts[y + 1])
                            let n = min(aEnd - a, bEnd - b)
                            var i = 0
                            while i < n, pool[a + i] == pool[b + i] { i += 1 }
                            if i == n { return aEnd - a < bEnd - b }
                            var lead = i  // where the scalar holding the first difference starts (the same in both)
                            while lead > 0, pool[a + lead] & 0xC0 == 0x80 { lead -= 1 }
                            if pool[a + lead] >= 0xEE || pool[b + lead] >= 0xEE {
                                return names[ids[x]].utf16.lexicographicallyPrecedes(names[ids[y]].utf16)
                            }
                            return pool[a + i] < pool[b + i]
                        }
                    }
                }
            }
        }
        return order.map { ids[$0] }
    }

    /// `ids` sorted by comparing their names as strings (what `sortedInUTF16` replaces; kept for its test).
    static func sortedInUTF16ByNames(_ ids: [Int], names: [String]) -> [Int] {
        ids.sorted { precedesInUTF16(names[$0], names[$1]) }
    }

    /// `a.utf16.lexicographicallyPrecedes(b.utf16)` (JavaScript's order of strings), from the UTF-8 bytes.
    /// Byte order is scalar order, and scalar order is UTF-16 order unless one of the first scalars that
    /// differ is U+E000 or above (a supplementary scalar's surrogates sort below U+E000…U+FFFF): only
    /// then, seen from the lead byte (0xEE or above), are the UTF-16 views compared. (Walking the views of
    /// Arabic terms was most of the cost of sorting a shard.)
    static func precedesInUTF16(_ a: String, _ b: String) -> Bool {
        let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { p -> Bool? in
            let answer: Bool?? = b.utf8.withContiguousStorageIfAvailable { q -> Bool? in
                let n = min(p.count, q.count)
                var i = 0
                while i < n, p[i] == q[i] { i += 1 }
                if i == n { return p.count < q.count }
                var lead = i  // where the scalar holding the first difference starts (the same in both)
                while lead > 0, p[lead] & 0xC0 == 0x80 { lead -= 1 }
                if p[lead] >= 0xEE || q[lead] >= 0xEE { return nil }
                return p[i] < q[i]
            }
            return answer ?? nil
        }
        if let answer = fast ?? nil { return answer }
        return a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// The files of shard `key`: one part when the shard fits the budget (written as `t/<key>.js`), else
    /// the parts written after the stub.
    func shardParts(_ key: String) -> [ShardPart] {
        let drop = key.unicodeScalars.count
        let names = terms.names
        let ids = shardTerms[key] ?? []
        // Most shards are far under the budget: a bound on their size (every posting with the most digits
        // a doc id and a weight can have, every term escaped) spares planning them.
        let pairBound = Self.digits(documents.count) + 2 + Self.digits(-Self.maxWeight)
        var bound = 40 + key.utf8.count
        let starts = postings.starts
        for t in ids { bound += 6 * names[t].utf8.count + 4 + pairBound * (starts[t + 1] - starts[t]) / 2 }
        if bound <= fileBudget { return [ids.map { ($0, 0..<(postings[$0].count / 2)) }] }
        var parts: [ShardPart] = [[]]
        var size = 40 + key.utf8.count
        for t in sortedTerms(key) {
            var name = names[t]
            // "suffix":[…], (the suffix measured on the term's bytes)
            let entryOverhead = name.withUTF8 { Self.jsonSize(bytes: UnsafeBufferPointer(rebasing: $0[Self.suffixStart($0, dropping: drop)...])) } + 4
            let post = postings[t]
            let pairs = post.count / 2
            var start = 0
            while start < pairs {
                if !parts[parts.count - 1].isEmpty && size + entryOverhead + 8 > fileBudget {
                    parts.append([])
                    size = 40 + key.utf8.count
                }
                size += entryOverhead
                var end = start
                var previous: Int32 = 0
                while end < pairs {
                    let doc = post[2 * end], w = post[2 * end + 1]
                    let bytes = Self.digits(Int(doc - previous)) + 1 + (w != 1 ? 2 + Self.digits(Int(w)) : 0)
                    if end > start && size + bytes > fileBudget { break }
                    size += bytes
                    previous = doc
                    end += 1
                }
                parts[parts.count - 1].append((t, start..<end))
                if end < pairs {  // the rest of this term's postings go on in the next part
                    parts.append([])
                    size = 40 + key.utf8.count
                }
                start = end
            }
        }
        return parts
    }

    /// The name under `search/data/` of file `n` of shard `key`: 0 is the shard's own file (the whole
    /// shard, or the stub of a split one), n ≥ 1 its part n.
    static func shardFileName(_ key: String, part n: Int) -> String {
        "t/" + shardFileName(key) + (n == 0 ? ".js" : ".\(n).js")
    }

    /// The key of file `n` of a shard whose `shardContentKey` is `content`. The content decides the
    /// parts, so an unchanged shard has the same files under the same keys as before.
    func shardFileKey(_ content: ContentHash, part n: Int) -> ContentHash {
        var h = ContentHasher()
        h.combine(content)
        h.combine(n)
        h.combine(fileBudget)
        return h.finalize()
    }

    /// The data files of shard `key`: (file name under `search/data/`, content key, script maker).
    /// (`make` gives the script's UTF-8 bytes.)
    func shardFiles(_ key: String, content: ContentHash? = nil) -> [(name: String, key: ContentHash, make: () -> [UInt8])] {
        let parts = shardParts(key)
        let base = "t/" + Self.shardFileName(key)
        let content = content ?? shardContentKey(key)
        func keyed(_ n: Int) -> ContentHash { shardFileKey(content, part: n) }
        if parts.count == 1 { return [(base + ".js", keyed(0), { self.shardBytes(key) })] }
        var files: [(name: String, key: ContentHash, make: () -> [UInt8])] = [(base + ".js", keyed(0), { Array(self.stubScript(key, parts).utf8) })]
        for (n, part) in parts.enumerated() {
            files.append((base + ".\(n + 1).js", keyed(n + 1), { self.entriesBytes(name: "t:" + key + ".\(n + 1)", key: key, part) }))
        }
        return files
    }

    /// `sitegenSearchLoaded("t:<key>",{"$parts":[["first","last"],…]})`.
    func stubScript(_ key: String, _ parts: [ShardPart]) -> String {
        let drop = key.unicodeScalars.count
        func suffix(_ t: Int) -> String { JSONText.string(ScalarString.make(terms.names[t].unicodeScalars.dropFirst(drop))) }
        let ranges = parts.map { "[" + suffix($0.first!.term) + "," + suffix($0.last!.term) + "]" }
        return "sitegenSearchLoaded(" + JSONText.string("t:" + key) + ",{\"$parts\":[" + ranges.joined(separator: ",") + "]});\n"
    }

    /// A shard script of the given entries: terms without the shard key, postings gap-encoded from 0.
    func entriesScript(name: String, key: String, _ entries: ShardPart) -> String {
        String(decoding: entriesBytes(name: name, key: key, entries), as: UTF8.self)
    }

    /// `entriesScript`'s UTF-8 bytes, as written.
    func entriesBytes(name: String, key: String, _ entries: ShardPart) -> [UInt8] {
        // Written as UTF-8 bytes: appending each posting's digits to a String was most of the cost.
        var out: [UInt8] = []
        out.reserveCapacity(64 + entries.reduce(0) { $0 + 16 + 12 * $1.pairs.count })
        // (appended in place: a local function appending to `out` made it a captured box, checked on every access)
        out.append(contentsOf: "sitegenSearchLoaded(".utf8)
        JSONText.append(name, to: &out)
        out.append(contentsOf: ",{".utf8)
        let drop = key.unicodeScalars.count
        let names = terms.names  // (once: the table is a class, and each read of its names was an access check)
        let starts = postings.starts
        // (the postings read through one buffer: a `PostingList` a term retained and released the array)
        postings.flat.withUnsafeBufferPointer { flat in
            for (n, entry) in entries.enumerated() {
                if n > 0 { out.append(0x2C) }
                // the term without its first `drop` scalars, escaped from its own bytes
                var name = names[entry.term]
                name.withUTF8 { bytes in
                    JSONText.append(bytes: UnsafeBufferPointer(rebasing: bytes[Self.suffixStart(bytes, dropping: drop)...]), to: &out)
                }
                out.append(contentsOf: ":[".utf8)
                Self.appendPostings(UnsafeBufferPointer(rebasing: flat[starts[entry.term]..<starts[entry.term + 1]]), entry.pairs, to: &out)
                out.append(0x5D)
            }
        }
        out.append(contentsOf: "});\n".utf8)
        return out
    }

    /// The pairs `pairs` of a posting list `post` (`[doc, weight, doc, weight, …]`) as a shard writes them:
    /// `gap` or `gap,-weight` (weight 1 left out), the gaps from 0, comma-separated. Written into a buffer on the
    /// stack and appended at once (a byte at a time into the array, each digit found by two divisions, was most
    /// of `entriesBytes`).
    static func appendPostings(_ post: UnsafeBufferPointer<Int32>, _ pairs: Range<Int>, to out: inout [UInt8]) {
        guard !pairs.isEmpty else { return }
        // at most ",", an Int32 (11 bytes with its sign), ",-" and another: 25 bytes a pair
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 25 * pairs.count) { buffer in
            let p = buffer.baseAddress!
            var n = 0
            func number(_ value: Int32) {
                var v = UInt32(value.magnitude)
                if value < 0 { p[n] = 0x2D; n += 1 }
                // (most gaps and weights have one or two digits)
                if v < 10 {
                    p[n] = 0x30 | UInt8(truncatingIfNeeded: v)
                    n += 1
                    return
                }
                if v < 100 {
                    let tens = v / 10
                    p[n] = 0x30 | UInt8(truncatingIfNeeded: tens)
                    p[n + 1] = 0x30 | UInt8(truncatingIfNeeded: v - 10 * tens)
                    n += 2
                    return
                }
                var width = 1, bound: UInt32 = 10
                while width < 10 && v >= bound { width += 1; bound &*= 10 }
                var at = n + width
                n = at
                repeat {
                    at -= 1
                    p[at] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
                    v /= 10
                } while v > 0
            }
            var previous: Int32 = 0
            for i in pairs {
                if i > pairs.lowerBound { p[n] = 0x2C; n += 1 }
                number(post[2 * i] &- previous)
                previous = post[2 * i]
                if post[2 * i + 1] != 1 {
                    p[n] = 0x2C; p[n + 1] = 0x2D; n += 2
                    number(post[2 * i + 1])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        }
    }

    /// Number of decimal digits of `n` (with its sign).
    static func digits(_ n: Int) -> Int {
        var v = n < 0 ? -n : n, d = n < 0 ? 2 : 1
        while v >= 10 { v /= 10; d += 1 }
        return d
    }

    /// Bytes of `JSONText.string(s)`, without making it (one pass over the UTF-8 bytes: quotes,
    /// backslashes and control characters are escaped, U+2028/2029 (E2 80 A8/A9) become `\u2028`).
    static func jsonSize(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { jsonSize(bytes: $0) }
    }

    /// `jsonSize` of the string of UTF-8 bytes `bytes`.
    static func jsonSize(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 2 + bytes.count
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i < bytes.count {
            // most text has none of these bytes: eight at a time until a word that has one
            if i + 8 <= bytes.count, !JSONText.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let end = min(bytes.count, i + 8)
            while i < end {
                let b = bytes[i]
                if b < 0x20 {
                    n += b == 0x0A || b == 0x0D || b == 0x09 ? 1 : 5
                } else if b == 0x22 || b == 0x5C {
                    n += 1
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    n += 3
                }
                i += 1
            }
        }
        return n
    }

    /// Where the term without its first `drop` scalars starts in its UTF-8 bytes `bytes` (a shard's terms are written
    /// without the shard key).
    static func suffixStart(_ bytes: UnsafeBufferPointer<UInt8>, dropping drop: Int) -> Int {
        var start = 0, scalars = 0
        while start < bytes.count && scalars < drop {
            start += 1
            while start < bytes.count && bytes[start] & 0xC0 == 0x80 { start += 1 }
            scalars += 1
        }
        return start
    }

    /// The text a document keeps in its chunk (for snippets).
    static func storedText(_ text: String) -> String {
        // (a text of at most that many UTF-8 bytes has at most that many scalars)
        text.utf8.count <= maxTextScalars || text.unicodeScalars.count <= maxTextScalars
            ? text : ScalarString.make(text.unicodeScalars.prefix(maxTextScalars))
    }

    /// How many documents each chunk file holds, in order: up to `documentsPerChunk`, fewer when the
    /// chunk's script would pass the budget (never fewer than one).
    static func chunkSizes(_ documents: [SearchDocument], linkFrom page: SitePath, fileBudget: Int) -> [Int] {
        chunkSizes(sizes: documents.map { chunkSize(of: $0, linkFrom: page) }, fileBudget: fileBudget)
    }

    /// Bytes document `doc` takes in its chunk file (see `documentChunkBytes`); `textSize`: its text's `textSize` when
    /// known.
    static func chunkSize(of doc: SearchDocument, linkFrom page: SitePath, textSize known: Int? = nil) -> Int {
        // (the six fields and a comma or bracket after each, summed without an array of them)
        4 + 6 + jsonSize(doc.title) + jsonSize(doc.label) + jsonSize(doc.kind.rawValue) + jsonSize(page.link(to: doc.path))
            + jsonSize(doc.date ?? "") + (known ?? textSize(doc.text))
    }

    /// Bytes a document's `text` takes in its chunk file.
    static func textSize(_ text: String) -> Int { jsonSize(storedText(text)) }

    /// What `chunkSize(of:linkFrom:)` of a document depends on besides its `termKey` (its link, label, kind, date).
    static func layoutKey(of doc: SearchDocument, termKey: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine(termKey)
        h.combine(doc.label)
        h.combine(doc.kind.rawValue)
        h.combine(doc.path.folder)
        h.combine(doc.date)
        return h.finalize()
    }

    /// The first document of each chunk file, from the documents' `chunkSize`s.
    static func chunkStarts(sizes: [Int], fileBudget: Int) -> [Int] {
        if sizes.isEmpty { return [] }
        var starts = [0]
        for n in chunkSizes(sizes: sizes, fileBudget: fileBudget).dropLast() { starts.append(starts.last! + n) }
        return starts
    }

    /// `chunkSizes` from the documents' `chunkSize`s.
    static func chunkSizes(sizes documentSizes: [Int], fileBudget: Int) -> [Int] {
        var sizes: [Int] = []
        var count = 0, bytes = 40
        for size in documentSizes {
            if count > 0 && (count == documentsPerChunk || bytes + size > chunkBudget(fileBudget)) {
                sizes.append(count)
                count = 0
                bytes = 40
            }
            count += 1
            bytes += size
        }
        if count > 0 { sizes.append(count) }
        return sizes
    }
}
