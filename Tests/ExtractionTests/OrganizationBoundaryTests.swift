import Testing
@testable import Extraction

/// Boundaries of organization and place names: a generic head before a club, a construct cut before its
/// complement, a nisba adjective written like a place, a country named with an inner و (made-up sentences).
@Suite struct OrganizationBoundaryTests {
    @Test func genericHeadBeforeAClubIsNotPartOfItsName() {
        // "إدارة" (the management) before a definite club name: the club is the name
        let m = names(mentions(["وقررت إدارة النادي الرياضي البنزرتي إقالة المدرب."])[0])
        #expect(m.contains("النادي الرياضي البنزرتي:organization"))
        #expect(!m.contains { $0.hasPrefix("إدارة") })
        // a known club after the head
        let k = names(mentions(["وأعلنت إدارة النادي الإفريقي تعاقدها مع لاعب جديد."])[0])
        #expect(k.contains("النادي الإفريقي:organization"))
        #expect(!k.contains { $0.hasPrefix("إدارة") })
        // the head before ordinary words only: no name at all
        #expect(mentions(["وقررت إدارة الشركة الوطنية رفع الأجور."])[0].allSatisfy { $0.type != .organization })
    }

    @Test func clubHeadBeforeAKnownClubIsNotPartOfItsName() {
        // "نادي" before a club of the lexicon: the mention is the club, linked to its entry
        let m = mentions(["وانتقل اللاعب إلى نادي ريال مدريد مقابل مبلغ كبير."])[0]
        #expect(names(m).contains("ريال مدريد:organization"))
        #expect(!m.contains { $0.surface.hasPrefix("نادي") })
        #expect(names(mentions(["وقال مدرب لنادي مانشستر يونايتد إن الفريق جاهز."])[0]).contains("مانشستر يونايتد:organization"))
        // before a nationality the head stays: another club may bear the name (unless the lexicon knows the club of
        // that country: «الأهلي السعودي», `ClubLexicon`)
        #expect(names(mentions(["وفاز نادي الأهلي الليبي بالمباراة."])[0]).contains { $0.hasPrefix("نادي الأهلي") })
        #expect(names(mentions(["وفاز نادي الأهلي السعودي بالمباراة."])[0]).contains("الأهلي السعودي:organization"))
        // a club no lexicon knows keeps its head
        #expect(names(mentions(["وتعاقد نادي هيركوليس مع المدرب الجديد."])[0]).contains("نادي هيركوليس:organization"))
    }

    @Test func worldCompaniesWrittenInLatinLetters() {
        // a company of the lexicon written in Latin letters, also with a glued و
        let m = names(mentions(["وأعلنت Apple وDell عن أجهزة جديدة بعد إعلان IBM أمس."])[0])
        #expect(m.contains("Apple:organization"))
        #expect(m.contains("Dell:organization"))
        #expect(m.contains("IBM:organization"))
        // inside a web or mail address the name is no mention
        #expect(!mentions(["وللمزيد زوروا صفحتنا www.facebook.com/Example أو راسلونا على info@huawei.com اليوم."])[0]
            .contains { $0.type == .organization })
        // the spelling «البنك العالمي» is the World Bank
        #expect(mentions(["وقال البنك العالمي إن النمو سيتراجع."])[0].contains { $0.type == .organization && $0.canonical == "البنك الدولي" })
    }

    @Test func constructTakesItsComplement() {
        // an ordinary noun after the head is in construct with the next definite noun
        #expect(names(mentions(["وقالت وزارة أملاك الدولة إن الأرض للدولة."])[0]).contains("وزارة أملاك الدولة:organization"))
        // a misspelt word between a place and a لل phrase is part of the agency's name
        #expect(names(mentions(["وأفادت وكالة تونس افرقيا للأنباء أن الوفد وصل."])[0]).contains("وكالة تونس افرقيا للأنباء:organization"))
        // a ministry named with definite words is still found
        #expect(names(mentions(["وأعلنت وزارة الشؤون الدينية برنامجها."])[0]).contains("وزارة الشؤون الدينية:organization"))
    }

    @Test func feminineNisbaAfterADefiniteNounIsAnAdjective() {
        // "الديوانية" is also an Iraqi province: after a definite plural it is the adjective "customs"
        #expect(mentions(["وارتفعت المعاليم الديوانية على السيارات المستوردة."])[0].allSatisfy { $0.type != .place })
        #expect(names(mentions(["وقتل شخصان في محافظة الديوانية جنوبي بغداد."])[0]).contains("الديوانية:place"))
        // a nationality that is also a country's name still names it ("السعودية")
        #expect(mentions(["وأعلنت الحكومة السعودية قرارها."])[0].contains { $0.type == .place })
    }

    @Test func countryWithAnInnerWawIsOneName() {
        let m = mentions(["وزار الوفد البوسنة والهرسك الأسبوع الماضي."])[0]
        #expect(m.contains { $0.type == .place && $0.surface == "البوسنة والهرسك" })
    }
}

/// A Latin acronym alone in brackets (made-up sentences).
@Suite struct BracketedAcronymTests {
    @Test func acronymAfterAnOrganizationIsAnOrganization() {
        // after a lexicon organization: its acronym defined
        #expect(names(mentions(["وقالت منظمة الصحة العالمية ( WHO ) إن الوباء تراجع."])[0]).contains("WHO:organization"))
        // after an organization head word and its complement
        #expect(names(mentions(["ووقع معهد الدراسات الزراعية (IAS) اتفاقية مع الوزارة."])[0]).contains("IAS:organization"))
        // a dateline: a place opening the paragraph, the bracket, a dash
        #expect(names(mentions(["القاهرة ( XYZ ) - أعلن الوزير أمس عن خطة جديدة."])[0]).contains("XYZ:organization"))
        #expect(names(mentions(["باريس ، فرنسا (XYZ) - أعلن الوزير أمس عن خطة جديدة."])[0]).contains("XYZ:organization"))
    }

    @Test func acronymWithoutAnOrganizationCueIsNoName() {
        // no organization before it: a format, a unit
        #expect(!names(mentions(["ونشر التقرير في ملف ( PDF ) على الموقع."])[0]).contains("PDF:organization"))
        // a function word between the head and the bracket ends the name phrase
        #expect(!names(mentions(["وقالت الوزارة في بيان (PDF) إن الوضع مستقر."])[0]).contains("PDF:organization"))
        // lower-case or long Latin words are not acronyms
        #expect(!names(mentions(["وقالت منظمة الصحة العالمية ( the ) إن الوباء تراجع."])[0]).contains("the:organization"))
        // a place in the middle of a sentence is no dateline
        #expect(!names(mentions(["وصل الوفد إلى القاهرة ( XYZ ) - أمس."])[0]).contains("XYZ:organization"))
    }
}

/// A verb-shaped foreign name after an organization head (made-up sentences).
@Suite struct VerbShapedNameAfterHeadTests {
    @Test func nationalityAdjectiveMakesItAName() {
        // "تيلتون" has the shape of an imperfect verb (ت + five letters); the nationality says it is a name
        #expect(names(mentions(["ونشرت صحيفة تيلتون البريطانية تقريرا مطولا."])[0]).contains("تيلتون:organization"))
        #expect(names(mentions(["وقالت شركة توريال الفرنسية إنها ستستثمر في البلاد."])[0]).contains("توريال:organization"))
    }

    @Test func verbAfterTheHeadStaysAVerb() {
        // a verb after the head: a relative clause, no name
        #expect(mentions(["وأسست شركة تستثمر في الطاقة."])[0].allSatisfy { $0.type != .organization })
        // a plural nationality noun after the verb is its object, not an adjective
        #expect(mentions(["وأنشئت لجنة تتابع التونسيين في الخارج."])[0].allSatisfy { $0.type != .organization })
    }
}

/// International clubs and companies of the organization lexicon (made-up sentences).
@Suite struct ClubLexiconTests {
    @Test func clubNamedAfterACityIsAnOrganization() {
        let m = names(mentions(["وفاز مانشستر يونايتد على ضيفه مساء السبت."])[0])
        #expect(m.contains("مانشستر يونايتد:organization"))
        #expect(!m.contains("مانشستر:place"))
        // the city alone stays a place
        #expect(names(mentions(["وصل الوفد إلى مانشستر مساء السبت."])[0]).contains("مانشستر:place"))
        #expect(names(mentions(["وتعادل ارسنال مع منافسه."])[0]).contains("ارسنال:organization"))
    }
}
