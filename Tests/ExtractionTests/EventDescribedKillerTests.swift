import Testing
@testable import Extraction

/// A security force the clause describes without a name after a by-phrase of a killing ("على يد أعوان
/// الأمن", "برصاص الشرطة") is the killing's actor phrase; a by-phrase on anyone else is not.
@Suite struct EventDescribedKillerTests {
    func killing(_ line: String) -> EventMention? {
        events([line]).events.first { $0.type == .killing }
    }

    @Test func aForceAfterAByPhraseKilled() {
        #expect(killing("لقي شاب مصرعه مساء أمس على يد أعوان الأمن في حي الزهور.")?.actorPhrase == "أعوان الأمن")
        #expect(killing("قتل مهرب برصاص الحرس الوطني قرب الحدود فجر اليوم.")?.actorPhrase?.hasPrefix("الحرس الوطني") == true)
    }

    @Test func noForceNoPhrase() {
        // a by-phrase on people who are not a force describes them as they are; no by-phrase, no one
        #expect(killing("لقي شاب مصرعه مساء أمس على يد مجهولين في حي الزهور.")?.actorPhrase == "مجهولين")
        #expect(killing("لقي عون أمن مصرعه مساء أمس في حي الزهور.")?.actorPhrase == nil)
    }

    @Test func aNameAfterTheDescriptionIsWho() {
        let ex = events(["قتل شاب أمس على يد الشرطي المتقاعد سامر الخليلي في قاعة العرض."],
                        mentions: [("سامر الخليلي", .person)])
        let k = ex.events.first { $0.type == .killing }
        #expect(k?.actors.map { ex.mentions[$0].surface } == ["سامر الخليلي"])
        #expect(k?.actorPhrase == nil)
    }

    @Test func theForceEndsBeforeWhomItKilled() {
        #expect(killing("قتلت الشرطة سائق السيارة التي صدمت الحاجز أمس.")?.actorPhrase == "الشرطة")
    }
}
