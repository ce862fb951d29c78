import Testing
@testable import Extraction

/// One- and two-word names right after a nationality adjective, read when the word's letters score as a
/// name's (`NameShapeScore`, fitted by scripts/lexicon/fit-name-shape). Made-up sentences.
@Suite struct NationalityLoneNameTests {
    @Test func theFittedScoreTellsNamesFromOrdinaryWords() {
        #expect(NameShapeScore.looksLikeName("كوفالسكي"))
        #expect(NameShapeScore.looksLikeName("برانكوفيتش"))
        #expect(!NameShapeScore.looksLikeName("مشاريع"))
        #expect(!NameShapeScore.looksLikeName("جاهز"))
        #expect(NameShapeScore.score("فيندرسون") > NameShapeScore.score("مشاريع"))
    }

    @Test func oneWordAfterANationality() {
        let m = mentions(["وخسر الثنائي البولندي كوفالسكي وزميله الصربي برانكوفيتش في الدور الأول.",
                          "وغاب عن المباراة المدافع الإيطالي روستيلاني بسبب الإصابة."])
        #expect(names(m[0]).contains("كوفالسكي:person"), "\(names(m[0]))")
        #expect(names(m[0]).contains("برانكوفيتش:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("روستيلاني:person"), "\(names(m[1]))")
        #expect(m[1].first { $0.surface == "روستيلاني" }?.cue == "الإيطالي")
    }

    @Test func twoWordsAfterANationality() {
        // a second word that scores as a name's, or a definite word no list knows, is the family name
        let m = mentions(["وفاز الشاب الصربي زيبر ماتوشيك بالمرحلة الثالثة.",
                          "والتقى رجل الأعمال المصري كارو الفرناوي بالوفد."])
        #expect(names(m[0]).contains("زيبر ماتوشيك:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("كارو الفرناوي:person"), "\(names(m[1]))")
    }

    @Test func notAfterANameOrKindNounNorAnOrdinaryWord() {
        let m = mentions(["وتأهل فريق تيرانوفا الإيطالي ليونارتي الروسي إلى الدور الثاني.",  // a list of clubs
                          "وأعلنت الشركة الأمريكية كوفالسكي عن هاتف جديد.",                    // a company
                          "وقال الجانب التونسي مشاريع كثيرة تنتظر التمويل.",                  // an ordinary word
                          "وشارك المنتخب السوداني وتيرانوفا في البطولة."])                     // the next item after و
        for doc in m { #expect(!doc.contains { $0.type == .person && ["ليونارتي", "كوفالسكي", "مشاريع", "وتيرانوفا"].contains($0.surface) }, "\(names(doc))") }
    }
    @Test func aForeignNameInAVerbalNounsPatternIsAName() {
        // إفعال and تفعيل shapes whose letters score as a name's, no word of the dictionary: a foreign name
        let m = mentions(["وتغلب الصربي إيفان بوبوفيتش على منافسه في الدور الثاني.",
                          "وكان تيفيز قد غادر الملعب قبل نهاية المباراة.",
                          "وكان إعلان الحكومة قد تأخر أسبوعا."])
        #expect(names(m[0]).contains("إيفان بوبوفيتش:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("تيفيز:person"), "\(names(m[1]))")
        #expect(!names(m[2]).contains { $0.hasPrefix("إعلان") }, "\(names(m[2]))")
    }
}
