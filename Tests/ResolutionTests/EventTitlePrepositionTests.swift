import Testing
@testable import Resolution

/// "قرب العاصمة الفرنسية باريس": a title says قرب when a source puts the place near, past its place noun and adjective.
@Suite struct EventTitlePrepositionTests {
    @Test func nearBeforeAPlaceNounAndItsAdjective() {
        #expect(EventMaking.nearBeforeDescribedHead("أقدم رجل على قتل شرطي قرب العاصمة الفرنسية "))
        #expect(EventMaking.nearBeforeDescribedHead("انفجار قرب مدينة الساحلية "))
        // in the city, or near something else before it
        #expect(!EventMaking.nearBeforeDescribedHead("أقدم رجل على قتل شرطي في العاصمة الفرنسية "))
        #expect(!EventMaking.nearBeforeDescribedHead("قرب المنزل قتل شرطي في العاصمة الفرنسية "))
        #expect(!EventMaking.nearBeforeDescribedHead("قرب العاصمة "))
    }
}
