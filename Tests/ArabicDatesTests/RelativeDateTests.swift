import Testing
@testable import ArabicDates

@Suite struct RelativeDateTests {
    /// Tuesday 29 June 2021.
    let tuesday = PartialDate(year: 2021, month: 6, day: 29)
    /// Saturday 1 January 2022.
    let newYear = PartialDate(year: 2022, month: 1, day: 1)

    @Test func weekdayOnOrBefore() {
        #expect(CalendarMath.weekday(year: 2021, month: 6, day: 29) == 2)
        #expect(resolved("قال يوم الثلاثاء", tuesday) == tuesday)
        #expect(resolved("قال يوم الأحد", tuesday) == PartialDate(year: 2021, month: 6, day: 27))
        #expect(resolved("وقع الهجوم الخميس", tuesday) == PartialDate(year: 2021, month: 6, day: 24))
    }

    @Test func weekdayPastAndNext() {
        #expect(resolved("قصف يوم الأحد الفائت", tuesday) == PartialDate(year: 2021, month: 6, day: 27))
        #expect(resolved("مساء الثلاثاء الماضي", tuesday) == PartialDate(year: 2021, month: 6, day: 22))
        #expect(resolved("الاثنين المقبل", tuesday) == PartialDate(year: 2021, month: 7, day: 5))
        #expect(resolved("الجمعة القادمة", tuesday) == PartialDate(year: 2021, month: 7, day: 2))
    }

    @Test func weekdayAcrossYearBoundary() {
        #expect(resolved("يوم الأربعاء الماضي", newYear) == PartialDate(year: 2021, month: 12, day: 29))
        #expect(resolved("يوم الاثنين القادم", newYear) == PartialDate(year: 2022, month: 1, day: 3))
    }

    @Test func bareMondayNeedsACue() {
        #expect(ArabicDateParser.parse("اتفق البلدان الاثنين على").isEmpty)
        #expect(resolved("منذ الاثنين", tuesday) == PartialDate(year: 2021, month: 6, day: 28))
    }

    @Test func dayOffsets() {
        #expect(resolved("قال أمس", newYear) == PartialDate(year: 2021, month: 12, day: 31))
        #expect(resolved("وقع أول أمس", newYear) == PartialDate(year: 2021, month: 12, day: 30))
        #expect(resolved("قال اليوم", newYear) == newYear)
        #expect(resolved("يصل غدا", tuesday) == PartialDate(year: 2021, month: 6, day: 30))
        #expect(only("أمس الثلاثاء، أبلغت")?.text == "أمس الثلاثاء")
        #expect(ArabicDateParser.parse("منذ اليوم الأول").isEmpty)
    }

    @Test func sameDayAsPrevious() {
        let e = only("وفي اليوم نفسه، تعرض المطار")
        #expect(e?.anchor == .previousMention(0))
        #expect(e?.resolve(reference: nil, previous: PartialDate(year: 2021, month: 7, day: 8)) == PartialDate(year: 2021, month: 7, day: 8))
    }

    @Test func monthsAndYears() {
        #expect(resolved("الشهر الماضي", newYear) == PartialDate(year: 2021, month: 12))
        #expect(resolved("وفي 29 من الشهر الماضي أعلن", newYear) == PartialDate(year: 2021, month: 12, day: 29))
        #expect(resolved("هذا الشهر", tuesday) == PartialDate(year: 2021, month: 6))
        #expect(resolved("الشهر الجاري", tuesday) == PartialDate(year: 2021, month: 6))
        #expect(resolved("العام الماضي", tuesday) == PartialDate(year: 2020))
        #expect(resolved("هذا العام", tuesday) == PartialDate(year: 2021))
        #expect(resolved("في 9 يوليو تموز الجاري", PartialDate(year: 2021, month: 7)) == PartialDate(year: 2021, month: 7, day: 9))
    }

    @Test func weeksResolveToAMonth() {
        #expect(resolved("الأسبوع الماضي", PartialDate(year: 2021, month: 7, day: 3)) == PartialDate(year: 2021, month: 6))
        #expect(resolved("هذا الأسبوع", tuesday) == PartialDate(year: 2021, month: 6))
    }

    @Test func lessPreciseReferenceKeepsItsPrecision() {
        let month = PartialDate(year: 2022, month: 1)
        #expect(resolved("مساء الأربعاء الماضي", month) == month)
        #expect(resolved("أمس", month) == month)
        #expect(resolved("الأربعاء الماضي", nil) == nil)
    }
}
