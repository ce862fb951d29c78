import Testing
@testable import Extraction

/// Clubs and racing teams named after «فريق», outlets named in quotes after a description, companies whose
/// foreign name starts with a nationality word, and organization names that end before an ordinary word or a
/// word with a pronoun (made-up sentences).
@Suite struct TeamAndOutletNameTests {
    @Test func aWordNoListKnowsAfterFariqIsAClub() {
        #expect(names(mentions(["وتأهل فريق كوروبيتو إلى الدور النهائي بعد فوز صعب."])[0]).contains("كوروبيتو:organization"))
        #expect(names(mentions(["وانضم اللاعب لفريق كوروبيتو في الصيف."])[0]).contains("كوروبيتو:organization"))
        // two words no list knows: the club's whole name
        #expect(names(mentions(["وتعادل فريق كوروبيتو ماتانزاس مع منافسه."])[0]).contains("كوروبيتو ماتانزاس:organization"))
        // a place or a connector after the word: a longer club name, not taken cut
        #expect(!names(mentions(["وفاز فريق كوروبيتو مدريد على منافسه."])[0]).contains("كوروبيتو:organization"))
        #expect(!names(mentions(["وانهزم فريق كوروبيتو بن عروس أمس."])[0]).contains("كوروبيتو:organization"))
    }

    @Test func anOutletDescribedInOrdinaryWordsIsTheQuotedName() {
        let m = names(mentions(["ونقلت وكالة الأنباء الرسمية \"كوروبيتو\" عن الوزير قوله."])[0])
        #expect(m.contains("كوروبيتو:organization"))
        #expect(!m.contains { $0.hasPrefix("وكالة الأنباء") })
        // quoted words that are no name stay out
        #expect(!names(mentions(["وقالت وكالة الأنباء الرسمية \"نحن هنا\" أمس."])[0]).contains { $0.hasPrefix("نحن") })
    }

    @Test func aCompanysForeignNameMayStartWithANationalityWord() {
        #expect(names(mentions(["وقالت شركة أميركان كوروبيتو إنها ألغت رحلاتها."])[0]).contains("أميركان كوروبيتو:organization"))
    }

    @Test func fariqBeforeOrdinaryWordsNamesNothing() {
        // a working group, a research or medical team: no name
        for s in ["وشكلت الوزارة فريق عمل لدراسة الملف.", "وتوصل فريق البحث إلى نتائج جديدة.",
                  "ووصل فريق طبي إلى المستشفى.", "وأكد فريق الدفاع عن المتهم براءته."] {
            #expect(mentions([s])[0].allSatisfy { $0.type != .organization }, "\(s)")
        }
        // the definite «الفريق» is the team or a rank, no head here
        #expect(!names(mentions(["وقال الفريق كوروبيتو إن الوضع هادئ."])[0]).contains("كوروبيتو:organization"))
    }

    @Test func aProperNameTakesNoOrdinaryNounAfterIt() {
        // «انهاء» is the next clause's verbal noun, not part of the company's name
        let m = names(mentions(["وقرر مجلس إدارة فلوتكس إنهاء العمل مع المدقق."])[0])
        #expect(m.contains { $0.hasSuffix("فلوتكس:organization") })
        #expect(!m.contains { $0.contains("إنهاء") })
        // a word with an attached pronoun right after the head is no name («لجنة شكلها»)
        #expect(mentions(["واختارت لجنة شكلها القسم الفائزين."])[0].allSatisfy { $0.type != .organization })
    }

    @Test func aWordNoListKnowsBeforeACityInAMatchIsAClub() {
        let m = names(mentions(["وتأهل كوروبيتو برلين إلى الدور النهائي بعد مباراة صعبة."])[0])
        #expect(m.contains("كوروبيتو برلين:organization"), "\(m)")
        #expect(!m.contains("برلين:place"))
        // not in a paragraph about something else, not before a country, not before a noun with its pronoun
        // («حديثه», his talk: the town is written «حديثة»), not when a second word has a proclitic
        for s in ["وزار كوروبيتو برلين أمس.", "ولعب كوروبيتو ألمانيا مباراة ودية.", "وختم كوروبيتو حديثه بعد المباراة.",
                  "وانتقل كوروبيتو لماتانزاس برلين بعد المباراة.", "وفاز النادي على ميناكيي برلين في المباراة."] {
            #expect(!mentions([s])[0].contains { $0.type == .organization && $0.surface.contains("برلين") }, "\(s)")
        }
    }

    @Test func theHostTheGuestAndBothSidesOfADrawAreClubsInAMatch() {
        let draw = names(mentions(["وتعادل كوروبيتو مع ماتانزاس في مباراة الأمس."])[0])
        #expect(draw.contains("كوروبيتو:organization") && draw.contains("ماتانزاس:organization"), "\(draw)")
        #expect(names(mentions(["وفاز الفريق على ضيفه كوروبيتو في المباراة."])[0]).contains("كوروبيتو:organization"))
        // a guest of a minister is no club
        #expect(!mentions(["واستقبل الوزير ضيفه كوروبيتو أمس."])[0].contains { $0.type == .organization })
    }

    @Test func worldNewspapersAndAgenciesAreOrganizations() {
        #expect(names(mentions(["وقالت صحيفة الصنداي تايمز إن الوزير استقال."])[0]).contains("الصنداي تايمز:organization"))
        #expect(names(mentions(["ونقلت وكالة شينخوا عن المسؤول قوله."])[0]).contains { $0.hasSuffix("شينخوا:organization") })
    }

    @Test func aLexiconBodyAfterACompassDirectionIsTheRegion() {
        #expect(!mentions(["وتقع المدينة في جنوب الأناضول قرب الحدود."])[0].contains { $0.type == .organization })
        #expect(names(mentions(["ونقلت وكالة الأناضول الخبر."])[0]).contains { $0.hasSuffix(":organization") })
    }

    @Test func aClubWordAndTheAdjectiveOfItsCityAreAClubInAMatch() {
        // a club word, or a place, and the adjective of a city of the lexicon (صفاقس → الصفاقسي, باجة → الباجي,
        // القيروان → القيروانية): one club, and the place is no mention
        let m = names(mentions(["وفاز الملعب الصفاقسي على الشبيبة القيروانية في مباراة الأحد."])[0])
        #expect(m.contains("الملعب الصفاقسي:organization"), "\(m)")
        #expect(m.contains("الشبيبة القيروانية:organization"), "\(m)")
        let n = names(mentions(["وتعادل فريق المغرب الباجي مع منافسه في الدوري."])[0])
        #expect(n.contains("المغرب الباجي:organization"), "\(n)")
        #expect(!n.contains("المغرب:place"))
        // not outside a paragraph about a match, not with a nationality («التونسي») or an ordinary adjective
        // («الرياضي», of sport, not of الرياض), not after another word
        for s in ["وافتتح الاتحاد الصفاقسي مقرا جديدا أمس.", "وفاز الملعب التونسي في مباراة الأحد.",
                  "وفاز النادي الرياضي في مباراة الأحد.", "وقال الجمهور الصفاقسي بعد المباراة إنه غاضب."] {
            #expect(!mentions([s])[0].contains { $0.type == .organization && $0.surface.hasSuffix("ي") }, "\(s)")
        }
    }

    @Test func theWorldsSmallerStatesArePlaces() {
        let m = names(mentions(["وزار الوزير غامبيا وبوركينا فاسو وغينيا بيساو ثم عاد إلى الغابون."])[0])
        for p in ["غامبيا", "بوركينا فاسو", "غينيا بيساو", "الغابون"] { #expect(m.contains { $0.hasSuffix(p + ":place") }, "\(p) \(m)") }
    }
}
