import ArabicDates
import Testing
@testable import Extraction

/// Dates of news told on after an undated lead, of a death recalled with an aside, and of what happened "the next day".
@Suite struct EventDatingLeadNewsTests: EventDatingFixtures {
    @Test func moreOfTheLeadsNewsTakesTheArticlesDay() {
        let ex = events(["تمكنت الوحدات الأمنية بمدينة السهل من إلقاء القبض على 4 عناصر مفتش عنهم.",
                         "كما تم إلقاء القبض على شخصين مفتش عنهما في قضايا سرقة."], date: sunday,
                        mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, ex) == [sunday, sunday])
        // not past a sentence that states another time
        let past = events(["تمكنت الوحدات الأمنية بمدينة السهل من إلقاء القبض على 4 عناصر مفتش عنهم.",
                           "وكانت الوحدات قد نفذت يوم 2 ماي حملة أمنية بالجهة.",
                           "كما تم إلقاء القبض على شخصين مفتش عنهما في قضايا سرقة."], date: sunday,
                          mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, past).last == .some(nil))
        // nor when the story is recent news, nor to an arrest still sought
        let recent = events(["تمكنت الوحدات الأمنية بمدينة السهل، مؤخرا، من إلقاء القبض على 4 عناصر مفتش عنهم.",
                             "وأضاف المصدر أن الأبحاث متواصلة.", "كما تم إلقاء القبض على شخصين مفتش عنهما في قضايا سرقة."], date: sunday,
                            mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, recent).last == .some(nil))
        let sought = events(["تمكنت الوحدات الأمنية بمدينة السهل من إلقاء القبض على 4 عناصر مفتش عنهم.",
                             "وأضاف المصدر أن الأبحاث متواصلة.", "وتتواصل المساعي لإلقاء القبض على عنصر خامس."], date: sunday,
                            mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .arrest, sought).count == 2 && dates(of: .arrest, sought).last == .some(nil))
    }

    @Test func aDeathRecalledWithAnAsideTakesItsMonth() {
        let ex = events(["وتشهد المنطقة احتجاجات منذ مقتل بائع الخضر سامي الهادي (28 عاما) في مارس 2022 دهسا في شاحنة."],
                        date: sunday, mentions: [("سامي الهادي", .person)])
        #expect(dates(of: .killing, ex) == [PartialDate(year: 2022, month: 3)])
    }

    @Test func theNextDayIsNotTheArticlesDay() {
        let ex = events(["يذكر أن أعوان الأمن قد تمكنوا خلال هذه العملية من القضاء على مسلحين اثنين، ثم تم في اليوم الموالي إلقاء القبض على الرابع."],
                        date: sunday)
        #expect(dates(of: .killing, ex) == [nil])
    }
}
