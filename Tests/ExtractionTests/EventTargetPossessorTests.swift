import Testing
@testable import Extraction

/// A described target keeps the لـ complement that says whose it is («مواقع لتنظيم X», «مركز للشرطة»), a dual in
/// construct is a target noun («نقطتي تفتيش»), and a nominal attack's object stands after its adjective and verb
/// («هجوم انتحاري استهدف …»).
@Suite struct EventTargetPossessorTests {
    func attackTarget(_ line: String, _ mentions: [(String, EntityType)] = []) -> String? {
        events([line], mentions: [("السهل", .place)] + mentions).events.first { $0.type == .attack }?.targetPhrase
    }

    @Test func theLamComplementOfAnIndefiniteTargetStays() {
        #expect(attackTarget("واعتدى مسلحون فجر اليوم على مركز للشرطة في السهل.") == "مركز للشرطة")
        #expect(attackTarget("وشن الجيش هجوما على مواقع لتنظيم الفجر في السهل.", [("الفجر", .organization)])
                == "مواقع لتنظيم الفجر")
        #expect(attackTarget("واعتدى مجهولون على دورية للحرس الوطني قرب السهل.") == "دورية للحرس الوطني")
    }

    @Test func aTimeAParticleOrADefiniteHeadTakesNoComplement() {
        #expect(attackTarget("واعتدى مجهولون على دورية ليلة أمس بالسهل.") == "دورية")
        #expect(attackTarget("وأطلق مسلحون النار على سيارة لأن سائقها رفض التوقف في السهل.") == "سيارة")
        // a definite head names the thing itself; «للمرة» is no owner
        #expect(attackTarget("واعتدى مجهولون على المركز للمرة الثانية في السهل.") == "المركز")
    }

    @Test func aNominalAttacksObjectAfterItsAdjectiveAndVerb() {
        #expect(attackTarget("ردا على هجوم انتحاري استهدف نقطتي تفتيش للجيش الوطني في السهل.") == "نقطتي تفتيش للجيش الوطني")
        #expect(attackTarget("وجد مساء أمس تفجير انتحاري استهدف مركزاً للشرطة في السهل.") == "مركزا للشرطة")
        #expect(DescribedRoles.titleTarget("مواقع لتنظيم داعش") == "مواقع لتنظيم داعش")
        #expect(DescribedRoles.titleTarget("محطة للقطار") == "محطة للقطار")
        // a name after the adjective is no verb: nothing is taken for the object
        #expect(attackTarget("وأدان الحزب الهجوم الإرهابي في السهل.") == nil)
    }

    @Test func feminineTargetNounsHaveDuals() {
        #expect(EventContextLexicon.targetNouns.contains(EventLexicon.key("نقطتي")))
        #expect(EventContextLexicon.targetNouns.contains(EventLexicon.key("سيارتين")))
        #expect(!EventContextLexicon.targetNouns.contains(EventLexicon.key("مركزي")))  // "central", no dual of مركز
    }
}
