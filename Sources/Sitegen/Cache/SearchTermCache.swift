import Foundation

/// Interned search terms: each distinct term gets a small integer id, so postings are gathered by
/// id instead of by hashing strings. Terms are compared by their UTF-8 bytes (they are already in
/// search-key form), which is much cheaper than `String` hashing of Arabic text.
final class SearchTermTable: @unchecked Sendable {
    private(set) var names: [String] = []
    private var ids: [UTF8Key: Int] = [:]

    var count: Int { names.count }

    func intern(_ term: String) -> Int {
        let key = UTF8Key(term)
        if let id = ids[key] { return id }
        names.append(term)
        ids[key] = names.count - 1
        return names.count - 1
    }
}

/// A string hashed and compared by its UTF-8 bytes (no Unicode normalization).
struct UTF8Key: Hashable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }
}

/// The indexed terms of each search document, by document content, kept between builds in the
/// cache folder (`search-terms.bin`), so a rebuild tokenizes only documents whose title, other
/// titles or text changed.
///
/// An entry is `[term id, weight, term id, weight, …]` with ids into `table`. The file starts with
/// the tool identity (a rebuilt `sitegen` starts afresh); it is written atomically, and a damaged
/// or foreign file is ignored (every document is then tokenized again).
final class SearchTermCache: @unchecked Sendable {
    let file: URL
    private let toolIdentity: ContentHash
    let table = SearchTermTable()
    private var entries: [ContentHash: [Int32]] = [:]
    private var used = Set<ContentHash>()
    private var added = 0
    private var loaded = false
    /// How many documents the last index took from the cache.
    private(set) var hits = 0

    static let magic = "sitegen-search-terms-1"

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("search-terms.bin")
        self.toolIdentity = toolIdentity
    }

    /// Reads the file the first time it is called.
    func load() {
        if loaded { return }
        loaded = true
        read()
    }

    /// The cached terms of the document with content key `key`.
    func terms(_ key: ContentHash) -> [Int32]? {
        guard let e = entries[key] else { return nil }
        used.insert(key)
        hits += 1
        return e
    }

    func store(_ key: ContentHash, _ terms: [Int32]) {
        entries[key] = terms
        used.insert(key)
        added += 1
    }

    /// Writes the entries used by this build, when anything changed (new documents, or old ones gone).
    func save() {
        guard added > 0 || entries.count != used.count else { return }
        var remap = [Int32](repeating: -1, count: table.count)
        var names: [String] = []
        var body = VarintWriter()
        let keys = used.sorted { ($0.high, $0.low) < ($1.high, $1.low) }
        body.uint(UInt64(keys.count))
        for key in keys {
            let e = entries[key]!
            body.uint(key.high)
            body.uint(key.low)
            body.uint(UInt64(e.count / 2))
            var i = 0
            while i < e.count {
                let t = Int(e[i])
                if remap[t] < 0 {
                    remap[t] = Int32(names.count)
                    names.append(table.names[t])
                }
                body.uint(UInt64(remap[t]))
                body.uint(UInt64(e[i + 1]))
                i += 2
            }
        }
        var w = VarintWriter()
        w.string(Self.magic)
        w.uint(toolIdentity.high)
        w.uint(toolIdentity.low)
        w.uint(UInt64(names.count))
        for n in names { w.string(n) }
        w.bytes += body.bytes
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(w.bytes).write(to: file, options: .atomic)
    }

    private func read() {
        guard let data = FileManager.default.contents(atPath: file.path) else { return }
        let bytes = [UInt8](data)
        var r = VarintReader(bytes)
        var loaded: [ContentHash: [Int32]] = [:]
        var names: [String] = []
        do {
            guard try r.string() == Self.magic, try r.uint() == toolIdentity.high, try r.uint() == toolIdentity.low else { return }
            let termCount = try r.count()
            names.reserveCapacity(termCount)
            for _ in 0..<termCount { names.append(try r.string()) }
            let docCount = try r.count()
            loaded.reserveCapacity(docCount)
            for _ in 0..<docCount {
                let key = ContentHash(high: try r.uint(), low: try r.uint())
                let n = try r.count()
                var e = [Int32]()
                e.reserveCapacity(2 * n)
                for _ in 0..<n {
                    let t = try r.uint(), w = try r.uint()
                    guard t < UInt64(termCount), w <= UInt64(Int32.max) else { return }
                    e.append(Int32(t))
                    e.append(Int32(w))
                }
                loaded[key] = e
            }
            guard r.atEnd else { return }
        } catch { return }
        // the cache's table is still empty: ids are the file's term numbers, unless names repeat
        for name in names { _ = table.intern(name) }
        guard table.count == names.count else { return }  // duplicate terms: not a file this type wrote
        entries = loaded
    }
}

/// LEB128 variable-length integers and length-prefixed strings (compact for small numbers).
struct VarintWriter {
    var bytes: [UInt8] = []

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        uint(UInt64(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }
}

/// Reads what `VarintWriter` wrote; anything inconsistent throws.
struct VarintReader {
    struct Corrupt: Error {}
    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { at >= bytes.count }

    mutating func uint() throws(Corrupt) -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Corrupt() }
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    /// A count that must fit in what is left of the input (so a damaged count cannot allocate wildly).
    mutating func count() throws(Corrupt) -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - at) else { throw Corrupt() }
        return Int(n)
    }

    mutating func string() throws(Corrupt) -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<at + n], as: UTF8.self)
    }
}
