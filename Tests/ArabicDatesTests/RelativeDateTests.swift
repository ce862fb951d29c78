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

    @Test func bareMondayUnlessItCountsTwo() {
        #expect(ArabicDateParser.parse("اتفق البلدان الاثنين على").isEmpty)
        #expect(resolved("منذ الاثنين", tuesday) == PartialDate(year: 2021, month: 6, day: 28))
        // Monday after a verb's subject, between commas, after a place
        #expect(resolved("تمكنت فرقة الشرطة بالمدينة الإثنين من إيقاف كهل", tuesday) == PartialDate(year: 2021, month: 6, day: 28))
        #expect(resolved("أكد مصدر طبي، الاثنين، أن", tuesday) == PartialDate(year: 2021, month: 6, day: 28))
        // the two: after a plural or dual noun, before «الآخرين» or a ten
        #expect(ArabicDateParser.parse("صدر الحكم ضد المتهمين الاثنين بعد ثبوت").isEmpty)
        #expect(ArabicDateParser.parse("أن المصابين الاثنين الآخرين غادرا").isEmpty)
        #expect(ArabicDateParser.parse("في شأن الإثنين الآخرين").isEmpty)
        #expect(ArabicDateParser.parse("القصائد الاثنين والعشرين").isEmpty)
        #expect(ArabicDateParser.parse("وتسبب ذلك بتلاسن بين الاثنين").isEmpty)
    }

    @Test func theFollowingDayIsNotToday() {
        #expect(only("ثم تم في اليوم الموالي إلقاء القبض")?.anchor == .previousMention(1))
        #expect(only("وفي الليلة الموالية تم إيقاف")?.anchor == .previousMention(1))
        #expect(only("وفي اليوم التالي تم إيقاف")?.anchor == .previousMention(1))
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

    /// "نفس اليوم" / "ذات اليوم" before the day word: the day last mentioned, not today; "نفسه" after a
    /// person ("الوزير نفسه اليوم") is no date of its own.
    @Test func sameDayWordBeforeTheDay() {
        let e = only("تمكنت الوحدات حوالي الساعة الثالثة من ظهر نفس اليوم من حجز سيارتين")
        #expect(e?.anchor == .previousMention(0))
        #expect(e?.text == "ظهر نفس اليوم")
        #expect(only("وفي ذات اليوم، أوقفت الشرطة شخصين")?.anchor == .previousMention(0))
        #expect(only("وقال الوزير نفسه اليوم إن")?.anchor == .dayOffset(0))
        let two = ArabicDateParser.parse("أوقفت الوحدات أمس شخصا، وفي نفس اليوم حجزت سيارة")
        #expect(two.count == 2)
        #expect(two.last?.resolve(reference: newYear, previous: two.first?.resolve(reference: newYear, assumePast: true))
                == PartialDate(year: 2021, month: 12, day: 31))
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

    /// Wednesday 3 May 2017.
    let wednesday = PartialDate(year: 2017, month: 5, day: 3)

    @Test func todayWithAWeekdayTakesTheWeekday() {
        // an article dated the Wednesday that says "today, Tuesday" was written on the Tuesday
        #expect(only("قال الوزير اليوم الثلاثاء إن")?.resolve(reference: wednesday) == PartialDate(year: 2017, month: 5, day: 2))
        #expect(resolved("قال اليوم الأربعاء", wednesday) == wednesday)
        // and a Tuesday article that says "today, Wednesday" was dated a day early
        #expect(resolved("قال اليوم الأربعاء", PartialDate(year: 2017, month: 5, day: 2)) == wednesday)
    }

    @Test func momentsAgoAndLastNight() {
        #expect(only("وصل الوزير منذ قليل إلى")?.resolve(reference: wednesday) == wednesday)
        #expect(resolved("وقع الانفجار الليلة الماضية في", wednesday) == PartialDate(year: 2017, month: 5, day: 2))
        #expect(resolved("تمكنت الوحدات الليلة البارحة من", wednesday) == PartialDate(year: 2017, month: 5, day: 2))
    }

    @Test func theNightBetweenTwoDaysIsTheFirstDaysNight() {
        // one expression, dated by the first day, not "tonight" and two weekdays
        let e = ArabicDateParser.parse("تعرض مركز في الليلة الفاصلة بين الإثنين والثلاثاء إلى هجوم")
        #expect(e.count == 1)
        #expect(e.first?.text == "الليلة الفاصلة بين الإثنين والثلاثاء")
        #expect(e.first?.resolve(reference: wednesday) == PartialDate(year: 2017, month: 5, day: 1))
        #expect(resolved("وقع الاختطاف في الليلة الفاصلة بين يومي الجمعة و السبت", wednesday) == PartialDate(year: 2017, month: 4, day: 28))
        #expect(resolved("اختطف مسلحون في الليلة الفاصلة بين 3 و4 فيفري 2017 رجلا", wednesday) == PartialDate(year: 2017, month: 2, day: 3))
        // two days that are not one night apart are no night between them: "tonight" as before
        #expect(ArabicDateParser.parse("الليلة الفاصلة بين الإثنين والخميس").first?.text == "الليلة")
    }

    @Test func aStatedWeekdayPicksTheYear() {
        // Thursday 4 May is 2017 (in 2016 it was a Wednesday), even when the past is assumed
        let e = only("انطلق التسجيل يوم الخميس 4 ماي")
        #expect(e?.weekday == 4)
        #expect(e?.resolve(reference: wednesday, assumePast: true) == PartialDate(year: 2017, month: 5, day: 4))
        #expect(e?.resolve(reference: PartialDate(year: 2017, month: 5, day: 10), assumePast: true) == PartialDate(year: 2017, month: 5, day: 4))
        // a weekday no nearby year fits rules the date out
        #expect(only("يوم الجمعة 4 ماي")?.resolve(reference: wednesday) == nil)
        // a stated year is kept
        #expect(resolved("الجمعة 4 ماي 2017", wednesday) == PartialDate(year: 2017, month: 5, day: 4))
    }

    @Test func comingMonthsNeverResolveIntoThePast() {
        #expect(resolved("في شهر مارس القادم", wednesday) == PartialDate(year: 2018, month: 3))
        #expect(resolved("في 10 جوان القادم", wednesday) == PartialDate(year: 2017, month: 6, day: 10))
    }
}
