import ArabicDates
import Testing
@testable import Extraction

/// Roles a clause gives without a page-worthy name: an office that speaks, who underwent a kidnapping named before the support verb's trigger, kidnappers described after a
/// by-phrase, a facility an attack's relative clause hit with the town it is in, a count in two parts.
@Suite struct EventDescribedRolesTests {
    func extract(_ lines: [String], title: String?, mentions: [(String, EntityType)]) -> DocumentExtraction {
        var (doc, ex) = makeDoc(lines, date: PartialDate(year: 2023, month: 5, day: 10), mentions: mentions)
        doc.title = title
        EventExtractor().extract(doc, into: &ex)
        return ex
    }

    @Test func anOfficeIsOneSpecificPost() {
        #expect(DescribedRoles.namesAnOffice("الأمين العام لاتحاد الفلاحين"))
        #expect(DescribedRoles.namesAnOffice("وزير الفلاحة"))
        #expect(!DescribedRoles.namesAnOffice("مسؤول في الاتحاد"))
        #expect(!DescribedRoles.namesAnOffice("قادة الاتحاد"))
        #expect(!DescribedRoles.namesAnOffice("اتحاد الفلاحين"))
    }

    @Test func whoUnderwentAKidnappingAndWhoTookHim() {
        let ex = extract(["تعرض شقيقه، سالم الورتاني اليوم إلى عملية اختطاف من قبل عناصر إرهابية قرب الجبل."], title: nil,
                         mentions: [("سالم الورتاني", .person)])
        let taken = ex.events.first { $0.type == .other }
        #expect(taken?.targets.map { ex.mentions[$0].surface } == ["سالم الورتاني"])
        #expect(taken?.actorPhrase == "عناصر إرهابية")
    }

    @Test func theDescribedSubjectActed() {
        let vso = extract(["قام مجموعة من المسلحين بالهجوم على محطة للحافلات في المدينة أمس."], title: nil, mentions: [])
        #expect(vso.events.first { $0.type == .attack }?.actorPhrase == "مجموعة من المسلحين")
        let svo = extract(["وقالت مصادر أمنية إن مسلحين استهدفوا سيارة أجرة في المدينة صباح اليوم."], title: nil, mentions: [])
        #expect(svo.events.first { $0.type == .attack }?.actorPhrase == "مسلحين")
        let taken = extract(["وقال قريبه إن عناصر إرهابية قامت باختطاف سالم الورتاني قرب الجبل."], title: nil,
                            mentions: [("سالم الورتاني", .person)])
        #expect(taken.events.first { $0.type == .other }?.actorPhrase == "عناصر إرهابية")
        // a name before the verb is no description
        let named = extract(["وقالت مصادر إن سالم الورتاني استهدف سيارة أجرة في المدينة."], title: nil, mentions: [("سالم الورتاني", .person)])
        #expect(named.events.first { $0.type == .attack }?.actorPhrase == nil)
    }

    @Test func theDescribedSubjectActsPastAPresentVerbClauseAboutIt() {
        let ex = extract(["قام مجموعة من المسلحين يحملون السكاكين بالهجوم على محطة للقطار في المدينة أمس."], title: nil, mentions: [])
        let attack = ex.events.first { $0.type == .attack }
        #expect(attack?.actorPhrase == "مجموعة من المسلحين")
        #expect(attack?.targetPhrase == "محطة للقطار")
        // a longer stretch before the trigger is no short clause about the subject
        let long = extract(["قام مجموعة من المسلحين يحملون السكاكين والعصي منذ الصباح بالهجوم على محطة في المدينة."], title: nil, mentions: [])
        #expect(long.events.first { $0.type == .attack }?.actorPhrase == nil)
    }

    @Test func aFacilityHitInATownIsTheTargetTheTownThePlace() {
        let ex = extract(["أحبطت الوحدات الهجوم الذي استهدف الثكنة العسكرية بمدينة الزيتونة فجر اليوم."], title: nil,
                         mentions: [("الزيتونة", .place)])
        let attack = ex.events.first { $0.type == .attack }
        #expect(attack?.targets.isEmpty == true)
        #expect(attack?.targetPhrase == "الثكنة العسكرية")
        #expect(DescribedRoles.namesDescribedTarget("الثكنة العسكرية"))
        #expect(DescribedRoles.namesDescribedTarget("مقر حرس السواحل"))
        #expect(DescribedRoles.namesDescribedTarget("عون أمن"))
        #expect(!DescribedRoles.namesDescribedTarget("وفق"))
    }

    @Test func aCountInTwoPartsIsKeptWhole() {
        let ex = extract(["ونتج عن الحادث مقتل أربعة ضباط، وثمانية ضباط صف من القوات المسلحة، ويجري حاليا التحقيق في أسباب الحادث."],
                         title: nil, mentions: [])
        #expect(ex.events.first { $0.type == .killing }?.targetPhrase == "أربعة ضباط وثمانية ضباط")
        // a comma before another clause joins nothing
        let one = extract(["ونتج عن الحادث مقتل أربعة ضباط من القوات المسلحة، ويجري حاليا التحقيق في أسباب الحادث."], title: nil, mentions: [])
        let phrase = one.events.first { $0.type == .killing }?.targetPhrase
        #expect(phrase?.hasPrefix("أربعة ضباط") == true && phrase?.contains("التحقيق") == false)
    }
}

@Suite struct DescribedTargetClauseTests {
    @Test func aClauseAfterTheFacilityIsLeftOut() {
        #expect(DescribedRoles.withoutClause("حافلة تقل ركابا") == "حافلة")
        #expect(DescribedRoles.withoutClause("دورية أمنية تابعة") == "دورية أمنية")
        #expect(DescribedRoles.withoutClause("مقر حرس السواحل") == "مقر حرس السواحل")
        #expect(DescribedRoles.withoutClause("قنصلية تونسية") == "قنصلية تونسية")
        #expect(DescribedRoles.withoutClause("عون المرور ولاذ") == "عون المرور")
        #expect(DescribedRoles.withoutClause("المحتجين والمارة") == "المحتجين والمارة")
    }
}
