import ArabicDates
import Testing
@testable import Extraction

/// Dates of a list's fragments, of recent news and of what an interview recalls.
@Suite struct EventDatingFragmentTests: EventDatingFixtures {
    @Test func aFragmentAfterASemicolonTakesTheDayOfTheDeedBeforeIt() {
        let ex = events(["- في 3 مارس 2004 اغتيل القيادي سالم الفارس؛", "بتفجير سيارته في مدينة السهل.",
                         "- في 9 أفريل 2008 اغتيل القيادي كمال الراشد؛", "في تفجير سيارته في مدينة السهل."],
                        date: sunday, mentions: [("مدينة السهل", .place), ("سالم الفارس", .person), ("كمال الراشد", .person)])
        #expect(dates(of: .attack, ex) == [PartialDate(year: 2004, month: 3, day: 3), PartialDate(year: 2008, month: 4, day: 9)])
        // after a full stop the sentence is no fragment of the one before
        let stop = events(["- في 3 مارس 2004 اغتيل القيادي سالم الفارس.", "بتفجير سيارته في مدينة السهل."],
                          date: sunday, mentions: [("مدينة السهل", .place), ("سالم الفارس", .person)])
        #expect(!dates(of: .attack, stop).contains(PartialDate(year: 2004, month: 3, day: 3)))
    }

    @Test func recentNewsIsNotTheArticlesDay() {
        let recent = events(["أسفرت الحملات الأمنية التي تم تنفيذها مؤخرا بمدينة السهل عن إيقاف 12 شخصا مفتشا عنهم."],
                            date: sunday, mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, recent) == [nil])
        // the same lead without «مؤخرا» is the day's news
        let today = events(["أسفرت الحملات الأمنية بمدينة السهل عن إيقاف 12 شخصا مفتشا عنهم."],
                           date: sunday, mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, today) == [sunday])
    }

    @Test func aDateAfterAnInterviewIsTheInterviewsDay() {
        let ex = events(["قالت سلمى التي عاشت أحداث تفجير محطة القطار في مداخلة لها في برنامج إذاعي اليوم الأحد إنها نجت بأعجوبة."],
                        date: sunday, mentions: [("محطة القطار", .place), ("سلمى", .person)])
        #expect(!dates(of: .attack, ex).contains(sunday))
        // a date right after the event is still its own
        let own = events(["أكدت سلمى أن تفجير محطة القطار اليوم الأحد خلف جرحى."], date: sunday,
                         mentions: [("محطة القطار", .place), ("سلمى", .person)])
        #expect(dates(of: .attack, own) == [sunday])
    }
}
