import Testing
@testable import Extraction

/// What an attack verb hit waits behind the date set apart after it; people are its object when the verb's subject
/// stands before it. Not events: an attack of anyone under a negation («أي … هجوما»), shots fired on oneself.
@Suite struct EventVerbObjectTests {
    func attack(_ line: String) -> EventMention? {
        events([line], mentions: [("السهل", .place)]).events.first { $0.type == .attack }
    }

    @Test func theObjectWaitsBehindTheDate() {
        #expect(attack("قتل 3 أشخاص في التفجير الذي استهدف، الثلاثاء، مركزا للشرطة في السهل.")?.targetPhrase == "مركزا للشرطة")
        #expect(attack("أصيب 4 أشخاص في قصف استهدف أمس الثلاثاء حافلة بمدينة السهل.")?.targetPhrase == "حافلة")
    }

    @Test func peopleAreTheObjectWhenTheSubjectStandsBefore() {
        #expect(attack("أدانت الوزارة الهجوم الذي استهدف عناصر من قوات الأمن بمدينة السهل.")?.targetPhrase == "عناصر من قوات الأمن")
        // after the verb alone the people may be its subject (VSO): no target from them
        #expect(attack("استهدف مسلحون أمس دورية أمنية في السهل.")?.targetPhrase != "مسلحون")
    }

    @Test func anAttackOfAnyoneUnderANegationIsNone() {
        #expect(attack("وقال القاضي إن الحكومة لم تقدم أي دليل على أن أي مهاجر من تلك الدول قد ارتكب هجوما في السهل.") == nil)
        #expect(attack("وأكد الوالي أنه لم يتم تسجيل أي اعتداء على المؤسسات في السهل.") == nil)
        // «، أي» is "that is", no quantifier
        #expect(attack("لم يتوقف القصف يوم الأحد، أي بعد هجوم المسلحين على دورية في السهل.") != nil)
    }

    @Test func shotsFiredOnOneselfAreNoAttack() {
        #expect(attack("أقدم كهل أمس على الانتحار بعد أن أطلق النار على نفسه من بندقية صيد في السهل.") == nil)
        #expect(attack("أطلق مجهولون أمس النار على سيارة في السهل.") != nil)
    }
}

/// A described target as a title writes it: «من» says of whom (no clause to cut), and a
/// relative adjective loses its accusative alif with the noun it agrees with.
@Suite struct EventDescribedTargetWordingTests {
    @Test func ofWhomStaysInTheTarget() {
        #expect(DescribedRoles.withoutClause("عناصر من قوات الأمن") == "عناصر من قوات الأمن")
        #expect(DescribedRoles.withoutClause("حافلة تقل أقباطا") == "حافلة")
    }

    @Test func theAdjectiveAgreesWithTheNoun() {
        #expect(DescribedRoles.titlePhrase("مركزا إسلاميا") == "مركز إسلامي")
        // a country in يا after a noun keeps its name
        #expect(DescribedRoles.titlePhrase("سفارة سوريا") == "سفارة سوريا")
    }

    @Test func noOneEventsTargetAfterASeries() {
        let ex = events(["وأقر المتهمون باحتفالهم بالعمليات الإرهابية التي استهدفت الأمنيين بالسهل."], mentions: [("السهل", .place)])
        #expect(!ex.events.contains { $0.targetPhrase?.contains("الأمنيين") == true })
    }
}
