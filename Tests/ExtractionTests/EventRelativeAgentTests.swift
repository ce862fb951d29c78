import Testing
@testable import Extraction

/// Who did an attack told in a relative clause on them («فلان، الذي أطلق النار على …»), who set off the incident a
/// killing resulted from («فجر انتحاري شاحنة … مما أسفر عن مقتل …»); where someone works is no place of the event,
/// nor what the arrested had done; a unit's seat after a place noun and its adjective. Made-up names and towns:
/// قرطوبة, الزهراوية, الربوة, سالم العنبري.
@Suite struct EventRelativeAgentTests {
    func attack(_ ex: DocumentExtraction) -> EventMention? { ex.events.first { $0.type == .attack } }

    @Test func theNamedAntecedentOfARelativeAttackVerbIsTheAttacker() {
        let ex = events(["وقال البيان إن سالم العنبري (31 عاما)، الذي أطلق النار على خالد الجبالي، نقل إلى مكان آمن."],
                        mentions: [("سالم العنبري", .person), ("خالد الجبالي", .person)])
        let e = attack(ex)
        #expect(e.map { $0.actors.map { ex.mentions[$0].surface } } == ["سالم العنبري"])
        #expect(e.map { $0.targets.map { ex.mentions[$0].surface } } == ["خالد الجبالي"])
        // with no one hit the clause says nothing of an attack by him
        let none = events(["ونقل سالم العنبري الذي أطلق النار في الهواء إلى مكان آمن."], mentions: [("سالم العنبري", .person)])
        #expect(attack(none).map { $0.actors.isEmpty } ?? true)
    }

    @Test func aDescribedAntecedentIsTheAttackerPhrase() {
        let ex = events(["وتتواصل التحريات لتحديد هوية الإرهابي، الذي استهدف نقطة التفتيش مما أسفر عن مقتل شرطي."])
        #expect(attack(ex)?.actorPhrase == "الإرهابي")
    }

    @Test func anEventNounOrAPassiveWithoutObjectIsNoAttacker() {
        // «الهجوم الذي استهدف»: the antecedent is the attack itself
        let noun = events(["وأدانت الوزارة الهجوم الذي استهدف نقطة التفتيش في قرطوبة."], mentions: [("قرطوبة", .place)])
        #expect(noun.events.allSatisfy { $0.actorPhrase == nil && $0.actors.isEmpty })
        // a feminine relative after a thing: no one
        let thing = events(["وكانت السيارة التي استهدفت الحاجز قد انفجرت."])
        #expect(thing.events.allSatisfy { $0.actorPhrase == nil && $0.actors.isEmpty })
    }

    @Test func whoSetOffTheIncidentKilled() {
        let ex = events(["وفجر انتحاري شاحنة ملغومة في سوق قرطوبة مما أسفر عن مقتل 12 شخصا على الأقل."], mentions: [("قرطوبة", .place)])
        let k = ex.events.first { $0.type == .killing }
        #expect(k?.actorPhrase == "انتحاري")
        // a result verb with no striking verb before it names no killer
        let none = events(["وانفجرت شاحنة ملغومة في سوق قرطوبة مما أسفر عن مقتل 12 شخصا."], mentions: [("قرطوبة", .place)])
        #expect(none.events.first { $0.type == .killing }.map { $0.actorPhrase == nil && $0.actors.isEmpty } ?? true)
    }

    @Test func whereSomeoneWorksOrWhatTheArrestedHadDoneIsNotTheArrestsPlace() {
        let ex = events(["ألقت الوحدات الأمنية بالربوة مساء أمس القبض على 3 أشخاص كانوا قد افتكوا سلاح عون يعمل في فرقة التدخل بقرطوبة."],
                        mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(ex.placeSurfaces(of: ex.firstArrestOrKilling) == ["الربوة"])
        let works = events(["ألقت الوحدات الأمنية بالربوة القبض على شاب يعمل بمقهى في قرطوبة."],
                           mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(works.placeSurfaces(of: works.firstArrestOrKilling) == ["الربوة"])
    }

    @Test func aUnitsSeatAfterAPlaceNounAndItsAdjective() {
        let ex = events(["تمكنت وحدات الحرس البحري التابعة للمنطقة البحرية الزهراوية قرطوبة اليوم من القبض على عنصر مفتش عنه."],
                        mentions: [("الزهراوية", .place), ("قرطوبة", .place)])
        #expect(ex.placeSurfaces(of: ex.firstArrestOrKilling) == ["الزهراوية", "قرطوبة"])
    }

    @Test func aCoordinatedPredicatesPlaceIsNotTheArrests() {
        let ex = events(["أعلنت الوزارة أنه تم أمس إلقاء القبض على عنصر إرهابي بالربوة، و تدمير مخبأين للجماعات الإرهابية في قرطوبة."],
                        mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(ex.placeSurfaces(of: ex.firstArrestOrKilling) == ["الربوة"])
        // a second place joined by و after the comma is still where
        let two = events(["تم إيقاف شخصين بالربوة، وقرطوبة مساء أمس."], mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(two.placeSurfaces(of: two.firstArrestOrKilling) == ["الربوة", "قرطوبة"])
    }

    @Test func anAttackNamedByItsPlaceIsThatPlacesOnly() {
        // «هجوم الربوة وقرطوبة»: two attacks, each named by its town
        let ex = events(["وقالت إن المتهمين شاركوا في هجوم الربوة وقرطوبة وتم الإفراج عنهم."],
                        mentions: [("الربوة", .place), ("قرطوبة", .place)])
        let places = ex.events.filter { $0.type == .attack }.map { $0.places.map { ex.mentions[$0].surface } }
        #expect(places.allSatisfy { !$0.contains("قرطوبة") || !$0.contains("الربوة") })
        // «في الربوة وقرطوبة» after an attack is one attack in both
        let both = events(["شن مسلحون هجمات في الربوة وقرطوبة أمس."], mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(both.events.first { $0.type == .attack }.map { $0.places.map { both.mentions[$0].surface } } == ["الربوة", "قرطوبة"])
    }
}
