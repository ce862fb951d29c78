import Foundation
import Testing
import Extraction
@testable import Sitegen

/// The analysis cache's writing in an edit: the unchanged gazetteer view written as it was read, and dropped entries
/// found without asking every stored path.
@Suite struct AnalysisCacheWriteTests {
    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
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
