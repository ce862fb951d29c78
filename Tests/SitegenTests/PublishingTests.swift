import Foundation
import Testing
import Extraction
@testable import Sitegen

@Suite struct PublishingTests {
    @Test func arabicCollationIgnoresArticleAndHamza() {
        #expect(ArabicCollation.sortKey("الأنبار") == "انبار")
        #expect(ArabicCollation.sortKey("إيران") == ArabicCollation.sortKey("ايران"))
        #expect(ArabicCollation.initial(of: ArabicCollation.sortKey("الأنبار")) == "ا")
        let groups = ArabicCollation.grouped(["العراق", "إيران", "بغداد", "الأنبار", "أمريكا", "Reuters", "ايران"]) { $0 }
        #expect(groups.map(\.letter) == ["ا", "ب", "ع", "R"])
        #expect(groups[0].items == ["أمريكا", "الأنبار", "إيران", "ايران"])
    }

    @Test func relationGraphCountsSharedSentences() {
        let site = PublishFixture.site()
        let graph = RelationGraph(site: site)
        func weight(_ a: Int, _ b: Int) -> Int? { graph.neighbours[a].first { $0.entity == b }?.weight }
        #expect(weight(0, 1) == 2)  // قاآني + العراق: article 0 sentence 0, article 2 sentence 0
        #expect(weight(1, 5) == 2)
        #expect(weight(2, 3) == 1)
        #expect(weight(0, 3) == nil)
        #expect(graph.neighbours[6].isEmpty)
        #expect(graph.edges.first?.weight == 2)
    }

    @Test func neighbourhoodSVGLinksNeighboursFromTheEntityPage() {
        let site = PublishFixture.site()
        let svg = RelationGraph.neighbourhoodSVG(site: site, entity: 0, from: site.entityPaths[0])
        #expect(svg.hasPrefix("<svg class=\"graph\""))
        #expect(svg.contains("href=\"../entities/iraq.html\""))
        #expect(svg.contains("href=\"../entities/kataib-hezbollah.html\""))
        #expect(!svg.contains("entities/anbar."), "not a neighbour of قاآني")
        #expect(svg.contains("class=\"person focus\""))
        #expect(RelationGraph.neighbourhoodSVG(site: site, entity: 6, from: site.entityPaths[6]).isEmpty)
    }

    @Test func graphWidthsAreWrittenAsFormatWouldWriteThem() {
        // ties (4.75, 1.25 are exact in binary) round to even as printf does; the rest to the nearest tenth
        var values: [Double] = [0, 1, 1.25, 4.75, 4.85, 6, 7.5, 0.05, 0.15, 2.45, 123.456, 1e-9, 99.95]
        for w in 1...40 { for m in [7, 13, 40] where w <= m { values.append(1 + 5 * (Double(w) / Double(m)).squareRoot()) } }
        values += [-0.0, -0.04, -0.05, -1.25, 0.25, 0.35, 0.45, 1e14 + 0.25, 999_999_999_999_999.9, 1e15, 2e20, .infinity, .leastNonzeroMagnitude]
        // quarters (exact ties of the tenths), thousandths and products near ties (0.35 is a little below)
        for i in -4000...4000 { values += [Double(i) / 4, Double(i) / 1000, Double(i) * 0.05, Double(i) * 0.1 + 1e6] }
        for v in values {
            #expect(GraphSVG.oneDecimal(v) == String(format: "%.1f", v), "\(v)")
            var bytes: [UInt8] = [0x78]
            GraphSVG.appendOneDecimal(v, to: &bytes)
            #expect(bytes == Array(("x" + String(format: "%.1f", v)).utf8), "\(v)")
        }
        for n in [0, 7, -7, 10, 99, 100, -1000, 123_456_789, Int.max, Int.min] {
            var bytes: [UInt8] = []
            GraphSVG.appendDecimal(n, to: &bytes)
            #expect(bytes == Array(String(n).utf8))
        }
    }

    @Test func forceLayoutIsDeterministicAndInsideTheBox() {
        let ids = (0..<12).map { "e\($0)" }
        let edges = (0..<11).map { ($0, $0 + 1, $0 % 3 + 1) }
        let layout = ForceLayout()
        let a = layout.positions(ids: ids, edges: edges), b = layout.positions(ids: ids, edges: edges)
        #expect(a.map(\.x) == b.map(\.x) && a.map(\.y) == b.map(\.y))
        #expect(a.allSatisfy { $0.x >= 0 && $0.x <= layout.width && $0.y >= 0 && $0.y <= layout.height })
        #expect(Set(a.map { "\($0.x),\($0.y)" }).count == ids.count, "no two nodes on one spot")
    }

    @Test func fixtureSiteHasEveryPublishingOutput() throws {
        let dir = TempDir()
        let site = try PublishFixture.render(PublishFixture.site(baseURL: "https://example.org/d/"), into: dir)
        func read(_ p: String) throws -> String { try String(contentsOf: site.appendingPathComponent(p), encoding: .utf8) }
        let home = try read("index.html")
        #expect(home.contains("href=\"graph.html\""), "graph section in the navigation")
        #expect(home.contains("<svg class=\"timeline\""))
        #expect(home.contains("زيارة قاآني إلى بغداد"), "latest events")
        #expect(home.contains("href=\"entities/iraq.html\""), "most mentioned entities")
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/d/\">"))
        let index = try read("a-z.html")
        let anbar = try #require(index.range(of: "الأنبار</a>")), iran = try #require(index.range(of: "إيران</a>"))
        let iraq = try #require(index.range(of: "العراق</a>"))
        #expect(anbar.lowerBound < iran.lowerBound && iran.lowerBound < iraq.lowerBound, "ا (انبار, ايران) before ع (عراق)")
        #expect(index.contains("href=\"#place-627\""), "letter jump link")
        #expect(index.contains("هجوم صاروخي على قاعدة عين الأسد"))
        let graph = try read("graph.html")
        #expect(graph.contains("<svg class=\"graph\""))
        #expect(graph.contains("href=\"entities/ismail-qaani.html\""))
        #expect(graph.contains("<link rel=\"canonical\" href=\"https://example.org/d/graph.html\">"))
        let feed = try read("feed.xml")
        #expect(feed.contains("<id>https://example.org/d/events/us-strikes.html</id>"))
        #expect(feed.contains("<updated>2021-03-01T00:00:00Z</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 6)
        let sitemap = try read("sitemap.xml")
        for page in ["", "a-z.html", "search.html", "graph.html", "articles.html", "entities/iraq.html"] {
            #expect(sitemap.contains("<loc>https://example.org/d/\(page)</loc>"), "\(page)")
        }
        #expect(!sitemap.contains("404"))
        #expect(try read("robots.txt").contains("Sitemap: https://example.org/d/sitemap.xml"))
        let notFound = try read("404.html")
        #expect(notFound.contains("<base href=\"https://example.org/d/\">"))
        #expect(!notFound.contains("rel=\"canonical\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("search/data/manifest.js").path))
        // every internal link resolves, apart from entity and event pages (written by their own generators)
        let fm = FileManager.default
        for f in fm.enumerator(atPath: site.path)!.compactMap({ $0 as? String }) where f.hasSuffix(".html") {
            let page = site.appendingPathComponent(f)
            for link in internalLinks(in: try String(contentsOf: page, encoding: .utf8), page: page)
            where !link.path.contains("/entities/") && !link.path.contains("/events/") && f != "404.html" {
                var isFolder: ObjCBool = false
                #expect(fm.fileExists(atPath: link.path, isDirectory: &isFolder) && !isFolder.boolValue, "\(f) links to missing \(link.path)")
            }
        }
        if let keep = ProcessInfo.processInfo.environment["SITEGEN_KEEP_FIXTURE"] {
            try? fm.removeItem(atPath: keep)
            try fm.copyItem(at: site, to: URL(fileURLWithPath: keep))
        }
    }

    @Test func withoutBaseURLThereIsNoFeedSitemapOrGraphOfNothing() throws {
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص عن العراق.\n")
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("feed.xml").path))
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("sitemap.xml").path))
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("graph.html").path))
        #expect(try String(contentsOf: site.appendingPathComponent("robots.txt"), encoding: .utf8) == "User-agent: *\nAllow: /\n")
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("graph.html"))
        #expect(home.contains("href=\"search.html\""))
        #expect(home.contains("href=\"a-z.html\""))
    }
}
