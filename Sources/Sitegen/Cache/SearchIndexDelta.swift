/// Bytes of a saved search index: an array of their own, or a part of the mapped cache file they were read from
/// (not copied: an edit reads a few of the ≈ 10 MB at 10k).
struct SavedBytes: @unchecked Sendable {
    private let array: [UInt8]
    /// The file's bytes (kept alive by this value), and where they are in memory.
    private let cached: CachedBytes?
    private let base: UnsafeRawPointer?
    let count: Int

    init(_ array: [UInt8]) {
        self.array = array
        cached = nil
        base = nil
        count = array.count
    }

    init(_ cached: CachedBytes) {
        array = []
        self.cached = cached
        base = cached.withUnsafeBytes { $0.baseAddress }
        count = cached.count
    }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        // (the file's bytes at their address: the optional `CachedBytes` unwrapped was a copy, retained and released,
        // a look-up)
        if cached != nil { return withExtendedLifetime(self) { body(UnsafeRawBufferPointer(start: base, count: count)) } }
        return array.withUnsafeBytes(body)
    }

    /// The bytes as an array (copied when they are the file's).
    var bytes: [UInt8] { cached == nil ? array : withUnsafeBytes { Array($0) } }
}

/// Numbered items of bytes (term names, documents' terms, shards' postings) as a saved index holds them: item i of the
/// file is `bytes[starts[i] ..< starts[i + 1]]`, unless an edit replaced it; items past the file's are the edits'.
struct SavedIndexParts: Sendable {
    /// The file's starts, as 32- or 64-bit numbers (one of the two is empty).
    private let starts32: [UInt32]
    private let starts64: [UInt64]
    private let bytes: SavedBytes
    /// Items of the file replaced, by number.
    private var replacedItems: [Int: [UInt8]] = [:]
    /// Items past the file's, in order.
    private var appended: [[UInt8]] = []
    /// Number of items.
    private(set) var count: Int

    init(starts: [UInt32], bytes: SavedBytes) {
        starts32 = starts
        starts64 = []
        self.bytes = bytes
        count = starts.count - 1
    }

    init(starts: [UInt64], bytes: SavedBytes) {
        starts32 = []
        starts64 = starts
        self.bytes = bytes
        count = starts.count - 1
    }

    /// Number of items of the file.
    var fileCount: Int { (starts64.isEmpty ? starts32.count : starts64.count) - 1 }

    private func start(_ i: Int) -> Int { starts64.isEmpty ? Int(starts32[i]) : Int(starts64[i]) }

    /// Bytes of item i (< `count`).
    func itemCount(_ i: Int) -> Int {
        if let item = replaced(i) { return item.count }
        return i < fileCount ? start(i + 1) - start(i) : 0
    }

    /// Item i's bytes, for `body`.
    func withItem<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let item = replaced(i) { return item.withUnsafeBufferPointer(body) }
        guard i < fileCount else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let from = start(i), to = start(i + 1)
        return bytes.withUnsafeBytes { all in body(UnsafeBufferPointer(rebasing: all.assumingMemoryBound(to: UInt8.self)[from..<to])) }
    }

    /// The numbers of the items an edit set, ascending (every item past the file's among them).
    var replacedIndices: [Int] { replacedItems.keys.sorted() + Array(fileCount..<max(fileCount, count)) }

    /// Item i's bytes when an edit set them (every item past the file's), else nil.
    func replaced(_ i: Int) -> [UInt8]? {
        i >= fileCount ? (i - fileCount < appended.count ? appended[i - fileCount] : nil) : replacedItems.isEmpty ? nil : replacedItems[i]
    }

    mutating func append(_ item: [UInt8]) {
        resize(count + 1)
        replace(count - 1, with: item)
    }

    /// Sets item i (items up to it are added, empty, when there were fewer).
    mutating func replace(_ i: Int, with item: [UInt8]) {
        if i >= count { resize(i + 1) }
        if i < fileCount { replacedItems[i] = item } else { appended[i - fileCount] = item }
    }

    /// Keeps the first `n` items (adds empty ones up to `n`).
    mutating func resize(_ n: Int) {
        // (`appended.count` is always `max(0, count - fileCount)`)
        if n < count {
            replacedItems = replacedItems.filter { $0.key < n }
            let keep = max(0, n - fileCount)
            if appended.count > keep { appended.removeLast(appended.count - keep) }
        } else {
            // (an item of the file left out before and now come again is another item: empty until set)
            if count < fileCount { for i in count..<min(n, fileCount) { replacedItems[i] = [] } }
            if n > fileCount { appended += Array(repeating: [], count: n - fileCount - appended.count) }
        }
        count = n
    }

    /// The items' starts and bytes as one array holds them (the file's bytes between replaced items copied a run at
    /// a time).
    func flattened() -> (starts: [Int], bytes: [UInt8]) {
        if replacedItems.isEmpty, appended.isEmpty, count == fileCount, start(0) == 0 {
            return ((0...count).map(start), bytes.bytes)
        }
        var replacing = replacedItems
        for (k, item) in appended.enumerated() { replacing[fileCount + k] = item }
        let starts = (0...fileCount).map(start)
        return bytes.withUnsafeBytes { all in
            SearchIndex.spliced(all.assumingMemoryBound(to: UInt8.self), starts: starts, count: count, replacing: replacing)
        }
    }
}

/// What edits changed in a saved search index since its file was written (`search-index-delta.bin`): the documents
/// whose keys or terms changed, the names added, the shards changed or added. Each edit writes the whole delta of the
/// file again (a few KB), not the file; past a share of the file's size, the file is written again instead.
struct SearchIndexDelta: Sendable {
    static let magic = "sitegen-search-delta-1"
    /// The file is written again once the delta would be an eighth of its names, terms and postings.
    static let share = 8

    /// The stamp of the file it applies to.
    let stamp: ContentHash
    let fileBudget: Int
    let documentCount: Int
    var documents: [(d: Int, sourceKey: ContentHash, termKey: ContentHash, layoutKey: ContentHash, size: Int32, terms: [UInt8]?)] = []
    var names: [[UInt8]] = []
    /// Shards changed (`name`: of a shard the file lacks) with their content keys, file counts and postings.
    var shards: [(s: Int, name: String?, content: ContentHash, parts: Int, postings: [UInt8]?)] = []

    init(stamp: ContentHash, fileBudget: Int, documentCount: Int) {
        self.stamp = stamp
        self.fileBudget = fileBudget
        self.documentCount = documentCount
    }

    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        func bytes(_ b: [UInt8]?) {
            w.bool(b != nil)
            guard let b else { return }
            w.uvarint(b.count)
            w.raw(b)
        }
        w.shortString(Self.magic)
        w.hash(stamp)
        w.uvarint(fileBudget)
        w.uvarint(documentCount)
        w.uvarint(documents.count)
        for doc in documents {
            w.uvarint(doc.d)
            w.hash(doc.sourceKey)
            w.hash(doc.termKey)
            w.hash(doc.layoutKey)
            w.uvarint(Int(UInt32(bitPattern: doc.size)))
            bytes(doc.terms)
        }
        w.uvarint(names.count)
        for name in names { bytes(name) }
        w.uvarint(shards.count)
        for shard in shards {
            w.uvarint(shard.s)
            w.bool(shard.name != nil)
            if let name = shard.name { w.shortString(name) }
            w.hash(shard.content)
            w.uvarint(shard.parts)
            bytes(shard.postings)
        }
        return w.bytes
    }

    init(decoding r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        func bytes() throws(BinaryReader.Corrupt) -> [UInt8]? {
            guard try r.bool() else { return nil }
            let n = try r.count(atMost: r.remaining)
            return try r.bytes(n)
        }
        guard try r.shortString() == Self.magic else { throw BinaryReader.Corrupt() }
        stamp = try r.hash()
        fileBudget = try r.uvarint()
        documentCount = try r.uvarint()
        let documentsChanged = try r.count(atMost: r.remaining)
        for _ in 0..<documentsChanged {
            let d = try r.uvarint()
            let sourceKey = try r.hash(), termKey = try r.hash(), layoutKey = try r.hash()
            let size = Int32(bitPattern: UInt32(truncatingIfNeeded: try r.uvarint()))
            let terms = try bytes()
            documents.append((d, sourceKey, termKey, layoutKey, size, terms))
        }
        let namesAdded = try r.count(atMost: r.remaining)
        for _ in 0..<namesAdded {
            guard let name = try bytes() else { throw BinaryReader.Corrupt() }
            names.append(name)
        }
        let shardsChanged = try r.count(atMost: r.remaining)
        for _ in 0..<shardsChanged {
            let s = try r.uvarint()
            let name = try r.bool() ? try r.shortString() : nil
            let content = try r.hash()
            let parts = try r.uvarint()
            let postings = try bytes()
            shards.append((s, name, content, parts, postings))
        }
        guard r.atEnd else { throw BinaryReader.Corrupt() }
    }
}
