import Foundation
import Testing
@testable import Sitegen

/// The entity and event parts of a built site, on a small made-up corpus.
@Suite struct EntityAndEventSiteTests {
    static func corpus() -> TempDir {
        let dir = TempDir()
        dir.write("one.md", """
        ---
        title: زيارة وزير الخارجية
        date: 2023-05-10
        source: وكالة الأنباء
        ---
        وصل وزير الخارجية العراقي فؤاد حسين إلى عمّان يوم الثلاثاء.

        وقال فؤاد حسين إن "العلاقات بين البلدين قوية".
        """)
        dir.write("two.md", """
        ---
        title: لقاء في عمّان
        date: 2023-05-12
        ---
        التقى فؤاد حسين نظيره الأردني في عمّان لبحث التعاون.
        """)
        return dir
    }

    func load(_ site: URL, _ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent(path)))
    }

    @Test func entityPageGathersMentionsAcrossArticlesWithLinksToParagraphs() throws {
        let input = Self.corpus()
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: input.url, output: site)
        #expect(report.entities > 0)
        let entities = try #require(try load(site, "data/entities.json") as? [[String: Any]])
        let person = try #require(entities.first { ($0["name"] as? String) == "فؤاد حسين" })
        #expect(person["type"] as? String == "person")
        #expect((person["mentions"] as? Int ?? 0) >= 3)
        #expect((person["articles"] as? [String])?.count == 2)
        let url = try #require(person["url"] as? String)
        #expect(url.hasPrefix("entities/") && url.hasSuffix(".html") && !url.dropFirst("entities/".count).contains("/"))
        let pageURL = site.appendingPathComponent(url)
        let html = try String(contentsOf: pageURL, encoding: .utf8)
        #expect(html.contains("<mark>فؤاد حسين</mark>"))
        // counts in Arabic number agreement: "3 مرات ذكر في مقالين"
        let mentions = person["mentions"] as? Int ?? 0
        #expect(html.contains(Format.mentions(mentions) + " في " + Format.articles(2)))
        // Every mention links to an article paragraph that exists.
        let links = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let paragraphLinks = links.filter { $0.contains("articles/") && $0.contains("#p") }
        #expect(paragraphLinks.count >= 3)
        for link in paragraphLinks {
            let parts = link.split(separator: "#")
            let target = URL(fileURLWithPath: String(parts[0]), relativeTo: pageURL.deletingLastPathComponent()).standardizedFileURL
            let article = try String(contentsOf: target, encoding: .utf8)
            #expect(article.contains("id=\"\(parts[1])\""), "\(link) has no anchor")
        }
        // The quote is attributed.
        #expect(html.contains("العلاقات بين البلدين قوية"))
    }

    @Test func articlePageLinksMentionsToEntityPages() throws {
        let input = Self.corpus()
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let articles = try #require(try load(site, "data/articles.json") as? [[String: Any]])
        #expect(articles.count == 2)
        let first = try #require(articles.first { ($0["file"] as? String) == "one.md" })
        #expect(first["date"] as? String == "2023-05-10")
        #expect(first["date_source"] as? String == "metadata")
        #expect(first["source"] as? String == "وكالة الأنباء")
        let page = try #require(first["page"] as? String)
        let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
        #expect(html.contains(">فؤاد حسين</a>"))
        #expect(html.contains("\"../entities/"))
        // Breadcrumbs and the side panel listing the names of the article are rendered.
        #expect(html.contains("<nav class=\"breadcrumbs"))
        let aside = try #require(html.components(separatedBy: "<aside").dropFirst().first)
        #expect(aside.contains("class=\"chip person\"") && aside.contains("فؤاد حسين"))
    }

    @Test func eventsExportFollowsTheContract() throws {
        let input = TempDir()
        input.write("a.md", "---\ntitle: هجوم\ndate: 2022-02-03\n---\nاستهدف هجوم بثلاثة صواريخ قاعدة عين الأسد في محافظة الأنبار يوم الثلاثاء.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let events = try #require(try load(site, "data/events.json") as? [[String: Any]])
        let keys: Set<String> = ["id", "title", "type", "subtype", "date", "precision", "inferred", "places", "actors", "sources", "url"]
        for e in events {
            #expect(keys.isSubset(of: Set(e.keys)), "missing keys in \(e.keys)")
            #expect(["day", "month", "year", "unknown"].contains(e["precision"] as? String ?? ""))
            let sources = try #require(e["sources"] as? [[String: Any]])
            #expect(!sources.isEmpty)
            #expect(sources.allSatisfy { $0["article"] is String && $0["sentence"] is String })
            let page = site.appendingPathComponent(e["url"] as! String)
            #expect(FileManager.default.fileExists(atPath: page.path))
        }
        let csv = try String(contentsOf: site.appendingPathComponent("data/events.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("event_id,event_date,year,time_precision,"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == events.count + 1)
    }

    @Test func newsWithNoDateOfItsOwnIsDatedTheDayItWasReported() throws {
        let input = TempDir()
        // the lead reports the arrest with no date: the article's day, as the day it was reported
        input.write("a.md", "---\ntitle: اعتقال\ndate: 2022-02-03\n---\nألقت وحدات الحرس القبض على ثلاثة أشخاص مفتش عنهم في مدينة الأنبار.\n")
        // the text states the attack's day
        input.write("b.md", "---\ntitle: هجوم\ndate: 2022-02-03\n---\nاستهدف هجوم بثلاثة صواريخ قاعدة عين الأسد في محافظة الأنبار يوم الثلاثاء.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let events = try #require(try load(site, "data/events.json") as? [[String: Any]])
        let arrest = try #require(events.first { $0["type"] as? String == "arrest" })
        #expect(arrest["date"] as? String == "2022-02-03" && arrest["date_basis"] as? String == "reported")
        let attack = try #require(events.first { $0["type"] as? String == "attack" })
        #expect(attack["date_basis"] as? String == "stated")
        let page = try String(contentsOf: site.appendingPathComponent(arrest["url"] as! String), encoding: .utf8)
        #expect(page.contains("تاريخ النشر"))
        let other = try String(contentsOf: site.appendingPathComponent(attack["url"] as! String), encoding: .utf8)
        #expect(!other.contains("تاريخ النشر"))
    }

    @Test func curatedEntityOverridesNameAndAddsDescription() throws {
        let input = Self.corpus()
        input.write("entities/fuad.md", "---\nname: فؤاد محمد حسين\ntype: person\naliases: [فؤاد حسين]\n---\nوزير **خارجية** العراق.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let entities = try #require(try load(site, "data/entities.json") as? [[String: Any]])
        let person = try #require(entities.first { ($0["name"] as? String) == "فؤاد محمد حسين" })
        let html = try String(contentsOf: site.appendingPathComponent(person["url"] as! String), encoding: .utf8)
        #expect(html.contains("<strong>خارجية</strong>"))
        #expect(!entities.contains { ($0["name"] as? String) == "فؤاد حسين" })
    }

    @Test func curatedEntityWithUnknownTypeIsAnErrorNamingFileAndLine() throws {
        let input = Self.corpus()
        input.write("entities/bad.md", "---\nname: شيء\ntype: planet\n---\n")
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        let err = try #require(report.errors.first { $0.file == "entities/bad.md" })
        #expect(err.line == 3)
        #expect(err.message.contains("planet"))
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: out.url.appendingPathComponent("site"), strict: true) }
    }

    @Test func extractCommandOffsetsPointIntoTheFileText() throws {
        let dir = TempDir()
        let text = "عنوان الخبر\nقال رئيس الوزراء مصطفى الكاظمي في بغداد إن الأمن مستقر.\n"
        let file = dir.write("x.txt", text)
        let data = try Extractor.extractJSON(files: [file.path], jobs: 1)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json[0]["file"] as? String == file.path)
        let mentions = try #require(json[0]["mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for m in mentions {
            let start = m["start"] as! Int, end = m["end"] as! Int
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[start..<end])
            #expect(String(v) == m["text"] as? String)
            #expect(["person", "organization", "place"].contains(m["type"] as? String ?? ""))
            #expect(m.keys.contains("entity"))
        }
        #expect(mentions.contains { ($0["text"] as? String) == "مصطفى الكاظمي" && ($0["type"] as? String) == "person" })
        #expect(mentions.contains { ($0["text"] as? String) == "بغداد" && ($0["type"] as? String) == "place" })
    }

    @Test func longMentionListsArePaginated() throws {
        let input = TempDir()
        let n = ListSizes().mentionArticles + 5
        for i in 0..<n { input.write("a\(i).txt", "خبر رقم \(i)\nوصل الوفد إلى بغداد صباح اليوم.\n") }
        input.write("z.txt", "خبر آخر\nوصل الوفد إلى دمشق صباح اليوم.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let entities = try #require(try load(site, "data/entities.json") as? [[String: Any]])
        let baghdad = try #require(entities.first { ($0["name"] as? String) == "بغداد" })
        let url = baghdad["url"] as! String
        let folder = String(url.dropLast(".html".count))
        let first = try String(contentsOf: site.appendingPathComponent(url), encoding: .utf8)
        let second = try String(contentsOf: site.appendingPathComponent(folder + "/page/2.html"), encoding: .utf8)
        #expect(first.components(separatedBy: "class=\"source-group\"").count - 1 == ListSizes().mentionArticles)
        #expect(second.components(separatedBy: "class=\"source-group\"").count - 1 == 5)
        #expect(first.contains("href=\"../\(folder)/page/2.html\" rel=\"next\""))
        #expect(second.contains("href=\"../../../\(url)\" rel=\"prev\""))
        // A single-page entity has no pager.
        let single = try #require(entities.first { ($0["name"] as? String) == "دمشق" })
        let singleHTML = try String(contentsOf: site.appendingPathComponent(single["url"] as! String), encoding: .utf8)
        #expect(!singleHTML.contains("class=\"pager\""))
    }
}
