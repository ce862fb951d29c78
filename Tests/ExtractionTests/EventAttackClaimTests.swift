import Testing
@testable import Extraction

/// The organization that claims an attack, in the attack's sentence or the next one, is its actor.
@Suite struct EventAttackClaimTests {
    func attackActors(_ ex: DocumentExtraction) -> [String]? {
        ex.events.first { $0.type == .attack || $0.type == .killing }.map { $0.actors.map { ex.mentions[$0].surface } }
    }

    static let attack = "استهدف هجوم بسيارة مفخخة قاعدة عسكرية بمدينة السهل يوم الاثنين."

    @Test func theNextSentencesClaimantActs() {
        let ex = events([Self.attack, "وتبنى تنظيم جند الفجر الهجوم في بيان نشره على الإنترنت."],
                        mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(attackActors(ex) == ["تنظيم جند الفجر"])
        let responsibility = events([Self.attack, "وأعلنت جماعة جند الفجر مسؤوليتها عن التفجير."],
                                    mentions: [("مدينة السهل", .place), ("جماعة جند الفجر", .organization)])
        #expect(attackActors(responsibility) == ["جماعة جند الفجر"])
        let before = events([Self.attack, "تنظيم جند الفجر يتبنى العملية."],
                            mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(attackActors(before) == ["تنظيم جند الفجر"])
    }

    @Test func aClaimOfTheSameSentence() {
        let pronoun = events(["استهدف هجوم انتحاري قاعدة عسكرية بمدينة السهل يوم الاثنين أعلن تنظيم جند الفجر الإرهابي مسؤوليته عنه."],
                             mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(attackActors(pronoun) == ["تنظيم جند الفجر"])
        let first = events(["أعلن تنظيم \"جند الفجر\"، الاثنين، مسؤوليته عن الهجوم الذي استهدف مطعما في مدينة السهل."],
                           mentions: [("جند الفجر", .organization), ("مدينة السهل", .place)])
        #expect(attackActors(first) == ["جند الفجر"])
    }

    @Test func aPronounClaimAfterTheAttack() {
        // «… تبناهما تنظيم "…"»: the pronoun stands for the attacks just told.
        let dual = events(["واستهدف تفجيران انتحاريان صباح الأحد كنيسة في مدينة السهل، تبناهما تنظيم \"جند الفجر\"، وأوقعا عشرات القتلى."],
                          mentions: [("مدينة السهل", .place), ("جند الفجر", .organization)])
        #expect(attackActors(dual) == ["جند الفجر"])
        let relative = events(["وأدت هجمات في مدينة السهل تبناها تنظيم جند الفجر إلى مقتل عشرين شخصا."],
                              mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(attackActors(relative) == ["تنظيم جند الفجر"])
    }

    @Test func aPronounClaimIsNotReadElsewhere() {
        // the pronoun of the next sentence may stand for anything: no actor
        let next = events([Self.attack, "وهي المبادرة التي تبناها حزب الأمل منذ سنوات."],
                          mentions: [("مدينة السهل", .place), ("حزب الأمل", .organization)])
        #expect(attackActors(next) == [])
        // a person who adopted a plan is no claimant; an organization not right after the verb neither
        let person = events(["استهدف هجوم بسيارة مفخخة قاعدة عسكرية بمدينة السهل، في ظل الخطة التي تبناها الوزير أمس بحضور جماعة جند الفجر."],
                            mentions: [("مدينة السهل", .place), ("جماعة جند الفجر", .organization)])
        #expect(attackActors(person) == [])
    }

    @Test func noClaimNoActor() {
        // a denied claim, a claim of something else, a news agency relaying it, an organization that only condemned
        let denied = events([Self.attack, "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما أدانت جماعة جند الفجر الاعتداء."],
                            mentions: [("مدينة السهل", .place), ("جماعة جند الفجر", .organization)])
        #expect(attackActors(denied) == [])
        let other = events([Self.attack, "وتبنى حزب الأمل الدعوة إلى الحوار."],
                           mentions: [("مدينة السهل", .place), ("حزب الأمل", .organization)])
        #expect(attackActors(other) == [])
        let condemned = events([Self.attack, "وأدانت جماعة جند الفجر الهجوم."],
                               mentions: [("مدينة السهل", .place), ("جماعة جند الفجر", .organization)])
        #expect(attackActors(condemned) == [])
        // a claim two sentences on is not read
        let far = events([Self.attack, "وقد نقل الجرحى إلى المستشفى.", "وتبنى تنظيم جند الفجر الهجوم."],
                         mentions: [("مدينة السهل", .place), ("تنظيم جند الفجر", .organization)])
        #expect(attackActors(far) == [])
    }
}
