import Foundation
import Testing
@testable import Sitegen

/// A folder of .jsonl, .csv and saved .html files (Tests/Fixtures/mixed-input) builds into a site
/// with their titles and dates, without the pages' furniture, a bad record skipped with its line,
/// and a story the feed and the export both hold on one page.
@Suite struct MixedInputSiteTests {
    static let input = Repo.root.appendingPathComponent("Tests/Fixtures/mixed-input")

    @Test func buildsWithTitlesDatesAndGroups() throws {
        let out = TempDir()
        var o = BuildOptions(input: Self.input, output: out.url.appendingPathComponent("site"), templates: nil,
                             configFile: Self.input.appendingPathComponent("sitegen.yml"))
        o.jobs = 2
        let report = try SiteBuilder(options: o).build()
        #expect(report.errors.map(\.description) == ["feeds/agency.jsonl:3: error: line is not valid JSON (JSON Lines: one object per line); skipped"])
        #expect(report.skippedRecords == 1 && report.failedArticles.isEmpty)
        #expect(report.articles == 6 && report.republishedCopies == 1)

        let json = try #require(out.read("site/data/articles.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        var byTitle: [String: [String: Any]] = [:]
        for r in records { byTitle[r["title"] as! String] = r }
        let expected: [(String, String, String)] = [
            ("افتتاح محطة لتحلية المياه في البصرة", "2023-08-14", "feeds/agency.jsonl#rw-1001"),
            ("مؤتمر للآثار في بابل", "2023-09-02", "feeds/agency.jsonl#rw-1002"),
            ("زيارة وفد أردني إلى أربيل", "2023-10-02", "feeds/agency.jsonl#rw-1004"),
            ("عودة الرحلات الجوية بين الموصل وإسطنبول", "2023-07-20", "archive/export.csv#a-77"),
            ("إعادة افتتاح المكتبة المركزية في جامعة الموصل", "2023-06-11", "saved/library.html"),
            ("سوق السراي ببغداد تستعيد زبائنها", "2023-05-03", "saved/market.htm"),
        ]
        #expect(byTitle.count == expected.count, "\(byTitle.keys.sorted())")
        for (title, date, file) in expected {
            let r = try #require(byTitle[title], "\(title) has no page")
            #expect(r["date"] as? String == date && r["date_source"] as? String == "metadata", "\(title)")
            #expect(r["file"] as? String == file)
        }
        let copies = try #require(byTitle["افتتاح محطة لتحلية المياه في البصرة"]?["copies"] as? [[String: Any]])
        #expect(copies.count == 1 && copies[0]["file"] as? String == "archive/export.csv#a-78" && copies[0]["source"] as? String == "صحيفة الجنوب")

        let storyPage = try #require(byTitle["افتتاح محطة لتحلية المياه في البصرة"]?["page"] as? String)
        let story = try #require(out.read("site/" + storyPage))
        let listed = try #require(story.components(separatedBy: "<section class=\"article-copies\">").last?.components(separatedBy: "</section>").first)
        #expect(listed.contains("صحيفة الجنوب") && listed.contains("2023-08-15"))
        #expect(!listed.contains("example.org"), "the copy has no url of its own: \(listed)")

        // The saved pages' text, without their furniture.
        for title in ["إعادة افتتاح المكتبة المركزية في جامعة الموصل", "سوق السراي ببغداد تستعيد زبائنها"] {
            let page = try #require(byTitle[title]?["page"] as? String)
            let html = try #require(out.read("site/" + page))
            let body = try #require(html.components(separatedBy: "<div class=\"article-body\">").last?.components(separatedBy: "<aside").first)
            #expect(body.components(separatedBy: "<p id=").count - 1 >= 2, "\(title): \(body)")
            for furniture in ["الرئيسية", "محليات", "إعلان", "فيسبوك", "بقلم", "ملاحظة المحرر", "اقرأ أيضا", "جميع الحقوق", "analytics",
                              "track()", "الأكثر قراءة", "الصفحة الأولى", "موقع الرافدين ٢٠٢٣"] {
                #expect(!body.contains(furniture), "\(title): '\(furniture)' reached the page")
            }
        }
    }
}
