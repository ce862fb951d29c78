import Foundation

/// The last build's search index as its parts, kept in the cache folder (`search-index.bin`, and what later edits
/// changed in `search-index-delta.bin`), so that a rebuild in which a few documents changed patches the shards of
/// those documents (`SearchIndex.patch`) instead of gathering every document's terms again.
///
/// It holds the terms' names (numbered); for each document, its `termKey`, its `layoutKey` and chunk size, and
/// its terms with their weights; for each shard, its key, its `shardContentKey`, how many files it was cut into and
/// its postings (term numbers with gap-coded doc ids and weights). A shard's number never changes while the file is
/// patched: a shard left without terms stays, empty, and new shards come last. Only what a patch touches is decoded:
/// the three large parts (names, documents' terms, shards' postings) stay in the mapped file, and what a patch
/// changes in them is held beside them (`SavedIndexParts`).
/// The file starts with the tool identity; a damaged or foreign file reads as nothing (the index is then
/// built in full, and the file written again).
struct SavedSearchIndex: Sendable {
    var fileBudget: Int
    /// `sourceKeys[d]`: document d's `SearchDocumentSource.sourceKey` (what its fields and text are made from).
    var sourceKeys: [ContentHash]
    var termKeys: [ContentHash]
    var layoutKeys: [ContentHash]
    var sizes: [Int32]
    /// Term t's name (a term's number never changes while the file is patched; a term no document has any more keeps
    /// its number, unused).
    private(set) var names: SavedIndexParts
    /// Document d's terms, by number ascending, as uvarint pairs (gap from the previous number, weight).
    private(set) var documents: SavedIndexParts
    var shardNames: [String]
    var shardContent: [ContentHash]
    /// `shardParts[s]`: how many files shard s was cut into when its files were last made (0: not known).
    var shardParts: [Int]
    /// Shard s's postings (see `encodeShard`).
    private(set) var shards: SavedIndexParts
    /// What this index was read from (nil: made in memory, written whole).
    private(set) var base: SavedSearchIndexBase?

    static let magic = "sitegen-search-index-4"

    var documentCount: Int { termKeys.count }
    var termCount: Int { names.count }

    /// The names' starts and bytes as one file holds them (for tests and the whole file).
    var nameStarts: [UInt32] { names.flattened().starts.map { UInt32($0) } }
    var nameBytes: [UInt8] { names.flattened().bytes }
    var docStarts: [UInt32] { documents.flattened().starts.map { UInt32($0) } }
    var docBytes: [UInt8] { documents.flattened().bytes }
    var blobStarts: [UInt64] { shards.flattened().starts.map { UInt64($0) } }
    var blobBytes: [UInt8] { shards.flattened().bytes }

    func name(_ t: Int) -> String { names.withItem(t) { CacheStrings.string($0) } }

    /// Term t's name's UTF-8 bytes, for `body`.
    func withName<R>(_ t: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { names.withItem(t, body) }

    /// Adds a term's name (numbered `termCount` before).
    mutating func appendName(_ name: String) { names.append(Array(name.utf8)) }

    /// Sets document d's terms (encoded by `encodeDocument`); `documentCount` documents are kept.
    mutating func setDocumentTerms(_ d: Int, _ bytes: [UInt8]) { documents.replace(d, with: bytes) }

    /// Keeps the terms of the first `n` documents only.
    mutating func keepDocuments(_ n: Int) { documents.resize(n) }

    /// Adds a shard without terms; returns its number.
    mutating func appendShard(_ name: String) -> Int {
        shardNames.append(name)
        shardContent.append(ContentHash(high: 0, low: 0))
        shardParts.append(0)
        shards.append([0])
        return shardNames.count - 1
    }

    /// Sets shard s's postings (encoded by `encodeShard`).
    mutating func setShard(_ s: Int, _ bytes: [UInt8]) { shards.replace(s, with: bytes) }

    /// Whether shard s has terms (a shard without terms is stored as its term count alone, one byte).
    func shardHasTerms(_ s: Int) -> Bool { shards.itemCount(s) > 1 }

    /// Document d's terms and weights.
    func terms(ofDocument d: Int) throws(BinaryReader.Corrupt) -> [(term: Int, weight: Int32)] {
        guard d < documents.count else { throw BinaryReader.Corrupt() }
        var r = documents.withItem(d) { BinaryReader(ReadBytes(copying: UnsafeRawBufferPointer($0))) }
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
        guard s < shards.count else { throw BinaryReader.Corrupt() }
        var r = shards.withItem(s) { BinaryReader(ReadBytes(copying: UnsafeRawBufferPointer($0))) }
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

    func encode() -> [UInt8] { Array(encodedParts(stamp: base?.stamp ?? ContentHash(high: 0, low: 0)).joined()) }

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
    /// (which grew by doubling: about twice the file's size in fresh memory every edit). `stamp`: what tells this file
    /// from others (a delta names the file it applies to).
    func encodedParts(stamp: ContentHash) -> [[UInt8]] {
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.hash(stamp)
        w.uvarint(fileBudget)
        w.numbers(Self.words(sourceKeys))
        w.numbers(Self.words(termKeys))
        w.numbers(Self.words(layoutKeys))
        w.numbers(sizes)
        let names = names.flattened(), documents = documents.flattened(), shards = shards.flattened()
        w.numbers(names.starts.map { UInt32($0) })
        w.int(names.bytes.count)  // (`BinaryWriter.blob`: the count, then the bytes)
        var parts = [w.bytes, names.bytes]
        w = BinaryWriter()
        w.numbers(documents.starts.map { UInt32($0) })
        w.int(documents.bytes.count)
        parts += [w.bytes, documents.bytes]
        w = BinaryWriter()
        w.uvarint(shardNames.count)
        for s in shardNames.indices {
            w.shortString(shardNames[s])
            w.hash(shardContent[s])
            w.uvarint(shardParts[s])
        }
        w.numbers(shards.starts.map { UInt64($0) })
        w.int(shards.bytes.count)
        parts += [w.bytes, shards.bytes]
        return parts
    }

    init(fileBudget: Int, sourceKeys: [ContentHash], termKeys: [ContentHash], layoutKeys: [ContentHash], sizes: [Int32], nameStarts: [UInt32], nameBytes: [UInt8],
         docStarts: [UInt32], docBytes: [UInt8], shardNames: [String], shardContent: [ContentHash], shardParts: [Int]? = nil,
         blobStarts: [UInt64], blobBytes: [UInt8]) {
        self.fileBudget = fileBudget
        self.sourceKeys = sourceKeys
        self.termKeys = termKeys
        self.layoutKeys = layoutKeys
        self.sizes = sizes
        names = SavedIndexParts(starts: nameStarts, bytes: SavedBytes(nameBytes))
        documents = SavedIndexParts(starts: docStarts, bytes: SavedBytes(docBytes))
        self.shardNames = shardNames
        self.shardContent = shardContent
        self.shardParts = shardParts ?? Array(repeating: 0, count: shardNames.count)
        shards = SavedIndexParts(starts: blobStarts, bytes: SavedBytes(blobBytes))
        base = nil
    }

    init(decoding r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        guard try r.shortString() == Self.magic else { throw BinaryReader.Corrupt() }
        let stamp = try r.hash()
        fileBudget = try r.uvarint()
        func hashes(_ words: [UInt64]) throws(BinaryReader.Corrupt) -> [ContentHash] {
            guard let hashes = Self.hashes(words) else { throw BinaryReader.Corrupt() }
            return hashes
        }
        sourceKeys = try hashes(r.numbers(UInt64.self))
        termKeys = try hashes(r.numbers(UInt64.self))
        layoutKeys = try hashes(r.numbers(UInt64.self))
        sizes = try r.numbers(Int32.self)
        let nameStarts = try r.numbers(UInt32.self)
        let nameBytes = try r.blobSlice()
        let docStarts = try r.numbers(UInt32.self)
        let docBytes = try r.blobSlice()
        let shardCount = try r.count(atMost: r.remaining)
        shardNames = []
        shardContent = []
        shardParts = []
        shardNames.reserveCapacity(shardCount)
        shardContent.reserveCapacity(shardCount)
        shardParts.reserveCapacity(shardCount)
        for _ in 0..<shardCount {
            shardNames.append(try r.shortString())
            shardContent.append(try r.hash())
            shardParts.append(try r.count(atMost: r.remaining))
        }
        let blobStarts = try r.numbers(UInt64.self)
        let blobBytes = try r.blobSlice()
        let n = termKeys.count
        func ascending<T: Comparable>(_ a: [T]) -> Bool { Self.ascending(a) }
        guard r.atEnd, sourceKeys.count == n, layoutKeys.count == n, sizes.count == n, docStarts.count == n + 1, !nameStarts.isEmpty,
              blobStarts.count == shardCount + 1, ascending(docStarts), ascending(nameStarts), ascending(blobStarts),
              Int(docStarts[n]) <= docBytes.count, Int(nameStarts.last!) <= nameBytes.count, Int(blobStarts[shardCount]) <= blobBytes.count
        else { throw BinaryReader.Corrupt() }
        names = SavedIndexParts(starts: nameStarts, bytes: SavedBytes(nameBytes))
        documents = SavedIndexParts(starts: docStarts, bytes: SavedBytes(docBytes))
        shards = SavedIndexParts(starts: blobStarts, bytes: SavedBytes(blobBytes))
        base = SavedSearchIndexBase(stamp: stamp, fileBudget: fileBudget, sourceKeys: sourceKeys, termKeys: termKeys,
                                    layoutKeys: layoutKeys, sizes: sizes, shardContent: shardContent, shardParts: shardParts,
                                    nameCount: names.count, shardCount: shardCount, bytes: nameBytes.count + docBytes.count + blobBytes.count)
    }

    /// This index, read from a file, with the changes of `delta` (a `SearchIndexDelta` of that file) laid over it.
    mutating func apply(_ delta: SearchIndexDelta) throws(BinaryReader.Corrupt) {
        guard let base, delta.stamp == base.stamp, delta.fileBudget == fileBudget else { throw BinaryReader.Corrupt() }
        let n = delta.documentCount
        func resized<T>(_ a: [T], _ zero: T) -> [T] { a.count >= n ? Array(a.prefix(n)) : a + Array(repeating: zero, count: n - a.count) }
        let zero = ContentHash(high: 0, low: 0)
        sourceKeys = resized(sourceKeys, zero)
        termKeys = resized(termKeys, zero)
        layoutKeys = resized(layoutKeys, zero)
        sizes = resized(sizes, 0)
        documents.resize(n)
        for doc in delta.documents {
            guard doc.d < n else { throw BinaryReader.Corrupt() }
            sourceKeys[doc.d] = doc.sourceKey
            termKeys[doc.d] = doc.termKey
            layoutKeys[doc.d] = doc.layoutKey
            sizes[doc.d] = doc.size
            if let terms = doc.terms { documents.replace(doc.d, with: terms) }
        }
        // (every document past the file's must come with its terms)
        guard documents.count == n else { throw BinaryReader.Corrupt() }
        for name in delta.names { names.append(name) }
        for shard in delta.shards {
            if shard.s == shardNames.count, let name = shard.name { _ = appendShard(name) }
            guard shard.s < shardNames.count else { throw BinaryReader.Corrupt() }
            shardContent[shard.s] = shard.content
            shardParts[shard.s] = shard.parts
            if let postings = shard.postings { shards.replace(shard.s, with: postings) }
        }
    }

    /// What differs from the file this index was read from, as a delta of that file (nil: made in memory, or the
    /// changes are past `SearchIndexDelta.share` of the file's size: the whole file is then written again).
    func delta() -> SearchIndexDelta? {
        guard let base, base.fileBudget == fileBudget, shardNames.count >= base.shardCount, names.count >= base.nameCount else { return nil }
        var delta = SearchIndexDelta(stamp: base.stamp, fileBudget: fileBudget, documentCount: documentCount)
        var bytes = 0
        // (the documents whose terms were set, known as a list: asked of every document, 17k look-ups in a table)
        let replaced = documents.replacedIndices
        var r = 0
        for d in 0..<documentCount {
            while r < replaced.count && replaced[r] < d { r += 1 }
            let terms = r < replaced.count && replaced[r] == d ? documents.replaced(d) : nil
            let inBase = d < base.termKeys.count
            if terms == nil, inBase, sourceKeys[d] == base.sourceKeys[d], termKeys[d] == base.termKeys[d],
               layoutKeys[d] == base.layoutKeys[d], sizes[d] == base.sizes[d] { continue }
            guard terms != nil || inBase else { return nil }
            delta.documents.append((d, sourceKeys[d], termKeys[d], layoutKeys[d], sizes[d], terms))
            bytes += 60 + (terms?.count ?? 0)
        }
        for t in base.nameCount..<names.count {
            let name = names.withItem(t) { Array($0) }
            bytes += name.count + 1
            delta.names.append(name)
        }
        for s in shardNames.indices {
            let postings = shards.replaced(s)
            let isNew = s >= base.shardCount
            if !isNew, postings == nil, shardContent[s] == base.shardContent[s], shardParts[s] == base.shardParts[s] { continue }
            delta.shards.append((s, isNew ? shardNames[s] : nil, shardContent[s], shardParts[s], postings))
            bytes += 30 + (postings?.count ?? 0)
        }
        guard bytes * SearchIndexDelta.share <= base.bytes else { return nil }
        return delta
    }
}

/// What a saved index read from a file was when read (to tell its changes since).
struct SavedSearchIndexBase: Sendable {
    let stamp: ContentHash
    let fileBudget: Int
    let sourceKeys: [ContentHash], termKeys: [ContentHash], layoutKeys: [ContentHash]
    let sizes: [Int32]
    let shardContent: [ContentHash]
    let shardParts: [Int]
    let nameCount: Int, shardCount: Int
    /// Bytes of the file's names, documents' terms and shards' postings.
    let bytes: Int
}

/// Reads and writes `SavedSearchIndex` in the cache folder: the whole index in `search-index.bin`, and what the edits
/// since changed in `search-index-delta.bin` (an edit writes a few KB, not the ≈ 10 MB file of a 10k site).
struct SearchIndexStore: Sendable {
    let file: URL
    let deltaFile: URL
    let toolIdentity: ContentHash

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("search-index.bin")
        deltaFile = folder.appendingPathComponent("search-index-delta.bin")
        self.toolIdentity = toolIdentity
    }

    func read() -> SavedSearchIndex? {
        guard var r = CacheFile.read(file, identity: toolIdentity), var saved = try? SavedSearchIndex(decoding: &r) else { return nil }
        // (a delta that cannot be read, or was made for another file, is left out: the file alone is a whole index)
        if var d = CacheFile.read(deltaFile, identity: toolIdentity), let delta = try? SearchIndexDelta(decoding: &d) {
            var patched = saved
            if (try? patched.apply(delta)) != nil { saved = patched }
        }
        return saved
    }

    func write(_ saved: SavedSearchIndex) {
        if let delta = saved.delta() {
            CacheFile.write(deltaFile, identity: toolIdentity, delta.encoded())
            return
        }
        // a new file, told from the ones before by its stamp (a delta left of an older file does not apply to it)
        var h = ContentHasher()
        h.combine(Int(getpid()))
        h.combine(Int(Date().timeIntervalSince1970 * 1_000_000))
        h.combine(Int(bitPattern: UInt(UInt64.random(in: 0 ... .max))))
        CacheFile.write(file, identity: toolIdentity, parts: saved.encodedParts(stamp: h.finalize()))
        try? FileManager.default.removeItem(at: deltaFile)
    }

    func remove() {
        try? FileManager.default.removeItem(at: file)
        try? FileManager.default.removeItem(at: deltaFile)
    }
}
