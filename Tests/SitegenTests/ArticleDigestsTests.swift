import ArabicDates
import Foundation
import Testing
import Extraction
import Resolution
@testable import Sitegen

/// The per-article digests the analysis cache keeps (`CachedAnalysis.votesDigest`, `resolutionDigests`), so that a
/// rebuild hashes only the changed articles' votes, mentions and blocks: each stored digest is the one its article's
/// stored votes and extraction give, an article extracted again gets new ones, and the site stays a fresh build's.
@Suite struct ArticleDigestsTests {
    private func corpus() -> TempDir { TempDir.threeArticleCorpus() }

    /// The stored digests of `path` against the ones its stored analysis gives (`title`, `date`: the article's).
    private func expectStoredDigests(_ site: URL, _ path: String, title: String, date: PartialDate,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws -> ResolutionDigests {
        let e = try #require(BuildCache(output: site).analysis.entry(path), sourceLocation: sourceLocation)  // read from disk
        #expect(e.votesDigest == PooledGazetteerStore.digest(e.votes), sourceLocation: sourceLocation)
        let d = try #require(e.resolutionDigests, sourceLocation: sourceLocation)
        #expect(d.entities == EntityResolutionInputs.digest(blocks: e.blocks.decoded, extraction: e.extraction), sourceLocation: sourceLocation)
        let doc = Document(id: path, blocks: e.blocks.decoded, date: date, dateIsInferred: false, title: title)
        #expect(d.events == EventResolutionInputs.digest(document: doc, extraction: e.extraction), sourceLocation: sourceLocation)
        return d
    }

    @Test func storedDigestsAreTheirAnalysesAndFollowAnEdit() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let b = try expectStoredDigests(site, "b.md", title: "وصول إلى بغداد", date: PartialDate(year: 2021, month: 3, day: 2))
        let c = try expectStoredDigests(site, "c.md", title: "أسعار النفط", date: PartialDate(year: 2021, month: 3, day: 3))
        // a paragraph naming someone: the article is extracted again, its digests made again and stored
        input.write("c.md", try #require(input.read("c.md")) + "\nوزار الجنرال قاسم سليماني بغداد أمس.\n")
        let named = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(!named.reusedEntities)
        let c2 = try expectStoredDigests(site, "c.md", title: "أسعار النفط", date: PartialDate(year: 2021, month: 3, day: 3))
        #expect(c2.entities != c.entities)
        #expect(try expectStoredDigests(site, "b.md", title: "وصول إلى بغداد", date: PartialDate(year: 2021, month: 3, day: 2)) == b)
        // then a paragraph naming no one, the cache read back: the stored digests of the others decide, and match
        input.write("a.md", try #require(input.read("a.md")) + "\nوهدأت الأسواق.\n")
        let unnamed = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(unnamed.reusedEntities && unnamed.reusedEvents)
        #expect(unnamed.extractedArticles == 1)
        _ = try expectStoredDigests(site, "a.md", title: "تقرير أمني", date: PartialDate(year: 2021, month: 3, day: 1))
    }

    /// The key of the votes from stored digests is the key of the votes themselves.
    @Test func poolKeyFromDigestsIsTheKeyOfTheVotes() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let cache = BuildCache(output: site)
        let entries = try ["a.md", "b.md", "c.md"].map { try #require(cache.analysis.entry($0)) }
        let seed = ContentHash(high: 1, low: 2)
        #expect(PooledGazetteerStore.key(seed: seed, digests: entries.map(\.votesDigest))
                == PooledGazetteerStore.key(seed: seed, votes: entries.map(\.votes), jobs: 2))
    }

    /// The corpus digests from per-article parts are the digests of the whole.
    @Test func corpusDigestsFromPartsAreTheWholes() {
        let blocks = ["وصل الجنرال قاسم سليماني إلى بغداد."]
        let doc = Document(id: "x", blocks: blocks, date: PartialDate(year: 2021, month: 3, day: 2), title: "عنوان")
        let ex = EntityExtractor().extractWithEvents(doc, evidence: nil,
                                                     gazetteer: EntityExtractor().pool(votes: []), events: EventExtractor())
        let whole = EntityResolutionInputs.digest(documents: [doc], extractions: [ex], curated: [], minimumConfidence: 0.5, jobs: 1)
        let parts = EntityResolutionInputs.digest(articles: [EntityResolutionInputs.digest(blocks: blocks, extraction: ex)],
                                                  curated: [], minimumConfidence: 0.5)
        #expect(whole == parts)
        #expect(EventResolutionInputs.digest(entities: whole, documents: [doc], extractions: [ex], curated: [], jobs: 1)
                == EventResolutionInputs.digest(entities: whole, documentCount: 1,
                                                articles: [EventResolutionInputs.digest(document: doc, extraction: ex)], curated: []))
    }
}
