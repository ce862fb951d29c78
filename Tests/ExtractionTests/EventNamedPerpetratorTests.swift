import Testing
@testable import Extraction

/// Who did an attack the sentence names beside its perpetrator noun («فلان، منفذ هجوم X», «أحد منفذي الهجوم»,
/// «لمنفذ هجوم X فلان»), and the suspects, questions and denials that name no one. Made-up names and towns:
/// قرطوبة, سالم العنبري, خالد الجبالي.
@Suite struct EventNamedPerpetratorTests {
    func actors(_ ex: DocumentExtraction) -> [String]? {
        ex.events.first { $0.type == .attack }.map { $0.actors.map { ex.mentions[$0].surface } }
    }
    /// No attack with an actor (a hedged or denied sentence may keep no attack at all).
    func noActor(_ ex: DocumentExtraction) -> Bool { actors(ex).map { $0.isEmpty } ?? true }
    let names: [(String, EntityType)] = [("سالم العنبري", .person), ("قرطوبة", .place)]

    @Test func theNameBeforeOneOfThePerpetratorsIsTheAttacker() {
        let ex = events(["وأكد الوزير أن سالم العنبري احد منفذي هجوم قرطوبة الإرهابي كان محل متابعة أمنية."], mentions: names)
        #expect(actors(ex) == ["سالم العنبري"])
    }

    @Test func aNameInAppositionBeforeOrAfterThePerpetratorNoun() {
        let before = events(["ولا توجد أي علاقة لسالم العنبري، منفذ هجوم قرطوبة الإرهابي مع التنظيم."], mentions: names)
        #expect(actors(before) == ["سالم العنبري"])
        let after = events(["ونشرت الصحيفة صورا لمنفذ هجوم قرطوبة الإرهابي سالم العنبري وهو يتجول في المدينة."], mentions: names)
        #expect(actors(after) == ["سالم العنبري"])
        let comma = events(["وقالت الشرطة إن منفذ الهجوم، سالم العنبري، قتل برصاص الأمن."], mentions: [("سالم العنبري", .person)])
        #expect(actors(comma) == ["سالم العنبري"])
    }

    @Test func aNameAfterANisbaOrBeforeAPronounOfANominalSentence() {
        let nisba = events(["وكان على اتصال مع التونسي سالم العنبري منفذ هجوم قرطوبة الإرهابي."], mentions: names)
        #expect(actors(nisba) == ["سالم العنبري"])
        let copula = events(["وقالت الشرطة إن رجلا يدعى سالم العنبري (22 عاما) هو منفذ التفجير الانتحاري في قرطوبة."], mentions: names)
        #expect(actors(copula) == ["سالم العنبري"])
    }

    @Test func theSameAttackNamedAgainInTheSentence() {
        let ex = events(["وأكدت التحقيقات عقب هجوم قرطوبة مع الموقوفين أنه لا علاقة لسالم العنبري، منفذ هجوم قرطوبة مع التنظيم."], mentions: names)
        #expect(actors(ex) == ["سالم العنبري"])
        // another place's attack is another attack
        let other = events(["وأكدت التحقيقات عقب هجوم قرطوبة مع الموقوفين أنه لا علاقة لسالم العنبري، منفذ هجوم الربوة مع التنظيم."],
                           mentions: names + [("الربوة", .place)])
        #expect(actors(other)?.contains("سالم العنبري") == false)
    }

    @Test func aSuspectAQuestionOrADenialNamesNoAttacker() {
        let suspect = events(["وأوقفت الشرطة سالم العنبري المشتبه في أنه منفذ هجوم قرطوبة الإرهابي."], mentions: names)
        #expect(actors(suspect) == [])
        let believed = events(["ويشتبه في أن سالم العنبري منفذ هجوم قرطوبة الإرهابي."], mentions: names)
        #expect(noActor(believed))
        let question = events(["هل سالم العنبري منفذ هجوم قرطوبة الإرهابي؟"], mentions: names)
        #expect(actors(question) == [])
        let denial = events(["وقال المحامي إن ليس سالم العنبري منفذ هجوم قرطوبة الإرهابي."], mentions: names)
        #expect(noActor(denial))
        let denied = events(["ونفت العائلة أن يكون سالم العنبري أحد منفذي هجوم قرطوبة الإرهابي."], mentions: names)
        #expect(noActor(denied))
    }

    @Test func aSpeakerOrAPerpetratorsKinIsNoAttacker() {
        // the subject of a verb who speaks of the perpetrator
        let speaker = events(["ووصف خالد الجبالي منفذ هجوم قرطوبة الإرهابي بالمختل."], mentions: [("خالد الجبالي", .person), ("قرطوبة", .place)])
        #expect(actors(speaker) == [])
        // the name after «والد منفذ الهجوم» is the father's
        let father = events(["وقال والد منفذ هجوم قرطوبة الإرهابي خالد الجبالي إن ابنه لم يكن متدينا."], mentions: [("خالد الجبالي", .person), ("قرطوبة", .place)])
        #expect(actors(father) == [])
    }
}
