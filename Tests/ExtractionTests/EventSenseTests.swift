import ArabicDates
import Testing
@testable import Extraction

/// Triggers in their event sense, modality, speakers and the governing date.
@Suite struct EventSenseTests {
    let wednesday = PartialDate(year: 2017, month: 5, day: 3)

    @Test func otherSensesAreNotEvents() {
        // sport
        #expect(events(["انتهى لقاء النادي الإفريقي والترجي في الملعب بالتعادل يوم الأحد."],
                       mentions: [("النادي الإفريقي", .organization), ("الترجي", .organization)]).events.isEmpty)
        // animals, figurative and cyber attacks
        #expect(events(["تعرض متسابق لهجوم سمكة قرش خلال مسابقة ركوب الأمواج يوم الأحد."]).events.isEmpty)
        #expect(events(["أطلقت الوزارة حملة تستهدف الشباب العاطلين عن العمل يوم الأحد."]).events.isEmpty)
        #expect(events(["شن النائب هجوما لاذعا على الحكومة يوم الأحد."]).events.isEmpty)
        // an accident is no killing; a name is no trigger
        #expect(events(["لقي شاب مصرعه في حادث مرور يوم الأحد."]).events.isEmpty)
        #expect(events(["أطلقت دورية عسكرية النار قرب بئر زار يوم الأحد على سيارة تهريب."], mentions: [("بئر زار", .place)])
            .events.allSatisfy { $0.type != .visit })
    }

    @Test func plansCallsSuspicionsAndDenialsDidNotHappen() {
        #expect(events(["سيقوم الوزير خالد العمر بزيارة إلى مدينة السهل."], mentions: [("خالد العمر", .person), ("مدينة السهل", .place)])
            .events.isEmpty)
        #expect(events(["تستعد الجهة لزيارة رئيس الحكومة المرتقبة إلى مدينة السهل."], mentions: [("مدينة السهل", .place)])
            .events.isEmpty)
        #expect(events(["جددت النقابة الدعوة إلى اجتماع مع الوزارة."], mentions: [("النقابة", .organization)]).events.allSatisfy { $0.type != .meeting })
        let arrest = events(["تمكنت الوحدات الأمنية أمس من إيقاف شاب للاشتباه في تخطيطه لهجوم إرهابي."])
        #expect(arrest.events.map(\.type) == [.arrest])
        #expect(arrest.events.first?.targetPhrase == "شاب")
        #expect(events(["أحبطت الشرطة هجوما إرهابيا كان سينفذه ثلاثة عناصر."]).events.isEmpty)
        // demands and rumours are no dismissal, repeated assaults no single one
        #expect(events(["وأضاف أن الهيئة ستجتمع لتقييم تجاوب الحكومة مع مطلبهم المتمثل في إقالة الوزير خالد العمر."],
                       mentions: [("خالد العمر", .person)]).events.allSatisfy { $0.type != .other })
        #expect(events(["وقد راجت منذ مساء أمس أنباء عن إقالة الوزير خالد العمر."], mentions: [("خالد العمر", .person)])
            .events.allSatisfy { $0.type != .other })
        // a phrase describing the one named party is no second party
        #expect(events(["حظي المواطن ظهر اليوم بلقاء مع رئيس الحكومة خالد العمر."], mentions: [("خالد العمر", .person)])
            .events.allSatisfy { $0.type != .meeting })
        #expect(events(["نفذ الأعوان اليوم الثلاثاء وقفة احتجاجية للتنديد بالاعتداءات المتكررة على المقرات الأمنية."]).events.isEmpty)
    }

    @Test func theSpeakerIsTheSubjectNeverTheOutlet() {
        let apposed = events(["أعلن وزير الفلاحة، سعد الصديق، اليوم الاثنين أن الموسم جيد."], mentions: [("سعد الصديق", .person)])
        #expect(apposed.events.map(\.type) == [.statement])
        #expect(apposed.events.first?.actors == [0])
        let timeFirst = events(["التقى عشية اليوم الأربعاء رئيس الحكومة سعد الصديق بقصر الحكومة وزير النقل خالد العمر."],
                               mentions: [("سعد الصديق", .person), ("خالد العمر", .person)])
        #expect(timeFirst.events.map(\.type) == [.meeting])
        #expect(timeFirst.events.first?.actors == [0, 1])
        // after a relative pronoun the name past the time is the object
        let relative = events(["وقال إن الرد جاء على الهجوم الذي استهدف يوم الأحد مجلس الشورى في مدينة السهل."],
                              mentions: [("مجلس الشورى", .organization), ("مدينة السهل", .place)])
        #expect(relative.events.contains { $0.type == .attack })
        #expect(relative.events.allSatisfy { !$0.actors.contains(0) })
        let named = events(["قال وزير الفلاحة سعد الصديق اليوم الاثنين إن الموسم جيد."], mentions: [("سعد الصديق", .person)])
        #expect(named.events.map(\.type) == [.statement])
        #expect(named.events.first?.actors == [0])
        // an anonymous source speaking to a news agency is no statement event
        #expect(events(["قال مصدر أمني اليوم لوكالة تونس افريقيا للأنباء إن الوضع هادئ."],
                       mentions: [("وكالة تونس افريقيا للأنباء", .organization)]).events.isEmpty)
        // an outlet reporting is no speaker
        #expect(events(["ذكرت صحيفة الأفق اليوم أن الوضع هادئ."], mentions: [("صحيفة الأفق", .organization)]).events.isEmpty)
        // "في تصريح لـ…" names whom it was said to
        #expect(events(["وصف الوزير القرار في تصريح لوكالة الأنباء اليوم بالغريب."], mentions: [("وكالة الأنباء", .organization)])
            .events.isEmpty)
    }

    @Test func theDateIsTheOneOfTheEventsOwnClause() {
        // the strike answered is dated in its cause phrase; the threat by the next sentence
        let ex = events(["توعد سالم النمر بقتل الجنود، رداً على قصف نفذته طائرات يوم الأحد الفائت على مخيم الريح.",
                         "جاء ذلك في خطاب متلفز، الثلاثاء 29 يونيو/حزيران 2021."],
                        date: PartialDate(year: 2021, month: 6, day: 29),
                        mentions: [("سالم النمر", .person), ("مخيم الريح", .place)])
        let date = { (t: EventType) in ex.events.first { $0.type == t }?.date.flatMap { ex.dates[$0].date } }
        #expect(date(.threat) == PartialDate(year: 2021, month: 6, day: 29))
        #expect(date(.attack) == PartialDate(year: 2021, month: 6, day: 27))
        // a report's future date is not the report's
        let plan = events(["قال الوزير خالد العمر إنه سيتم الاجتماع بالعائلات الأسبوع المقبل."], date: wednesday,
                          mentions: [("خالد العمر", .person)])
        #expect(plan.events.isEmpty)
        // what a report announces is dated by the report, and marked inferred
        let arrest = events(["أعلنت وزارة الداخلية اليوم أنه تم إيقاف 7 عناصر تكفيرية بمدينة السهل."], date: wednesday,
                            mentions: [("وزارة الداخلية", .organization), ("مدينة السهل", .place)])
        let a = arrest.events.first { $0.type == .arrest }
        #expect(a?.targetPhrase == "7 عناصر تكفيرية")
        #expect(a?.date.map { arrest.dates[$0].inferred } == true)
        #expect(a?.date.flatMap { arrest.dates[$0].date } == wednesday)
        // a birth year is no date of the event
        let born = events(["تمكن أعوان الأمن من القبض على شخص من مواليد سنة 1988 بتهمة السرقة."], date: wednesday)
        #expect(born.events.first?.date.flatMap { born.dates[$0].date } != PartialDate(year: 1988))
    }

    @Test func killingsNameTheirVictims() {
        #expect(events(["أسفر الهجوم عن مقتل في المدينة يوم الأحد."]).events.allSatisfy { $0.type != .killing })
        let ex = events(["تمكنت وحدات الجيش يوم الأحد من القضاء على إرهابيين اثنين بجبل السمامة."], mentions: [("جبل السمامة", .place)])
        #expect(ex.events.map(\.type) == [.killing])
        #expect(ex.events.first?.targetPhrase == "إرهابيين")
    }
}
