import Foundation
import Testing
import ArabicDates
import Extraction
@testable import Sitegen

/// What a one-article edit keeps of the last build beyond analyses and pages: the data exports keyed by what
/// they show, and the event-resolution digest cut from the blocks in place.
@Suite struct EditReuseTests {
    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    private static let exports = ["data/entities.json", "data/events.json", "data/events.csv", "data/articles.json"]

    /// Inode and modification time of each export: the same after a build that did not write the file.
    private func stamps(_ site: URL) throws -> [String] {
        try Self.exports.map { f in
            let a = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(f).path)
            return "\(a[.systemFileNumber] ?? 0)@\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
    }

    /// The keys of the exports follow what each file shows, and nothing else: a paragraph naming no one changes
    /// none, an article's date articles.json only, an event's sentence events.json only (events.csv does not quote it).
    @Test func exportKeysFollowWhatEachFileShows() {
        func keys(_ site: SiteModel) -> [ContentHash] {
            let d = DataExports(site: site)
            return [d.entitiesKey(), d.eventsKey(csv: false), d.eventsKey(csv: true), d.articlesKey()]
        }
        let base = keys(PublishFixture.site())
        #expect(keys(PublishFixture.site()) == base)
        var articles = PublishFixture.articles
        articles[2].blocks.append("وقالت وسائل الإعلام إن الطقس كان معتدلا.")
        #expect(keys(PublishFixture.site(articles: articles)) == base)
        articles = PublishFixture.articles
        articles[2].date = PartialDate(year: 2021, month: 3, day: 2)
        let dated = keys(PublishFixture.site(articles: articles))
        #expect(dated[3] != base[3])
        #expect(dated[0] == base[0] && dated[1] == base[1] && dated[2] == base[2])
        // (a title makes the article's address, which every file lists)
        articles[2].title = "العودة إلى طهران"
        #expect(keys(PublishFixture.site(articles: articles)).allSatisfy { !base.contains($0) })
        articles = PublishFixture.articles
        articles[1].blocks[0] = "قصفت كتائب حزب الله قاعدة عين الأسد في الأنبار بالقذائف."
        let sentence = keys(PublishFixture.site(articles: articles))
        #expect(sentence[1] != base[1])
        #expect(sentence[0] == base[0] && sentence[2] == base[2] && sentence[3] == base[3])
    }

    @Test func exportsFollowWhatTheyShow() throws {
        let input = editCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        // a title: articles.json changes (and matches a fresh build)
        input.write("c.md", "---\ntitle: أسواق الخضار\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في الأسواق.\n")
        let before = try stamps(site)
        _ = try buildMatchingFresh(input, site, cache: cache)
        let after = try stamps(site)
        #expect(after[3] != before[3])
        #expect(after[0] == before[0])
        // the words of an event's sentence: events.json quotes it
        input.write("a.md", "---\ntitle: هجوم\ndate: 2021-05-04\n---\nقتل ثلاثة جنود عراقيين في هجوم على حاجز في مدينة الموصل يوم الاثنين 3 مايو 2021.\n")
        _ = try buildMatchingFresh(input, site, cache: cache)
        #expect(try stamps(site)[1] != after[1])
    }

    /// The digest adds an event sentence's UTF-8 cut from its block in place, as adding the `String` cut out did:
    /// spans over multi-byte letters, marks and emoji, clamped at either end.
    @Test func eventSentenceDigestIsTheSentenceText() {
        let blocks = ["قتل ثلاثة جنود في الموصل.", "ذُكِرَ أنَّ 👩🏽‍⚕️ وصلت. Then a Latin end.", "", "ab"]
        let spans = [(0, 4), (2, 9), (-3, 5), (5, 500), (600, 700), (7, 3), (0, 0)]
        for block in blocks {
            for (start, end) in spans {
                let span = TextSpan(block: 0, start: start, end: end)
                var old = ContentHasher(), new = ContentHasher()
                old.combine(EventResolutionInputs.sentenceText(span, of: block))
                EventResolutionInputs.combineSentence(span, of: block, into: &new)
                #expect(old.finalize() == new.finalize(), "\(block) \(start)..<\(end)")
            }
        }
    }
}
