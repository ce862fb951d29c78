import Testing
@testable import Extraction

/// An attacker the clause describes without a name ("من طرف شاب", "اعتداء زوج الأستاذة على المدير",
/// "اعتدى مواطن على …") is the attack's actor phrase; an adjective of the attack ("هجوم إرهابي على") or a
/// by-phrase of another clause is no attacker.
@Suite struct EventDescribedAttackerTests {
    let town = [("السهل", EntityType.place)]

    func actorPhrase(_ line: String, _ names: [(String, EntityType)] = []) -> String? {
        events([line], mentions: names).events.first { $0.type == .attack }?.actorPhrase
    }

    @Test func theAgentAfterMinTarafIsTheAttacker() {
        #expect(actorPhrase("تعرض ممرض بمستشفى السهل أمس إلى الاعتداء بالعنف من طرف شاب كان يرافق والده.", town) == "شاب")
        #expect(actorPhrase("تعرض عون بلدي أمس إلى اعتداء من قبل أحد المواطنين بمدينة السهل.", town) == "أحد المواطنين")
    }

    @Test func theNounAfterANominalTriggerBeforeItsTargetIsTheAttacker() {
        #expect(actorPhrase("ويعود سبب اعتداء زوج الأستاذة على المدير إلى خلاف قديم.") == "زوج الأستاذة")
    }

    @Test func theSubjectOfAVerbalTriggerBeforeItsTargetIsTheAttacker() {
        #expect(actorPhrase("اعتدى مواطن بالعنف على عون بلدي أمس في السهل.", town) == "مواطن")
    }

    @Test func anAdjectiveOfTheAttackIsNoAttacker() {
        #expect(actorPhrase("أسفر هجوم إرهابي على ثكنة السهل عن مقتل جنديين.", [("ثكنة السهل", .place)]) == nil)
        // without an على-target the noun after the trigger says nothing of who attacked
        #expect(actorPhrase("تعرض عون أمن أمس إلى اعتداء بمدينة السهل.", town) == nil)
    }

    @Test func aRelationHeadKeepsWhoseItIs() {
        // «زوج أستاذة»: the noun after the head says whose; «زوجه» already has its owner
        #expect(actorPhrase("تعرض مدير المدرسة أمس إلى الاعتداء بالعنف من طرف زوج أستاذة تعمل في هذه المدرسة.") == "زوج أستاذة")
    }

    @Test func aByPhraseOfAnotherClauseIsNotThisAttacker() {
        // «مؤكدا أنه …»: what follows the complementizer is another clause, with its own agent
        #expect(actorPhrase("أدان الوزير الاعتداء على مواطن في السهل مؤكدا أنه لا يقبل أي تجاوز من قبل شاب.", town) == nil)
    }
}
