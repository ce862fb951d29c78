import ArabicDates
import Testing
@testable import Extraction

/// Which time expression dates an event: made-up sentences of the patterns news text uses.
@Suite struct EventDatingTests: EventDatingFixtures {
    @Test func theOperationsTimeDatesWhatFollowedIt() {
        let ex = events(["تمكنت وحدات الحرس بعد عملية مداهمة فجر اليوم الأحد لمنزل بالقرية من القبض على شابين مفتش عنهما."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [sunday])
    }

    @Test func anHoursNounIsNoFutureVerb() {
        // "ساعات" read as سـ + a present verb would make the date after it a plan's.
        let ex = events(["قتل عون أمن في هجوم استهدف دورية للحرس في ساعات الصباح الأولى اليوم بمنطقة الوادي."], date: sunday)
        #expect(dates(of: .attack, ex) == [sunday])
    }

    @Test func aReportsTimeRightBeforeTheNewsItAnnouncesDatesIt() {
        let ex = events(["أعلنت مصادر أمنية مساء اليوم عن مقتل سالم العابد في اشتباكات غرب المدينة."], date: sunday,
                        mentions: [("سالم العابد", .person)])
        #expect(dates(of: .killing, ex) == [sunday])
    }

    @Test func theLeadsDayCarriesToTheNextSentencesWithoutATimeOfTheirOwn() {
        let ex = events(["أصيب جندي في اشتباكات جدت مساء أمس بجبل الوادي.",
                         "كما تمكنت قوات الجيش من القضاء على عنصرين مسلحين."], date: sunday)
        #expect(dates(of: .killing, ex) == [PartialDate(year: 2023, month: 5, day: 13)])
    }

    @Test func theLeadsDayStopsAtAnotherDate() {
        let ex = events(["أصيب جندي في اشتباكات جدت مساء أمس بجبل الوادي.",
                         "وفي شهر مارس الماضي أصيب جنديان في المنطقة نفسها.",
                         "كما تمكنت قوات الجيش من القضاء على عنصرين مسلحين."], date: sunday)
        #expect(dates(of: .killing, ex) == [nil])
        // Nor does an old lead date carry (a lead about last month is no news of the day).
        let old = events(["أصيب جندي في اشتباكات جدت يوم 2 أفريل بجبل الوادي.",
                          "كما تمكنت قوات الجيش من القضاء على عنصرين مسلحين."], date: sunday)
        #expect(dates(of: .killing, old) == [nil])
    }

    @Test func aStadiumNamedAfterADateGivesNoDate() {
        let ex = events(["أدى تدافع عند مدخل ملعب 5 مارس إلى مقتل 12 شخصا."], date: sunday)
        #expect(ex.dates.isEmpty)
        #expect(!dates(of: .killing, ex).contains(PartialDate(year: 2023, month: 3, day: 5)))
    }
}
