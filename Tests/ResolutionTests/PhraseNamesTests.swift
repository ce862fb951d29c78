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
        for w in ["مزدحم", "مستهلكي", "منتظر", "مهجور", "مكسور"] {
            #expect(PhraseNames.hasParticipleShape(ArabicNormalizer.matchKey(w)), "\(w)")
        }
        for w in ["مونيخ", "ميستايا", "ماهربورغ", "مصر", "موسكو", "ميلانو"] {
            #expect(!PhraseNames.hasParticipleShape(ArabicNormalizer.matchKey(w)), "\(w)")
        }
        // a head before a passive participle describes the place; a first name of that shape is a name
        #expect(PhraseNames.isHeadThenIndefiniteWord("مسجد مهجور", .place, otherNameMentions: { _ in 0 }))
        #expect(!PhraseNames.isHeadThenIndefiniteWord("مسجد منصور", .place, otherNameMentions: { _ in 0 }))
    }

    static func oneArticle(_ one: Bool) -> [Double] {
        var f = [Double](repeating: 0, count: EntityConfidence.featureNames.count)
        f[EntityConfidence.featureIndex["one_article"]!] = one ? 1 : 0
        return f
    }

    @Test func anOrdinaryWordInACliticFormIsNoPlace() {
        let f = Self.oneArticle(true)
        // ب + a noun, و + ب + a noun: words read as places after a head
        for name in ["بامتياز", "وبالتحديد"] {
            #expect(PhraseNames.isOrdinaryWordPlace(name, .place, f), "\(name)")
        }
        // localities and foreign towns; a first name; a name of several articles; another type
        for name in ["الرحمات", "البرجين", "القصور", "زلفان", "مكثر", "جميلة", "بانكوك", "بوسطن", "بوسليم", "واغادوغو"] {
            #expect(!PhraseNames.isOrdinaryWordPlace(name, .place, f), "\(name)")
        }
        #expect(!PhraseNames.isOrdinaryWordPlace("بامتياز", .place, Self.oneArticle(false)))
        #expect(!PhraseNames.isOrdinaryWordPlace("بامتياز", .organization, f))
    }

    @Test func aPrepositionAfterAHeadIsNoName() {
        let nowhereElse: (String) -> Int = { _ in 0 }
        #expect(PhraseNames.isHeadThenIndefiniteWord("جسر على", .place, otherNameMentions: nowhereElse))
        #expect(PhraseNames.isHeadThenIndefiniteWord("شارع في", .place, otherNameMentions: nowhereElse))
        // the first name «علي» after a head names a thing after a person
        #expect(!PhraseNames.isHeadThenIndefiniteWord("جسر علي", .place, otherNameMentions: nowhereElse))
    }

    @Test func anImperfectVerbIsNoPlace() {
        let f = Self.oneArticle(true)
        // «منطقة تبعد 20 كلم»: the verb after the area head
        for name in ["تبعد", "يبعد"] {
            #expect(PhraseNames.isOrdinaryWordPlace(name, .place, f), "\(name)")
        }
        // localities in ت that no verb form spells; lexicon towns
        for name in ["تبلبو", "تمغزة", "تطاوين", "توزر", "تستور"] {
            #expect(!PhraseNames.isOrdinaryWordPlace(name, .place, f), "\(name)")
        }
        #expect(!PhraseNames.isOrdinaryWordPlace("تبعد", .place, Self.oneArticle(false)))
    }

    @Test func aCapitalsEpithetIsNoPlace() {
        let f = Self.oneArticle(true)
        let capital = ArabicNormalizer.matchKey("عاصمة"), inTheCapital = ArabicNormalizer.matchKey("بالعاصمة")
        #expect(PhraseNames.isCapitalEpithet("البرتقال", .place, f, wordsBefore: { [capital] }))
        #expect(PhraseNames.isCapitalEpithet("المقدسة", .place, f, wordsBefore: { [inTheCapital, capital] }))
        #expect(PhraseNames.isCapitalEpithet("وبالتحديد", .place, f, wordsBefore: { [inTheCapital] }))
        // a capital in apposition is indefinite; a mention elsewhere; no word before; a place of the lexicon
        #expect(!PhraseNames.isCapitalEpithet("كمبالا", .place, f, wordsBefore: { [inTheCapital] }))
        #expect(!PhraseNames.isCapitalEpithet("واغادوغو", .place, f, wordsBefore: { [inTheCapital] }))
        #expect(!PhraseNames.isCapitalEpithet("البرتقال", .place, f, wordsBefore: { [capital, ArabicNormalizer.matchKey("منطقة")] }))
        #expect(!PhraseNames.isCapitalEpithet("البرتقال", .place, f, wordsBefore: { [nil] }))
        #expect(!PhraseNames.isCapitalEpithet("الجزائر", .place, f, wordsBefore: { [capital] }))
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

    @Test func aBodyOfAnotherBodyIsGeneric() {
        // the council of whichever commission or school the article is about; the region's municipality
        for name in ["مجلس الهيئة", "مجلس المؤسسة", "مجلس الإدارة", "بلدية الجهة", "وزارة الإشراف"] {
            #expect(PhraseNames.isHeadOfGenericBody(name, .organization), "\(name)")
        }
        // what a body is for or whose it is; a state («مجلس الدولة»); three words; a person
        for name in ["مجلس النواب", "وزارة الداخلية", "مجلس الدولة", "مجلس الهيئة الوطنية", "هيئة الانتخابات"] {
            #expect(!PhraseNames.isHeadOfGenericBody(name, .organization), "\(name)")
        }
        #expect(!PhraseNames.isHeadOfGenericBody("مجلس الهيئة", .person))
    }

    static func placeHeadOnly(oneArticle: Bool) -> [Double] {
        var f = Self.oneArticle(oneArticle)
        f[EntityConfidence.featureIndex["rule_place_head"]!] = 1
        return f
    }

    @Test func anAdjectiveAfterAnAreaHeadIsNoPlace() {
        // «منطقة آمنة», «مدينة جميلة»: first names that are adjectives, read after the head
        for name in ["آمنة", "جميلة"] {
            #expect(PhraseNames.isAdjectiveAfterPlaceHead(name, .place, Self.placeHeadOnly(oneArticle: true)), "\(name)")
        }
        // a first name no adjective spells; with the article; named in several articles; not after a head
        #expect(!PhraseNames.isAdjectiveAfterPlaceHead("سليمان", .place, Self.placeHeadOnly(oneArticle: true)))
        #expect(!PhraseNames.isAdjectiveAfterPlaceHead("الجميلة", .place, Self.placeHeadOnly(oneArticle: true)))
        #expect(!PhraseNames.isAdjectiveAfterPlaceHead("جميلة", .place, Self.placeHeadOnly(oneArticle: false)))
        #expect(!PhraseNames.isAdjectiveAfterPlaceHead("جميلة", .place, Self.oneArticle(true)))
        #expect(!PhraseNames.isAdjectiveAfterPlaceHead("جميلة", .person, Self.placeHeadOnly(oneArticle: true)))
    }

    @Test func anAdjectiveOrVerbAfterAWordlikeFirstNameIsNoPerson() {
        let f = Self.oneArticle(true), nowhereElse: (String) -> Int = { _ in 0 }
        // «مسلم ومسيحي», «آمنة ومطمئنة»: two adjectives; «مسلم متشدد»: a participle; «آمنة أخفق»: a past verb
        for name in ["مسلم ومسيحي", "آمنة ومطمئنة", "مسلم متشدد", "أميرة أخفق"] {
            #expect(PhraseNames.isOrdinaryFirstNameThenWord(name, .person, f, otherNameMentions: nowhereElse), "\(name)")
        }
        // family names; a first name that is no word; a family name other names end with; several articles
        for name in ["مسلم الورتاني", "أميرة بوعزيزي", "آمنة منصور", "سامي متشدد", "جميلة وداد"] {
            #expect(!PhraseNames.isOrdinaryFirstNameThenWord(name, .person, f, otherNameMentions: nowhereElse), "\(name)")
        }
        #expect(!PhraseNames.isOrdinaryFirstNameThenWord("مسلم متشدد", .person, f, otherNameMentions: { _ in 2 }))
        #expect(!PhraseNames.isOrdinaryFirstNameThenWord("مسلم متشدد", .person, Self.oneArticle(false), otherNameMentions: nowhereElse))
    }

    @Test func aFirstNameAndACoordinatedVerbalNounIsNoPerson() {
        let f = Self.oneArticle(true)
        // «ذات طابع خيري وتحسيسي», «عمل نبيل وتطوعي»: و + تفعيل or استفعال, or its adjective in ي
        for name in ["خيري وتحسيسي", "نبيل وتطويري", "خيري واستثنائي", "سامي وتنظيم"] {
            #expect(PhraseNames.isFirstNameThenCoordinatedVerbalNoun(name, .person, f), "\(name)")
        }
        // foreign family names in و; a first name after و; two words of several articles
        for name in ["ميسون ويلز", "روبرت واتسون", "إبراهيم واتارا", "محمد وليد", "جون وينبرغ"] {
            #expect(!PhraseNames.isFirstNameThenCoordinatedVerbalNoun(name, .person, f), "\(name)")
        }
        #expect(!PhraseNames.isFirstNameThenCoordinatedVerbalNoun("خيري وتحسيسي", .person, Self.oneArticle(false)))
    }
}
