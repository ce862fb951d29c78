import Testing
@testable import ArabicDates

/// A date that names a place, and a weekday that contradicts the date it is stated with.
@Suite struct NamesAndWeekdayChecksTests {
    @Test func aDateAfterAPlaceHeadNounIsItsName() {
        #expect(ArabicDateParser.parse("تدافع الجمهور عند مدخل ملعب 5 مارس بالمدينة").isEmpty)
        #expect(ArabicDateParser.parse("تجمع المحتجون في ساحة 9 أكتوبر وسط العاصمة").isEmpty)
        #expect(ArabicDateParser.parse("يقع المقر بشارع 20 جانفي قرب البلدية").isEmpty)
        #expect(ArabicDateParser.parse("أساتذة جامعة الثامن من مارس").isEmpty)
        // The same date after any other word, or after يوم, is a time.
        #expect(resolved("تدافع الجمهور عند الملعب في 5 مارس 2019") == PartialDate(year: 2019, month: 3, day: 5))
        #expect(resolved("افتتح الملعب يوم 5 مارس 2019") == PartialDate(year: 2019, month: 3, day: 5))
    }

    @Test func todayWithWeekdayAndFullDateIsOneExpression() {
        let e = only("قالت الشرطة فجر اليوم الجمعة 12 ماي 2017 إن")
        #expect(e?.text == "فجر اليوم الجمعة 12 ماي 2017")
        #expect(e?.resolve(reference: PartialDate(year: 2017, month: 5, day: 12)) == PartialDate(year: 2017, month: 5, day: 12))
    }

    @Test func aWeekdayThatContradictsTheYearTakesTheReferencesYear() {
        // 14 May 2015 was a Thursday; 14 May 2016, the article's day, a Saturday.
        let article = PartialDate(year: 2016, month: 5, day: 14)
        #expect(resolved("أوقفت الوحدات اليوم السبت 14 ماي 2015 شخصا", article) == article)
        #expect(only("أوقفت الوحدات اليوم السبت 14 ماي 2015 شخصا")?.isSelfContained == false)
        // "اليوم الاثنين 15 أكتوبر 2016" in an article of Monday 17 October 2016 (the 15th was a Saturday).
        #expect(resolved("أعلنت الوزارة اليوم الاثنين 15 أكتوبر 2016 أن", PartialDate(year: 2016, month: 10, day: 17))
                == PartialDate(year: 2016, month: 10, day: 17))
        // No year around the reference fits: no date rather than a wrong one.
        #expect(resolved("وقع ذلك يوم السبت 3 جانفي 2013", PartialDate(year: 2016, month: 6, day: 10)) == nil)
        #expect(resolved("وقع ذلك يوم السبت 3 جانفي 2013") == nil)
        // No year around the reference fits, but the stated year is the reference's: the weekday is the typo.
        #expect(resolved("وقع ذلك يوم السبت 3 جانفي 2013", PartialDate(year: 2013, month: 1, day: 9)) == PartialDate(year: 2013, month: 1, day: 3))
        // A weekday that fits keeps the stated date.
        #expect(resolved("وقع ذلك يوم الخميس 3 جانفي 2013", PartialDate(year: 2016, month: 6, day: 10)) == PartialDate(year: 2013, month: 1, day: 3))
        #expect(only("وقع ذلك يوم الخميس 3 جانفي 2013")?.isSelfContained == true)
    }
}

@Suite struct WeekendTests {
    @Test func theEndOfLastWeekIsTheWeekendBeforeTheReference() {
        // Monday 3 April 2017: the weekend was 1–2 April.
        let monday = PartialDate(year: 2017, month: 4, day: 3)
        #expect(resolved("نفذتها نهاية الأسبوع الماضي", monday) == PartialDate(year: 2017, month: 4))
        #expect(resolved("نفذتها نهاية الاسبوع المنقضي", monday) == PartialDate(year: 2017, month: 4))
        #expect(resolved("أوقفت في نهاية الأسبوع", monday) == PartialDate(year: 2017, month: 4))
        // Wednesday 1 March 2017: the weekend before was in February; a bare "end of the week" may be the coming one.
        let wednesday = PartialDate(year: 2017, month: 3, day: 1)
        #expect(resolved("نهاية الأسبوع الماضي", wednesday) == PartialDate(year: 2017, month: 2))
        #expect(resolved("نهاية الأسبوع", wednesday) == nil)
        // "عطلة نهاية الأسبوع" names the weekend; no time.
        #expect(ArabicDateParser.parse("جنود خرجوا لقضاء عطلة نهاية الأسبوع").isEmpty)
        // The start of last week is still the week before.
        #expect(only("مطلع الأسبوع الماضي")?.anchor == .weekOffset(-1))
    }

    @Test func maghrebPastQualifiers() {
        let april = PartialDate(year: 2017, month: 4, day: 3)
        #expect(resolved("المنعقد يوم 5 مارس الفارط", april) == PartialDate(year: 2017, month: 3, day: 5))
        #expect(resolved("خلال الشهر المنقضي", april) == PartialDate(year: 2017, month: 3))
    }
}

@Suite struct DayWordWithFullDateTests {
    @Test func yesterdayWithAFullDateIsThatDate() {
        let e = only("نجحت أمس 28 ماي 2017 على الساعة 21.30 الوحدة")
        #expect(e?.text == "أمس 28 ماي 2017")
        #expect(e?.resolve(reference: PartialDate(year: 2017, month: 5, day: 29)) == PartialDate(year: 2017, month: 5, day: 28))
    }
}
