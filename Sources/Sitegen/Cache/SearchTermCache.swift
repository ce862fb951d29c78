import ArabicText
import Foundation

/// Interned search terms: each distinct term gets a small integer id, so postings are gathered by
/// id instead of by hashing strings. Terms are found by their UTF-8 bytes (they are already in
/// search-key form, `SearchByteTable`), which is much cheaper than `String` hashing of Arabic text.
final class SearchTermTable: @unchecked Sendable {
    /// (one stored property, so that interning a term is one exclusivity check of the class's storage, not three)
    private struct Terms {
        var names: [String] = []
        var ids = SearchByteTable()

        mutating func intern(_ term: String) -> Int {
            var bytes = term
            return bytes.withUTF8 { b in
                let h = SearchByteTable.hash(b)
                let (found, slot) = ids.find(b, hash: h)
                if let found { return Int(found) }
                let id = names.count
                names.append(term)
                ids.add(b, hash: h, slot: slot, value: Int32(id))
                return id
            }
        }
    }

    private var terms = Terms()

    var names: [String] { terms.names }
    var count: Int { terms.names.count }

    func reserveCapacity(_ n: Int) {
        terms.names.reserveCapacity(n)
        terms.ids.reserveCapacity(n)
    }

    func intern(_ term: String) -> Int {
        terms.intern(term)
    }
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

    static let magic = "sitegen-search-terms-2"
    /// `save` rewrites the file once a 64th of the documents changed since it was written.
    static let rewriteShare = 64

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

    /// Writes the entries used by this build, when enough changed: new documents, or old ones gone,
    /// at least one for every `rewriteShare` documents used (or any, when the file had none of them).
    /// A few changed documents are not worth rewriting the whole file for (an edit of one article
    /// would write 6 MB at 10k); they are tokenized again by the next builds until it is rewritten.
    func save() {
        let changed = added + (entries.count - used.count)
        guard changed > 0, hits == 0 || changed * Self.rewriteShare >= used.count else { return }
        var remap = [Int32](repeating: -1, count: table.count)
        var names: [String] = []
        var body = BinaryWriter()
        let keys = used.sorted { ($0.high, $0.low) < ($1.high, $1.low) }
        body.uvarint(keys.count)
        for key in keys {
            let e = entries[key]!
            body.hash(key)
            body.uvarint(e.count / 2)
            var i = 0
            while i < e.count {
                let t = Int(e[i])
                if remap[t] < 0 {
                    remap[t] = Int32(names.count)
                    names.append(table.names[t])
                }
                body.uvarint(Int(remap[t]))
                body.uvarint(Int(e[i + 1]))
                i += 2
            }
        }
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.uvarint(names.count)
        for n in names { w.shortString(n) }
        CacheFile.write(file, identity: toolIdentity, w.bytes, body.bytes)
    }

    private func read() {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return }
        var loaded: [ContentHash: [Int32]] = [:]
        var names: [String] = []
        do {
            guard try r.shortString() == Self.magic else { return }
            let termCount = try r.count(atMost: r.remaining)
            names.reserveCapacity(termCount)
            for _ in 0..<termCount { names.append(try r.shortString()) }
            let docCount = try r.count(atMost: r.remaining)
            loaded.reserveCapacity(docCount)
            for _ in 0..<docCount {
                let key = try r.hash()
                let n = try r.count(atMost: r.remaining)
                var e = [Int32]()
                e.reserveCapacity(2 * n)
                for _ in 0..<n {
                    let t = try r.count(atMost: termCount - 1), w = try r.count(atMost: Int(Int32.max))
                    e.append(Int32(t))
                    e.append(Int32(w))
                }
                loaded[key] = e
            }
            guard r.atEnd else { return }
        } catch { return }
        // the cache's table is still empty: ids are the file's term numbers, unless names repeat
        table.reserveCapacity(names.count)
        for name in names { _ = table.intern(name) }
        guard table.count == names.count else { return }  // duplicate terms: not a file this type wrote
        entries = loaded
    }
}
