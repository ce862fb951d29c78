import ArabicDates
import Testing
@testable import Extraction

/// Which places an event's own clause gives it: not where a charge, a warrant or a company is, not where
/// someone comes from; the place in the title's dateline when the clause names none.
@Suite struct EventPlaceAttachmentTests {
    func places(_ ex: DocumentExtraction, _ i: Int = 0) -> [String] {
        ex.events.count > i ? ex.events[i].places.map { ex.mentions[$0].surface } : ["<no event>"]
    }

    @Test func aProvinceNounHeadsThePlaceAndAKillingTakesThePlaceOfTheShootingItHappenedIn() {
        let attack = events(["أدانت الوزارة الاعتداء الذي استهدف مساء أمس الأحد مركزا ثقافيا إسلاميا بمقاطعة الوادي الكندية."], mentions: [("الوادي", .place)])
        #expect(places(attack) == ["الوادي"])
        let killing = events(["قتل ثلاثة أشخاص وأصيب اثنان آخران في إطلاق نار بولاية الوادي، حسب وسائل إعلام محلية."],
                             mentions: [("الوادي", .place)])
        #expect(killing.events.first { $0.type == .killing }.map { $0.places.map { killing.mentions[$0].surface } } == ["الوادي"])
    }

    @Test func aChargePlaceIsNotTheArrestPlace() {
        let ex = events(["تمكن الأعوان أمس من إيقاف امرأة بمدينة السهل بتهمة سرقة مصوغ من منزل بمدينة الوادي."],
                        mentions: [("السهل", .place), ("الوادي", .place)])
        #expect(places(ex) == ["السهل"])
        let cause = events(["تم أمس إيقاف 3 شبان على إثر عمليات سطو ارتكبوها في مدينة الوادي."], mentions: [("مدينة الوادي", .place)])
        #expect(places(cause).isEmpty)
    }

    @Test func theAgentPhraseAfterAChargeIsTheArrests() {
        let ex = events(["تم أمس القبض على مفتش عنه بتهمة القتل العمد من طرف وحدات الحرس بمنطقة الربوة من ولاية الوادي."],
                        mentions: [("الربوة", .place), ("الوادي", .place)])
        #expect(places(ex) == ["الربوة", "الوادي"])
    }

    @Test func aWarrantPlaceIsNotTheArrestPlace() {
        // the force's place before the trigger is where it arrested
        let ex = events(["تمكنت فرقة الشرطة بمدينة السهل أمس من القبض على شاب صادرة في حقه مناشير تفتيش من قبل فرقة مكافحة الإرهاب بالوادي."],
                        mentions: [("السهل", .place), ("الوادي", .place)])
        #expect(places(ex) == ["السهل"])
    }

    @Test func anOriginIsNotThePlace() {
        let home = events(["تم أمس إيقاف شاب أصيل معتمدية الربوة من ولاية الوادي بعد شكوى كيدية."],
                          mentions: [("الربوة", .place), ("الوادي", .place)])
        #expect(places(home).isEmpty)
        let from = events(["ألقت الشرطة أمس القبض على رجل قادم من مدينة الوادي في مطار السهل."],
                          mentions: [("الوادي", .place), ("مطار السهل", .place)])
        #expect(places(from) == ["مطار السهل"])
        let people = events(["تم أمس إيقاف 3 شبان من ولاية الوادي في مدينة السهل."], mentions: [("الوادي", .place), ("السهل", .place)])
        #expect(places(people) == ["السهل"])
    }

    @Test func aCompanySeatIsNotThePlace() {
        let ex = events(["تم أمس إيقاف رجل ومسؤول عن شركة مقرها في مدينة الوادي."], mentions: [("الوادي", .place)])
        #expect(places(ex).isEmpty)
    }

    @Test func aPlaceAfterItsDescribedHeadIsAttached() {
        let ex = events(["أقدم رجل أمس على قتل شرطي قرب العاصمة الفرنسية باريس."], mentions: [("باريس", .place)])
        #expect(places(ex) == ["باريس"])
    }

    @Test func theDatelinePlaceWhenTheClauseNamesNone() {
        let lines = ["أعلنت السلطات الجهوية بالوادي عن حملة أمنية.", "وقد تم أمس إيقاف 4 أشخاص من أجل التهريب."]
        var (doc, ex) = makeDoc(lines, date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("الوادي", .place)])
        doc.title = "الوادي : إيقاف 4 مهربين"
        EventExtractor().extract(doc, into: &ex)
        #expect(places(ex) == ["الوادي"])
        // without a dateline, or with a dateline that is no place of the article, the arrest stays placeless
        var (plain, ex2) = makeDoc(lines, date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("الوادي", .place)])
        plain.title = "عاجل : إيقاف 4 مهربين"
        EventExtractor().extract(plain, into: &ex2)
        #expect(places(ex2).isEmpty)
        // a headline's place: after في, or with a ب clitic; not a place the headline names otherwise
        for (title, expected) in [("تفجير في محطة القطارات بالوادي", ["الوادي"]), ("حملة أمنية في الوادي", ["الوادي"]),
                                  ("الوادي تستعد لموسم الحصاد", []), ("سرقوا في الوادي وباعوا في السهل", [])] {
            var (headed, exh) = makeDoc(lines + ["وتقع السهل شمالا."], date: PartialDate(year: 2023, month: 5, day: 10),
                                        mentions: [("الوادي", .place), ("السهل", .place)])
            headed.title = title
            EventExtractor().extract(headed, into: &exh)
            #expect(places(exh) == expected)
        }
        // not when the clause names a place the text has no name for
        var (unnamed, exu) = makeDoc(["أعلنت السلطات الجهوية بالوادي عن حملة أمنية.", "وقد تم أمس إيقاف 4 أشخاص في ولاية الربوة."],
                                     date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("الوادي", .place)])
        unnamed.title = "حملة أمنية في الوادي"
        EventExtractor().extract(unnamed, into: &exu)
        #expect(places(exu).isEmpty)
        // a statement takes no dateline place
        var (said, ex3) = makeDoc(["تعيش ولاية الوادي على وقع الأمطار.", "وقال الوزير سامي الهادي أمس إن الوضع مستقر."],
                                  date: PartialDate(year: 2023, month: 5, day: 10),
                                  mentions: [("الوادي", .place), ("سامي الهادي", .person)])
        said.title = "الوادي : الوزير يطمئن"
        EventExtractor().extract(said, into: &ex3)
        #expect(ex3.events.allSatisfy { $0.places.isEmpty })
        // the text names the dateline only in a part of it with a side adjective: the dateline as written
        var (side, exs) = makeDoc(["جد حادث مرور أمس عند مدخل الوادي الجنوبية.", "وقد تم أمس إيقاف السائق من أجل السياقة دون رخصة."],
                                  date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("الوادي الجنوبية", .place)])
        side.title = "الوادي : إيقاف سائق"
        EventExtractor().extract(side, into: &exs)
        #expect(exs.events.contains { $0.type == .arrest && $0.placePhrase == "الوادي" })
    }
}

@Suite struct EventSpeakerOfficeTests {
    @Test func aCityInTheSpeakersOfficeIsNotTheSpeaker() {
        let named = events(["وأكد رئيس النيابة الخصوصية بالوادي سامي الهادي اليوم الأربعاء أن الوضع مستقر."],
                           mentions: [("الوادي", .place), ("سامي الهادي", .person)])
        #expect(named.events.map { $0.actors.map { named.mentions[$0].surface } } == [["سامي الهادي"]])
        let office = events(["وأكد رئيس بلدية الوادي اليوم الأربعاء أن الوضع مستقر."], mentions: [("الوادي", .place)])
        #expect(office.events.count == 1)
        #expect(office.events.first?.actors.isEmpty == true)
        #expect(office.events.first?.actorPhrase == "رئيس بلدية الوادي")
    }

    @Test func theIncidentThatLedToAKillingGivesItsPlace() {
        let names: [(String, EntityType)] = [("الربوة", .place), ("الوادي", .place)]
        func killingPlaces(_ line: String) -> [String] {
            let ex = events([line], mentions: names)
            return ex.events.first { $0.type == .killing }.map { $0.places.map { ex.mentions[$0].surface } } ?? ["<no killing>"]
        }
        #expect(killingPlaces("أسفر شجار جد ليلة البارحة في حفل بمعتمدية الربوة من ولاية الوادي عن مقتل شاب.") == ["الربوة", "الوادي"])
        #expect(killingPlaces("على إثر العملية التي جدت أمس في الربوة وأدت إلى استشهاد 3 جنود.") == ["الربوة"])
        // without a result verb the incident may be another one than the killing
        #expect(killingPlaces("قتلت الشرطة أمس ثلاثة متشددين بينهم العقل المدبر للهجوم الذي وقع الشهر الماضي في الربوة.").contains("الربوة") == false)
    }
}
