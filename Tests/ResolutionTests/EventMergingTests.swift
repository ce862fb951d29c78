import ArabicDates
import Extraction
import Testing
@testable import Resolution

/// Merging needs a shared core argument; titles say who did what to whom.
@Suite struct EventMergingTests {
    let day = PartialDate(year: 2023, month: 5, day: 3)

    @Test func reportsOfOneDayByDifferentSpeakersStayApart() {
        let c = resolveEvents([
            (["قال الوزير خالد العمر اليوم إن الموسم جيد."], day, [("خالد العمر", .person)]),
            (["قالت الوزيرة سلمى النوري اليوم إن المدارس مفتوحة."], day, [("سلمى النوري", .person)]),
        ])
        #expect(c.events.count == 2)
        #expect(Set(c.events.map(\.title)) == ["تصريح خالد العمر", "تصريح سلمى النوري"])
    }

    @Test func oneSpeakerOnOneDayMergesOnlyWhatIsSaidAlike() {
        let same = resolveEvents([
            (["قال الوزير خالد العمر اليوم إن موسم الحبوب هذا العام أفضل من الموسم السابق بكثير."], day, [("خالد العمر", .person)]),
            (["قال الوزير خالد العمر اليوم إن موسم الحبوب هذا العام أفضل من الموسم الماضي."], day, [("خالد العمر", .person)]),
        ])
        #expect(same.events.count == 1)
        let other = resolveEvents([
            (["قال الوزير خالد العمر اليوم إن موسم الحبوب هذا العام أفضل من الموسم السابق بكثير."], day, [("خالد العمر", .person)]),
            (["قال الوزير خالد العمر اليوم إن أسعار الأضاحي تراجعت في الأسواق الأسبوعية."], day, [("خالد العمر", .person)]),
        ])
        #expect(other.events.count == 2)
    }

    @Test func aSharedSurnameOrCountryIsNoSharedEvent() {
        // two killings whose only common "victim" is a one-word name
        let c = resolveEvents([
            (["أعلنت المصادر مقتل عياش في مدينة السهل."], nil, [("عياش", .person), ("مدينة السهل", .place)]),
            (["أعلن الجيش مقتل عياش في بلدة النخيل."], nil, [("عياش", .person), ("بلدة النخيل", .place)]),
        ])
        #expect(c.events.filter { $0.type == .killing }.count == 2)
        // two attacks of one day in one country but different places
        let a = resolveEvents([
            (["استهدف هجوم صاروخي قاعدة الوادي في العراق في 3 مايو 2023."], nil, [("قاعدة الوادي", .place), ("العراق", .place)]),
            (["استهدف هجوم صاروخي مطار الشمال في العراق في 3 مايو 2023."], nil, [("مطار الشمال", .place), ("العراق", .place)]),
        ])
        #expect(a.events.count == 2)
    }

    @Test func twoCountedArrestsOfOneArticleStayApart() {
        // «عدد 107 أشخاص» and «عدد 78 شخصا» are two groups: «عدد» is no shared target
        let c = resolveEvents([(["وقد تم اليوم بمدينة السهل إيقاف عدد 107 أشخاص من أجل قضايا مختلفة.",
                                 "كما تم إيقاف عدد 78 شخصا مفتشا عنهم وحجز 22 سيارة."], day, [("مدينة السهل", .place)])])
        let arrests = c.events.filter { $0.type == .arrest }
        #expect(arrests.count == 2)
        #expect(arrests.allSatisfy { $0.sources.count == 1 })
    }

    @Test func aDescribedGroupAcrossArticlesNeedsTheSamePlace() {
        let two = resolveEvents([
            (["تمكنت الوحدات الأمنية بمدينة السهل مساء أمس من القبض على شخصين بتهمة السرقة."], day, [("مدينة السهل", .place)]),
            (["تمكنت الوحدات الأمنية بمدينة النخيل مساء أمس من القبض على شخصين بحوزتهما أقراص مخدرة."], day, [("مدينة النخيل", .place)]),
        ])
        #expect(two.events.filter { $0.type == .arrest }.count == 2)
        let one = resolveEvents([
            (["تمكنت الوحدات الأمنية بمدينة السهل مساء أمس من القبض على شخصين بتهمة السرقة."], day, [("مدينة السهل", .place)]),
            (["ألقت الوحدات الأمنية بمدينة السهل مساء أمس القبض على شخصين بتهمة سرقة مصوغ."], day, [("مدينة السهل", .place)]),
        ])
        #expect(one.events.filter { $0.type == .arrest }.count == 1)
    }

    @Test func aPluralAnaphorIsNoReportOfOneEvent() {
        // «هذه الاعتداءات» speaks of attacks in general, not of the one attack the lead reports
        let c = resolveEvents([(["تعطلت الدروس اليوم بمدينة السهل على خلفية الاعتداء على معلمة من قبل مواطنة أمس.",
                                 "وأضاف أن هذه الاعتداءات تتم في غياب التدخل الأمني."], day, [("مدينة السهل", .place)])])
        let attacks = c.events.filter { $0.type == .attack }
        #expect(!attacks.isEmpty)
        #expect(attacks.allSatisfy { $0.sources.count == 1 })
    }

    @Test func titlesFromTheRoles() {
        let threat = resolveEvents([(["توعد سالم النمر بقتل الجنود الأمريكيين في البلاد يوم الأحد."], day, [("سالم النمر", .person)])])
        #expect(threat.events.first?.title == "سالم النمر يتوعد الجنود الأمريكيين")
        let arrest = resolveEvents([(["تمكنت الوحدات الأمنية بمدينة السهل أمس من إيقاف 3 أشخاص مفتش عنهم."], day, [("مدينة السهل", .place)])])
        // (the units' seat says which units, and where: no «في مدينة السهل» after it)
        #expect(arrest.events.first?.title == "اعتقال 3 أشخاص مفتش عنهم على يد الوحدات الأمنية بمدينة السهل")
        // a described patient is said out of its article's context: "المتهم" there is "متهم" in a title
        let accused = resolveEvents([(["وأذنت النيابة العمومية اليوم بإيقاف المتهم على ذمة التحقيق."], day, [])])
        #expect(accused.events.first?.title == "اعتقال متهم")
        #expect(EventTitles.indefinite("العون البلدي") == "عون بلدي")
        #expect(EventTitles.indefinite("الشخص المذكور") == "شخص")
        #expect(EventTitles.indefinite("المشتبه به") == "مشتبه به")
        #expect(EventTitles.indefinite("3 أشخاص") == "3 أشخاص")
        // after a killing the demonym is the victim's nationality, not who killed
        let victim = resolveEvents([(["أكدت تقارير اليوم مقتل التونسي سالم النمر في مدينة السهل، ونعته تونس."], day,
                                     [("سالم النمر", .person), ("مدينة السهل", .place), ("تونس", .place)])])
        let tunisia = victim.entities.firstIndex { $0.name == "تونس" }
        #expect(tunisia != nil && victim.events.count == 1)
        #expect(victim.events.allSatisfy { !$0.actors.contains(tunisia!) })
        let meeting = resolveEvents([(["التقى الوزير خالد العمر اليوم بسياسيين عراقيين في مدينة السهل."], day,
                                      [("خالد العمر", .person), ("مدينة السهل", .place)])])
        #expect(meeting.events.first?.title == "لقاء خالد العمر بسياسيين عراقيين في مدينة السهل")
        let killing = resolveEvents([(["أدى مقتل 24 شخصا في هجوم على حافلة في مدينة السهل يوم الأحد إلى حداد."], day, [("مدينة السهل", .place)])])
        #expect(killing.events.contains { $0.title == "هجوم على حافلة في مدينة السهل" })
    }
}

/// A list of past deeds told as fragments is not one event.
@Suite struct EventListMergingTests {
    @Test func fragmentsOfAListOfDatedDeedsStayApart() {
        let c = resolveEvents([([
            "- في 3 مارس 2004 اغتيل القيادي سالم الفارس؛", "بتفجير سيارته في مدينة السهل.",
            "- في 9 أفريل 2008 اغتيل القيادي كمال الراشد؛", "في تفجير سيارته في مدينة السهل.",
            "- في 5 جوان 2012 اغتيل الناشط فريد العلي؛", "بالاعتداء عليه بآلة حادة في مقر السفارة في بلغاريا.",
        ], PartialDate(year: 2016, month: 12, day: 19),
           [("مدينة السهل", .place), ("بلغاريا", .place), ("سالم الفارس", .person), ("كمال الراشد", .person), ("فريد العلي", .person)])])
        let attacks = c.events.filter { $0.type == .attack }
        #expect(attacks.allSatisfy { $0.sources.count == 1 })
        #expect(!c.events.contains { e in
            let names = Set(e.places.map { c.entities[$0].name })
            return names.contains("مدينة السهل") && names.contains("بلغاريا")
        })
    }

    @Test func anUndatedReportAfterAnotherDaysDeedIsNotTheFirstOne() {
        // no fragment dates here (full stops): the undated attacks are separated by the 2008 killing
        let lines = ["نشرت الصحيفة قائمة بعمليات الاغتيال.", "وجاءت القائمة كما يلي.",
                     "في 3 مارس 2004 اغتال مسلحون القيادي سالم الفارس في مدينة السهل.", "وقد تم ذلك بتفجير سيارته في مدينة السهل.",
                     "وفي 9 أفريل 2008 اغتال مسلحون القيادي كمال الراشد في مدينة السهل.", "وقد تم ذلك في تفجير سيارته في مدينة السهل."]
        let names: [(String, EntityType)] = [("مدينة السهل", .place), ("سالم الفارس", .person), ("كمال الراشد", .person)]
        let c = resolveEvents([(lines, PartialDate(year: 2016, month: 12, day: 19), names)])
        let attacks = c.events.filter { $0.type == .attack }
        #expect(!attacks.isEmpty)
        #expect(attacks.allSatisfy { $0.sources.count == 1 })
        // with no deed of another day between them, the two reports are one attack
        let joined = resolveEvents([([lines[0], lines[1], lines[3], lines[5]], PartialDate(year: 2016, month: 12, day: 19), names)])
        #expect(joined.events.filter { $0.type == .attack }.contains { $0.sources.count == 2 })
    }
}
