import Foundation
import Testing
import ArabicText
@testable import Sitegen

@Suite struct SearchIndexTests {
    @Test func termsCarryProcliticReadingsAndFoldHamza() {
        let terms = SearchIndex.terms(of: "وبالعراق للعراق أمريكا في إسماعيل")
        #expect(terms.contains("العراق"))
        #expect(terms.filter { $0 == "العراق" }.count == 2)  // from وبالعراق and from للعراق
        #expect(terms.contains("امريكا"))
        #expect(!terms.contains("أمريكا"))
        #expect(terms.contains("اسماعيل"))
        #expect(!terms.contains("في"), "stop words are not indexed")
    }

    @Test func everyTermStartingWithAQueryLivesInTheQueryShard() {
        for term in ["العراق", "العراقيه", "امريكا", "اسماعيل", "بغداد", "2020"] {
            let scalars = Array(term.unicodeScalars)
            for n in 2...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[0..<n]))
                if prefix == "ال" { continue }
                #expect(SearchIndex.shardKey(prefix) == SearchIndex.shardKey(term), "\(prefix) of \(term)")
            }
        }
        #expect(SearchIndex.shardKey("العراق") == "الع")
        #expect(SearchIndex.shardKey("امريكا") == "ام")
        #expect(SearchIndex.shardFileName("عر") == "639-631")
    }

    /// The JavaScript fold (`search.js`) is checked against the same table in `scripts/browser-test`.
    @Test func searchFoldMatchesTheSharedTable() throws {
        let table = try String(contentsOf: Repo.root.appendingPathComponent("Tests/Fixtures/search-fold.tsv"), encoding: .utf8)
        var rows = 0
        for line in table.split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(cols.count == 2)
            #expect(ArabicNormalizer.searchKey(String(cols[0])) == String(cols[1]), "\(cols[0])")
            rows += 1
        }
        #expect(rows > 15)
    }

    @Test func shardPostingsAreGapEncodedWithWeights() {
        let docs = (0..<5).map { i in
            SearchDocument(title: "عنوان \(i)", kind: .article, label: "مقال", path: SitePath("articles/a\(i)"),
                           text: i == 0 ? "العراق العراق" : i == 3 ? "بالعراق" : "نص")
        }
        let index = SearchIndex(documents: docs)
        let script = index.shardScript("الع")
        #expect(script.hasPrefix("sitegenSearchLoaded(\"t:الع\",{"))
        #expect(script.contains("\"راق\":[0,-2,3]"), "\(script)")
        #expect(index.manifestScript().contains("\"docs\":5"))
        #expect(index.manifestScript().contains("\"chunks\":[5]"))
        #expect(index.chunkCount == 1)
        let chunk = index.documentChunkScript(0, from: SitePath("search"))
        #expect(chunk.hasPrefix("sitegenSearchLoaded(\"c:0\",[["))
        #expect(chunk.components(separatedBy: "\"articles/a").count - 1 == 5)
        #expect(chunk.contains("\"articles/a3.html\""))
    }

    @Test func jsonStringsAreSafeInScripts() {
        #expect(JSONText.string("a\"b\\c\nd\u{2028}") == "\"a\\\"b\\\\c\\nd\\u2028\"")
        // controls as \u00XX, tab and carriage return by name; other text (a dash, E2 80 94) as it is
        #expect(JSONText.string("\u{1}\t\r—\u{2029}\u{1F}بغداد") == "\"\\u0001\\t\\r—\\u2029\\u001fبغداد\"")
        var bytes = Array("x".utf8)
        JSONText.append("قال \"نعم\"", to: &bytes)
        #expect(bytes == Array("x\"قال \\\"نعم\\\"\"".utf8))
    }

    @Test func fixtureIndexFindsEntitiesEventsAndArticles() throws {
        let site = PublishFixture.site()
        let docs = SearchIndexPage.documents(site: site)
        #expect(docs.count == 7 + 3 + 3)
        #expect(docs.first?.kind == .place || docs.first?.kind == .person)
        #expect(docs.prefix(7).allSatisfy { $0.kind != .article && $0.kind != .event })
        let index = SearchIndex(documents: docs)
        let qaani = try #require(docs.firstIndex { $0.title == "إسماعيل قاآني" })
        // the variant spelling is a title-weight term of the entity document
        let shard = try #require(index.shards[SearchIndex.shardKey("اسماعيل")])
        let postings = try #require(shard["اسماعيل"])
        let weight = stride(from: 0, to: postings.count, by: 2).first { postings[$0] == qaani }.map { postings[$0 + 1] }
        #expect((weight ?? 0) >= SearchIndex.titleWeight)
    }
}
