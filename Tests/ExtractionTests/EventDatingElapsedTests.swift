import ArabicDates
import Testing
@testable import Extraction

/// A time counted back from the article ("منذ يومين", "منذ قرابة أسبوعين", "منذ سنوات") dates the event it tells, to the
/// precision it allows; a deed a charge names is older than the charge's news.
@Suite struct EventDatingElapsedTests: EventDatingFixtures {
    /// Sunday 28 May 2023.
    var lateSunday: PartialDate { PartialDate(year: 2023, month: 5, day: 28) }

    @Test func aDurationAgoDatesTheEvent() {
        let days = events(["تمكنت الوحدات الأمنية بالمدينة منذ يومين من القبض على شخص مفتش عنه."], date: sunday)
        #expect(dates(of: .arrest, days) == [PartialDate(year: 2023, month: 5, day: 12)])
        let weeks = events(["وأوضح المتحدث أن عملية القبض على عناصر المجموعة تمت منذ قرابة أسبوعين."], date: lateSunday)
        #expect(dates(of: .arrest, weeks) == [PartialDate(year: 2023, month: 5)])
        // estimated: marked inferred, with the words that say it
        let mention = weeks.events.first { $0.type == .arrest }?.date.map { weeks.dates[$0] }
        #expect(mention?.inferred == true && mention?.text == "منذ قرابة أسبوعين")
    }

    @Test func yearsAgoIsNoDateNorTheArticlesDay() {
        let ex = events(["وقال النائب إنه منذ سنوات قتل الناشط أمام مقر الاتحاد بسبب توجهاته السياسية."], date: sunday)
        #expect(!dates(of: .killing, ex).contains(sunday))
        #expect(dates(of: .killing, ex).allSatisfy { $0 == nil })
    }

    @Test func newsAnnouncedThenToldWithItsTimeTakesThatTime() {
        let lead = "أعلن الناطق باسم المحكمة اليوم الأحد عن كشف مجموعة إرهابية وإيقاف عدد من عناصرها."
        let retold = events([lead, "وأوضح أن عملية القبض على عناصر المجموعة تمت منذ قرابة أسبوعين."], date: lateSunday)
        #expect(dates(of: .arrest, retold) == [PartialDate(year: 2023, month: 5), PartialDate(year: 2023, month: 5)])
        // told with no time after it, the announcement's day stays
        let alone = events([lead, "وأوضح أن الأبحاث متواصلة."], date: lateSunday)
        #expect(dates(of: .arrest, alone) == [lateSunday])
    }

    @Test func aChargedDeedTakesNeitherTheRulingsDateNorTheReportsDay() {
        let ruling = events(["قضت المحكمة الابتدائية بتاريخ 6 ماي 2023 على المتهم بالاعتداء بالعنف على إمام الجامع بالسجن مدة 8 أشهر."],
                            date: sunday)
        #expect(dates(of: .attack, ruling).allSatisfy { $0 == nil })
        let arrest = events(["أعلنت وزارة الداخلية اليوم الأحد أنه تم إيقاف الأشخاص المتورطين في قتل شخص بعد محاولة سلبه."], date: sunday)
        #expect(dates(of: .killing, arrest).allSatisfy { $0 == nil })
        #expect(dates(of: .arrest, arrest) == [sunday])
        // the same deed not charged is the report's news
        let news = events(["أعلنت وزارة الداخلية اليوم الأحد عن مقتل شخص بعد محاولة سلبه."], date: sunday)
        #expect(dates(of: .killing, news) == [sunday])
    }

    @Test func aDurationFarFromTheTriggerDatesAnotherVerb() {
        // the fraud's years, not the arrest's: the report's day stays
        let ex = events(["أعلنت الشرطة اليوم الأحد أنه تم اعتقال ستة أشخاص من أفراد عصابة احتالوا على مؤسسات مالية عديدة منذ سنوات."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [sunday])
    }
}
