import Foundation
import Testing
@testable import Sitegen

/// The events of the sample corpus (seeds/), read by hand from the five articles: every event a build finds,
/// with its type, date, actors, targets, places and the articles that report it, and nothing else.
@Suite struct SampleEventsGoldTests {
    struct Gold: Equatable, CustomStringConvertible {
        var type: String
        var date: String?
        var actors: [String]
        var targets: [String]
        var places: [String]
        var articles: [String]
        init(_ type: EventKind, _ date: String?, actors: [String], targets: [String], places: [String], articles: [String]) {
            self.type = type.rawValue
            self.date = date
            self.actors = actors
            self.targets = targets
            self.places = places
            self.articles = articles
        }
        var description: String { "\(type) \(date ?? "undated") A:\(actors) T:\(targets) P:\(places) \(articles)" }
    }

    enum EventKind: String { case attack, airstrike, killing, clash, arrest, deployment, withdrawal, meeting, visit, statement, threat, other }

    /// Articles by the first three characters of their file names (000 … 004).
    static let gold: [Gold] = [
        Gold(.attack, "2020-01", actors: ["إيران"], targets: ["أربيل", "قاعدة عين الأسد"], places: ["أربيل", "قاعدة عين الأسد"], articles: ["003"]),  // هجوم إيراني بصواريخ باليستية على أربيل وقاعدة عين الأسد
        Gold(.killing, "2020-01-03", actors: ["الولايات المتحدة"], targets: ["أبو مهدي المهندس", "قاسم سليماني"], places: ["بغداد", "مطار بغداد الدولي"], articles: ["000", "001", "003"]),  // اغتيال قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد الدولي
        Gold(.deployment, "2020-03", actors: ["واشنطن"], targets: [], places: ["أربيل", "العراق", "قاعدة عين الأسد"], articles: ["003"]),  // انتشار عسكري أمريكي في أربيل وقاعدة عين الأسد
        Gold(.meeting, "2020-03", actors: ["إسماعيل قاآني"], targets: [], places: ["بغداد"], articles: ["003"]),  // لقاء إسماعيل قاآني بسياسيين عراقيين في بغداد
        Gold(.threat, "2020-03", actors: ["الحرس الثوري"], targets: ["الولايات المتحدة"], places: [], articles: ["003"]),  // قائد سابق في الحرس الثوري الإسلامي يحذر الولايات المتحدة
        Gold(.visit, "2020-03", actors: ["إسماعيل قاآني"], targets: [], places: ["بغداد"], articles: ["003"]),  // زيارة إسماعيل قاآني إلى بغداد
        Gold(.attack, "2020-03-11", actors: [], targets: ["قاعدة التاجي"], places: ["قاعدة التاجي"], articles: ["003"]),  // هجوم صاروخي على قاعدة التاجي
        // لقاء الحرس الثوري مع قادة الفصائل المسلحة في معسكر أشرف بمحافظة ديالى
        Gold(.meeting, "2021-06", actors: ["الحرس الثوري"], targets: [], places: ["العراق", "ديالى", "معسكر أشرف"], articles: ["002"]),
        Gold(.airstrike, "2021-06-27", actors: ["الولايات المتحدة"], targets: [], places: ["الأنبار", "العراق", "سوريا"], articles: ["002", "004"]),  // غارات جوية أمريكية في الأنبار، «في سوريا والعراق» على الحدود
        Gold(.threat, "2021-06-29", actors: ["عصائب أهل الحق", "قيس الخزعلي"], targets: ["الولايات المتحدة"], places: [], articles: ["002"]),  // قيس الخزعلي يتوعد الجنود الأمريكيين
        Gold(.statement, "2021-07", actors: [], targets: [], places: [], articles: ["004"]),  // تصريح المبعوث الإيراني
        Gold(.statement, "2021-07", actors: ["عصائب أهل الحق"], targets: [], places: [], articles: ["004"]),  // تصريح عصائب أهل الحق
        Gold(.attack, "2021-07-08", actors: [], targets: [], places: ["بغداد"], articles: ["004"]),  // هجوم بالصواريخ والطائرات المسيّرة على السفارة الأمريكية في بغداد
        Gold(.attack, "2021-07-08", actors: [], targets: ["مطار أربيل"], places: ["كردستان", "مطار أربيل"], articles: ["004"]),  // هجوم بطائرات مسيّرة على مطار أربيل
        Gold(.attack, "2021-07-08", actors: [], targets: ["قاعدة عين الأسد"], places: ["قاعدة عين الأسد"], articles: ["004"]),  // هجوم صاروخي على قاعدة عين الأسد
        Gold(.arrest, "2021-07-09", actors: ["العراق"], targets: [], places: [], articles: ["004"]),  // اعتقال عدد من منفذي الهجمات الأخيرة
        Gold(.withdrawal, "2021-12-29", actors: ["التحالف الدولي"], targets: [], places: [], articles: ["001"]),  // انسحاب التحالف الدولي
        Gold(.attack, "2022-01", actors: [], targets: [], places: ["مطار بغداد الدولي"], articles: ["001"]),  // هجوم بطائرات مسيّرة على مركز دبلوماسي أميركي في مطار بغداد
        Gold(.attack, "2022-01", actors: [], targets: ["قاعدة عين الأسد"], places: ["قاعدة عين الأسد"], articles: ["001"]),  // هجوم بطائرات مسيّرة على قاعدة عين الأسد
        Gold(.attack, "2022-01", actors: [], targets: ["قاعدة عين الأسد"], places: ["قاعدة عين الأسد"], articles: ["001"]),  // هجوم صاروخي على قاعدة عين الأسد
        Gold(.statement, "2022-01", actors: ["إسماعيل قاآني"], targets: [], places: [], articles: ["001"]),  // تصريح إسماعيل قاآني
        Gold(.statement, "2022-01", actors: ["مصطفى الكاظمي"], targets: [], places: [], articles: ["001"]),  // تصريح مصطفى الكاظمي
    ]

    @Test func sampleCorpusEventsMatchTheGoldTable() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        func load(_ path: String) throws -> [[String: Any]] {
            let data = try Data(contentsOf: site.appendingPathComponent(path))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        }
        var names: [String: String] = [:]
        for e in try load("data/entities.json") { names[e["id"] as! String] = (e["name"] as! String) }
        var files: [String: String] = [:]
        for a in try load("data/articles.json") { files[a["id"] as! String] = String((a["file"] as! String).prefix(3)) }
        let found = try load("data/events.json").map { e -> Gold in
            let ids = { (k: String) in ((e[k] as? [String]) ?? []).map { names[$0] ?? $0 }.sorted() }
            let articles = Set(((e["sources"] as? [[String: Any]]) ?? []).compactMap { files[$0["article"] as! String] }).sorted()
            return Gold(EventKind(rawValue: e["type"] as! String)!, e["date"] as? String, actors: ids("actors"),
                        targets: ids("targets"), places: ids("places"), articles: articles)
        }
        for g in Self.gold { #expect(found.contains(g), "missing or different: \(g)") }
        for f in found { #expect(Self.gold.contains(f), "not in the gold table: \(f)") }
    }

    @Test func sampleCorpusTitlesSayWhoDidWhatToWhom() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        let data = try Data(contentsOf: site.appendingPathComponent("data/events.json"))
        let events = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let titles = events.map { $0["title"] as! String }
        #expect(titles.contains("اغتيال قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد الدولي"))
        #expect(titles.contains("هجوم إيراني بصواريخ باليستية على أربيل وقاعدة عين الأسد"))
        #expect(titles.contains("قيس الخزعلي يتوعد الجنود الأمريكيين"))
        #expect(titles.contains("غارة جوية أمريكية في الأنبار"))
        // no bare type word, no event twice (one of them undated)
        #expect(!titles.contains { ["هجوم", "اعتقالات", "تصريح", "مقتل", "اجتماع", "زيارة"].contains($0) })
        let dated = events.map { ($0["title"] as! String) + "|" + (($0["date"] as? String) ?? "undated") }
        #expect(Set(dated).count == dated.count)
        #expect(!events.contains { $0["date"] is NSNull && ["attack", "airstrike"].contains($0["type"] as! String) })
    }
}
