import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// Copies of one story form one group with one page; the story's mentions count once.
@Suite struct RepublishedGroupsTests {
    /// A story of six paragraphs about a dam on the Tigris (written for this test).
    static let story = [
        "أعلنت وزارة الموارد المائية العراقية يوم الثلاثاء بدء أعمال صيانة واسعة في سد الموصل على نهر دجلة، بعد تقارير فنية حذرت من تآكل في أساساته.",
        "وقال المتحدث باسم الوزارة خالد الربيعي إن فرق الصيانة ستعمل على مدار الساعة لمدة ثلاثة أشهر، وإن منسوب المياه في البحيرة سيخفض تدريجيا خلال هذه الفترة.",
        "وأضاف الربيعي أن الأعمال تشمل حقن الأساسات بمواد إسمنتية خاصة واستبدال بوابات التصريف القديمة التي ركبت في ثمانينيات القرن الماضي.",
        "ويعد سد الموصل أكبر سد في العراق، ويخزن كميات كبيرة من المياه تستخدم في الري وتوليد الكهرباء لمحافظات الشمال والوسط.",
        "وكانت شركة هندسية أجنبية قد حذرت في تقرير سابق من أن أي انهيار في السد قد يعرض مدنا عدة على ضفاف دجلة للخطر، بينها الموصل وتكريت.",
        "ودعت الوزارة المزارعين في المناطق القريبة من النهر إلى متابعة البيانات الرسمية بشأن مواعيد إطلاق المياه خلال فترة الصيانة.",
    ]

    static func article(_ file: String, _ paragraphs: [String], title: String = "صيانة سد الموصل", source: String? = nil,
                        date: PartialDate? = nil) -> Article {
        Article(file: file, format: .text, title: title, date: date, dateSource: date == nil ? .unknown : .metadata, source: source,
                markdown: ArticleBody.markdown(fromPlainText: paragraphs.joined(separator: "\n")))
    }

    /// Words are compared normalized, whatever the bytes: hamza and alef forms, ى/ي, ة/ه, diacritics,
    /// tatweel, Arabic-Indic digits and case fold away; punctuation, emoji and Markdown escapes separate.
    @Test func wordsAreComparedNormalized() {
        let a = TextShingles("أحمدُ يزورُ المدرسة الـكبرى في ١٢ آذار، Hello\\*World 😀 ok")
        let b = TextShingles("احمد يزور المدرسه الكبري في 12 اذار hello world ok")
        #expect(a.words.count == 10 && a.words == b.words)
        #expect(TextShingles("𝐀𝐁 中文 ĉu").words.count == 3)
        #expect(TextShingles("").words.isEmpty && TextShingles("... ،؛ !!").words.isEmpty)
    }

    @Test func identicalAndNearIdenticalTextsAreOneGroup() {
        var changedLine = Self.story
        changedLine[3] = "ويعد سد الموصل أكبر السدود العراقية وأخطرها، ويخزن كميات كبيرة من المياه تستخدم في الري وتوليد الكهرباء لمحافظات الشمال والوسط."
        let articles = [
            Self.article("a.txt", Self.story, source: "وكالة أ", date: PartialDate(year: 2024, month: 3, day: 5)),
            Self.article("b.txt", Self.story + ["وأكد مسؤول محلي في الموصل أن حركة المرور على الطريق المحاذي للسد لن تتأثر بالأعمال."],
                         title: "بدء صيانة سد الموصل", source: "صحيفة ب", date: PartialDate(year: 2024, month: 3, day: 6)),
            Self.article("c.txt", changedLine, source: "موقع ج", date: PartialDate(year: 2024, month: 3, day: 5)),
            // the same text with other spellings (hamza, ى/ي, ة/ه and diacritics) is the same text
            Self.article("d.txt", Self.story.map { $0.replacingOccurrences(of: "أ", with: "ا").replacingOccurrences(of: "ى", with: "ي") },
                         source: "وكالة د", date: PartialDate(year: 2024, month: 3, day: 4)),
            Self.article("e.txt", ["افتتحت بلدية البصرة حديقة عامة جديدة على ضفاف شط العرب تضم ملاعب للأطفال ومسارات للمشي وأكشاكا للكتب المستعملة، وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع."]),
        ]
        let groups = RepublishedGroups(articles: articles, similarity: 0.9, jobs: 2)
        #expect(groups.groups.count == 1)
        // kept: the longest text (b, a paragraph added), then the others by date
        #expect(groups.groups.first == [1, 3, 0, 2])
        let (pages, copies) = groups.apply(to: articles)
        #expect(pages.map(\.file) == ["b.txt", "e.txt"])
        #expect(copies[0].map(\.file) == ["d.txt", "a.txt", "c.txt"] && copies[1].isEmpty)
        #expect(groups.copyCount == 3)
    }

    @Test func differentStoriesAndShortTextsWithOtherTitlesStayApart() {
        var other = Self.story
        other[1] = "وقال وزير الموارد المائية في مؤتمر صحفي إن الحكومة خصصت مبالغ إضافية لمشاريع السدود في المحافظات الجنوبية أيضا."
        other[2] = "وأشار الوزير إلى أن العمل سيبدأ بسد حديثة على نهر الفرات قبل نهاية العام، ثم ينتقل إلى سدود أصغر في ديالى."
        let articles = [
            Self.article("a.txt", Self.story),
            Self.article("b.txt", other),  // a third of the text differs
            Self.article("c.txt", ["صورة اليوم."], title: "غروب على دجلة"),
            Self.article("d.txt", ["صورة اليوم."], title: "سوق الصفافير"),
            Self.article("e.txt", [], title: "عنوان بلا نص"),
            Self.article("f.txt", [], title: "عنوان آخر بلا نص"),
        ]
        #expect(RepublishedGroups(articles: articles, similarity: 0.9, jobs: 1).groups.isEmpty)
        #expect(RepublishedGroups(articles: articles + [Self.article("g.txt", Self.story)], similarity: nil, jobs: 1).groups.isEmpty)
    }

    /// A short text is half of a long one that holds it: grouped only above the length ratio.
    @Test func aTextInsideOneTwiceItsLengthIsNotACopy() {
        let articles = [Self.article("short.txt", Array(Self.story.prefix(2))), Self.article("long.txt", Self.story)]
        #expect(RepublishedGroups(articles: articles, similarity: 0.9, jobs: 1).groups.isEmpty)
    }

    /// Built: one page for the story, the copies listed on it and in data/articles.json, and the
    /// spokesman's mentions counted once.
    @Test func aSiteCountsTheStoryOnce() throws {
        let input = TempDir()
        for (name, source, day) in [("a", "وكالة أ", 5), ("b", "صحيفة ب", 6), ("c", "موقع ج", 7)] {
            input.write("\(name).md", "---\ntitle: صيانة سد الموصل\ndate: 2024-03-0\(day)\nsource: \(source)\n---\n\n"
                        + Self.story.joined(separator: "\n\n") + "\n")
        }
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1 && report.republishedCopies == 2)
        #expect(report.summary.contains("Built 1 articles (+2 republished copies)"))
        let data = try #require(out.read("site/data/articles.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [[String: Any]])
        #expect(records.count == 1 && records[0]["file"] as? String == "a.md")
        let copies = try #require(records[0]["copies"] as? [[String: Any]])
        #expect(copies.map { $0["file"] as? String } == ["b.md", "c.md"])
        #expect(copies.map { $0["source"] as? String } == ["صحيفة ب", "موقع ج"])
        // every entity counts its mentions in the story once: as many as a site of the story alone
        let alone = TempDir()
        alone.write("a.md", "---\ntitle: صيانة سد الموصل\ndate: 2024-03-05\nsource: وكالة أ\n---\n\n"
                    + Self.story.joined(separator: "\n\n") + "\n")
        let aloneOut = TempDir()
        _ = try buildSite(input: alone.url, output: aloneOut.url.appendingPathComponent("site"))
        func mentionCounts(_ dir: TempDir) throws -> [String: Int] {
            let json = try #require(dir.read("site/data/entities.json"))
            let entities = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            return Dictionary(entities.compactMap { e in (e["name"] as? String).flatMap { n in (e["mentions"] as? Int).map { (n, $0) } } },
                              uniquingKeysWith: +)
        }
        let once = try mentionCounts(aloneOut)
        #expect(!once.isEmpty && once.values.contains { $0 >= 2 })
        #expect(try mentionCounts(out) == once)
        let pagePath = try #require(records[0]["page"] as? String)
        let page = try #require(out.read("site/" + pagePath))
        #expect(page.contains("نُشر هذا الخبر أيضًا في") && page.contains("صحيفة ب") && page.contains("موقع ج"))
    }
}
