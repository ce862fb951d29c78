import Testing
@testable import ArabicDates

/// Parses one expression and resolves it against `reference`.
func resolved(_ text: String, _ reference: PartialDate? = nil) -> PartialDate? {
    let found = ArabicDateParser.parse(text)
    guard let e = found.first else { return nil }
    return e.resolve(reference: reference)
}

func only(_ text: String) -> TemporalExpression? {
    let found = ArabicDateParser.parse(text)
    return found.count == 1 ? found[0] : nil
}

@Suite struct AbsoluteDateTests {
    @Test func dayMonthYearDigits() {
        #expect(resolved("وقع ذلك في 3 يناير 2020 في بغداد") == PartialDate(year: 2020, month: 1, day: 3))
        let e = only("وقع ذلك في 3 يناير 2020 في بغداد")
        #expect(e?.text == "3 يناير 2020")
        #expect(e?.start == 11)
    }

    @Test func seasonNamesItsYear() {
        #expect(resolved("الهجوم الذي استهدف النزل في صيف 2015") == PartialDate(year: 2015))
        #expect(only("الهجوم الذي استهدف النزل في صيف 2015")?.text == "2015")  // like «في 2015»
        #expect(resolved("منذ خريف عام 2014") == PartialDate(year: 2014))
        // a season without its year is no date; nor is a bare number after another word
        #expect(ArabicDateParser.parse("خلال فصل الصيف الحار").isEmpty)
        #expect(ArabicDateParser.parse("وصل عدد الزوار 2015 زائرا").isEmpty)
    }

    @Test func ordinalWithPairedLevantineName() {
        #expect(resolved("في الثالث من كانون الثاني/يناير عام 2020") == PartialDate(year: 2020, month: 1, day: 3))
    }

    @Test func brokenKanunSlashVariant() {
        let e = only("قرب المطار في الثالث من كانون/الثاني يناير عام 2020.")
        #expect(e?.text == "الثالث من كانون/الثاني يناير عام 2020")
        #expect(e?.resolve(reference: nil) == PartialDate(year: 2020, month: 1, day: 3))
    }

    @Test func pairedWithSlashAndSpace() {
        #expect(resolved("الثلاثاء 29 يونيو/حزيران 2021.") == PartialDate(year: 2021, month: 6, day: 29))
        #expect(only("الثلاثاء 29 يونيو/حزيران 2021.")?.text == "الثلاثاء 29 يونيو/حزيران 2021")
        #expect(resolved("في 8 يوليو تموز 2021") == PartialDate(year: 2021, month: 7, day: 8))
    }

    @Test func monthWithPastQualifier() {
        let july = PartialDate(year: 2021, month: 7, day: 15)
        let january = PartialDate(year: 2022, month: 1, day: 10)
        #expect(resolved("في 27 يونيو حزيران الماضي", july) == PartialDate(year: 2021, month: 6, day: 27))
        #expect(resolved("في 27 يونيو حزيران الماضي", january) == PartialDate(year: 2021, month: 6, day: 27))
        #expect(resolved("في 27 يونيو الماضي", PartialDate(year: 2021, month: 6, day: 30)) == PartialDate(year: 2020, month: 6, day: 27))
    }

    @Test func partOfDayOrdinalWithoutYear() {
        let e = only("تعرضت السفارة لهجوم فجر الثامن من يوليو تموز.")
        #expect(e?.text == "فجر الثامن من يوليو تموز")
        #expect(e?.resolve(reference: PartialDate(year: 2021, month: 7)) == PartialDate(year: 2021, month: 7, day: 8))
        #expect(e?.resolve(reference: nil) == nil)
    }

    @Test func dayMonthTakesReferenceYear() {
        #expect(resolved("الهجوم في 11 مارس على القاعدة", PartialDate(year: 2020, month: 3, day: 20)) == PartialDate(year: 2020, month: 3, day: 11))
    }

    @Test func yearsAlone() {
        #expect(resolved("دعت الحكومة الولايات المتحدة عام 2014 للمساعدة") == PartialDate(year: 2014))
        #expect(resolved("مطلع 2022") == PartialDate(year: 2022))
        #expect(only("مع بدء عام 2022 ،")?.text == "بدء عام 2022")
        // A number that is not a year, or a year without a cue, is not a date.
        #expect(ArabicDateParser.parse("خفضوا قواتهم إلى 2500 عسكري").isEmpty)
        #expect(ArabicDateParser.parse("بلغ العدد 2020 شخصا").isEmpty)
    }

    @Test func monthOnlyTakesYearFromContext() {
        let e = only("استهدف الموقعان في كانون الثاني / يناير بعد ذلك")
        #expect(e?.text == "كانون الثاني / يناير")
        #expect(e?.resolve(reference: PartialDate(year: 2020, month: 3)) == PartialDate(year: 2020, month: 1))
    }

    @Test func maghrebCurrentMonth() {
        #expect(resolved("يوم 24 جانفي الحالي", PartialDate(year: 2017, month: 1, day: 26)) == PartialDate(year: 2017, month: 1, day: 24))
    }

    @Test func arabicIndicDigits() {
        #expect(resolved("في ٣ يناير ٢٠٢٠") == PartialDate(year: 2020, month: 1, day: 3))
        #expect(resolved("في ۱۱ مارس ۲۰۲۰") == PartialDate(year: 2020, month: 3, day: 11))
    }

    @Test func numericDates() {
        #expect(resolved("بتاريخ 29/6/2021") == PartialDate(year: 2021, month: 6, day: 29))
        #expect(resolved("بتاريخ 2021-06-29") == PartialDate(year: 2021, month: 6, day: 29))
    }

    @Test func invalidDayIsRejected() {
        // The impossible day is dropped; only "فبراير 2021" remains.
        #expect(resolved("في 31 فبراير 2021") == PartialDate(year: 2021, month: 2))
    }

    @Test func weakMonthNamesNeedContext() {
        #expect(ArabicDateParser.parse("مارس الضغط على الحكومة").isEmpty)
        #expect(ArabicDateParser.parse("زار باب المدينة").isEmpty)
        #expect(resolved("في 5 مارس 2019") == PartialDate(year: 2019, month: 3, day: 5))
        #expect(resolved("في 15 آب 2019") == PartialDate(year: 2019, month: 8, day: 15))
    }

    @Test func monthFromLastYear() {
        #expect(resolved("في يونيو من العام الماضي", PartialDate(year: 2022, month: 1)) == PartialDate(year: 2021, month: 6))
    }

    @Test func twoDigitYearsAfterAYearWord() {
        #expect(resolved("اغتيل عام 88 في تونس") == PartialDate(year: 1988))
        #expect(resolved("منذ سنة 15") == PartialDate(year: 2015))
        #expect(ArabicDateParser.parse("مرت 88 سنة").isEmpty)
    }
}
