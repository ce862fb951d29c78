import ArabicDates
import Testing
@testable import Extraction

/// News spread over a span of time is given no one day; a lead's past month carries to the news after it.
@Suite struct EventDatingSpanTests: EventDatingFixtures {
    @Test func newsOverTheLastDaysIsGivenNoDay() {
        // two operations over the last two days: not the day the article reported them
        let span = events(["تمكنت وحدات الحرس بالمدينة في عمليتين منفصلتين خلال اليومين الماضيين من القبض على عنصرين مشبوهين."],
                          date: sunday)
        #expect(dates(of: .arrest, span) == [nil])
        // the same lead without the span is the day's news
        let day = events(["تمكنت وحدات الحرس بالمدينة من القبض على عنصرين مشبوهين."], date: sunday)
        #expect(dates(of: .arrest, day) == [sunday])
        // a stated day still dates the clause
        let stated = events(["تمكنت وحدات الحرس بالمدينة خلال اليومين الماضيين أمس السبت من القبض على عنصرين مشبوهين."],
                            date: sunday)
        #expect(dates(of: .arrest, stated) == [saturday])
    }

    @Test func aCampaignOverAWeekIsNotTheLeadsDay() {
        let campaign = events(["حجزت فرقة الشرطة بالمدينة أمس السبت كمية من الخمور.",
                               "كما قامت الفرقة خلال حملة امتدت على مدى أسبوع بإيقاف 10 أشخاص مفتش عنهم."], date: sunday)
        #expect(dates(of: .arrest, campaign) == [nil])
        let oneDay = events(["حجزت فرقة الشرطة بالمدينة أمس السبت كمية من الخمور.",
                             "كما قامت الفرقة بإيقاف 10 أشخاص مفتش عنهم."], date: sunday)
        #expect(dates(of: .arrest, oneDay) == [saturday])
    }

    @Test func aLeadsPastMonthCarriesToTheNewsAfterIt() {
        let april = PartialDate(year: 2023, month: 4)
        let lead = events(["أسفرت حملة أمنية نفذتها الوحدات بالمدينة خلال شهر أفريل الماضي عن إيقاف شخص مفتش عنه.",
                           "كما تم إيقاف 12 شخصا آخرين وحجز 3 سيارات."], date: sunday)
        #expect(dates(of: .arrest, lead) == [april, april])
        // a month two before the article's is no news of the past weeks
        let older = events(["أسفرت حملة أمنية نفذتها الوحدات بالمدينة خلال شهر مارس الماضي عن إيقاف شخص مفتش عنه.",
                            "كما تم إيقاف 12 شخصا آخرين وحجز 3 سيارات."], date: sunday)
        #expect(dates(of: .arrest, older).last != PartialDate(year: 2023, month: 3))
        // the start of a series is not the lead's news
        let since = events(["تتواصل منذ شهر أفريل الماضي الحملات الأمنية بالمدينة.",
                            "وقد تم إيقاف 12 شخصا مفتشا عنهم وحجز 3 سيارات."], date: sunday)
        #expect(dates(of: .arrest, since).allSatisfy { $0 != april })
        #expect(LeadNewsDay.newsMonth(PartialDate(year: 2022, month: 12), reference: PartialDate(year: 2023, month: 1, day: 3)))
        #expect(!LeadNewsDay.newsMonth(PartialDate(year: 2022, month: 11), reference: PartialDate(year: 2023, month: 1, day: 3)))
    }
}

/// What an anniversary marks is history: no day of the news around it, and a date right after it names it.
@Suite struct EventDatingAnniversaryTests: EventDatingFixtures {
    @Test func anAnniversarysEventTakesNoNewsDay() {
        let marked = events(["حجزت الوحدات الأمنية بالمدينة أمس السبت كمية من البضائع المهربة.",
                             "وتوافق زيارة الوزير للمدينة الذكرى العاشرة لمقتل شقيقه في هجوم على قافلة."], date: sunday)
        #expect(dates(of: .killing, marked).allSatisfy { $0 == nil })
        // a date after the event is its own
        let stated = events(["وحضر الوزير موكب إحياء الذكرى الرابعة لاغتيال المحامي في 6 فيفري 2019 أمام منزله."], date: sunday)
        #expect(dates(of: .killing, stated).allSatisfy { $0 == nil || $0 == PartialDate(year: 2019, month: 2, day: 6) })
    }

    @Test func aDateRightAfterAnAnniversaryNounNamesIt() {
        let ex = events(["وأكد الوزير في تصريح على هامش ندوة نظمتها الجمعية بمناسبة إحياء الذكرى 22 جانفي 1952 أن الجهة تبقى القلب الحي للحركة الوطنية."],
                        date: sunday)
        #expect(!ex.events.contains { $0.date.flatMap { ex.dates[$0].date }?.year == 1952 })
    }
}

/// A date the sentence states that governs the event through another word: a verb of doing or undergoing, a
/// response, a sibling relative clause, the verb of success that ends a cause phrase.
@Suite struct EventDatingGovernorTests: EventDatingFixtures {
    let may2 = PartialDate(year: 2022, month: 5, day: 2)

    @Test func aVerbOfDoingOrUndergoingDatesTheNounItGoverns() {
        let seen = events(["وكانت المدينة شهدت في 2 ماي من السنة الماضية حادثة اختطاف طفل أمام مدرسته."], date: sunday)
        #expect(dates(of: .other, seen) == [may2])
        let shepherd: [(String, EntityType)] = [("خليفة العمري", .person)]
        let suffered = events(["أكدت عائلة الراعي تعرّض شقيقه، خليفة العمري اليوم إلى عملية اختطاف من قبل مجموعة مسلحة."], date: sunday,
                              mentions: shepherd)
        #expect(dates(of: .other, suffered) == [sunday])
        // without the verb, the report's date is not the kidnapping's
        let reported = events(["أكدت عائلة الراعي اليوم تفاصيل عملية اختطاف خليفة العمري من قبل مجموعة مسلحة."], date: sunday, mentions: shepherd)
        #expect(dates(of: .other, reported) == [nil])
    }

    @Test func aResponseDatesTheAttackItMet() {
        let ex = events(["وأشارت الوزارة في بلاغ لها إلى أن الوحدات العسكرية تمكنت فجر اليوم الأحد من إحباط الهجوم المسلح الذي استهدف الثكنة."],
                        date: sunday)
        #expect(dates(of: .attack, ex) == [sunday])
    }

    @Test func aSiblingRelativeClauseSharesItsDate() {
        let ex = events(["وذكر الوزير ببعض تفاصيل العملية التي جدت أمس، والتي أسفرت عن القضاء على 3 مسلحين."], date: sunday)
        #expect(dates(of: .killing, ex) == [saturday])
    }

    @Test func aVerbOfSuccessEndsACausePhrase() {
        let ex = events(["وبعد مراجعة النيابة العمومية نجحت أمس الوحدة المختصة للحرس في القضاء على عنصر مسلح خطير."], date: sunday)
        #expect(dates(of: .killing, ex) == [saturday])
    }
}
