import Testing
@testable import Extraction

/// The speaker of a report as written when the name alone says less: a ministry and the country
/// adjective after it, a sports body that starts with another body's name.
@Suite struct EventSpeakerPhraseTests {
    @Test func theCountryAdjectiveAfterAMinistry() {
        let ex = events(["أعلنت وزارة الدفاع الإسبانية في بيان اليوم أنها أرسلت سفينة للمساعدة."],
                        mentions: [("وزارة الدفاع", .organization)])
        let e = ex.events.first { $0.type == .statement }
        #expect(e?.actorPhrase == "وزارة الدفاع الإسبانية")
        #expect(e?.actors.map { ex.mentions[$0].surface } == ["وزارة الدفاع"])
    }

    @Test func aSportsBodyIsNotTheBodyItsNameStartsWith() {
        let ex = events(["أعلن الاتحاد الأوروبي لكرة القدم اليوم أن الأندية ستحصل على تعويضات مالية."],
                        mentions: [("الاتحاد الأوروبي", .organization)])
        let e = ex.events.first { $0.type == .statement }
        #expect(e?.actors.isEmpty == true)
        #expect(e?.actorPhrase == "الاتحاد الأوروبي لكرة القدم")
        // the body itself stays the speaker
        let own = events(["أعلن الاتحاد الأوروبي اليوم أن المساعدات ستصل قريبا."], mentions: [("الاتحاد الأوروبي", .organization)])
        #expect(own.events.first?.actors.map { own.mentions[$0].surface } == ["الاتحاد الأوروبي"])
    }

    @Test func whomTheReportWasGivenToIsNoPartOfTheSpeaker() {
        // «المتحدث للصحفيين»: the spokesman alone says no office; no speaker rather than a phrase
        let alone = events(["وقال المتحدث للصحفيين في المدينة الجمعة إن التقرير سحب."])
        #expect(alone.events.first { $0.type == .statement }.map { $0.actorPhrase == nil } ?? true)
        // an office cut before its addressee stays the speaker
        let office = events(["وقال وزير الفلاحة لوسائل الإعلام اليوم إن المحصول وفير."])
        #expect(office.events.first { $0.type == .statement }?.actorPhrase == "وزير الفلاحة")
    }
}
