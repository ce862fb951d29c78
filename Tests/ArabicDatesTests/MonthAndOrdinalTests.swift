import Testing
@testable import ArabicDates

@Suite struct MonthAndOrdinalTests {
    static let levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    static let egyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                           "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    static let egyptianVariants = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيه",
                                   "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]
    static let maghreb = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
                          "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

    @Test(arguments: [levantine, egyptian, egyptianVariants, maghreb])
    func everyMonthOfASet(_ names: [String]) {
        for (i, name) in names.enumerated() {
            #expect(resolved("في 2 \(name) 2019 وقع") == PartialDate(year: 2019, month: i + 1, day: 2), "\(name)")
        }
    }

    @Test func hamzaVariantsOfApril() {
        for name in ["أبريل", "ابريل", "إبريل"] {
            #expect(resolved("في 9 \(name) 2003") == PartialDate(year: 2003, month: 4, day: 9))
        }
    }

    static let ordinals: [(String, Int)] = [
        ("الأول", 1), ("الاول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
        ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("الحادي عشر", 11), ("الثاني عشر", 12),
        ("الثالث عشر", 13), ("الرابع عشر", 14), ("الخامس عشر", 15), ("السادس عشر", 16), ("السابع عشر", 17),
        ("الثامن عشر", 18), ("التاسع عشر", 19), ("العشرين", 20), ("الحادي والعشرين", 21),
        ("الثاني والعشرين", 22), ("الثالث والعشرين", 23), ("الرابع والعشرين", 24), ("الخامس والعشرين", 25),
        ("السادس والعشرين", 26), ("السابع والعشرين", 27), ("الثامن والعشرين", 28), ("التاسع والعشرين", 29),
        ("الثلاثين", 30), ("الحادي والثلاثين", 31),
        ("الأولى", 1), ("الثانية", 2), ("الحادية عشرة", 11), ("الثالثة عشرة", 13),
    ]

    @Test func ordinalsOneToThirtyOne() {
        for (word, day) in Self.ordinals {
            #expect(resolved("في \(word) من ديسمبر 2019") == PartialDate(year: 2019, month: 12, day: day), "\(word)")
        }
    }

    @Test func ordinalWithoutMonthIsNotADate() {
        #expect(ArabicDateParser.parse("في هجوم هو الثالث من نوعه").isEmpty)
        #expect(ArabicDateParser.parse("الحادي من الطلاب").isEmpty)
    }

    @Test func kanunAndTishrin() {
        #expect(resolved("في 1 كانون الأول 2019") == PartialDate(year: 2019, month: 12, day: 1))
        #expect(resolved("في 1 تشرين الأول 2019") == PartialDate(year: 2019, month: 10, day: 1))
        #expect(resolved("في 1 تشرين الثاني 2019") == PartialDate(year: 2019, month: 11, day: 1))
    }

    @Test func monthNamesWithProclitics() {
        #expect(resolved("منذ أبريل/نيسان", PartialDate(year: 2021, month: 6)) == PartialDate(year: 2021, month: 4))
        #expect(resolved("وفي يناير الماضي", PartialDate(year: 2021, month: 6)) == PartialDate(year: 2021, month: 1))
    }
}

/// Two date words a missing space ran together ("ديسمبرالماضي", "شهرماي") read as the two.
@Suite struct GluedDateWordTests {
    let february = PartialDate(year: 2017, month: 2, day: 13)

    @Test func aMonthGluedToItsQualifier() {
        #expect(resolved("في معرض فني في ديسمبرالماضي على يد", february) == PartialDate(year: 2016, month: 12))
        #expect(resolved("يوم 20 سبتمبرالجاري", PartialDate(year: 2017, month: 9, day: 2)) == PartialDate(year: 2017, month: 9, day: 20))
        // the text keeps its offsets: the whole run is the expression
        #expect(ArabicDateParser.parse("في ديسمبرالماضي").first?.text == "ديسمبرالماضي")
    }

    @Test func theMonthNounGluedToAMonth() {
        #expect(resolved("أشارت إلى أن شهرماي الماضي سجل", PartialDate(year: 2017, month: 6, day: 19)) == PartialDate(year: 2017, month: 5))
    }

    @Test func otherRunsStayUnread() {
        // a word that only begins with a month's letters is no date
        #expect(resolved("قال الديسمبريون", february) == nil)
        #expect(resolved("شهرزاد الماضي", february) == nil)
    }
}
