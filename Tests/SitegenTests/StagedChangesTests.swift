import Foundation
import Testing
import Extraction
@testable import Sitegen

/// An edit stages only the analyses of the articles that are no hit or were extracted again, and keeps the stored
/// entries of the others (session 47; before, every article's entry was staged anew from the hit's fields): after
/// every kind of edit, the cache holds, in memory and on disk, for every path, the entry a build with a new cache
/// (which stages every article's entry) makes of the same input.
@Suite struct StagedChangesTests {
    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    /// Whether two entries hold the same analysis (every field the cache writes).
    private func same(_ a: CachedAnalysis, _ b: CachedAnalysis) -> Bool {
        a.key == b.key && a.blocks.decoded == b.blocks.decoded && a.inferredDate == b.inferredDate && a.votes == b.votes
            && a.extraction.sentences == b.extraction.sentences && a.extraction.mentions == b.extraction.mentions
            && a.extraction.dates == b.extraction.dates && a.extraction.events == b.extraction.events
            && a.extraction.quotes == b.extraction.quotes && a.tokenKeyText == b.tokenKeyText && a.votesDigest == b.votesDigest
            && a.resolutionDigests == b.resolutionDigests
    }

    private func check(_ input: TempDir, _ site: URL, _ cache: BuildCache, paths: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try buildMatchingFresh(input, site, cache: cache, sourceLocation: sourceLocation)
        let scratch = TempDir()
        let fresh = scratch.url.appendingPathComponent("site")
        let freshCache = BuildCache(output: fresh)
        _ = try buildSite(input: input.url, output: fresh, cache: freshCache)
        let reread = BuildCache(output: site)
        for path in paths {
            let expected = try #require(freshCache.analysis.entry(path), sourceLocation: sourceLocation)
            for (label, c) in [("in memory", cache), ("read back", reread)] {
                let got = try #require(c.analysis.entry(path), "\(path) \(label)", sourceLocation: sourceLocation)
                #expect(same(got, expected), "\(path) \(label)", sourceLocation: sourceLocation)
            }
        }
        for gone in ["a.md", "b.md", "c.md", "d.md"] where !paths.contains(gone) {
            #expect(cache.analysis.entry(gone) == nil && reread.analysis.entry(gone) == nil, "\(gone)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyEditKeepsTheEntriesAFreshCacheMakes() throws {
        let input = PooledGazetteerTests.corpus(), out = TempDir()  // (A: a general with his title; B: his surname; C: no one)
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        // a paragraph naming no one
        try append(input, "c.md", "\nوتنخفض درجات الحرارة نهاية الأسبوع.\n")
        try check(input, site, cache, paths: ["a.md", "b.md", "c.md"])
        // a sentence naming a person, a place and a date: the gazetteer changes, other articles may be extracted again
        try append(input, "c.md", "\nالتقى الرئيس الباجي قائد السبسي في تونس يوم 12 مارس 2016 وزير الخارجية الفرنسي.\n")
        try check(input, site, cache, paths: ["a.md", "b.md", "c.md"])
        // a title changed
        input.write("a.md", try #require(input.read("a.md")).replacingOccurrences(of: "title: زيارة", with: "title: زيارة رسمية"))
        try check(input, site, cache, paths: ["a.md", "b.md", "c.md"])
        // an article deleted and one added
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        input.write("d.md", "---\ntitle: رياضة\ndate: 2021-04-04\n---\nوقال الكبيسي إن الفريق الوطني فاز في المباراة.\n")
        try check(input, site, cache, paths: ["a.md", "c.md", "d.md"])
        // nothing changed, in a new process
        try check(input, site, BuildCache(output: site), paths: ["a.md", "c.md", "d.md"])
    }
}
