import Testing
import ArabicDates
import TestSupport
@testable import Sitegen

/// The articles' newest-first order from one number per article equals the comparison it replaces (kept as the fallback,
/// `newestFirstByComparing`) on seeded random articles: dates of every precision, undated ones, ties, files in and out of
/// order, several articles of one file.
@Suite struct ArticleOrderTests {
    @Test func orderFromNumbersIsTheComparedOne() {
        var random = SeededRandom(seed: 4646)
        var fast = 0
        for round in 0..<400 {
            let count = random.below(80)
            var files = (0..<count).map { _ in "d\(random.below(3))/f\(random.below(40)).md" }
            if round % 3 != 0 { files.sort() }  // as the input folder is read, mostly
            let articles: [Article] = files.map { file in
                var date: PartialDate?
                switch random.below(5) {
                case 0: date = nil
                case 1: date = PartialDate(year: 2015 + random.below(3))
                case 2: date = PartialDate(year: 2015 + random.below(3), month: 1 + random.below(2))
                default: date = PartialDate(year: 2015 + random.below(3), month: 1 + random.below(2), day: 1 + random.below(3))
                }
                if round % 50 == 7, date != nil { date!.year = 12_000 }  // out of range: compared
                return Article(file: file, format: .markdown, title: "t", date: date, markdown: "")
            }
            let fastPath = files == files.sorted() && !articles.contains { ($0.date?.year ?? 0) > 9999 }
            if fastPath { fast += 1 }
            #expect(SiteModel.newestFirst(articles) == SiteModel.newestFirstByComparing(articles), "round \(round)")
        }
        #expect(fast > 200)
        // a month or day 0 (no real date, equal to none in the comparison) is compared
        let zero = [Article(file: "a", format: .text, title: "", date: PartialDate(year: 2020, month: 0, day: 3), markdown: ""),
                    Article(file: "b", format: .text, title: "", date: PartialDate(year: 2020), markdown: ""),
                    Article(file: "c", format: .text, title: "", date: PartialDate(year: 2020, month: 0), markdown: "")]
        #expect(SiteModel.newestFirst(zero) == SiteModel.newestFirstByComparing(zero))
    }
}
