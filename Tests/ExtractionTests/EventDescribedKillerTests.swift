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
        // a by-phrase on someone who is not a force, or no by-phrase at all, describes no force
        #expect(killing("لقي شاب مصرعه مساء أمس على يد مجهولين في حي الزهور.")?.actorPhrase == nil)
        #expect(killing("لقي عون أمن مصرعه مساء أمس في حي الزهور.")?.actorPhrase == nil)
    }
}
