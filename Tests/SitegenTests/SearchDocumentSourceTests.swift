import Foundation
import Testing
@testable import Sitegen

/// A cached rebuild makes the text of a search document only when its `sourceKey` changed (or its chunk file is
/// written again): the index and its files must still be those of a fresh build after every kind of edit, and an
/// edit must leave the chunk files of the documents it did not touch in place.
@Suite struct SearchDocumentSourceTests {
    /// Inode and modification time of every file under `folder`.
    private func stamps(_ site: URL, _ folder: String) throws -> [String: String] {
        try fileStamps(site) { f in f.hasPrefix(folder) }
    }

    /// Sixty articles, each naming a place, so that the documents fill several chunk files.
    private func corpus() -> TempDir {
        let input = editCorpus()
        let places = ["الموصل", "بغداد", "البصرة", "كركوك", "أربيل", "النجف"]
        for i in 0..<60 {
            let day = 1 + i % 28
            input.write("n\(i).md", "---\ntitle: خبر رقم \(i)\ndate: 2021-04-\(day < 10 ? "0" : "")\(day)\n---\n"
                        + "زار وفد من \(places[i % places.count]) مدينة \(places[(i + 1) % places.count]) في اليوم \(i).\n")
        }
        return input
    }

    @Test func documentsAreTheirStubsWithTheirText() {
        let site = PublishFixture.site()
        let source = SearchDocumentSource(site: site)
        let docs = SearchIndexPage.documents(site: site)
        #expect(docs.count == source.count)
        for d in 0..<source.count {
            var stub = source.stub(d)
            #expect(stub.text.isEmpty)
            stub.text = source.text(d)
            #expect(stub == docs[d])
        }
        // the keys tell every document apart here
        #expect(Set((0..<source.count).map(source.sourceKey)).count == source.count)
    }

    @Test func cachedSearchIndexIsAFreshOneAfterEveryEdit() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache)
        let chunks = try stamps(site, "search/data/d/")
        #expect(chunks.count > 2)

        // a paragraph appended to an article: only the chunk holding it (and those of documents citing it) change
        input.write("n59.md", "---\ntitle: خبر رقم 59\ndate: 2021-04-04\n---\nزار وفد من النجف مدينة الموصل في اليوم 59.\n\nوعاد الوفد بعد يومين.\n")
        try buildMatchingFresh(input, site, cache: cache)
        let afterAppend = try stamps(site, "search/data/d/")
        let rewritten = afterAppend.filter { chunks[$0.key] != $0.value }
        #expect(!rewritten.isEmpty && rewritten.count < chunks.count)

        // an entity's sentence changed (its document's text comes from it), an article deleted, one added
        input.write("b.md", "---\ntitle: لقاء\ndate: 2021-05-05\n---\nالتقى الرئيس برهم صالح وفدا كبيرا من الموصل في بغداد.\n")
        try buildMatchingFresh(input, site, cache: cache)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("n10.md"))
        try buildMatchingFresh(input, site, cache: cache)
        input.write("z.md", "---\ntitle: وصول\ndate: 2021-05-07\n---\nوصل الرئيس برهم صالح إلى البصرة.\n")
        try buildMatchingFresh(input, site, cache: cache)
        // an event's sentence
        input.write("a.md", "---\ntitle: هجوم\ndate: 2021-05-04\n---\nقتل خمسة جنود في هجوم على حاجز في مدينة الموصل يوم الاثنين 3 مايو 2021.\n")
        try buildMatchingFresh(input, site, cache: cache)
        // the same build again writes no chunk
        let settled = try stamps(site, "search/data/")
        try buildMatchingFresh(input, site, cache: cache)
        #expect(try stamps(site, "search/data/") == settled)
    }

    @Test func aDamagedSavedIndexGivesTheFreshIndex() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache)
        let file = cache.folder.appendingPathComponent("search-index.bin")
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes.removeLast(5)
        try Data(bytes).write(to: file)
        input.write("n3.md", "---\ntitle: خبر رقم 3\ndate: 2021-04-04\n---\nزار وفد من أربيل مدينة النجف في اليوم الثالث.\n")
        try buildMatchingFresh(input, site, cache: cache)
        input.write("n4.md", "---\ntitle: خبر رقم 4\ndate: 2021-04-05\n---\nزار وفد من النجف مدينة الموصل.\n")
        try buildMatchingFresh(input, site, cache: cache)
    }
}
