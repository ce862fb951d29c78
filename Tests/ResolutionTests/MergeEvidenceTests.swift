import Testing
import ArabicText
import Extraction
@testable import Resolution

/// Merges that need evidence of one referent: a written hamza, the article ال, a bare surname beside
/// another name word, a surname after بن (made-up texts).
@Suite struct MergeEvidenceTests {
    @Test func writtenHamzaTellsAnotherWord() {
        #expect(WrittenSpelling.conflicts(reference: "فاس", candidate: "فأس"))
        #expect(WrittenSpelling.conflicts(reference: "وام", candidate: "وأم"))
        #expect(WrittenSpelling.conflicts(reference: "المهدية", candidate: "المهدئة"))
        #expect(WrittenSpelling.conflicts(reference: "مأرب", candidate: "مآرب"))
        // a dropped hamza, a first alef, ال + alef and spacing are spellings of one name
        #expect(!WrittenSpelling.conflicts(reference: "الأمم المتحدة", candidate: "الامم المتحدة"))
        #expect(!WrittenSpelling.conflicts(reference: "إسرائيل", candidate: "اسرائيل"))
        #expect(!WrittenSpelling.conflicts(reference: "الإمارات", candidate: "الامارات"))
        #expect(!WrittenSpelling.conflicts(reference: "قاآني", candidate: "قا آني"))
    }

    @Test func aFunctionWordWithItsProcliticIsNoNameWord() {
        // "وهو" after a bare surname is a clause, not the next word of another name
        #expect(NameEvidence.isOrdinaryWord(ArabicNormalizer.matchKey("وهو")))
        #expect(NameEvidence.isOrdinaryWord(ArabicNormalizer.matchKey("فهي")))
        let (c, _) = resolveTexts([["قال رئيس الحكومة سامر الدليمي إن الوضع مستقر.", "وكتب الدليمي وهو القائد العام للقوات في تغريدة إن الهدنة صامدة."]],
                                  minimumConfidence: 0)
        #expect(c.entities.first { $0.name == "سامر الدليمي" }?.mentions.count == 2)
    }

    @Test func finalHaOnAnOrdinaryWordIsAPronounSuffix() {
        #expect(WrittenSpelling.conflicts(reference: "حديثة", candidate: "حديثه"))
        // a name whose ه-spelling is no ordinary word plus ه is one name
        #expect(!WrittenSpelling.conflicts(reference: "أسامة", candidate: "أسامه"))
    }

    @Test func lexiconMatchWrittenAsAnotherWordIsNoMention() {
        let (c, _) = resolveTexts([["زار الوفد مدينة فاس المغربية أمس."], ["وعثر المحققون على فأس قرب المنزل."]])
        let fez = c.entities.first { $0.name == "فاس" }
        #expect(fez != nil)
        #expect(fez?.variants.contains("فأس") == false)
        #expect(fez?.mentions.count == 1)
    }

    /// Articles whose only mentions are the given (surface, type) pairs, each in a sentence of its own.
    func resolveMentions(_ articles: [[(String, EntityType)]]) -> ResolvedCorpus {
        resolveMentionOnlyCorpus(articles, before: "قال ", after: " كلاما.")
    }

    @Test func definiteAndBareFormsOfDifferentTypesStayApart() {
        // «الحياة» a newspaper, «حياة» a person: one key without ال, two referents
        let c = resolveMentions([[("الحياة", .organization)], [("الحياة", .organization)], [("حياة", .person)]])
        let newspaper = c.entities.first { $0.variants.contains("الحياة") }
        #expect(newspaper?.type == .organization)
        #expect(newspaper?.variants.contains("حياة") == false)
        // with and without ال, read as the same type of name: one name
        let p = resolveMentions([[("الزيتونة", .organization)], [("الزيتونة", .organization)], [("زيتونة", .organization)]])
        #expect(p.entities.contains { $0.variants.contains("الزيتونة") && $0.variants.contains("زيتونة") })
    }

    @Test func bareSurnameBesideAnotherNameWordStaysWithItsOwner() {
        // the article names رامز ساسي in full, and a ساسي after another first-name-like word: that one is
        // another person, not رامز ساسي
        let (c, _) = resolveTexts([["قال المدرب رامز ساسي إن الفريق جاهز.",
                                    "وضمت القائمة اللاعبين فرجوني ساسي ونبيل الكعبي."]])
        let e = c.entities.first { $0.name == "رامز ساسي" }
        #expect(e != nil)
        #expect(e?.mentions.count == 1)
        // a bare surname with nothing of another name around it joins the full name
        let (d, _) = resolveTexts([["قال المدرب رامز ساسي إن الفريق جاهز.", "وأضاف ساسي أن اللاعبين مستعدون."]])
        #expect(d.entities.first { $0.name == "رامز ساسي" }?.mentions.count == 2)
    }

    @Test func nameAfterBinIsNoSurnameAlone() {
        // «سعود» after بن goes with its particle: a «سعود» elsewhere in the article is not that person
        let (c, _) = resolveTexts([["وقال الأمير فهد بن سعود إن الزيارة ناجحة.", "وقال الملك سعود كلمة في الحفل."]])
        let e = c.entities.first { $0.name == "فهد بن سعود" }
        #expect(e?.variants.contains("سعود") != true)
    }

    @Test func accusativeOrdinaryWordIsNoSurnameSpelling() {
        // «رئيسا» has the consonants of the surname «رويس» but is the accusative of an ordinary word
        let (c, _) = resolveTexts([["عينت الحكومة السيدة ريم رويس رئيسا للهيئة الجديدة."]])
        for e in c.entities { #expect(!e.variants.contains("رئيسا")) }
    }

    @Test func conjunctionIsToldFromAWordStartingWithWaw() {
        #expect(EntityConfidence.startsWithConjunction("وخالد"))
        #expect(!EntityConfidence.startsWithConjunction("وزاره"))
        #expect(!EntityConfidence.startsWithConjunction("وكاله"))
        #expect(!EntityConfidence.startsWithConjunction("وليد"))
    }

    @Test func headWithAProcliticIsNoNameWord() {
        #expect(!EntityConfidence.isNameWord("بمحافظه"))
        #expect(EntityConfidence.isNameWord("خالد"))
    }

    @Test func outletOfTheLexiconIsNamedWithoutItsHead() {
        // «قناة العربية» is the outlet العربية; the bare word (the language, the adjective) is no mention of it,
        // and the page takes the lexicon's name whichever mention comes first
        let (c, exs) = resolveTexts([["وقال المتحدث لتلفزيون \"العربية\" إن الوفد وصل."],
                                     ["وأوردت قناة العربية خبرا عاجلا عن الانفجار."],
                                     ["وتحدث الوزير باللغة العربية في الدول العربية."]])
        #expect(entity(c, "العربية")?.type == .organization)
        #expect(entity(c, "قناة العربية") == nil)
        #expect(exs[2].mentions.allSatisfy { ArabicNormalizer.matchKey($0.surface) != "العربيه" })
    }
}
