import Testing
@testable import Extraction

/// Football clubs of the lexicon, and clubs named by their city or by a word of the language in a paragraph about
/// football (made-up sentences).
@Suite struct ClubNameTests {
    func club(_ ms: [Mention], _ surface: String) -> Mention? {
        ms.first { $0.surface == surface && $0.type == .organization }
    }

    @Test func aCityIsItsClubInAParagraphAboutFootball() {
        let m = mentions(["وفاز برشلونة على ضيفه في مباراة الدوري مساء الأحد."])[0]
        #expect(club(m, "برشلونة")?.canonical == "نادي برشلونة", "\(names(m))")
        // a city of no other sense, no lexicon place: the club as well
        let p = mentions(["وتعادل الفريق مع بورتو في المباراة."])[0]
        #expect(club(p, "بورتو")?.canonical == "إف سي بورتو", "\(names(p))")
        // elsewhere the city stays a place, and a word no list knows stays unread
        #expect(names(mentions(["ووصل الوزير إلى برشلونة أمس لحضور مؤتمر اقتصادي."])[0]).contains("برشلونة:place"))
        #expect(mentions(["وزار السياح بورتو في الصيف."])[0].allSatisfy { $0.type != .organization })
    }

    @Test func theCityItselfStaysAPlaceInAMatchReport() {
        // «في», «ب», a word of the city («هجوم»), a feminine nationality or a side adjective: the city
        for s in ["وأقيمت المباراة في برشلونة أمام جمهور غفير.", "وأقيمت المباراة ببرشلونة أمام جمهور غفير.",
                  "ووقف اللاعبون دقيقة صمت قبل المباراة حدادا على ضحايا هجوم مانشستر.",
                  "ووصل اللاعب إلى برشلونة الإسبانية قبل المباراة."] {
            let m = mentions([s])[0]
            #expect(!m.contains { $0.type == .organization && ["برشلونة", "مانشستر"].contains($0.surface) }, "\(s) \(names(m))")
        }
        // a word no list knows after the city goes on with a longer name
        let m = mentions(["وتعاقد مانشستر كوروبيتو مع المهاجم قبل المباراة."])[0]
        #expect(club(m, "مانشستر") == nil, "\(names(m))")
    }

    @Test func aClubNounOrAMasculineNationalityNamesTheClub() {
        // a player's noun before the city, the club noun without its head, a masculine nationality after it
        #expect(club(mentions(["وأكد نجم برشلونة أنه سعيد."])[0], "برشلونة") != nil)
        let t = mentions(["وتستهدف جماهير نادي تشارلتون النجم البرتغالي."])[0]
        #expect(club(t, "تشارلتون")?.canonical == "نادي تشارلتون", "\(names(t))")
        #expect(!names(t).contains { $0.hasPrefix("نادي") })
        #expect(club(mentions(["وأعلن ليون الفرنسي عن صفقة جديدة."])[0], "ليون")?.canonical == "أولمبيك ليون")
    }

    @Test func aScoreMakesAResultsLine() {
        let m = mentions(["ليون ( فرنسا ) - بورتو ( البرتغال ) 2 - صفر"])[0]
        #expect(club(m, "ليون") != nil && club(m, "بورتو") != nil, "\(names(m))")
        #expect(names(m).contains("فرنسا:place"))
    }

    @Test func aClubNamedByItsCityIsNotPooledNorRetyped() {
        // the club reading holds in its paragraph: the city of another document stays a place, and the club keeps
        // its type though the key is mostly the city's
        let docs = mentions(["وفاز برشلونة في مباراة الدوري.", "ووصل الوزير إلى برشلونة أمس.",
                             "وتقع برشلونة على البحر.", "وغادر الوفد برشلونة صباحا."])
        #expect(club(docs[0], "برشلونة") != nil, "\(names(docs[0]))")
        for d in docs.dropFirst() { #expect(names(d).contains("برشلونة:place"), "\(names(d))") }
    }

    @Test func aClubNamedByAWordNeedsAClubNounAndAMatch() {
        let m = mentions(["وسجل لاعب العربي الهدف الأول في المباراة."])[0]
        #expect(club(m, "العربي")?.canonical == "نادي العربي", "\(names(m))")
        #expect(club(mentions(["وأكد مدرب النصر أن فريقه جاهز للمباراة."])[0], "النصر") != nil)
        // a player's name may follow
        #expect(club(mentions(["وسجل لاعب العربي كوروبيتو ماتانزاس الهدف في المباراة."])[0], "العربي") != nil)
        // no club noun, no match, or a rank («صفوف الجيش»): the word
        // nor before a definite adjective that goes on with a longer name («فريق الهلال الرياضي بكوروبيتو»)
        for s in ["وحقق الجيش النصر في المعركة.", "وخرجت جماهير النصر إلى الشوارع احتفالا.",
                  "وانضم الشاب إلى صفوف الجيش قبل المباراة.", "وفاز فريق الهلال الرياضي بكوروبيتو في المباراة."] {
            #expect(mentions([s])[0].allSatisfy { $0.type != .organization }, "\(s)")
        }
    }

    @Test func clubsOfTheLexiconAreOrganizationsAnywhere() {
        let m = names(mentions(["وتعادل أوساسونا مع سيلتا فيغو، وفاز كايزر تشيفس على أورلاندو بايراتس."])[0])
        for c in ["أوساسونا", "سيلتا فيغو", "كايزر تشيفس", "أورلاندو بايراتس"] {
            #expect(m.contains(c + ":organization"), "\(c) \(m)")
        }
        #expect(!m.contains { $0.hasSuffix(":place") }, "\(m)")
    }

    @Test func companiesAndOutletsOfTheLexiconAreOrganizations() {
        let m = names(mentions(["وقرر مجلس إدارة إنرون إنهاء العقد، وأعلنت هارودز تخفيضات، ونقلت وكالة يونهاب الخبر."])[0])
        for c in ["إنرون", "هارودز"] { #expect(m.contains(c + ":organization"), "\(c) \(m)") }
        #expect(m.contains { $0.hasSuffix("يونهاب:organization") }, "\(m)")
    }
}
