import Foundation
import Testing
import Extraction
@testable import Sitegen

/// The analysis half of incremental builds: unchanged articles are not analysed again, and the site
/// is byte for byte the one a build without the cache makes.
@Suite struct AnalysisCacheTests {
    /// A, B and C. B names "الحمداني" bare, which only becomes a name once some article introduces him
    /// with a title (a definite nisba: a foreign-looking word after a title, «الجنرال سليماني», is pooled from
    /// B itself); C names a two-word place, so a new two-word name does not lengthen the longest one.
    private func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد هادئ.\n")
        input.write("b.md", "---\ntitle: وصول إلى بغداد\ndate: 2021-03-02\n---\nوصل الجنرال الحمداني إلى بغداد مساء أمس في زيارة غير معلنة.\n")
        input.write("c.md", "---\ntitle: أسعار النفط\ndate: 2021-03-03\n---\nارتفعت أسعار النفط في الولايات المتحدة.\n")
        return input
    }

    private static let titledName = "\nوقال الجنرال قاسم الحمداني إن القوات ستبقى.\n"

    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    private func entityArticles(_ site: URL, _ name: String) throws -> [String] {
        let data = try Data(contentsOf: site.appendingPathComponent("data/entities.json"))
        let entities = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return entities.first { ($0["name"] as? String) == name }?["articles"] as? [String] ?? []
    }

    @Test func unchangedRebuildExtractsNothing() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        #expect(try buildSite(input: input.url, output: site, cache: BuildCache(output: site)).extractedArticles == 3)
        let again = try buildMatchingFresh(input, site, cache: BuildCache(output: site))  // read back from disk
        #expect(again.extractedArticles == 0)
    }

    @Test func editedArticleAloneIsExtractedAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        try append(input, "c.md", "\nوتراجعت الأسعار لاحقا.\n")
        #expect(try buildMatchingFresh(input, site, cache: BuildCache(output: site)).extractedArticles == 1)
    }

    @Test func newNameReachesTheArticlesThatNameItBare() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(try entityArticles(site, "قاسم الحمداني").isEmpty)
        try append(input, "a.md", Self.titledName)
        let report = try buildMatchingFresh(input, site, cache: cache)
        #expect(try entityArticles(site, "قاسم الحمداني").count == 2)  // B's bare surname is his now
        #expect(report.extractedArticles == 2)  // A (edited) and B (reached); not C

        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد هادئ.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).extractedArticles == 2)
        #expect(try entityArticles(site, "قاسم الحمداني").isEmpty)
    }

    @Test func deletedArticleTakesItsNamesAway() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        try append(input, "a.md", Self.titledName)
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        #expect(try entityArticles(site, "قاسم الحمداني").count == 2)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("a.md"))
        let report = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(report.extractedArticles == 1)  // B, which no longer names him
        #expect(try entityArticles(site, "قاسم الحمداني").isEmpty)
    }

    @Test func curatedEntityChangeInvalidatesEveryAnalysis() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        input.write("entities/hamdani.md", "---\nname: الحمداني\ntype: person\n---\nقائد عسكري.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).extractedArticles == 3)
        #expect(try entityArticles(site, "الحمداني") == ["wswl-ila-bghdad"])
    }

    @Test func damagedAnalysisFilesAreIgnored() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let folder = BuildCache.folder(for: site)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let shard = try #require(files.first { $0.hasPrefix("analysis-") && $0 != "analysis-gazetteer.bin" })
        let shardURL = folder.appendingPathComponent(shard)
        let bytes = try Data(contentsOf: shardURL)
        try bytes.prefix(bytes.count / 2).write(to: shardURL)  // truncated
        // (nothing else changed: without this the whole build would be skipped as unchanged)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("last-build.bin"))
        let truncated = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(truncated.extractedArticles >= 1 && truncated.extractedArticles < 3)  // that shard's articles only

        try Data([7, 7, 7]).write(to: folder.appendingPathComponent("analysis-gazetteer.bin"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("last-build.bin"))
        #expect(try buildMatchingFresh(input, site, cache: BuildCache(output: site)).extractedArticles == 3)
    }

    /// The gazetteer view reads back as it was written, down to the last trim's word count (a count
    /// larger than the bytes left after it once made every view unreadable, so no extraction was reused).
    @Test func gazetteerViewRoundTrips() throws {
        let view = GazetteerView(
            names: [.init(key: Array("قاسمسليماني".utf8), type: .person, cue: Array("الجنرال".utf8)),
                    .init(key: Array("بغداد".utf8), type: .place, cue: nil)],
            typeOfKey: [.init(key: Array("بغداد".utf8), type: .place)],
            trims: [.init(key: Array("وزارةالداخلية".utf8), words: 2), .init(key: Array("مجلسنوابالشعب".utf8), words: 3)],
            maxTokens: 4)
        var e = AnalysisEncoder()
        e.gazetteerView(view)
        var d = try AnalysisDecoder(BinaryReader(e.bytes))
        #expect(try d.gazetteerView() == view)
        #expect(d.r.atEnd)
    }

    @Test func oneCacheKeepsAnalysesInMemoryBetweenBuilds() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)  // as `sitegen serve` keeps it
        _ = try buildSite(input: input.url, output: site, cache: cache)
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.folder.path) where name.hasPrefix("analysis-") {
            try FileManager.default.removeItem(at: cache.folder.appendingPathComponent(name))
        }
        try append(input, "a.md", Self.titledName)
        #expect(try buildMatchingFresh(input, site, cache: cache).extractedArticles == 2)
    }

    /// Extraction takes each article's discovery out of the build's list as it extracts the article (so the analyses are
    /// freed one by one): the match-key text it keeps first for the cache must be the one discovery makes, for articles
    /// extracted afresh and for cached ones, with one thread or two.
    @Test func cachedMatchKeysAreTheDiscoveredOnes() throws {
        for jobs in [1, 2] {
            let input = corpus(), out = TempDir()
            let site = out.url.appendingPathComponent("site")
            let cache = BuildCache(output: site)
            _ = try buildSite(input: input.url, output: site, jobs: jobs, cache: cache)
            try append(input, "a.md", Self.titledName)  // A edited, B reached (extracted again from its cached entry), C kept
            _ = try buildSite(input: input.url, output: site, jobs: jobs, cache: BuildCache(output: site))
            let reread = BuildCache(output: site)
            for path in ["a.md", "b.md", "c.md"] {
                let entry = try #require(reread.analysis.entry(path))
                let discovered = EntityExtractor().discover(in: Document(id: path, blocks: entry.blocks.decoded)).tokenKeyText
                #expect(!discovered.isEmpty)
                #expect(entry.tokenKeyText == discovered, "\(path), -j \(jobs)")
            }
        }
    }
}
