import Testing
@testable import Extraction

/// Not events: cyber attacks vouched for by another attack word, attacks on documents and institutions, what a bill
/// allows, tallies over a period. Titles: a pronoun's alif stays, members named by a pronoun name their group.
@Suite struct EventNonEventTests {
    @Test func aCyberAttackIsNoneThoughAnotherAttackWordFollows() {
        #expect(events(["وتثير الدراسة مخاوف من ثغرات إلكترونية في شبكات المياه بعد هجوم السهل في مارس 2015 وهجوم مماثل قبله."],
                       mentions: [("السهل", .place)]).events.allSatisfy { $0.type != .attack })
        // real violence beside a figurative word stays an attack
        #expect(events(["قتل ثلاثة جنود في هجوم بعبوة ناسفة على دورية في السهل رغم حملة التمشيط يوم الأحد."],
                       mentions: [("السهل", .place)]).events.contains { $0.type == .attack })
    }

    @Test func anAttackOnADocumentOrAnInstitutionIsAFigure() {
        #expect(events(["وقال النائب إن الوزير أطلق النار على وثيقة السهل بقراره الأخير."], mentions: [("السهل", .place)])
            .events.allSatisfy { $0.type != .attack })
        #expect(events(["واعتبر الحزب أن تصريحات الوزير اعتداء صارخ على المجلس يوم الأحد."]).events.allSatisfy { $0.type != .attack })
        #expect(events(["أطلق مسلحون النار على دورية أمنية في السهل يوم الأحد."], mentions: [("السهل", .place)])
            .events.contains { $0.type == .attack })
    }

    @Test func whatABillAllowsDidNotHappen() {
        #expect(events(["وافق البرلمان اليوم على مشروع قانون يتيح نشر قوات في قاعدة عسكرية بالسهل."], mentions: [("السهل", .place)])
            .events.allSatisfy { $0.type != .deployment })
    }

    @Test func aTallyOverAPeriodIsNoOneEvent() {
        #expect(events(["أعلنت الوزارة اليوم أنه تم إيقاف 5 عناصر تكفيرية خلال الأيام الماضية في حصيلة أمنية جديدة."])
            .events.allSatisfy { $0.type != .arrest })
        #expect(events(["تمكنت الوحدات الأمنية أمس من إيقاف 5 عناصر تكفيرية بالسهل."], mentions: [("السهل", .place)])
            .events.contains { $0.type == .arrest })
        // the toll of one attack is that attack's
        #expect(events(["ارتفعت حصيلة ضحايا الهجوم الذي استهدف حافلة للأمن بالسهل أمس إلى 10 قتلى."], mentions: [("السهل", .place)])
            .events.contains { $0.type == .attack })
    }

    @Test func aDeathDeemedLikelyOrRumouredDidNotHappen() {
        // what a ministry deems likely, what pages circulate, a rumour: not known to have happened
        for line in ["رجحت وزارة الدفاع، الجمعة، مقتل زعيم التنظيم في غارة جوية.",
                     "تداولت صفحات على مواقع التواصل خبر مقتل زعيم التنظيم في قصف جوي.",
                     "ونفت الوزارة شائعات اعتقال رئيس الحزب."] {
            #expect(events([line]).events.isEmpty, "\(line)")
        }
        // said as a fact, it is an event
        #expect(events(["أعلنت وزارة الدفاع، الجمعة، مقتل زعيم التنظيم في غارة جوية."]).events.contains { $0.type == .killing || $0.type == .airstrike })
    }

    @Test func aPronounKeepsItsAlifAndMembersNameTheirGroup() {
        let arrest = { (line: String) in events([line]).events.first { $0.type == .arrest }?.targetPhrase }
        #expect(arrest("تمكن أعوان الأمن أمس من القبض على شخصين مفتش عنهما.") == "شخصين مفتش عنهما")
        #expect(arrest("تمكن أعوان الأمن أمس من تفكيك عصابة مختصة في السرقة وإيقاف عناصرها الثلاثة.") == "عناصر عصابة")
        #expect(arrest("تمكن أعوان الأمن أمس من إيقاف عناصرها الثلاثة.") == "")
        #expect(SentenceEvents.endsInPronoun("عنهما"))
        #expect(!SentenceEvents.endsInPronoun("مشتبها"))
        // a tied t written open before the pronoun: "ابنتها" (her daughter) is no accusative "ابنته" (his daughter)
        #expect(SentenceEvents.endsInPronoun("ابنتها"))
        #expect(SentenceEvents.endsInPronoun("زوجتهما"))
        let attack = events(["وتعرضت ابنتها أمس لاعتداء من قبل عامل بالمدرسة."]).events.first { $0.type == .attack }
        #expect(attack?.targetPhrase == "ابنتها")
    }
}
