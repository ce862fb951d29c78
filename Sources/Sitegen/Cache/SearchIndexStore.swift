import Foundation

/// The last build's search index as its parts, kept in the cache folder (`search-index.bin`), so that a
/// rebuild in which a few documents changed patches the shards of those documents
/// (`SearchIndex.patch`) instead of gathering every document's terms again.
///
/// It holds the terms' names (numbered); for each document, its `termKey`, its `layoutKey` and chunk size, and
/// its terms with their weights; for each shard, its key, its `shardContentKey` and its postings (term numbers
/// with gap-coded doc ids and weights). A shard's number never changes while the file is patched: a shard
/// left without terms stays, empty, and new shards come last. Only what a patch touches is decoded.
/// The file starts with the tool identity; a damaged or foreign file reads as nothing (the index is then
/// built in full, and the file written again).
struct SavedSearchIndex: Sendable {
    var fileBudget: Int
    /// `sourceKeys[d]`: document d's `SearchDocumentSource.sourceKey` (what its fields and text are made from).
    var sourceKeys: [ContentHash]
    var termKeys: [ContentHash]
    var layoutKeys: [ContentHash]
    var sizes: [Int32]
    /// Term t's name: `nameBytes[nameStarts[t] ..< nameStarts[t + 1]]` (a term's number never changes while
    /// the file is patched; a term no document has any more keeps its number, unused).
    var nameStarts: [UInt32]
    var nameBytes: [UInt8]
    /// Document d's terms, by number ascending, as uvarint pairs (gap from the previous number, weight):
    /// `docBytes[docStarts[d] ..< docStarts[d + 1]]`.
    var docStarts: [UInt32]
    var docBytes: [UInt8]
    var shardNames: [String]
    var shardContent: [ContentHash]
    /// Shard s's postings: `blobBytes[blobStarts[s] ..< blobStarts[s + 1]]` (see `encodeShard`).
    var blobStarts: [UInt64]
    var blobBytes: [UInt8]

    static let magic = "sitegen-search-index-3"

    var documentCount: Int { termKeys.count }
    var termCount: Int { nameStarts.count - 1 }

    func name(_ t: Int) -> String {
        nameBytes.withUnsafeBufferPointer { CacheStrings.string(UnsafeBufferPointer(rebasing: $0[Int(nameStarts[t])..<Int(nameStarts[t + 1])])) }
    }

    /// Document d's terms and weights.
    func terms(ofDocument d: Int) throws(BinaryReader.Corrupt) -> [(term: Int, weight: Int32)] {
        var r = BinaryReader(copying: docBytes[Int(docStarts[d])..<Int(docStarts[d + 1])])
        var out: [(term: Int, weight: Int32)] = []
        var t = 0
        while !r.atEnd {
            t += try r.count(atMost: termCount)
            guard t < termCount else { throw BinaryReader.Corrupt() }
            out.append((t, Int32(try r.count(atMost: Int(Int32.max)))))
        }
        return out
    }

    /// The terms of shard s, each with its postings ([doc, weight, …], docs ascending).
    func terms(ofShard s: Int) throws(BinaryReader.Corrupt) -> [(term: Int, postings: [Int32])] {
        var r = BinaryReader(copying: blobBytes[Int(blobStarts[s])..<Int(blobStarts[s + 1])])
        let count = try r.count(atMost: r.remaining)
        var out: [(term: Int, postings: [Int32])] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let t = try r.count(atMost: termCount - 1)
            let pairs = try r.count(atMost: r.remaining)
            var postings = [Int32]()
            postings.reserveCapacity(2 * pairs)
            var doc = 0
            for _ in 0..<pairs {
                doc += try r.count(atMost: documentCount)
                guard doc < documentCount else { throw BinaryReader.Corrupt() }
                postings.append(Int32(doc))
                postings.append(Int32(try r.count(atMost: Int(Int32.max))))
            }
            out.append((t, postings))
        }
        return out
    }

    /// A shard's postings as stored: term count, then each term's number, pair count and pairs (doc gap, weight).
    static func encodeShard<P: RandomAccessCollection<Int32>>(_ terms: [(term: Int, postings: P)]) -> [UInt8] where P.Index == Int {
        var w = BinaryWriter()
        w.uvarint(terms.count)
        for (t, postings) in terms {
            w.uvarint(t)
            w.uvarint(postings.count / 2)
            var previous: Int32 = 0
            var i = postings.startIndex
            while i < postings.endIndex {
                w.uvarint(Int(postings[i] - previous))
                w.uvarint(Int(postings[i + 1]))
                previous = postings[i]
                i += 2
            }
        }
        return w.bytes
    }

    /// A document's terms (by number ascending) as stored.
    static func encodeDocument(_ terms: [(term: Int, weight: Int32)]) -> [UInt8] {
        var w = BinaryWriter()
        var previous = 0
        for (t, weight) in terms {
            w.uvarint(t - previous)
            w.uvarint(Int(weight))
            previous = t
        }
        return w.bytes
    }

    func encode() -> [UInt8] { Array(encodedParts().joined()) }

    /// Each hash's high and low words, in order (what `flatMap { [$0.high, $0.low] }` gives, without an array per hash).
    static func words(_ hashes: [ContentHash]) -> [UInt64] {
        // (a hash is its two words, high first, in memory: copied at once, not appended a word at a time)
        [UInt64](unsafeUninitializedCapacity: 2 * hashes.count) { out, filled in
            for (i, h) in hashes.enumerated() {
                out.initializeElement(at: 2 * i, to: h.high)
                out.initializeElement(at: 2 * i + 1, to: h.low)
            }
            filled = 2 * hashes.count
        }
    }

    /// The hashes of words (high, low, high, …): what `words` gives, read back; nil for an odd count.
    static func hashes(_ words: [UInt64]) -> [ContentHash]? {
        guard words.count % 2 == 0 else { return nil }
        return [ContentHash](unsafeUninitializedCapacity: words.count / 2) { out, filled in
            words.withUnsafeBufferPointer { w in
                for i in 0..<w.count / 2 { out.initializeElement(at: i, to: ContentHash(high: w[2 * i], low: w[2 * i + 1])) }
            }
            filled = words.count / 2
        }
    }

    /// Whether `a` never falls (read through its buffer: the term names' starts are 300k numbers at 10k).
    static func ascending<T: Comparable>(_ a: [T]) -> Bool {
        a.withUnsafeBufferPointer { a in
            var i = 1
            while i < a.count {
                if a[i] < a[i - 1] { return false }
                i += 1
            }
            return true
        }
    }

    /// What `encode` gives, in parts that follow each other: the three blobs (names, documents' terms, shards' postings:
    /// most of the ≈ 10 MB at 10k) are parts of their own, written as they are instead of copied into one array
    /// (which grew by doubling: about twice the file's size in fresh memory every edit).
    func encodedParts() -> [[UInt8]] {
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.uvarint(fileBudget)
        w.numbers(Self.words(sourceKeys))
        w.numbers(Self.words(termKeys))
        w.numbers(Self.words(layoutKeys))
        w.numbers(sizes)
        w.numbers(nameStarts)
        w.int(nameBytes.count)  // (`BinaryWriter.blob`: the count, then the bytes)
        var parts = [w.bytes, nameBytes]
        w = BinaryWriter()
        w.numbers(docStarts)
        w.int(docBytes.count)
        parts += [w.bytes, docBytes]
        w = BinaryWriter()
        w.uvarint(shardNames.count)
        for (name, content) in zip(shardNames, shardContent) {
            w.shortString(name)
            w.hash(content)
        }
        w.numbers(blobStarts)
        w.int(blobBytes.count)
        parts += [w.bytes, blobBytes]
        return parts
    }

    init(fileBudget: Int, sourceKeys: [ContentHash], termKeys: [ContentHash], layoutKeys: [ContentHash], sizes: [Int32], nameStarts: [UInt32], nameBytes: [UInt8],
         docStarts: [UInt32], docBytes: [UInt8], shardNames: [String], shardContent: [ContentHash], blobStarts: [UInt64], blobBytes: [UInt8]) {
        self.fileBudget = fileBudget
        self.sourceKeys = sourceKeys
        self.termKeys = termKeys
        self.layoutKeys = layoutKeys
        self.sizes = sizes
        self.nameStarts = nameStarts
        self.nameBytes = nameBytes
        self.docStarts = docStarts
        self.docBytes = docBytes
        self.shardNames = shardNames
        self.shardContent = shardContent
        self.blobStarts = blobStarts
        self.blobBytes = blobBytes
    }

    init(decoding r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        guard try r.shortString() == Self.magic else { throw BinaryReader.Corrupt() }
        fileBudget = try r.uvarint()
        func hashes(_ words: [UInt64]) throws(BinaryReader.Corrupt) -> [ContentHash] {
            guard let hashes = Self.hashes(words) else { throw BinaryReader.Corrupt() }
            return hashes
        }
        sourceKeys = try hashes(r.numbers(UInt64.self))
        termKeys = try hashes(r.numbers(UInt64.self))
        layoutKeys = try hashes(r.numbers(UInt64.self))
        sizes = try r.numbers(Int32.self)
        nameStarts = try r.numbers(UInt32.self)
        nameBytes = try r.blob()
        docStarts = try r.numbers(UInt32.self)
        docBytes = try r.blob()
        let shards = try r.count(atMost: r.remaining)
        shardNames = []
        shardContent = []
        for _ in 0..<shards {
            shardNames.append(try r.shortString())
            shardContent.append(try r.hash())
        }
        blobStarts = try r.numbers(UInt64.self)
        blobBytes = try r.blob()
        let n = termKeys.count
        func ascending<T: Comparable>(_ a: [T]) -> Bool { Self.ascending(a) }
        guard r.atEnd, sourceKeys.count == n, layoutKeys.count == n, sizes.count == n, docStarts.count == n + 1, !nameStarts.isEmpty,
              blobStarts.count == shards + 1, ascending(docStarts), ascending(nameStarts), ascending(blobStarts),
              Int(docStarts[n]) <= docBytes.count, Int(nameStarts.last!) <= nameBytes.count, Int(blobStarts[shards]) <= blobBytes.count
        else { throw BinaryReader.Corrupt() }
    }
}

/// Reads and writes `SavedSearchIndex` in the cache folder.
struct SearchIndexStore: Sendable {
    let file: URL
    let toolIdentity: ContentHash

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("search-index.bin")
        self.toolIdentity = toolIdentity
    }

    func read() -> SavedSearchIndex? {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return nil }
        return try? SavedSearchIndex(decoding: &r)
    }

    func write(_ saved: SavedSearchIndex) {
        CacheFile.write(file, identity: toolIdentity, parts: saved.encodedParts())
    }

    func remove() { try? FileManager.default.removeItem(at: file) }
}
