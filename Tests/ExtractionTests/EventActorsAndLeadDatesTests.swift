import Testing
@testable import Extraction
import ArabicDates

/// Actors a clause names around the trigger (a claim's subject before its verb, who ventured on the deed, one unit of a
/// force, an office holder after «لدى»), a clash's sides before the source it is told by, and days that reach an
/// event from the clause that led to it or from the lead.
@Suite struct EventActorsAndLeadDatesTests: EventDatingFixtures {
    func actors(of type: EventType, _ ex: DocumentExtraction) -> [[String]] {
        ex.events.filter { $0.type == type }.map { $0.actors.map { ex.mentions[$0].surface } }
    }

    func phrases(of type: EventType, _ ex: DocumentExtraction) -> [String?] {
        ex.events.filter { $0.type == type }.map(\.actorPhrase)
    }

    @Test func aClaimantBeforeItsVerbPastAdjectivesAndQad() {
        let ex = events(["استهدف هجوم مسلح حاجزا أمنيا قرب مدينة السهل يوم الاثنين.",
                         "يذكر أن تنظيم جند الفجر الإرهابي قد أعلن مسؤوليته عن هذا الهجوم."],
                        mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(actors(of: .attack, ex).first == ["تنظيم جند الفجر"])
        // a word that is neither an adjective nor «قد» between them: not its subject
        let other = events(["استهدف هجوم مسلح حاجزا أمنيا قرب مدينة السهل يوم الاثنين.",
                            "وقال تنظيم جند الفجر في بيان إن الحكومة قد أعلنت مسؤوليتها عن الهجوم."],
                           mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(actors(of: .attack, other).first == [])
    }

    @Test func whoVenturedOnTheDeedDidIt() {
        let assault = events(["عمد 4 أشخاص، بينهم امرأة أمس إلى الاعتداء على تاجر بمدينة السهل وسلب أمواله."],
                             mentions: [("مدينة السهل", .place)])
        #expect(phrases(of: .attack, assault).first == "4 أشخاص")
        let killing = events(["أقدم شاب صباح اليوم على قتل شقيقه بمدينة السهل إثر خلاف."], mentions: [("مدينة السهل", .place)])
        #expect(phrases(of: .killing, killing).first == "شاب")
        // a name in the aside: the phrase may not be the subject
        let named = events(["أقدم شاب قال عنه سمير الورتاني إنه مريض على الاعتداء على جاره."],
                           mentions: [("سمير الورتاني", .person)])
        #expect(phrases(of: .attack, named).allSatisfy { $0 != "شاب" })
    }

    @Test func oneUnitOfAForceKilled() {
        let ex = events(["تمكنت إحدى التشكيلات العسكرية، عشية اليوم الجمعة، من القضاء على مسلحين اثنين بجبل الريح."])
        #expect(phrases(of: .killing, ex).first == "إحدى التشكيلات العسكرية")
    }

    @Test func anOfficeHolderAfterLada() {
        let ex = events(["قال اليوم الثلاثاء سفير بلجيكا لدى تونس جان مارتان، إن بلاده ستدعم المشروع."],
                        mentions: [("بلجيكا", .place), ("تونس", .place), ("جان مارتان", .person)])
        #expect(actors(of: .statement, ex) == [["جان مارتان"]])
    }

    @Test func aClashsSidesStopAtItsSource() {
        let ex = events(["قتل مسلحان خلال اشتباكات مع حركة الفجر الجديد غرب مدينة السهل، بحسب ما أفاد به مصدر أمني مراسلة إذاعة النور."],
                        mentions: [("حركة الفجر الجديد", .organization), ("مدينة السهل", .place), ("إذاعة النور", .organization)])
        #expect(actors(of: .clash, ex).first == ["حركة الفجر الجديد"])
        let nameless = events(["اندلعت اشتباكات بين حركة الفجر الجديد وجبهة الأمل غرب مدينة السهل، وفق ما نقلته شبكة الرافدين."],
                              mentions: [("حركة الفجر الجديد", .organization), ("جبهة الأمل", .organization),
                                         ("مدينة السهل", .place), ("شبكة الرافدين", .organization)])
        #expect(actors(of: .clash, nameless).first == ["حركة الفجر الجديد", "جبهة الأمل"])
    }

    @Test func theConfrontationsClauseDatesWhatItLedTo() {
        let ex = events(["أسفرت المواجهات التي جدت اليوم الأحد بين قوات الأمن ومسلحين في حي النور عن القضاء على مسلحين اثنين."],
                        date: sunday)
        #expect(dates(of: .killing, ex) == [sunday])
    }

    @Test func aDeedQamGovernsTakesTheLeadsDay() {
        let ex = events(["هاجمت مجموعة مسلحة فجر اليوم مركزا للحرس بجبل الريح.",
                         "وقامت المجموعة باختطاف أحد الحراس قبل أن تطلق سراحه بعد ساعة."], date: sunday)
        #expect(dates(of: .other, ex) == [sunday])
        // without «قام … بـ», a noun of another type than the news types is no day's news
        let noun = events(["هاجمت مجموعة مسلحة فجر اليوم مركزا للحرس بجبل الريح.",
                           "وتحدث الأهالي عن اختطاف أحد الحراس."], date: sunday)
        #expect(!dates(of: .other, noun).contains(sunday))
    }
}
