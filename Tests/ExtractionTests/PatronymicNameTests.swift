import Testing
@testable import Extraction

/// Names built on «بن» and the kunya: the father's name after «بن» even when it is also a word, a definite laqab
/// closing a «بن» name, «ابن» and «أبي» opening a name, «ابن عمه» no name, an ordinal after a title. Made-up sentences.
@Suite struct PatronymicNameTests {
    @Test func theFatherNameAfterBinEvenWhenItIsAWord() {
        let m = mentions(["واستقبل الشيخ الدكتور راشد بن عيد الكعبي وفدا من الجامعة أمس.",
                          "وحضر الحفل الشيخ سالم بن جمعة آل نهيان ووزير الثقافة."])
        #expect(names(m[0]).contains("راشد بن عيد الكعبي:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("سالم بن جمعة آل نهيان:person"), "\(names(m[1]))")
    }

    @Test func aWordBeforeBinAfterATitleIsTheFirstName() {
        let m = mentions(["وكرم الشيخ عيد بن راشد آل مكتوم الفائزين بالمسابقة."])
        #expect(names(m[0]).contains("عيد بن راشد آل مكتوم:person"), "\(names(m[0]))")
    }

    @Test func aDefiniteLaqabClosesABinName() {
        let m = mentions(["وقال عبد الرحمن بن ناصر الدويلة إن المشروع سيكتمل قريبا.",
                          "وزار الوفد ضريح الإمام الخامس محمد بن علي الباقر في المدينة."])
        #expect(names(m[0]).contains("عبد الرحمن بن ناصر الدويلة:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("محمد بن علي الباقر:person"), "\(names(m[1]))")
    }

    @Test func notALaqabWhenTheNameStartsAfterBin() {
        // the first-name rule starting at «ناصر» must not read «بن» two words back as its own
        let m = mentions(["وقال عبد الرحمن بن ناصر الدويلة إن المشروع سيكتمل قريبا."])
        #expect(!names(m[0]).contains("ناصر الدويلة:person"), "\(names(m[0]))")
    }

    @Test func abiOpensAName() {
        let m = mentions(["وجاء في كتاب أبي زيد أن المدينة عامرة.",
                          "وندد البيان باغتيال أبي مهدي المهندس قرب المطار."])
        #expect(names(m[0]).contains("أبي زيد:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("أبي مهدي المهندس:person"), "\(names(m[1]))")
    }

    @Test func ibnAfterANameGivesTheMotherNotAKunya() {
        // «فلان بن فلان، ابن فلانة»: the mother's name, not a name opened by «ابن»
        let m = mentions(["والمفتش عنه سامي بن صالح القروي ، ابن نبيلة العيادي مولود في صفاقس."])
        #expect(!m[0].contains { $0.surface.hasPrefix("ابن") }, "\(names(m[0]))")
    }

    @Test func aRelativeAfterIbnIsNoName() {
        let m = mentions(["وقال ابن عمه إن العائلة تنتظر الخبر منذ أيام.",
                          "وأكدت بنت أخيها أن الأسرة غادرت المدينة."])
        for doc in m { #expect(!doc.contains { $0.type == .person }, "\(names(doc))") }
    }
}
