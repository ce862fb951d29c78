import Testing
@testable import ArabicDates

@Suite struct ArticleDateInferenceTests {
    @Test func latestFullDate() {
        let r = ArticleDateInference.infer(blocks: ["وقع الحادث في 3 مايو 2019.", "وجاء ذلك في بيان الأحد 12 مايو 2019."])
        #expect(r?.date == PartialDate(year: 2019, month: 5, day: 12))
        #expect(r?.isInferred == true)
    }

    @Test func anniversaryGivesMonthYearsLater() {
        let r = ArticleDateInference.infer(blocks: ["أحيا أنصاره الذكرى السنوية الثالثة لرحيل الشاعر في 10 آذار 2018 في دمشق."])
        #expect(r?.date == PartialDate(year: 2021, month: 3))
    }

    @Test func yearOpeningAndNewYear() {
        let r = ArticleDateInference.infer(blocks: ["تصاعد التوتر مع بدء عام 2023 في المنطقة.", "ومع الأيام الأولى من العام الجديد تغير الوضع."])
        #expect(r?.date == PartialDate(year: 2023, month: 1))
        let plain = ArticleDateInference.infer(blocks: ["تأسست الشركة عام 1998 في القاهرة."])
        #expect(plain == nil)
    }

    @Test func currentMonthWithoutYear() {
        let r = ArticleDateInference.infer(blocks: ["وفي 4 مايو أيار الجاري، أعلنت الوزارة.", "وكان الاجتماع في 2 مايو."])
        #expect(r?.date == nil)
        #expect(r?.month == 5)
    }
}
