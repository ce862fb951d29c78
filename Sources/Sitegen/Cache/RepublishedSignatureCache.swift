import Foundation

/// What the republished-article grouping keeps of each article between builds, by the article's
/// title and text: its word count, the hash of its whole word sequence and its MinHash signature
/// (`RepublishedGroups.Summary`). A rebuild then reads 10k words and signatures back instead of
/// reading every text again (an edit changes one); the five-word sequences themselves are not kept:
/// they are made again only for the few texts that a signature band pairs with another one.
///
/// It also keeps the last grouping (`LastGrouping`, in `republished-groups.bin`), so a build that changed a few texts
/// standing alone places only those and reads no summary at all.
///
/// On disk: `republished-signatures.bin`, the tool identity (a rebuilt `sitegen`, whose grouping may
/// differ, starts afresh), then the entries; written after a successful build that met a new text or
/// no longer met an old one; a damaged or foreign file is ignored (every text is read again).
final class RepublishedSignatureCache: @unchecked Sendable {
    static let magic = "sitegen-republished-signatures-2"

    let file: URL
    let groupsFile: URL
    private let toolIdentity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    private var entries: [ContentHash: RepublishedGroups.Summary] = [:]
    private var used: [ContentHash: RepublishedGroups.Summary] = [:]
    private var added = 0
    /// How many articles the last grouping took from the cache.
    private(set) var hits = 0
    /// Whether the last grouping placed the changed articles into the last one's (`LastGrouping`) instead of grouping anew.
    private(set) var placed = false
    /// The grouping of the last committed build (read from `groupsFile` the first time it is asked for) and this build's.
    private var last: LastGrouping?
    private var lastRead = false
    private var current: LastGrouping?

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("republished-signatures.bin")
        groupsFile = folder.appendingPathComponent("republished-groups.bin")
        self.toolIdentity = toolIdentity
    }

    func beginBuild() {
        lock.withLock {
            used = [:]
            added = 0
            hits = 0
            placed = false
            current = nil
        }
    }

    /// The last committed build's grouping (nil when there is none, or its file is damaged or foreign).
    func lastGrouping() -> LastGrouping? {
        lock.withLock {
            if !lastRead { last = readGrouping() }
            lastRead = true
            return last
        }
    }

    /// Records this build's grouping; `hits`: how many articles it took from the last one (nil: as `summaries` counted).
    func keep(_ grouping: LastGrouping, hits: Int?) {
        lock.withLock {
            current = grouping
            placed = hits != nil
            if let hits { self.hits = hits }
        }
    }

    /// The key of an article's entry: everything its summary is made from (title and text).
    static func key(title: String, markdown: ArticleMarkdown) -> ContentHash {
        var h = ContentHasher()
        h.combine(title)
        h.combine(markdown.digest)
        return h.finalize()
    }

    /// The kept summaries of the texts with these keys (nil where none is kept); reads the file the first time.
    func summaries(_ keys: [ContentHash]) -> [RepublishedGroups.Summary?] {
        lock.withLock {
            if !loaded { entries = read() }
            loaded = true
            return keys.map { key in
                guard let s = entries[key] else { return nil }
                used[key] = s
                hits += 1
                return s
            }
        }
    }

    /// Records this build's summaries (the new ones and those read back).
    func store(_ keys: [ContentHash], _ summaries: [RepublishedGroups.Summary]) {
        lock.withLock {
            for (key, s) in zip(keys, summaries) where used.updateValue(s, forKey: key) == nil { added += 1 }
        }
    }

    /// Called once the output is in place: writes the entries of this build when they differ from the file's.
    func commitBuild() {
        lock.withLock {
            if let current, current != last {
                last = current
                lastRead = true
                writeGrouping(current)
            }
            guard !used.isEmpty, added > 0 || used.count != entries.count else { return }
            entries = used
            write()
        }
    }

    private func write() {
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.uvarint(entries.count)
        for key in entries.keys.sorted(by: { ($0.high, $0.low) < ($1.high, $1.low) }) {
            let s = entries[key]!
            w.hash(key)
            w.uvarint(s.wordCount)
            w.int(Int(bitPattern: UInt(s.identity)))
            // (as their memory: minima of 32-bit hashes take five bytes as varints, and writing 10k articles' values
            // one by one was most of an edit's cost of this file)
            w.numbers(s.signature)
        }
        CacheFile.write(file, identity: toolIdentity, w.bytes)
    }

    private func read() -> [ContentHash: RepublishedGroups.Summary] {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return [:] }
        var out: [ContentHash: RepublishedGroups.Summary] = [:]
        do {
            guard try r.shortString() == Self.magic else { return [:] }
            let n = try r.count(atMost: r.remaining)
            out.reserveCapacity(n)
            for _ in 0..<n {
                let key = try r.hash()
                let words = try r.uvarint()
                let identity = UInt64(UInt(bitPattern: try r.int()))
                let signature = try r.numbers(UInt32.self)
                guard signature.isEmpty || signature.count == TextShingles.signatureLength else { return [:] }
                out[key] = RepublishedGroups.Summary(wordCount: words, identity: identity, signature: signature)
            }
            guard r.atEnd else { return [:] }
        } catch { return [:] }
        return out
    }

    static let groupsMagic = "sitegen-republished-groups-1"

    private func writeGrouping(_ g: LastGrouping) {
        var w = BinaryWriter()
        w.shortString(Self.groupsMagic)
        w.int(Int(bitPattern: UInt(g.similarity.bitPattern)))
        var halves: [UInt64] = []
        halves.reserveCapacity(g.keys.count * 2)
        for k in g.keys { halves.append(k.high); halves.append(k.low) }
        w.numbers(halves)
        w.numbers(g.identities)
        w.numbers(g.bandKeys)
        w.numbers(g.flags)
        w.uvarint(g.groups.count)
        for group in g.groups { w.numbers(group) }
        CacheFile.write(groupsFile, identity: toolIdentity, w.bytes)
    }

    private func readGrouping() -> LastGrouping? {
        guard var r = CacheFile.read(groupsFile, identity: toolIdentity) else { return nil }
        do {
            guard try r.shortString() == Self.groupsMagic else { return nil }
            let similarity = Double(bitPattern: UInt64(UInt(bitPattern: try r.int())))
            let halves = try r.numbers(UInt64.self)
            guard halves.count % 2 == 0 else { return nil }
            let keys = stride(from: 0, to: halves.count, by: 2).map { ContentHash(high: halves[$0], low: halves[$0 + 1]) }
            let identities = try r.numbers(UInt64.self), bandKeys = try r.numbers(UInt64.self), flags = try r.numbers(UInt8.self)
            let count = try r.count(atMost: r.remaining)
            var groups: [[Int]] = []
            groups.reserveCapacity(count)
            for _ in 0..<count { groups.append(try r.numbers(Int.self)) }
            guard r.atEnd else { return nil }
            let g = LastGrouping(similarity: similarity, keys: keys, identities: identities, bandKeys: bandKeys, flags: flags,
                                 groups: groups)
            return g.isConsistent ? g : nil
        } catch { return nil }
    }
}
