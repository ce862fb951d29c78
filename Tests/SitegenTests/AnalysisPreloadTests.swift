import Foundation
import Testing
import Extraction
import TestSupport
@testable import Sitegen

/// The analysis cache's files read early on a thread of their own (`AnalysisCache.preload`, `ShardReads`,
/// `PooledGazetteerStore.preload`), the unchanged gazetteer view written as it was read, and dropped entries found
/// without asking every stored path: each against the reading it replaces.
@Suite struct AnalysisPreloadTests {
    /// Counts what a `ShardReads` read, from any thread.
    private final class Reads: @unchecked Sendable {
        let lock = NSLock()
        var headers = 0
        var shards: [Int: Int] = [:]
        func header() { lock.withLock { headers += 1 } }
        func shard(_ i: Int) { lock.withLock { shards[i, default: 0] += 1 } }
    }

    /// Shard i of a round: numbers made from the round's seed and i (what reading it in any order must give).
    private static func shardValue(seed: UInt64, _ header: Int, _ i: Int) -> [Int] {
        var g = SplitMix64(seed: seed &+ UInt64(i) &* 0x9E37_79B9)
        return (0..<Int(g.next() % 6)).map { _ in Int(g.next() % 1000) + header }
    }

    /// The reading `ShardReads` replaces, kept here: the header, then every shard in order, then combined.
    private static func readInOrder(count: Int, header: Int?, seed: UInt64) -> (Int, [Int])? {
        guard let header else { return nil }
        let shards = (0..<count).map { shardValue(seed: seed, header, $0) }
        return (header, shards.flatMap { $0 })
    }

    @Test func shardReadsGiveWhatReadingInOrderGives() {
        var random = SeededRandom(seed: 46)
        for round in 0..<300 {
            let count = random.below(24)
            let seed = UInt64(round) &* 7919
            let header: Int? = random.below(10) == 0 ? nil : random.below(100)
            let early = random.below(2) == 0
            let spin = random.below(3)
            let reads = Reads()
            let shards = ShardReads<Int, [Int], [Int]>(
                count: count,
                header: { reads.header(); return header },
                shard: { h, i in
                    reads.shard(i)
                    if i % 3 == spin { usleep(UInt32(50 * (i % 4))) }  // (shards of uneven cost, read in any order)
                    return Self.shardValue(seed: seed, h, i)
                },
                combine: { $0.flatMap { $0 } })
            if early { shards.startBeside() }
            if spin == 1 { usleep(100) }
            let got = shards.all()
            let expected = Self.readInOrder(count: count, header: header, seed: seed)
            #expect(got?.header == expected?.0, "round \(round)")
            #expect(got?.combined == expected?.1, "round \(round)")
            // every shard read once (none without a usable header), the header once
            #expect(reads.lock.withLock { reads.headers } == 1, "round \(round)")
            let readCounts = reads.lock.withLock { reads.shards }
            #expect(readCounts == (header == nil ? [:] : Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, 1) })),
                    "round \(round)")
        }
    }

    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    private func same(_ a: CorpusGazetteer?, _ b: CorpusGazetteer?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.names.storage == b.names.storage && a.names.values == b.names.values && a.typeOfKey == b.typeOfKey
            && a.trims == b.trims && a.shortForms == b.shortForms && GazetteerView(a) == GazetteerView(b)
    }

    /// The stored pool key of a built site's cache, as a look-up returns it.
    private func storedPoolKey(_ site: URL) throws -> ContentHash {
        let cache = BuildCache(output: site)
        return try #require(cache.analysis.lookup(paths: [], keys: []).poolKey)
    }

    @Test func preloadedGazetteerIsTheOneReadReads() throws {
        let input = PooledGazetteerTests.corpus(), out = TempDir()  // (A: a general with his title; B: his surname; C: no one)
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let key = try storedPoolKey(site)
        let identity = BuildCache(output: site).analysis.identity
        let folder = BuildCache(output: site).folder
        let other = ContentHash(high: 1, low: 2)
        let plain = PooledGazetteerStore(folder: folder, toolIdentity: identity).read(key)
        #expect(plain != nil)
        // preloaded, then read under its key: the same gazetteer
        let early = PooledGazetteerStore(folder: folder, toolIdentity: identity)
        early.preload(key)
        #expect(same(early.read(key), plain))
        // read a second time in the build (nothing kept): read from the file again
        #expect(same(early.read(key), plain))
        // preloaded under another key: a read under the stored key reads the file; a read under the other reads nothing
        let wrong = PooledGazetteerStore(folder: folder, toolIdentity: identity)
        wrong.preload(other)
        #expect(same(wrong.read(key), plain))
        let none = PooledGazetteerStore(folder: folder, toolIdentity: identity)
        none.preload(key)
        #expect(none.read(other) == nil)
        // a preload after this build read or wrote the file does nothing; a new build preloads again
        let later = PooledGazetteerStore(folder: folder, toolIdentity: identity)
        _ = later.read(key)
        later.preload(key)
        later.beginBuild()
        later.preload(key)
        #expect(same(later.read(key), plain))
        // concurrently: the read waits for the preload under way
        let concurrent = PooledGazetteerStore(folder: folder, toolIdentity: identity)
        let started = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            started.signal()
            concurrent.preload(key)
        }
        started.wait()
        #expect(same(concurrent.read(key), plain))
    }

    /// The gazetteer file after the shard stamps: the pool key and the view's bytes.
    private func viewPart(_ site: URL) throws -> [UInt8] {
        let cache = BuildCache(output: site)
        var r = try #require(CacheFile.read(cache.folder.appendingPathComponent("analysis-gazetteer.bin"), identity: cache.analysis.identity))
        for _ in 0..<BuildCache.shardCount { _ = try r.hash() }
        return try r.bytes(r.remaining)
    }

    @Test func unchangedViewIsWrittenAsItWasRead() throws {
        let input = PooledGazetteerTests.corpus(), out = TempDir()  // (A: a general with his title; B: his surname; C: no one)
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let first = try viewPart(site)
        try append(input, "c.md", "\nوتنخفض درجات الحرارة نهاية الأسبوع.\n")
        #expect(try buildMatchingFresh(input, site, cache: BuildCache(output: site)).reusedGazetteer)
        #expect(try viewPart(site) == first)
        // the same in one process (the view and its bytes kept from the last build), and the file still reads
        let cache = BuildCache(output: site)
        try append(input, "c.md", "\nويعود الطقس معتدلا.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedGazetteer)
        #expect(try viewPart(site) == first)
        // a new name: the view changes and is encoded anew, as a build without the stored bytes writes it
        try append(input, "c.md", "\nوقالت الوزيرة سلمى العبادي إن الحكومة مستعدة.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedGazetteer == false)
        let changed = try viewPart(site)
        #expect(changed != first)
        let scratch = TempDir()
        let fresh = scratch.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: fresh, cache: BuildCache(output: fresh))
        #expect(try viewPart(fresh) == changed)
    }

    @Test func entriesOfArticlesGoneAreDropped() throws {
        let input = PooledGazetteerTests.corpus(), out = TempDir()  // (A: a general with his title; B: his surname; C: no one)
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        // an edit: every stored path looked up, none dropped
        try append(input, "c.md", "\nوتنخفض درجات الحرارة نهاية الأسبوع.\n")
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        for path in ["a.md", "b.md", "c.md"] { #expect(BuildCache(output: site).analysis.entry(path) != nil) }
        // an article deleted and one added in the same build: as many paths as stored, one of them new
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        input.write("d.md", "---\ntitle: رياضة\ndate: 2021-04-04\n---\nفاز الفريق الوطني في المباراة.\n")
        let cache = BuildCache(output: site)
        _ = try buildMatchingFresh(input, site, cache: cache)
        let reread = BuildCache(output: site)
        #expect(reread.analysis.entry("b.md") == nil)
        for path in ["a.md", "c.md", "d.md"] { #expect(reread.analysis.entry(path) != nil) }
        // one deleted alone, in a process that keeps its entries
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("a.md"))
        _ = try buildMatchingFresh(input, site, cache: cache)
        #expect(cache.analysis.entry("a.md") == nil)
        #expect(BuildCache(output: site).analysis.entry("a.md") == nil)
    }
}
