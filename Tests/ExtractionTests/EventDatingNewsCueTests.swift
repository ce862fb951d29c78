import ArabicDates
import Testing
@testable import Extraction

/// What the language says about a day an event is given or not: «منذ» beyond the event tells when a state began; an
/// indefinite noun after «أن» and a killing a verb announces are the news; «حقيقة اغتيال» is a topic; an ordinal
/// anniversary counts back to a year; a duration after a word and before a comma is not the time of the event after it.
@Suite struct EventDatingNewsCueTests: EventDatingFixtures {
    @Test func sinceBeyondTheArrestLeavesTheLeadsDay() {
        let far = events(["تمكن أعوان مركز الأمن بالمدينة من القبض على شخص خطير فار من العدالة منذ سنة 2015 بعد نصب كمين له."],
                         date: sunday)
        #expect(dates(of: .arrest, far) == [sunday])
        #expect(far.events.first.flatMap { $0.date }.map { far.dates[$0].inferred } == true)
        // right by the arrest, «منذ» may date it: no day given
        let near = events(["تم إيقاف شخص مفتش عنه منذ سنة 2015."], date: sunday)
        #expect(!dates(of: .arrest, near).contains(sunday))
        // a campaign since a day of the week is of the news's days: it still states a time
        let campaign = events(["تمكنت الوحدات الأمنية بالمدينة من إيقاف 15 مفتشا عنهم إثر حملة أمنية تواصلت منذ يوم الخميس الماضي."],
                              date: sunday)
        #expect(!dates(of: .arrest, campaign).contains(sunday))
    }

    @Test func anIndefiniteNounAfterAnnIsTheReportsNews() {
        let news = events(["أكد مصدر طبي، الأحد، أن هجوما انتحاريا بالمدينة أسفر عن مقتل 5 جنود."], date: sunday)
        #expect(dates(of: .attack, news) == [sunday])
        // one told before ("أن الهجوم") takes no report's day
        let told = events(["أكد مصدر طبي، الأحد، أن الهجوم تسبب في أضرار كبيرة للمباني."], date: sunday)
        #expect(!dates(of: .attack, told).contains(sunday))
        // a noun in construct is a topic, not news
        let topic = events(["وأكدت الوزارة، الأحد، أن استهداف المدنيين في الصراع يعد انتهاكا صارخا للقانون الدولي."], date: sunday)
        #expect(!dates(of: .attack, topic).contains(sunday))
    }

    @Test func aDurationACommaPartsFromTheTriggerIsNotItsTime() {
        let ex = events(["أكد مصدر أمني اليوم الأحد أن هجوما انتحاريا استهدف حاجزا أمنيا بالمدينة.",
                         "وكشف المصدر أن سيارة مسروقة منذ أيام قليلة، استخدمها المهاجمون في تفجير الحاجز."], date: sunday)
        let second = ex.events.first { $0.sentence == 1 && $0.type == .attack }
        #expect(second.flatMap { $0.date }.map { ex.dates[$0].text } != "منذ أيام قليلة")
        // and the news told first keeps its day
        #expect(ex.events.first { $0.sentence == 0 && $0.type == .attack }.flatMap { $0.date }.flatMap { ex.dates[$0].date } == sunday)
    }

    @Test func aKillingAnAgencyAnnouncesIsTheLeadsNews() {
        let lines = ["استشهد شاب وأصيب آخرون فجر اليوم الأحد في غارة على المدينة.",
                     "وأفادت وكالة الأنباء باستشهاد الشاب سامر خليل من المدينة."]
        let ex = events(lines, date: sunday, mentions: [("سامر خليل", .person)])
        let named = ex.events.first { $0.type == .killing && $0.sentence == 1 }
        #expect(named.flatMap { $0.date }.flatMap { ex.dates[$0].date } == sunday)
        // talked about, not announced: history
        let topic = events([lines[0], "وتحدثت الوكالة عن اغتيال سامر خليل من المدينة."], date: sunday, mentions: [("سامر خليل", .person)])
        #expect(topic.events.first { $0.type == .killing && $0.sentence == 1 }?.date == nil)
    }

    @Test func theTruthOfAKillingIsATopic() {
        let ex = events(["أكدت أرملة الناشط اليوم الأحد أن التحقيق لم يتقدم.",
                         "وأكدت أنها مع الكشف عن حقيقة اغتيال زوجها مهما كانت النتائج."], date: sunday)
        #expect(!dates(of: .killing, ex).contains(sunday))
    }

    @Test func anOrdinalAnniversaryCountsBackToAYear() {
        let ex = events(["وتزامنت الزيارة مع الذكرى الثلاثين لمقتل شقيقه في عملية عسكرية خارج البلاد."], date: sunday)
        #expect(dates(of: .killing, ex) == [PartialDate(year: 1993)])
        let m = ex.events.first { $0.type == .killing }?.date.map { ex.dates[$0] }
        #expect(m?.inferred == true && m?.text == "الذكرى الثلاثين")
        let compound = events(["وأحيا الأهالي الذكرى الخامسة والعشرين لاغتيال الزعيم النقابي."], date: sunday)
        #expect(dates(of: .killing, compound) == [PartialDate(year: 1998)])
        // no ordinal, no year
        let bare = events(["وأحيا الأهالي ذكرى اغتيال الزعيم النقابي."], date: sunday)
        #expect(dates(of: .killing, bare).allSatisfy { $0 == nil })
    }
}
