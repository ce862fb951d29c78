import Testing
@testable import Extraction

/// Official names of a country's body (a definite head, a nationality, a complement in ل), pooled when two
/// documents write them whole (made-up sentences).
@Suite struct NationalBodyTests {
    @Test func anOfficialNameTwoDocumentsWriteIsANameWithItsInnerWaw() {
        let m = mentions(["أعلنت الشركة الليبية للنقل والتخزين أمس زيادة الإنتاج هذا العام.",
                          "وقال مدير الشركة الليبية للنقل والتخزين إن المصنع يعمل بطاقته الكاملة."])
        for doc in m { #expect(names(doc).contains("الشركة الليبية للنقل والتخزين:organization"), "\(names(doc))") }
    }

    @Test func aComplementInLWithANounInConstruct() {
        let m = mentions(["وقررت الجامعة المغربية لكرة السلة تأجيل المباراة.", "وأكدت الجامعة المغربية لكرة السلة أن البطولة ستنطلق."])
        for doc in m { #expect(names(doc).contains("الجامعة المغربية لكرة السلة:organization"), "\(names(doc))") }
    }

    @Test func writtenOnceTheDescriptionIsNoName() {
        let m = mentions(["وأعلنت الشركة الليبية للحديد عن زيادة الإنتاج.", "وأكد الوزير أن المصنع يعمل."])
        #expect(m.allSatisfy { doc in !doc.contains { $0.surface.hasPrefix("الشركة") } }, "\(m.map(names))")
    }

    @Test func aLexiconBodyFollowedByAComplementIsAnotherBody() {
        // the European football union, not the European Union
        let m = mentions(["وفرض الاتحاد الأوروبي لكرة القدم عقوبة على النادي.", "وقرر الاتحاد الأوروبي لكرة القدم تغيير موعد النهائي."])
        for doc in m {
            #expect(names(doc).contains("الاتحاد الأوروبي لكرة القدم:organization"), "\(names(doc))")
            #expect(!names(doc).contains("الاتحاد الأوروبي:organization"))
        }
    }

    @Test func aCompoundPrepositionOrAClauseOfPurposeIsNoComplement() {
        let m = mentions(["وفاز النادي الإفريقي لحساب الجولة الخامسة على منافسه.", "وتعادل النادي الإفريقي لحساب الجولة الأولى.",
                          "ودعا الجيش الليبي للقيام بمهامه في الجنوب.", "وطالب الجيش الليبي للقيام بمهامه كاملة."])
        for doc in m {
            #expect(!doc.contains { $0.surface.contains("لحساب") || $0.surface.contains("للقيام") }, "\(names(doc))")
        }
    }
}
