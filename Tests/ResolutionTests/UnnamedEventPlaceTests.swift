import ArabicDates
import ArabicText
import Testing
@testable import Extraction
@testable import Resolution

/// A place an event's clause names with no entity page is kept as written only when it stands as a whole name.
@Suite struct UnnamedEventPlaceTests {
    /// The mention of `surface` at its first occurrence in `text`, in scalar offsets as the extractor gives them.
    func mention(_ surface: String, in text: String) -> Mention {
        let scalars = Array(text.unicodeScalars), target = Array(surface.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return Mention(span: TextSpan(block: 0, start: start, end: start + target.count), sentence: 0, surface: surface,
                       type: .place, key: ArabicNormalizer.matchKey(surface))
    }

    @Test func aWholeNameStands() {
        let text = "تمكنت الوحدات من إيقاف شخص على مستوى مفترق منطقة صولة بالقرية، وفق مصدر أمني."
        #expect(EventResolver.standsWhole(mention("صولة", in: text), in: Document(id: "a", blocks: [text])))
        let end = "ألقي القبض على عنصر في مدينة دلس"
        #expect(EventResolver.standsWhole(mention("دلس", in: end), in: Document(id: "b", blocks: [end])))
    }

    @Test func aNameThatGoesOnDoesNotStand() {
        let cut = "كان مختبئا بمنزل عائلته من مدينة بن قردان فيما فر مرافقه."
        #expect(!EventResolver.standsWhole(mention("بن", in: cut), in: Document(id: "a", blocks: [cut])))
        let continued = "جدت العملية بمنطقة سيدي علي بن عون من ولاية سيدي بوزيد."
        #expect(!EventResolver.standsWhole(mention("سيدي علي", in: continued), in: Document(id: "b", blocks: [continued])))
        let head = "أثبت التقرير إصابات على مستوى قفصه الصدري بعد الاعتداء عليه."
        #expect(!EventResolver.standsWhole(mention("قفصه", in: head), in: Document(id: "c", blocks: [head])))
    }

    @Test func aSideAdjectiveClosesAPlaceName() {
        let text = "وأوقف أعوان منطقة أمن سوسة الشمالية الشابين على ذمة البحث."
        #expect(EventResolver.standsWhole(mention("سوسة الشمالية", in: text), in: Document(id: "a", blocks: [text])))
    }

    @Test func anAttackInAPlaceWithoutAPageKeepsItAsWritten() {
        let day = PartialDate(year: 2023, month: 5, day: 3)
        let c = resolveEvents([(["تعرضت فتاة إلى اعتداء بالعنف في منطقة الوادي الشمالية يوم 3 ماي 2023."], day,
                                [("الوادي الشمالية", .place)])], unpaged: ["الوادي الشمالية"])
        let attack = c.events.first { $0.type == .attack }
        #expect(attack?.places == [])
        #expect(attack?.placeNames == ["الوادي الشمالية"])
    }

    @Test func anAttacksPlaceReferredBackIsNoPlaceAsWritten() {
        // «المدينة» refers to the last place the sentence before named: a page's place, not a phrase to show
        let day = PartialDate(year: 2023, month: 5, day: 3)
        let lines = ["ودعت مآذن جامع الربوة في المدينة إلى التبرع بالدم.", "ووقع تفجير في المدينة اليوم."]
        // with a page, the place referred back is the attack's
        let paged = resolveEvents([(lines, day, [("جامع الربوة", .place)])])
        #expect(paged.events.contains { $0.type == .attack && !$0.places.isEmpty })
        let c = resolveEvents([(lines, day, [("جامع الربوة", .place)])], unpaged: ["جامع الربوة"])
        #expect(!c.events.contains { $0.placeNames.contains("جامع الربوة") })
    }
}
