import ArabicText
import Testing
@testable import Extraction
@testable import Resolution

/// Roles kept as written when no entity page names them (`Event.actorNames`, `Event.targetNames`).
@Suite struct EventNamesWithoutPageTests {
    let text = "أكدت المديرة العامة للمرصد، سلمى الدريدي، اليوم انتشار الحمى بمنطقة الواحة."

    func person(_ surface: String) -> Mention {
        let scalars = Array(text.unicodeScalars), target = Array(surface.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return Mention(span: TextSpan(block: 0, start: start, end: start + target.count), sentence: 0, surface: surface,
                       type: .person, key: ArabicNormalizer.matchKey(surface))
    }

    func names(_ e: EventMention, paged: Bool) -> (actor: String?, target: String?) {
        var ex = DocumentExtraction()
        ex.mentions = [person("سلمى الدريدي")]
        return EventResolver.namesWithoutPage(e, article: 0, in: Document(id: "a", blocks: [text]), ex,
                                              entityOf: { _, _ in paged ? 0 : nil })
    }

    @Test func aSpeakerWithoutAPageIsKeptAsWritten() {
        let report = EventMention(type: .statement, sentence: 0, trigger: "أكدت", actors: [0], actorPhrase: "المديرة العامة للمرصد")
        #expect(names(report, paged: false).actor == "سلمى الدريدي")
        #expect(names(report, paged: true).actor == nil)  // the page names her
        // without the office's phrase the name would make an event on its own: left out
        let bare = EventMention(type: .statement, sentence: 0, trigger: "أكدت", actors: [0])
        #expect(names(bare, paged: false).actor == nil)
    }

    @Test func aNameNotSetApartIsNotKept() {
        let text = "قال الرئيس سلمى الدريدي اليوم إن الحمى انتشرت."
        var ex = DocumentExtraction()
        let start = Array(text.unicodeScalars).count - Array("سلمى الدريدي اليوم إن الحمى انتشرت.".unicodeScalars).count
        ex.mentions = [Mention(span: TextSpan(block: 0, start: start, end: start + Array("سلمى الدريدي".unicodeScalars).count), sentence: 0,
                               surface: "سلمى الدريدي", type: .person, key: ArabicNormalizer.matchKey("سلمى الدريدي"))]
        let report = EventMention(type: .statement, sentence: 0, trigger: "قال", actors: [0], actorPhrase: "الرئيس")
        #expect(EventResolver.namesWithoutPage(report, article: 0, in: Document(id: "a", blocks: [text]), ex,
                                               entityOf: { _, _ in nil }).actor == nil)
    }

    @Test func whatAnAttackHitIsATargetAsWritten() {
        let hit = EventMention(type: .attack, sentence: 0, trigger: "تفجير", actorPhrase: "شاب", targetPhrase: "مقر حرس السواحل")
        #expect(names(hit, paged: false).target == "مقر حرس السواحل")
        #expect(names(hit, paged: false).actor == "شاب")
        let hurt = EventMention(type: .attack, sentence: 0, trigger: "اعتداء", targetPhrase: "عون أمن")
        #expect(names(hurt, paged: false).target == "عون أمن")
        let cut = EventMention(type: .attack, sentence: 0, trigger: "هجوم", targetPhrase: "وفق")
        #expect(names(cut, paged: false).target == nil)  // a word after على that says nothing hit
        // an arrest's force that does not say which stays out (`EventForceActorTests`)
        let arrest = EventMention(type: .arrest, sentence: 0, trigger: "إيقاف", actorPhrase: "وحدات الحرس", targetPhrase: "شخص")
        #expect(names(arrest, paged: false).actor == nil)
    }

    @Test func aQuoteHeadlineNamesTheSpeaker() {
        let named = ["منير الزغلامي": 3].reduce(into: [String: Int]()) { $0[ArabicNormalizer.matchKey($1.key)] = $1.value }
        #expect(EventResolver.headlineSpeaker("منير الزغلامي : نحن مستعدون للحوار", named) == 3)
        #expect(EventResolver.headlineSpeaker("قفصة : الاتحاد مستعد للحوار", named) == nil)
        #expect(EventResolver.headlineSpeaker("منير الزغلامي مستعد للحوار", named) == nil)  // no quote headline
    }

    @Test func theHeadlineSaysWhoseRelative() {
        let named = [ArabicNormalizer.matchKey("منير الزغلامي"): 3]
        #expect(EventResolver.headlinePossessor(of: "شقيقه", "مسلحون يختطفون شقيق منير الزغلامي : تفاصيل", named) == "شقيق منير الزغلامي")
        #expect(EventResolver.headlinePossessor(of: "زوجته", "مقتل زوجة منير الزغلامي", named) == "زوجة منير الزغلامي")
        #expect(EventResolver.headlinePossessor(of: "شقيقه", "اختطاف راع في الجبل", named) == nil)
        #expect(EventResolver.headlinePossessor(of: "شقيق", "مسلحون يختطفون شقيق منير الزغلامي", named) == nil)  // no pronoun
    }
}
