import Testing
import ArabicText
@testable import Extraction

/// Words glued onto a name (`EntityExtractor.gluedWordTrims`), facility names with their adjective or regnal
/// ordinal, and a place of the lexicon that is also a compound first name.
@Suite struct GluedNameTests {
    @Test func wordsOutsideNames() {
        #expect(NameEvidence.isWordOutsideNames("مخاطبا"))      // an inflected form the dictionary accepts
        #expect(NameEvidence.isWordOutsideNames("وعين"))        // و + an ordinary word
        #expect(NameEvidence.isWordOutsideNames("بأسطنبول"))    // ب + a place
        #expect(!NameEvidence.isWordOutsideNames("سليم"))       // first names and places are name words
        #expect(!NameEvidence.isWordOutsideNames("تونس"))
        #expect(!NameEvidence.isWordOutsideNames("بن"))
        #expect(!NameEvidence.isWordOutsideNames("أورلي"))
        #expect(NameEvidence.isWordOutsideNames("شخصيا"))       // an adverbial accusative of a dictionary word
        #expect(NameEvidence.isWordOutsideNames("لتولي"))       // ل + a verbal noun: a purpose
        #expect(NameEvidence.isWordOutsideNames("لاستلام"))
        #expect(!NameEvidence.isWordOutsideNames("لبورغي"))     // ل + an unknown word that is no verbal noun
        #expect(!NameEvidence.isWordOutsideNames("تولي"))       // the verbal noun shape alone may be a name
    }

    @Test func gluedWordLeavesANameTheCorpusWritesWithoutIt() {
        let m = mentions(["وأكد الوزير سامر الدليمي أن الاتفاق نهائي.",
                          "وقال الوزير سامر الدليمي مخاطبا الحضور إن العمل مستمر."])
        #expect(names(m[1]) == ["سامر الدليمي:person"])
        // the same word after a name the corpus writes nowhere without it: left as it is
        let alone = mentions(["وقال الوزير ماهر القرطبيني مخاطبا الحضور إن العمل مستمر."])
        #expect(names(alone[0]) == ["ماهر القرطبيني مخاطبا:person"])
    }

    @Test func gluedTrimsKeepFamilyNamesAndParticles() {
        let names: [(key: String, surface: String, type: EntityType, documents: Int)] = [
            ("سامر الدليمي", "سامر الدليمي", .person, 3),
            ("سامر الدليمي مخاطبا", "سامر الدليمي مخاطبا", .person, 1),
            // a definite last word is a family name as often as not
            ("سامر ماجد السعيد", "سامر ماجد السعيد", .person, 1), ("سامر ماجد", "سامر ماجد", .person, 2),
            ("ماجد بن عين", "ماجد بن عين", .person, 1), ("ماجد بن", "ماجد بن", .person, 1),
        ]
        let keyed = names.map { (key: ArabicNormalizer.matchKey($0.surface), surface: $0.surface, type: $0.type, documents: $0.documents) }
        let trims = EntityExtractor.gluedWordTrims(keyed, followerDocuments: ["عين": 5])
        #expect(trims == [ArabicNormalizer.matchKey("سامر الدليمي مخاطبا"): 2])
    }

    @Test func aFormNoFamilyNameTakesMayBeGluedOntoSeveralNames() {
        // «لتولي» (ل + a verbal noun) glued onto two names of one document each: both are trimmed; «مخاطبا», a
        // participle, ending two names is left alone (a word that ends several names may be a family name)
        let names: [(key: String, surface: String, type: EntityType, documents: Int)] = [
            ("رامي الغزالي", "رامي الغزالي", .person, 3),
            ("رامي الغزالي لتولي", "رامي الغزالي لتولي", .person, 1), ("نادر القصيبي لتولي", "نادر القصيبي لتولي", .person, 1),
            ("سامر الدليمي", "سامر الدليمي", .person, 3),
            ("سامر الدليمي مخاطبا", "سامر الدليمي مخاطبا", .person, 1), ("ماهر القرطبيني مخاطبا", "ماهر القرطبيني مخاطبا", .person, 1),
        ]
        #expect(NameEvidence.isAdverbOrPurposeForm("لتولي"))
        #expect(!NameEvidence.isAdverbOrPurposeForm("مخاطبا"))
        let keyed = names.map { (key: ArabicNormalizer.matchKey($0.surface), surface: $0.surface, type: $0.type, documents: $0.documents) }
        let trims = EntityExtractor.gluedWordTrims(keyed, followerDocuments: ["لتولي": 2])
        #expect(trims == [ArabicNormalizer.matchKey("رامي الغزالي لتولي"): 2, ArabicNormalizer.matchKey("نادر القصيبي لتولي"): 2])
    }

    @Test func facilityKeepsItsAdjectiveAndOrdinal() {
        #expect(names(mentions(["وعاد الوفد أمس عبر مطار روما الدولي بعد الزيارة."])[0]) == ["مطار روما الدولي:place"])
        #expect(names(mentions(["وتقام المباراة على ملعب فيليب الثاني في المساء."])[0]) == ["ملعب فيليب الثاني:place"])
        // a nationality after the name describes the facility: not part of its name
        #expect(!names(mentions(["ونقل المعتقلون إلى سجن غوانتانامو الأمريكي الشهر الماضي."])[0])
                    .contains { $0.contains("الأمريكي") })
    }

    @Test func compoundFirstNameThatNamesAPlace() {
        // «صلاح الدين» is a governorate and a first name: before a family name, a person
        #expect(names(mentions(["وحضر صلاح الدين الدغباجي الاجتماع أمس."])[0]) == ["صلاح الدين الدغباجي:person"])
        #expect(names(mentions(["وقتل جنديان في محافظة صلاح الدين شمال بغداد."])[0]) == ["صلاح الدين:place", "بغداد:place"])
        // after a title, and with a family name that is also a first name
        #expect(names(mentions(["وحصل المرشح صلاح الدين كوربانوف على المرتبة الثالثة."])[0]) == ["صلاح الدين كوربانوف:person"])
        #expect(names(mentions(["وأكد صلاح الدين حمزة أن الإضراب متواصل."])[0]) == ["صلاح الدين حمزة:person"])
        // one family name: the next first name of a list starts the next name
        let list = names(mentions(["وحضر صلاح الدين الدغباجي سامية القرطبيني الجلسة."])[0])
        #expect(list.first == "صلاح الدين الدغباجي:person")
    }

    @Test func personNameIsNotCutToItsFirstNames() {
        // the corpus writes «صلاح الدين» (the governorate) alone many times, and continues it with several family
        // names: a person keeps the family name
        var texts = (1...8).map { "وقتل \($0) جنود في محافظة صلاح الدين شمال بغداد." }
        texts += ["وأكد صلاح الدين الدغباجي أن الإضراب متواصل.", "وقال صلاح الدين القرطبيني إن الوضع هادئ.",
                  "وحضر صلاح الدين الموصلاوي الاجتماع."]
        // (family names: other people of the corpus bear them)
        texts += ["وقال الوزير خالد الدغباجي إن الوضع هادئ.", "وقال الوزير سامر القرطبيني إن الوضع هادئ.",
                  "وقال الوزير ماهر الموصلاوي إن الوضع هادئ."]
        #expect(names(mentions(texts)[8]) == ["صلاح الدين الدغباجي:person"])
        let after = EntityExtractor.nameWordsAfterPrefixes([("يوسف الشاهد مخاطبا", 1), ("يوسف الشاهد وعين", 1),
                                                            ("يوسف الشاهد حادت", 1), ("محمد علي الدغباجي", 2)])
        #expect(after["محمد علي"] == ["الدغباجي"])
        #expect(after["يوسف الشاهد"] == nil)
    }
}
