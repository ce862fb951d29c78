import Testing
import ArabicText
import Extraction
@testable import Resolution

@Suite struct PhraseNamesTests {
    @Test func determinerBeforeANounIsNoName() {
        for name in ["أية مشكلة", "أية تجاوزات", "أي تنسيق", "كل الأطراف", "بعض المسؤولين"] {
            #expect(PhraseNames.startsWithDeterminer(name), "\(name)")
        }
        // the first name آية written with a hamza before a family name
        for name in ["أية الحمامي", "أية بن سالم", "أية", "أحمد كل"] {
            #expect(!PhraseNames.startsWithDeterminer(name), "\(name)")
        }
    }

    @Test func placeHeadBeforeAnIndefiniteWordIsADescription() {
        let nowhereElse: (String) -> Int = { _ in 0 }
        #expect(PhraseNames.isHeadThenIndefiniteWord("حي مستحدث", .place, otherNameMentions: nowhereElse))
        #expect(PhraseNames.isHeadThenIndefiniteWord("شارع مزدحم", .place, otherNameMentions: nowhereElse))
        // a foreign name, a definite name, a town named elsewhere, another type
        #expect(!PhraseNames.isHeadThenIndefiniteWord("مطار ماهربورغ", .place, otherNameMentions: nowhereElse))
        #expect(!PhraseNames.isHeadThenIndefiniteWord("ساحة الحكومة", .place, otherNameMentions: nowhereElse))
        #expect(!PhraseNames.isHeadThenIndefiniteWord("شارع مزدحم", .place, otherNameMentions: { _ in 3 }))
        #expect(!PhraseNames.isHeadThenIndefiniteWord("شارع مزدحم", .person, otherNameMentions: nowhereElse))
    }

    @Test func participleShape() {
        for w in ["مزدحم", "مستهلكي", "منتظر"] { #expect(PhraseNames.hasParticipleShape(ArabicNormalizer.matchKey(w)), "\(w)") }
        for w in ["مونيخ", "ميستايا", "ماهربورغ", "مصر"] { #expect(!PhraseNames.hasParticipleShape(ArabicNormalizer.matchKey(w)), "\(w)") }
    }
}
