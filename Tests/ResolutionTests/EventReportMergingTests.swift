import ArabicDates
import Extraction
import Testing
@testable import Resolution

/// One attack told in several sentences and articles is one event; a title writes what was hit as a title should.
@Suite struct EventReportMergingTests {
    let sunday = PartialDate(year: 2023, month: 5, day: 14)

    @Test func aReportThatNamesNoPlaceIsItsArticlesOneAttackOfThatDay() {
        let c = resolveEvents([([
            "هاجم مسلحون مساء الأحد مسجدا في مدينة السهل أثناء صلاة العشاء.",
            "وقالت الشرطة مساء الأحد إن أحد المشتبه بهم في الهجوم على المسجد الكبير سلم نفسه.",
        ], sunday, [("مدينة السهل", .place)])])
        let attacks = c.events.filter { $0.type == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.sources.count == 2)
        #expect(attacks.allSatisfy { !$0.title.contains("مسجدا") })
    }

    @Test func anUndatedReportDaysLaterJoinsTheAttackOnTheSameKindOfTargetInTheSamePlace() {
        let first = ["نفذ مسلح مساء الأحد هجوما إرهابيا على المسجد الكبير في مدينة السهل أثناء صلاة العشاء."]
        let later = ["أكد خالد العمر شاهد عيان على الهجوم الإرهابي الذي استهدف مسجدا في مدينة السهل، مقتل مصل وإصابة اثنين."]
        let soon = resolveEvents([(first, sunday, [("مدينة السهل", .place)]),
                                  (later, PartialDate(year: 2023, month: 5, day: 18), [("مدينة السهل", .place)])])
        #expect(soon.events.filter { $0.type == .attack }.count == 1, "\(soon.events.map { ($0.title, $0.date, $0.sources.count) })")
        // a month later it may be another attack
        let late = resolveEvents([(first, sunday, [("مدينة السهل", .place)]),
                                  (later, PartialDate(year: 2023, month: 6, day: 20), [("مدينة السهل", .place)])])
        #expect(late.events.filter { $0.type == .attack }.count == 2)
    }
}

/// An indefinite attack noun introduces another attack, even the same day in the same article.
@Suite struct EventIndefiniteReportTests {
    @Test func anotherAttackOfTheSameDayStaysApart() {
        let c = resolveEvents([([
            "نفذ مسلح مساء الأحد هجوما إرهابيا على المسجد الكبير في مدينة السهل أثناء صلاة العشاء.",
            "وفي سياق آخر أعلن الجيش مساء الأحد عن هجوم شنه مسلحون على دورية عسكرية خلال عملية تمشيط في بلدة الوادي.",
        ], PartialDate(year: 2023, month: 5, day: 14), [("مدينة السهل", .place)])])
        #expect(c.events.filter { $0.type == .attack }.count == 2, "\(c.events.map { ($0.title, $0.sources.count) })")
    }
}

/// A speaker the clause describes without a name is the event's speaker as written.
@Suite struct EventDescribedSpeakerTests {
    @Test func aDescribedSpeakerIsARole() {
        let c = resolveEvents([(["وأكد الوفد الحكومي الذي واكب فعاليات اليوم الختامي أن المشاريع متواصلة."],
                                PartialDate(year: 2023, month: 5, day: 14), [])])
        let s = c.events.first { $0.type == .statement }
        #expect(s?.actorNames == ["الوفد الحكومي"])
        #expect(s?.title == "تصريح الوفد الحكومي")
    }
}
