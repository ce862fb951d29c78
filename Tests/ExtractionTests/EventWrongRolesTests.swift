import ArabicDates
import Testing
@testable import Extraction

/// Roles as written that would be wrong: a target phrase running into a clause about it, a count with no counted
/// noun, an attack word of criticism, an area named after a protest the trigger caused, the noun after a nominal
/// trigger that is who attacked. Made-up places: الزهراوية, قرطوبة, الربوة.
@Suite struct EventWrongRolesTests {
    @Test func aTargetPhraseEndsBeforeAVerbOfItsClause() {
        // a past verb after an indefinite head: the corpus never writes it with the article, or it ends in ى
        #expect(DescribedRoles.withoutClause("رجل حاول مهاجمة") == "رجل")
        #expect(DescribedRoles.withoutClause("رجل ادعى") == "رجل")
        // a definite head takes only definite words after it
        #expect(DescribedRoles.withoutClause("المدنيين داعيا") == "المدنيين")
        #expect(DescribedRoles.withoutClause("المتظاهرين السلميين") == "المتظاهرين السلميين")
        #expect(DescribedRoles.withoutClause("مركز الإصلاح والتأهيل") == "مركز الإصلاح والتأهيل")
        #expect(DescribedRoles.withoutClause("المتظاهرين و المارة") == "المتظاهرين و المارة")
        #expect(DescribedRoles.withoutClause("قاعدة جوية سورية") == "قاعدة جوية سورية")
    }

    @Test func aCountAloneIsNoTarget() {
        #expect(!DescribedRoles.namesDescribedTarget("عدد"))
        #expect(!DescribedRoles.namesDescribedTarget("عدد غير محدد"))
        #expect(DescribedRoles.namesDescribedTarget("عدد من أعوان الأمن"))
        #expect(DescribedRoles.namesDescribedTarget("مجموعة من المواطنين"))
    }

    @Test func anAttackTitleWritesWhatWasHitWithoutItsClauseNorACountAlone() {
        #expect(DescribedRoles.titleTarget("حافلة تقل مسافرين") == "حافلة")
        #expect(DescribedRoles.titleTarget("دورية أمنية تابعة") == "دورية أمنية")
        #expect(DescribedRoles.titleTarget("عدد غير محدد") == nil)
        #expect(DescribedRoles.titleTarget("عدد") == nil)
        #expect(DescribedRoles.titleTarget("عدد من أعوان الأمن") == "عدد من أعوان الأمن")
    }

    @Test func criticismIsNoAttack() {
        #expect(events(["وشن الرئيس هجوما على الحزب قائلا إنه خان البلاد وهاجم دولا عدة في خطابه."]).events
            .allSatisfy { $0.type != .attack })
        // a comment beside a violent attack keeps it
        #expect(events(["وقال شاهد قائلا إن مسلحين هاجموا دورية أمنية بالرصاص صباح اليوم."]).events
            .contains { $0.type == .attack })
    }

    @Test func anAreaAfterAProtestIsTheProtests() {
        let ex = events(["وخلف إيقاف البحارة احتجاجات لدى أهاليهم خاصة بمعتمدية الزهراوية من ولاية الربوة."])
        let arrest = ex.events.first { $0.type == .arrest }
        #expect(arrest != nil)
        #expect(arrest?.placePhrase != "الزهراوية")
        // no protest between: the area is the arrest's
        let here = events(["تم إيقاف البحارة أمس بمعتمدية الزهراوية من ولاية الربوة."])
        #expect(here.events.first { $0.type == .arrest }?.placePhrase == "الزهراوية")
    }

    @Test func aTownInItsStateIsWhere() {
        let ex = events(["وقالت الشرطة إنها قتلت رجلا كان يحتجز رهينتين في متجر في قرطوبة بولاية الربوة اليوم."])
        #expect(ex.events.first { $0.type == .killing }?.placePhrase == "قرطوبة")
    }

    @Test func theNounAfterANominalTriggerBeforeItsTargetAttacked() {
        let ex = events(["أدان الاتحاد حادثة اعتداء عون أمن على أحد المحامين في المحكمة."], mentions: [("عون أمن", .person)])
        let attack = ex.events.first { $0.type == .attack }
        #expect(attack?.actorPhrase == "عون أمن")
        #expect(attack?.targetPhrase == "أحد المحامين")
    }
}
