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

    @Test func aFirstNameBeforeAnImperfectVerbIsNoPerson() {
        var f = [Double](repeating: 0, count: EntityConfidence.featureNames.count)
        f[EntityConfidence.featureIndex["one_article"]!] = 1
        let nowhereElse: (String) -> Int = { _ in 0 }
        #expect(PhraseNames.endsOnImperfectVerb("سامي تكتب", .person, f, otherNameMentions: nowhereElse))
        // a family name in ت, a verb that ends other names, a name of several articles
        #expect(!PhraseNames.endsOnImperfectVerb("سامي التونسي", .person, f, otherNameMentions: nowhereElse))
        #expect(!PhraseNames.endsOnImperfectVerb("سامي تكتب", .person, f, otherNameMentions: { _ in 2 }))
        f[EntityConfidence.featureIndex["one_article"]!] = 0
        #expect(!PhraseNames.endsOnImperfectVerb("سامي تكتب", .person, f, otherNameMentions: nowhereElse))
    }
}
