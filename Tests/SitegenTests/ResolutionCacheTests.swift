import Foundation
import Testing
import Extraction
import Resolution
@testable import Sitegen

/// The entity half of incremental builds: a rebuild takes the last build's entities when nothing entity
/// resolution reads changed, and resolves again otherwise; either way the site is the one a build
/// without the cache makes.
@Suite struct ResolutionCacheTests {
    private func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد هادئ.\n")
        input.write("b.md", "---\ntitle: وصول إلى بغداد\ndate: 2021-03-02\n---\nوصل الجنرال قاسم سليماني إلى بغداد مساء أمس في زيارة غير معلنة.\n")
        input.write("c.md", "---\ntitle: أسعار النفط\ndate: 2021-03-03\n---\nارتفعت أسعار النفط في الولايات المتحدة.\n")
        return input
    }

    private func build(_ input: URL, _ output: URL, cache: BuildCache?) throws -> BuildReport {
        var o = BuildOptions(input: input, output: output, templates: Repo.templates, configFile: nil)
        o.jobs = 2
        return try SiteBuilder(options: o, cache: cache).build()
    }

    /// Builds with `cache`, then without any cache, and expects the same files with the same bytes.
    private func buildMatchingFresh(_ input: TempDir, _ site: URL, cache: BuildCache,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
        let report = try build(input.url, site, cache: cache)
        let scratch = TempDir()
        let fresh = scratch.url.appendingPathComponent("site")
        _ = try build(input.url, fresh, cache: nil)
        let files = Self.files(site), freshFiles = Self.files(fresh)
        #expect(files == freshFiles, sourceLocation: sourceLocation)
        for f in files where FileManager.default.contents(atPath: site.appendingPathComponent(f).path)
            != FileManager.default.contents(atPath: fresh.appendingPathComponent(f).path) {
            Issue.record("\(f) differs from a build without the cache", sourceLocation: sourceLocation)
        }
        return report
    }

    private static func files(_ site: URL) -> [String] {
        let root = site.standardizedFileURL.path + "/"
        return (FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + $0, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    @Test func paragraphNamingNoOneKeepsTheEntities() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        #expect(try build(input.url, site, cache: BuildCache(output: site)).reusedEntities == false)
        try append(input, "c.md", "\nوتراجعت الأسعار لاحقا.\n")
        let report = try buildMatchingFresh(input, site, cache: BuildCache(output: site))  // read back from disk
        #expect(report.reusedEntities)
        #expect(report.extractedArticles == 1)
    }

    @Test func newMentionResolvesAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        try append(input, "c.md", "\nوزار الوفد بغداد أمس.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities == false)
        try append(input, "a.md", "\nوهدأت الأسواق.\n")  // then nothing named again: the new entities are kept
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities)
    }

    /// The words around a name are evidence too (`NameContext`): an edit of a block holding a mention
    /// resolves again even when the mentions stay the same.
    @Test func editBesideANameResolvesAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد مضطرب.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities == false)
    }

    @Test func curatedEntityResolvesAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try build(input.url, site, cache: cache)
        input.write("entities/baghdad.md", "---\nname: بغداد\ntype: place\naliases: [مدينة السلام]\n---\nعاصمة العراق.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities == false)
    }

    @Test func digestSeesMentionsAndTheirBlocksOnly() {
        let mention = Mention(span: TextSpan(block: 0, start: 12, end: 17), sentence: 0, surface: "بغداد", type: .place, key: "بغداد",
                              rule: .lexicon)
        var ex = DocumentExtraction()
        ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: 20))]
        ex.mentions = [mention]
        let blocks = ["وصل الوفد إلى بغداد أمس."]
        let base = EntityResolutionInputs.digest(blocks: blocks, extraction: ex)
        #expect(EntityResolutionInputs.digest(blocks: blocks + ["فقرة بلا أسماء."], extraction: ex) == base)
        #expect(EntityResolutionInputs.digest(blocks: ["وصل الوفد إلى بغداد اليوم."], extraction: ex) != base)
        var other = ex
        other.mentions[0].rule = .pooled
        #expect(EntityResolutionInputs.digest(blocks: blocks, extraction: other) != base)
        other = ex
        other.mentions[0].cue = "الوفد"
        #expect(EntityResolutionInputs.digest(blocks: blocks, extraction: other) != base)
    }

    @Test func resolvedEntitiesRoundTrip() throws {
        let entities = [
            Entity(id: "baghdad", name: "بغداد", type: .place, variants: ["بغداد", "بغدد"], aliases: ["مدينة السلام"],
                   mergeNotes: ["بغدد = بغداد: الحروف نفسها"], mentions: [.init(article: 0, mention: 1), .init(article: 2, mention: 0)],
                   curated: 0),
            Entity(id: "qasm-slymany", name: "قاسم سليماني", type: .person, mentions: [.init(article: 1, mention: 0)]),
        ]
        let resolved = ResolvedEntities(entities: entities, entityOfMention: [[nil, 0], [1], [0]],
                                        possibleDuplicates: [PossibleDuplicate(first: 0, second: 1, reason: "تشابه")])
        var e = AnalysisEncoder()
        e.resolvedEntities(resolved)
        var d = try AnalysisDecoder(BinaryReader(e.bytes))
        let back = try d.resolvedEntities()
        #expect(d.r.atEnd)
        #expect(back.entities == entities)
        #expect(back.entityOfMention == resolved.entityOfMention)
        #expect(back.possibleDuplicates == resolved.possibleDuplicates)
        // an index out of range is a damaged file, not a crash later
        var bad = resolved
        bad.entityOfMention = [[nil, 5], [1], [0]]
        var e2 = AnalysisEncoder()
        e2.resolvedEntities(bad)
        var d2 = try AnalysisDecoder(BinaryReader(e2.bytes))
        #expect(throws: BinaryReader.Corrupt.self) { try d2.resolvedEntities() }
    }
}
