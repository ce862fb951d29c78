import Foundation

/// What the republished-article grouping keeps of each article between builds, by the article's
/// title and text: its word count, the hash of its whole word sequence and its MinHash signature
/// (`RepublishedGroups.Summary`). A rebuild then reads 10k words and signatures back instead of
/// reading every text again (an edit changes one); the five-word sequences themselves are not kept:
/// they are made again only for the few texts that a signature band pairs with another one.
///
/// On disk: `republished-signatures.bin`, the tool identity (a rebuilt `sitegen`, whose grouping may
/// differ, starts afresh), then the entries; written after a successful build that met a new text or
/// no longer met an old one; a damaged or foreign file is ignored (every text is read again).
final class RepublishedSignatureCache: @unchecked Sendable {
    static let magic = "sitegen-republished-signatures-2"

    let file: URL
    private let toolIdentity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    private var entries: [ContentHash: RepublishedGroups.Summary] = [:]
    private var used: [ContentHash: RepublishedGroups.Summary] = [:]
    private var added = 0
    /// How many articles the last grouping took from the cache.
    private(set) var hits = 0

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("republished-signatures.bin")
        self.toolIdentity = toolIdentity
    }

    func beginBuild() {
        lock.withLock {
            used = [:]
            added = 0
            hits = 0
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
}
