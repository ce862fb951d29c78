import Testing
@testable import Extraction

/// Organizations named by a definite head and a complement in لل or a final nationality adjective.
@Suite struct DefiniteOrganizationTests {
    @Test func definiteHeadWithAComplementOrANationality() {
        let m = mentions(["وأعلن البنك المركزي الموريتاني أمس عن إصدار ورقة نقدية جديدة.",
                          "وقرر المجلس الأعلى للتخطيط تأجيل الجلسة، ودعت النقابة الوطنية للمهندسين الزراعيين إلى إضراب."])
        #expect(names(m[0]) == ["البنك المركزي الموريتاني:organization"])
        #expect(m[0][0].cue == "البنك")
        #expect(names(m[1]) == ["المجلس الأعلى للتخطيط:organization", "النقابة الوطنية للمهندسين الزراعيين:organization"])
    }

    @Test func theNameIsRecognisedWithAProcliticElsewhere() {
        let m = mentions(["وأكد المعهد الوطني للأرصاد الفلكية أن الطقس سيكون ممطرا.", "وحسب بلاغ للمعهد الوطني للأرصاد الفلكية فإن الأمطار ستتواصل."])
        #expect(names(m[1]).contains("المعهد الوطني للأرصاد الفلكية:organization"), "\(names(m[1]))")
    }

    @Test func phrasesThatNameNoOneBody() {
        let texts = ["وقررت الإدارة الجهوية للتجهيز غلق الطريق.",              // a regional office, in every town
                     "واجتمعت الهيئة المديرة للجمعية أمس.",                     // the board of another body
                     "واحتل الفريق المركز الثاني للمجموعة.",                     // a rank
                     "وأعلنت المفوضية السامية للأمم المتحدة عن برنامج جديد.",   // an office of a lexicon organization
                     "وقالت الجامعة الملكية المغربية لكرة القدم إن المباراة ستقام.", // cut before its ل complement
                     "وأصدرت الهيئة الوطنية للوقاية من التعذيب تقريرها.",       // cut before the verbal noun's object
                     "وقال المجلس المؤيدين للتعديل كلمته.",                      // a plural adjective, no singular head's
                     "وتمت الحركة الجزئية للولاة أمس.",                           // حركة: a reshuffle
                     "وصلت العناصر المسلحة السورية إلى المدينة."]                // a group, not a body
        for (text, doc) in zip(texts, mentions(texts)) {
            #expect(doc.allSatisfy { $0.type != .organization || !$0.surface.hasPrefix("ال") || $0.rule == .lexicon }, "\(text): \(names(doc))")
        }
    }

    @Test func wordsAfterTheComplementOnlyItsAdjectives() {
        let m = mentions(["وأعلنت الهيئة الوطنية للمحامين الدخول في إضراب عام."])[0]
        #expect(names(m).contains("الهيئة الوطنية للمحامين:organization"), "\(names(m))")
    }

    @Test func aFinalNationalityBeforeAPersonIsThePersons() {
        let m = mentions(["ووصف رئيس الأكاديمية الملكية للغة الإسبانية داريو فيلاسكيزو هذه الخطوة بالسلبية."])[0]
        #expect(names(m).contains("داريو فيلاسكيزو:person"), "\(names(m))")
    }
}
