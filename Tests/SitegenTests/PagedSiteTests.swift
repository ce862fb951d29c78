import Foundation
import Testing
@testable import Sitegen

/// A site whose lists outgrow their pages: built from a small made-up corpus with every list size set
/// to 4, so that each kind of paging, the date pages, the letter pages of the index and the year and
/// month pages of the chronology all appear.
@Suite struct PagedSiteTests {
    static let sizes = ListSizes.all(4)
    static let people = ["أحمد الكبيسي", "سامي الجبوري", "كريم التميمي", "هشام الربيعي", "ثامر العبيدي", "John Carter"]
    static let places = ["تل الورد", "عين الزيتون", "بئر الملح", "وادي القمر", "7 نيسان"]
    static let months = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                         "تشرين الثاني", "كانون الأول"]

    /// 30 articles over 2019–2021 (two undated, one dated to the year only); the first place is attacked
    /// in many of them and the first person quoted in many.
    static func corpus() -> TempDir {
        let dir = TempDir()
        for (i, name) in people.enumerated() { dir.write("entities/p\(i).md", "---\nname: \(name)\ntype: person\n---\n") }
        for (i, name) in places.enumerated() { dir.write("entities/l\(i).md", "---\nname: \(name)\ntype: place\n---\n") }
        for a in 0..<30 {
            let year = 2019 + a % 3, month = 1 + (a * 5) % 12, day = 1 + a % 27
            let person = people[a % 3 == 0 ? 0 : a % people.count], place = places[a % 2 == 0 ? 0 : a % places.count]
            let undated = a == 7 || a == 19
            let date = undated ? "" : a == 11 ? "date: \(year)\n" : String(format: "date: %d-%02d-%02d\n", year, month, day)
            let when = undated ? "" : " يوم \(day) \(months[month - 1]) \(year)"
            dir.write("a\(a).md", """
            ---
            title: "خبر رقم \(a) عن \(place)"
            \(date)---
            شن مسلحون هجوما على \(place)\(when) وأسفر عن إصابة \(a + 2) أشخاص.

            وقال \(person) إن "الوضع في \(place) يحتاج إلى جهد كبير من الجميع" في تصريح للصحفيين.

            """)
        }
        return dir
    }

    nonisolated(unsafe) static let built: (dir: TempDir, site: URL) = {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try! buildSite(input: input.url, output: site, sizes: sizes)
        return (out, site)
    }()

    func read(_ path: String) throws -> String {
        try String(contentsOf: Self.built.site.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: Self.built.site.appendingPathComponent(path).path) }

    /// Values of `attribute` in elements whose markup contains `marker` (e.g. the article links of a list).
    func hrefs(_ html: String, after marker: String) -> [String] {
        html.components(separatedBy: marker).dropFirst().compactMap { part -> String? in
            guard let r = part.range(of: "href=\"") else { return nil }
            return String(part[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func everyPageIsReachableFromHomeWithinFourClicks() throws {
        let site = Self.built.site.standardizedFileURL
        let all = Set(FileManager.default.enumerator(atPath: site.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".html") && $0 != "404.html" })
        var depth: [String: Int] = ["index.html": 0]
        var queue = ["index.html"]
        while !queue.isEmpty {
            let page = queue.removeFirst()
            let url = site.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            // <a> links only (clicks), not <link rel> in the head
            for part in html.components(separatedBy: "<a ").dropFirst() {
                guard let r = part.range(of: "href=\""), part[..<r.lowerBound].firstIndex(of: ">") == nil else { continue }
                let href = String(part[r.upperBound...].prefix { $0 != "\"" && $0 != "#" })
                guard !href.isEmpty, !href.hasPrefix("http") else { continue }
                let target = URL(fileURLWithPath: href, relativeTo: url.deletingLastPathComponent()).standardizedFileURL.path
                let rel = String(target.dropFirst(site.path.count + 1))
                if all.contains(rel) && depth[rel] == nil {
                    depth[rel] = depth[page]! + 1
                    queue.append(rel)
                }
            }
        }
        #expect(all.subtracting(depth.keys).sorted() == [])
        let deep = depth.filter { $0.value > 4 }.keys.sorted()
        #expect(deep.isEmpty, "over four clicks from home: \(deep.prefix(10))")
        #expect(all.count > 100, "the corpus makes a paged site (\(all.count) pages)")
    }

    @Test func articleListIsNewestFirstAcrossStablePageAddresses() throws {
        let first = try read("articles.html")
        #expect(exists("articles/page/2.html") && !exists("articles/page/1.html"))
        var listed: [String] = []
        var page = 1
        while exists(page == 1 ? "articles.html" : "articles/page/\(page).html") {
            let html = try read(page == 1 ? "articles.html" : "articles/page/\(page).html")
            let links = hrefs(html, after: "class=\"article-link\"")
            #expect(links.count <= Self.sizes.articles)
            listed += links.map { $0.components(separatedBy: "articles/").last! }
            page += 1
        }
        #expect(listed.count == 30 && Set(listed).count == 30)
        let dates = try listed.map { slug -> String in
            let html = try read("articles/" + slug)
            return html.components(separatedBy: "<time datetime=\"").dropFirst().first.map { String($0.prefix(10)) } ?? ""
        }
        let dated = dates.prefix { !$0.isEmpty }
        #expect(dated.count >= 28 && Array(dated) == dated.sorted(by: >), "dated articles newest first, undated last")
        let undatedLast = dates.dropFirst(dated.count).allSatisfy { $0.isEmpty }
        #expect(undatedLast)
        #expect(first.contains("<link rel=\"next\" href=\"articles/page/2.html\""))
        let second = try read("articles/page/2.html")
        #expect(second.contains("<link rel=\"prev\" href=\"../../articles.html\""))
        #expect(second.contains("<a href=\"../../articles.html\" rel=\"prev\">السابقة</a>"))
    }

    @Test func yearPagesLinkEveryPageOfTheirMonths() throws {
        let year = try read("articles/2020.html")
        let monthLinks = hrefs(year, after: "<li><a ").filter { $0.hasPrefix("../2020/") || $0.contains("/") }
        #expect(!monthLinks.isEmpty)
        // every month page of 2020 is linked from the year page
        let months = try FileManager.default.contentsOfDirectory(atPath: Self.built.site.appendingPathComponent("articles/2020").path)
            .filter { $0.count == 7 && $0.hasSuffix(".html") }.map { String($0.prefix(2)) }
        #expect(!months.isEmpty)
        for m in months {
            #expect(year.contains("\"../articles/2020/\(m).html\""), "month \(m)")
            let html = try read("articles/2020/\(m).html")
            for link in hrefs(html, after: "class=\"article-link\"") {
                let article = try read("articles/" + link.components(separatedBy: "articles/").last!)
                #expect(article.contains("datetime=\"2020-\(m)"), "\(link) is in 2020-\(m)")
            }
        }
        #expect(exists("articles/undated.html"))
        #expect(try read("index.html").contains("حسب السنة:"))
    }

    @Test func indexHasALetterPageForEachLetterArabicFirstThenLatinThenDigits() throws {
        let overview = try read("a-z.html")
        #expect(overview.contains("class=\"index-table\""))
        let bar = overview.components(separatedBy: "class=\"letters letter-bar\"")[1].components(separatedBy: "</nav>")[0]
        let letters = hrefs(bar, after: "<a ").map { String($0.components(separatedBy: "a-z/")[1].prefix { $0 != "." && $0 != "/" && $0 != "#" }) }
        #expect(letters.contains("alif") && letters.contains("j") && letters.last == "0-9", "\(letters)")
        let lastArabic = try #require(letters.lastIndex { $0.count > 1 && $0 != "0-9" })
        #expect(letters.firstIndex(of: "j")! > lastArabic, "Latin letters come after the Arabic ones: \(letters)")
        for slug in letters {
            let page = try read("a-z/\(slug).html")
            #expect(page.contains("class=\"letters letter-bar\""), "\(slug) has the letter bar")
            #expect(page.components(separatedBy: "aria-current=\"page\">").count > 1)
        }
        // John Carter files under J, 7 نيسان under digits
        #expect(try read("a-z/j.html").contains("John Carter"))
        #expect(try read("a-z/0-9.html").contains("7 نيسان"))
    }

    @Test func chronologyHasYearPagesAndMonthPagesForLargeYears() throws {
        let overview = try read("chronology.html")
        #expect(overview.contains("class=\"chronology-table\"") && overview.contains("<rect class=\"bar-events\""))
        for year in ["2019", "2020", "2021"] { #expect(exists("chronology/\(year).html")) }
        let months = try FileManager.default.contentsOfDirectory(atPath: Self.built.site.appendingPathComponent("chronology/2019").path)
            .filter { $0.count == 7 && $0.hasSuffix(".html") }
        #expect(!months.isEmpty, "a year of more than 4 events is split into months")
        let events = try FileManager.default.contentsOfDirectory(atPath: Self.built.site.appendingPathComponent("events").path)
        let dated = try #require(events.first { $0.hasPrefix("2019-") && $0.hasSuffix(".html") })
        #expect(try read("events/\(dated)").contains("href=\"../chronology/2019.html\">2019</a>"))
    }

    @Test func longEntityAndEventListsGetPagesOfTheirOwn() throws {
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.built.site.appendingPathComponent("data/entities.json"))) as? [[String: Any]])
        let place = try #require(entities.first { $0["name"] as? String == Self.places[0] })
        let url = try #require(place["url"] as? String)
        #expect(url.hasSuffix(".html"))
        let folder = String(url.dropLast(".html".count))  // the entity's own lists live in the folder of its name
        let page = try read(url)
        #expect(page.contains("أحدث الأحداث") && page.contains("href=\"../\(folder)/events.html\""))
        #expect(exists(folder + "/events/page/2.html"))
        #expect(exists(folder + "/page/2.html"), "mentions continue on a second page")
        let person = try #require(entities.first { $0["name"] as? String == Self.people[0] })
        let personURL = try #require(person["url"] as? String)
        #expect(exists(String(personURL.dropLast(".html".count)) + "/quotes.html"))
        // the event most articles report lists its sources over several pages
        let events = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.built.site.appendingPathComponent("data/events.json"))) as? [[String: Any]])
        let paged = events.filter { exists(($0["url"] as? String ?? "").replacingOccurrences(of: ".html", with: "/page/2.html")) }
        #expect(!paged.isEmpty || events.allSatisfy { ($0["sources"] as? [Any])?.count ?? 0 <= Self.sizes.sources })
    }

    @Test func entityListsArePagedWithALetterBar() throws {
        let people = try read("people.html")
        #expect(people.contains("class=\"letters letter-bar\"") && exists("people/page/2.html"))
        #expect(people.contains(".html#person\""), "letters lead to the people of each letter page")
    }

    @Test func cachedRebuildsOfAPagedSiteEqualFreshBuilds() throws {
        let input = Self.corpus(), out = TempDir()
        let cached = out.url.appendingPathComponent("cached"), fresh = out.url.appendingPathComponent("fresh")
        _ = try buildSite(input: input.url, output: cached, sizes: Self.sizes, cache: BuildCache(output: cached))
        // a new article shifts every list page; deleting five shortens the lists
        input.write("new.md", "---\ntitle: خبر جديد\ndate: 2022-01-01\n---\nزار أحمد الكبيسي تل الورد.\n")
        for a in 20..<25 { try FileManager.default.removeItem(at: input.url.appendingPathComponent("a\(a).md")) }
        _ = try buildSite(input: input.url, output: cached, sizes: Self.sizes, cache: BuildCache(output: cached))
        _ = try buildSite(input: input.url, output: fresh, sizes: Self.sizes)
        let files = { (root: URL) -> [String] in
            FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
                .filter { !$0.hasPrefix(".") && !$0.contains("/.") && $0.contains(".") }.sorted()
        }
        #expect(files(cached) == files(fresh))
        for f in files(fresh) {
            #expect(FileManager.default.contentsEqual(atPath: cached.appendingPathComponent(f).path,
                                                      andPath: fresh.appendingPathComponent(f).path), "\(f)")
        }
    }

    @Test func theSampleSiteHasNoPagesOfLists() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        let all = FileManager.default.enumerator(atPath: site.path)!.compactMap { $0 as? String }
        #expect(!all.contains { $0.contains("/page/") || $0.hasPrefix("a-z/") })
        let index = try String(contentsOf: site.appendingPathComponent("a-z.html"), encoding: .utf8)
        #expect(index.contains("class=\"toc\"") && !index.contains("letter-bar"))
        let chronology = try String(contentsOf: site.appendingPathComponent("chronology.html"), encoding: .utf8)
        #expect(chronology.contains("class=\"dot ") && !chronology.contains("chronology-table"))
        #expect(!all.contains { $0.hasPrefix("articles/20") || $0.hasPrefix("chronology/20") })
    }
}
