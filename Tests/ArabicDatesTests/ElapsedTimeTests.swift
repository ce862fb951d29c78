import Testing
@testable import ArabicDates

@Suite struct ElapsedTimeTests {
    /// Sunday 16 October 2016.
    let sunday = PartialDate(year: 2016, month: 10, day: 16)
    /// Tuesday 3 October 2016.
    let early = PartialDate(year: 2016, month: 10, day: 3)

    @Test func plainDaysNameTheDay() {
        #expect(resolved("اعتقل منذ يومين", sunday) == PartialDate(year: 2016, month: 10, day: 14))
        #expect(resolved("وقع الحادث قبل ثلاثة أيام", sunday) == PartialDate(year: 2016, month: 10, day: 13))
        #expect(resolved("منذ 4 أيام", sunday) == PartialDate(year: 2016, month: 10, day: 12))
        #expect(only("اعتقل منذ يومين")?.text == "منذ يومين")
        #expect(only("منذ يومين")?.statedPrecision == .day)
    }

    @Test func roughOrLongerDurationsNameTheMonthWhenTheyStayInIt() {
        // About two weeks (10 to 18 days) before 16 October straddle September and October: only the year is sure;
        // before the 25th they stay in October.
        #expect(resolved("تمت منذ قرابة أسبوعين", sunday) == PartialDate(year: 2016))
        #expect(resolved("تمت منذ قرابة أسبوعين", PartialDate(year: 2016, month: 10, day: 25)) == PartialDate(year: 2016, month: 10))
        #expect(only("تمت منذ قرابة أسبوعين")?.text == "منذ قرابة أسبوعين")
        #expect(resolved("منذ أسبوع", sunday) == PartialDate(year: 2016, month: 10))
        #expect(resolved("منذ حوالي ثلاثة أيام", sunday) == PartialDate(year: 2016, month: 10))
        #expect(resolved("تمت منذ قرابة أسبوعين", early) == PartialDate(year: 2016, month: 9))
        // Two months (60 ± 7 days) before 31 October: from 25 August to 8 September.
        #expect(resolved("قبل شهرين", PartialDate(year: 2016, month: 10, day: 31)) == PartialDate(year: 2016))
        #expect(resolved("قبل شهرين", PartialDate(year: 2016, month: 11, day: 20)) == PartialDate(year: 2016, month: 9))
    }

    @Test func vagueOrLongAgoNamesNoDate() {
        #expect(only("منذ سنوات قتل")?.text == "منذ سنوات")
        #expect(resolved("منذ سنوات قتل", sunday) == nil)
        #expect(only("منذ سنوات")?.statedPrecision == .unknown)
        #expect(resolved("منذ أكثر من 10 سنوات", sunday) == nil)
    }

    @Test func hoursAreToday() {
        #expect(resolved("منذ ساعات", sunday) == sunday)
    }

    @Test func startsOfPeriodsAreNoDurations() {
        #expect(only("منذ سنة 2011")?.text == "سنة 2011")
        #expect(only("منذ 2011")?.text == "2011")
        #expect(only("منذ شهر جانفي")?.text == "جانفي")
        #expect(only("منذ يوم الجمعة")?.text != "منذ يوم")
        #expect(ArabicDateParser.parse("قبل يومين من الانتخابات").isEmpty)
        #expect(ArabicDateParser.parse("منذ أن وصل").isEmpty)
    }

    @Test func needsTheReferenceDay() {
        #expect(resolved("منذ يومين", PartialDate(year: 2016, month: 10)) == nil)
        #expect(resolved("منذ يومين", nil) == nil)
    }
}

@Suite struct ElapsedTimeFewTests {
    @Test func aFewDaysBeforeSomethingElseIsNoDuration() {
        #expect(ArabicDateParser.parse("صدر التقرير قبل أيام قليلة من اجتماع الزعماء").isEmpty)
        #expect(only("صدر التقرير قبل أيام قليلة")?.text == "قبل أيام قليلة")
    }
}
