import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// `.jsonl` and `.csv` files: one article per record, stable ids, field mapping, bad records skipped
/// with an error naming the line.
@Suite struct RecordReaderTests {
    let loader = ArticleLoader()

    @Test func jsonLinesRecordsBecomeArticles() throws {
        let jsonl = """
        {"id": "a-1", "title": "وصول وفد تجاري إلى البصرة", "date": "2021-03-04T09:30:00+03:00", "text": "وصل وفد تجاري إلى البصرة صباح اليوم.\\nوالتقى الوفد محافظ المدينة.", "url": "https://example.org/a1", "source": "وكالة المثال", "author": "ليلى", "tags": ["اقتصاد", "البصرة"]}

        {"title": "مقال بصيغة ماركداون", "date": "2021-03-05", "body": "## عنوان فرعي\\n\\nنص **مهم** عن الموصل.", "format": "markdown"}
        {"text": "نص بلا عنوان يصبح عنوانه جملته الأولى. ثم جملة أخرى.", "date": "Fri, 05 Mar 2021 10:00:00 +0000"}
        """
        let o = loader.load(data: Data(jsonl.utf8), relativePath: "feeds/news.jsonl")
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
        #expect(o.articles.count == 3)
        let a = o.articles[0]
        #expect(a.file == "feeds/news.jsonl#a-1")
        #expect(a.title == "وصول وفد تجاري إلى البصرة")
        #expect(a.date == PartialDate(year: 2021, month: 3, day: 4) && a.dateSource == .metadata)
        #expect(a.url == "https://example.org/a1" && a.source == "وكالة المثال" && a.author == "ليلى")
        #expect(a.tags == ["اقتصاد", "البصرة"])
        #expect(a.format == .text && a.markdown.contains("وصل وفد تجاري") && a.bodyLine == 1)
        let md = o.articles[1]
        #expect(md.format == .markdown && md.markdown.hasPrefix("## عنوان فرعي") && md.bodyLine == 3)
        #expect(o.articles[2].title == "نص بلا عنوان يصبح عنوانه جملته الأولى")
        #expect(o.articles[2].date == PartialDate(year: 2021, month: 3, day: 5))
    }

    /// Ids come from the record (id, else its URL, else its title and text), so they do not change
    /// when records are added or moved; a repeated id gets a suffix.
    @Test func recordIdsAreStable() throws {
        let one = "{\"title\": \"أ\", \"text\": \"نص أول.\", \"url\": \"https://example.org/1\"}\n{\"title\": \"ب\", \"text\": \"نص ثان.\"}\n"
        let moved = "{\"title\": \"جديد\", \"text\": \"نص جديد.\"}\n{\"title\": \"ب\", \"text\": \"نص ثان.\"}\n"
            + "{\"title\": \"أ\", \"text\": \"نص أول.\", \"url\": \"https://example.org/1\"}\n"
        let first = loader.load(data: Data(one.utf8), relativePath: "n.jsonl").articles.map(\.file)
        let second = loader.load(data: Data(moved.utf8), relativePath: "n.jsonl").articles.map(\.file)
        #expect(Set(first).isSubset(of: Set(second)))
        let repeated = "{\"id\": 7, \"text\": \"نص.\"}\n{\"id\": 7, \"text\": \"نص آخر.\"}\n"
        #expect(loader.load(data: Data(repeated.utf8), relativePath: "r.jsonl").articles.map(\.file) == ["r.jsonl#7", "r.jsonl#7-2"])
    }

    @Test func badRecordsAreSkippedWithTheirLine() throws {
        let jsonl = "{\"title\": \"جيد\", \"text\": \"نص جيد عن بغداد.\"}\n{\"title\": \"مكسور\", \"text\": \n[1, 2]\n{\"title\": \"بلا نص\"}\n"
        let o = loader.load(data: Data(jsonl.utf8), relativePath: "mixed.jsonl")
        #expect(o.articles.map(\.title) == ["جيد"])
        let errors = o.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [2, 3, 4])
        #expect(errors.allSatisfy { $0.file == "mixed.jsonl" })
        #expect(errors[2].message.contains("no text"))
        let none = loader.load(data: Data("not json\n".utf8), relativePath: "none.jsonl")
        #expect(none.articles.isEmpty && none.diagnostics.contains { $0.message.contains("no article could be read") })
    }

    @Test func csvWithQuotedFieldsAndLineBreaks() throws {
        let csv = """
        title,date,text,source,tags
        "افتتاح جسر، في الموصل",2022-06-01,"افتتح جسر جديد في الموصل.
        وقال المهندس إن ""الجسر"" يخدم آلاف السكان.",وكالة المثال,"نقل، الموصل"
        زيارة وزير,01/07/2022,زار الوزير كركوك.,,

        """
        let o = loader.load(data: Data(csv.utf8), relativePath: "data/news.csv")
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
        #expect(o.articles.count == 2)
        let a = o.articles[0]
        #expect(a.title == "افتتاح جسر، في الموصل")
        #expect(a.sourceText == "افتتح جسر جديد في الموصل.\nوقال المهندس إن \"الجسر\" يخدم آلاف السكان.")
        #expect(a.tags == ["نقل", "الموصل"] && a.source == "وكالة المثال" && a.bodyLine == 2)
        #expect(o.articles[1].date == PartialDate(year: 2022, month: 7, day: 1) && o.articles[1].bodyLine == 4)
        #expect(o.articles[1].source == nil)
    }

    @Test func csvRowOfTheWrongWidthAndUnclosedQuoteNameTheirLines() throws {
        let csv = "title;text\nأول;نص أول عن حلب.\nثان;نص;زائد\nثالث;\"نص لم يغلق\nأبدا\n"
        let o = loader.load(data: Data(csv.utf8), relativePath: "semi.csv")
        #expect(o.articles.map(\.title) == ["أول"])
        let errors = o.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [3, 4])
        #expect(errors[0].message.contains("3 fields") && errors[1].message.contains("never closed"))
    }

    @Test func fieldsAreMappedInSitegenYml() throws {
        let dir = TempDir()
        let config = dir.write("sitegen.yml", "fields:\n  title: headline\n  text: [content, article_body]\n  date: published\n")
        var warnings: [Diagnostic] = []
        let c = try SiteConfig.load(config, warnings: &warnings)
        #expect(c.fields.title == ["headline"] && c.fields.text == ["content", "article_body"])
        let jsonl = "{\"Headline\": \"عنوان مخصص\", \"article_body\": \"نص مخصص عن أربيل.\", \"published\": \"2020-02-02\"}\n"
        let a = ArticleLoader(fields: c.fields).load(data: Data(jsonl.utf8), relativePath: "m.jsonl").articles
        #expect(a.first?.title == "عنوان مخصص" && a.first?.date == PartialDate(year: 2020, month: 2, day: 2))
        let bad = dir.write("bad.yml", "fields:\n  headline: title\n")
        #expect(throws: Diagnostic.self) { try SiteConfig.load(bad, warnings: &warnings) }
    }

    /// A record's text given as HTML keeps its words and none of its markup.
    @Test func htmlRecordTextIsReadAsText() throws {
        let jsonl = "{\"title\": \"ت\", \"format\": \"html\", \"text\": \"<p>فقرة <b>أولى</b></p><script>alert(1)</script><p>فقرة ثانية</p>\"}\n"
        let a = try #require(loader.load(data: Data(jsonl.utf8), relativePath: "h.jsonl").article)
        #expect(a.sourceText == "فقرة أولى\nفقرة ثانية")
        #expect(!a.markdown.contains("<") && !a.markdown.contains("alert"))
    }

    @Test func publicationDateFormats() {
        let cases: [(String, PartialDate?)] = [
            ("2017-01-25", PartialDate(year: 2017, month: 1, day: 25)),
            ("2017-01-25T14:36:00+01:00", PartialDate(year: 2017, month: 1, day: 25)),
            ("2017-01", PartialDate(year: 2017, month: 1)),
            ("25/01/2017", PartialDate(year: 2017, month: 1, day: 25)),
            ("01/25/2017", PartialDate(year: 2017, month: 1, day: 25)),
            ("2017/01/25", PartialDate(year: 2017, month: 1, day: 25)),
            ("Wed, 25 Jan 2017 14:36:00 +0100", PartialDate(year: 2017, month: 1, day: 25)),
            ("January 25, 2017", PartialDate(year: 2017, month: 1, day: 25)),
            ("25 كانون الثاني 2017", PartialDate(year: 2017, month: 1, day: 25)),
            ("2017-02-30", nil), ("yesterday", nil), ("2017-01-25junk", nil),
        ]
        for (text, date) in cases { #expect(PublicationDate.parse(text) == date, "\(text)") }
    }
}
