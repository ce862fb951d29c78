import ArabicDates
import Testing
@testable import Extraction

/// Background told after a dated lead — a past perfect, a reminder, "earlier" — recalls earlier deeds: it takes no day
/// the text does not state for it.
@Suite struct EventDatingBackgroundTests: EventDatingFixtures {
    private let lead = "تمكنت الوحدات الأمنية بمدينة السهل أمس السبت من إلقاء القبض على شخصين مفتش عنهما."

    @Test func newsAfterTheLeadTakesItsDay() {
        // (the control: the same arrest told plainly is the lead's news)
        let ex = events([lead, "وأوقفت الوحدات شخصا ثالثا بالجهة."], date: sunday, mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, ex) == [saturday, saturday])
    }

    @Test func aPastPerfectAfterTheLeadStaysUndated() {
        let ex = events([lead, "وذكر المصدر أن الوحدات كانت قد أوقفت شخصا ثالثا بالجهة."], date: sunday,
                        mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, ex) == [saturday, nil])
    }

    @Test func aReminderOrAnEarlierDeedStaysUndated() {
        let earlier = events([lead, "وفي وقت سابق أوقفت الوحدات شخصا ثالثا بالجهة."], date: sunday,
                             mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, earlier) == [saturday, nil])
        let before = events([lead, "وأضاف المصدر أنه سبق أن تم إيقاف شخص ثالث بالجهة."], date: sunday,
                            mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, before) == [saturday, nil])
        // a deed told in full in what was said earlier is the news itself
        let said = events([lead, "وقال المصدر في وقت سابق إن الوحدات أوقفت شخصا ثالثا بالجهة."], date: sunday,
                          mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, said) == [saturday, saturday])
        // "earlier today" is the same day's news
        let sameDay = events(["تمكنت الوحدات الأمنية بمدينة السهل اليوم الأحد من إلقاء القبض على شخصين مفتش عنهما.",
                              "وفي وقت سابق اليوم أوقفت الوحدات شخصا ثالثا بالجهة."], date: sunday,
                             mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, sameDay) == [sunday, sunday])
    }

    @Test func aPastPerfectStatingItsDayKeepsIt() {
        let ex = events([lead, "وكانت الوحدات قد أوقفت شخصا ثالثا بالجهة يوم 2 ماي."], date: sunday,
                        mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, ex) == [saturday, PartialDate(year: 2023, month: 5, day: 2)])
    }

    @Test func backgroundCuesStandBeforeTheTrigger() {
        func words(_ s: String) -> SentenceWords {
            let text = Array(s.unicodeScalars)
            return SentenceWords(block: text, span: TextSpan(block: 0, start: 0, end: text.count))
        }
        // «داهموا» is word 6 after «كانوا قد», word 4 in the plain one (whose «كان قد» comes after it)
        #expect(BackgroundClauses.before(6, in: words("وقال المصدر إن الأعوان كانوا قد داهموا المنزل.")))
        #expect(!BackgroundClauses.before(4, in: words("وقال المصدر إن الأعوان داهموا المنزل وكان قد فر.")))
    }
}
