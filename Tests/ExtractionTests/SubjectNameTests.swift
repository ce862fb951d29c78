import Testing
@testable import Extraction

/// One- and two-word names as the subject of a masculine reporting verb or كان, or after a relation noun with a
/// pronoun, read when the words' letters score as a name's (`NameShapeScore`). Made-up sentences.
@Suite struct SubjectNameTests {
    @Test func theSubjectOfAReportingVerbOrKana() {
        let m = mentions(["وأضاف كوفالسكي الهدف الثاني في الدقيقة الأخيرة.",   // no speaker cue after the name
                          "لقد كان كوفالسكي إصلاحياً في حزبه.",                // كان, a word in tanween after the name
                          "ويؤكد برانكوفيتش ماتوشيك الخبر منذ أسبوع."])        // two words that score as a name's
        #expect(names(m[0]).contains("كوفالسكي:person"), "\(names(m[0]))")
        #expect(m[0].first { $0.surface == "كوفالسكي" }?.cue == "أضاف")
        #expect(names(m[1]).contains("كوفالسكي:person"), "\(names(m[1]))")
        #expect(names(m[2]).contains("برانكوفيتش ماتوشيك:person"), "\(names(m[2]))")
    }

    @Test func aNameAfterARelationNoun() {
        let m = mentions(["وسجل زميله كوفالسكي هدفا ثانيا قبل النهاية.",
                          "واحتفل مع زوجته فيرشتاين بعيد ميلادها."])          // «ين» after letters that make no word
        #expect(names(m[0]).contains("كوفالسكي:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("فيرشتاين:person"), "\(names(m[1]))")
    }

    @Test func notAfterAFeminineOrOtherVerbNorAPluralOrAnAccusative() {
        let m = mentions(["وتابعت كوفالسكي مسيرتها في السوق.",          // a company as often as a woman
                          "ويتناول كوفالسكي يوميا.",                     // another verb: its object as often
                          "وكان بروفسورا في الجامعة.",                   // an accusative after كان
                          "وكان أبو طالب كثير العيال."])                 // a connector starts a longer name
        for doc in m.prefix(3) { #expect(!doc.contains { $0.type == .person }, "\(names(doc))") }
        #expect(!m[3].contains { $0.surface == "أبو" }, "\(names(m[3]))")
    }

    @Test func aPredicateShapeIsAnInflectionOfAKnownWordOrAParticiple() {
        #expect(DiscoveryRules.isPredicateOfKnownWord("دبلوماسيون"))   // a plural of a known word
        #expect(DiscoveryRules.isPredicateOfKnownWord("ناجون"))        // فاعلون
        #expect(DiscoveryRules.isPredicateOfKnownWord("مفروزون"))      // مفعولون
        #expect(!DiscoveryRules.isPredicateOfKnownWord("اندرسون"))     // a name ending the same way
        #expect(!DiscoveryRules.isPredicateOfKnownWord("اينشتاين"))
    }
}
