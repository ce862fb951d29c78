import ArabicText
import Extraction
import Foundation

/// The corpus gazetteer (`EntityExtractor.pool(votes:)`) kept between builds in the cache folder
/// (`pooled-gazetteer.bin`), keyed by everything pooling reads: the votes of every article in build order and the
/// seed of the analysis keys (tool identity and curated names, which make the extractor's lexicon). An edit that
/// changes no article's votes (a paragraph naming no one, a date fixed) reads the gazetteer back instead of pooling
/// the votes of the whole corpus again (string-keyed tallies of every discovered name: most of an edit's `pool`).
///
/// Pooling is a function of its votes and the lexicon, so a gazetteer read under the same key is the one pooling
/// would make. The file starts with the tool identity; a damaged or foreign file, or one whose trie does not hold
/// together (`Gazetteer(storage:values:)`), reads as nothing and the votes are pooled.
final class PooledGazetteerStore: @unchecked Sendable {
    private let store: KeyedCacheFile
    private let condition = NSCondition()
    /// The gazetteer `preload` reads or read, until `read` takes it or the build goes on without it.
    private var early: Early?

    private enum Early {
        case reading(ContentHash)
        case read(ContentHash, CorpusGazetteer?)
        /// Read or written already in this build: a preload would be for nothing.
        case closed
    }

    static let magic = "sitegen-pooled-gazetteer-1"

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("pooled-gazetteer.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// What pooling reads: the seed, then each article's votes in order (hashed per article in parallel).
    static func key(seed: ContentHash, votes: [PoolVotes], jobs: Int) -> ContentHash {
        key(seed: seed, digests: parallelMap(votes.count, jobs: jobs) { i in digest(votes[i]) })
    }

    /// The key from each article's `digest` of its votes, in order (a cached article's is kept with its analysis).
    static func key(seed: ContentHash, digests parts: [ContentHash]) -> ContentHash {
        var h = ContentHasher()
        h.combine(seed)
        h.combine(parts.count)
        for p in parts { h.combine(p) }
        return h.finalize()
    }

    /// Every field of one article's votes (strings as their UTF-8 bytes: a spelling canonically equal but
    /// written otherwise is a change).
    static func digest(_ v: PoolVotes) -> ContentHash {
        var h = ContentHasher()
        func combine(_ votes: [PoolVotes.Vote]) {
            h.combine(votes.count)
            for x in votes {
                h.combine(x.key)
                h.combine(x.surface)
                h.combine(x.type.rawValue)
                h.combine(x.weight)
                h.combine(x.cue)
            }
        }
        combine(v.votes)
        h.combine(v.surnames.count)
        for s in v.surnames {
            h.combine(s.key)
            h.combine(s.surface)
        }
        combine(v.extensions)
        h.combine(v.followers)
        h.combine(v.shortFormTies.count)
        for t in v.shortFormTies {
            h.combine(t.key)
            h.combine(t.surface)
            h.combine(t.before)
        }
        return h.finalize()
    }

    /// A new build: what an earlier one preloaded and did not take is dropped.
    func beginBuild() {
        condition.lock()
        early = nil
        condition.unlock()
    }

    /// Reads the gazetteer written under `key` for a later `read(key)` of this build (on the calling thread: the
    /// analysis cache's preloading one), unless this build read or wrote the file already or a preload is under way.
    func preload(_ key: ContentHash) {
        condition.lock()
        guard early == nil else {
            condition.unlock()
            return
        }
        early = .reading(key)
        condition.unlock()
        let g = decode(key)
        condition.lock()
        if case .reading(let k)? = early, k == key { early = .read(key, g) }
        condition.broadcast()
        condition.unlock()
    }

    /// The gazetteer written under `key`, if any: the one `preload(key)` read (waited for if under way), else read here.
    func read(_ key: ContentHash) -> CorpusGazetteer? {
        condition.lock()
        while case .reading(let k)? = early, k == key { condition.wait() }
        if case .read(let k, let g)? = early, k == key {
            early = .closed
            condition.unlock()
            return g
        }
        early = .closed
        condition.unlock()
        return decode(key)
    }

    private func decode(_ key: ContentHash) -> CorpusGazetteer? {
        let types = EntityType.allCases
        return store.read(key) { r -> CorpusGazetteer? in
            let firstEdge = try r.numbers(UInt64.self)
            let moreCount = try r.count(atMost: r.remaining)
            var more: [(node: Int, edges: [UInt64])] = []
            more.reserveCapacity(moreCount)
            for _ in 0..<moreCount { more.append((try r.uvarint(), try r.numbers(UInt64.self))) }
            let storage = GazetteerTrieStorage(firstEdge: firstEdge, moreEdges: more, rootArabic: try r.numbers(Int32.self),
                                               terminal: try r.numbers(Int32.self), wordCounts: try r.numbers(UInt8.self),
                                               maxTokens: try r.uvarint())
            let valueCount = try r.count(atMost: r.remaining)
            var values: [PooledName] = []
            values.reserveCapacity(valueCount)
            for _ in 0..<valueCount {
                let type = types[try r.count(atMost: types.count - 1)]
                let cue: String? = try r.bool() ? try r.shortString() : nil
                values.append(PooledName(type: type, cue: cue, count: try r.uvarint()))
            }
            guard let names = Gazetteer(storage: storage, values: values) else { return nil }
            // (the tables made in the form extraction looks them up, `GazetteerKeyTable`: `String`-keyed dictionaries
            // normalized and hashed every Arabic key, two thirds of reading the gazetteer back with their index by bytes,
            // and an edit never asks for them)
            let typeCount = try r.count(atMost: r.remaining)
            var typeEntries: [(key: String, value: EntityType)] = []
            typeEntries.reserveCapacity(typeCount)
            for _ in 0..<typeCount { typeEntries.append((try r.shortString(), types[try r.count(atMost: types.count - 1)])) }
            let trimCount = try r.count(atMost: r.remaining)
            var trims: [(key: String, value: Int)] = []
            trims.reserveCapacity(trimCount)
            for _ in 0..<trimCount { trims.append((try r.shortString(), try r.uvarint())) }
            let shortCount = try r.count(atMost: r.remaining)
            var shortForms: [(key: String, value: String)] = []
            shortForms.reserveCapacity(shortCount)
            for _ in 0..<shortCount { shortForms.append((try r.shortString(), try r.shortString())) }
            // (nil when two keys are equal as strings: a dictionary could not have written them)
            return CorpusGazetteer(names: names, typeEntries: typeEntries, trimEntries: trims, shortFormEntries: shortForms)
        }
    }

    /// Writes `gazetteer` under `key`, replacing what the file held.
    func write(_ key: ContentHash, _ g: CorpusGazetteer) {
        condition.lock()
        early = .closed
        condition.unlock()
        let types = EntityType.allCases
        let s = g.names.storage
        store.write(key) { w in
            w.numbers(s.firstEdge)
            w.uvarint(s.moreEdges.count)
            for (node, edges) in s.moreEdges {
                w.uvarint(node)
                w.numbers(edges)
            }
            w.numbers(s.rootArabic)
            w.numbers(s.terminal)
            w.numbers(s.wordCounts)
            w.uvarint(s.maxTokens)
            w.uvarint(g.names.values.count)
            for v in g.names.values {
                w.uvarint(types.firstIndex(of: v.type)!)
                w.bool(v.cue != nil)
                if let cue = v.cue { w.shortString(cue) }
                w.uvarint(v.count)
            }
            w.uvarint(g.typeOfKey.count)
            for (key, type) in g.typeOfKey {
                w.shortString(key)
                w.uvarint(types.firstIndex(of: type)!)
            }
            w.uvarint(g.trims.count)
            for (key, n) in g.trims {
                w.shortString(key)
                w.uvarint(n)
            }
            w.uvarint(g.shortForms.count)
            for (short, full) in g.shortForms {
                w.shortString(short)
                w.shortString(full)
            }
        }
    }
}
