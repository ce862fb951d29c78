import Testing
@testable import Extraction

/// A place followed by an adjective that makes another place's name («سوسة الجنوبية», «إيرلندا الجديدة»).
@Suite struct PlaceAdjectiveTests {
    @Test func sideAdjectiveNamesAnotherPlace() {
        // the delegation is named whole: no mention of the city alone
        #expect(names(mentions(["وزار الوفد سوسة الجنوبية أمس."])[0]) == ["سوسة الجنوبية:place"])
        #expect(names(mentions(["وتقع المدينة في أيرلندا الشمالية منذ قرون."])[0]) == ["أيرلندا الشمالية:place"])
        #expect(names(mentions(["وزار الوفد سوسة أمس."])[0]) == ["سوسة:place"])
        // a masculine adjective after a noun heading the place is the noun's: the place is mentioned
        let headed = names(mentions(["وتقع القاعدة في إقليم كردستان الشمالي منذ سنوات."])[0])
        #expect(headed.contains { $0.contains("كردستان") && $0.hasSuffix(":place") })
        #expect(!headed.contains { $0.contains("الشمالي") })
        let named = names(mentions(["وتقع القاعدة في محافظة أربيل بإقليم كردستان الشمالي منذ سنوات."])[0])
        #expect(!named.contains { $0.contains("الشمالي") })
    }

    @Test func newAfterAPlaceThatHeadsItsPhrase() {
        // "ثم إيرلندا الجديدة": a new place, named by neither
        #expect(!names(mentions(["وسافر إلى أستراليا ثم إيرلندا الجديدة فكندا."])[0]).contains { $0.hasPrefix("إيرلندا") })
        // after a noun heading the place, the adjective is the noun's: the place is mentioned
        #expect(names(mentions(["وقال سفير فرنسا الجديد إن الزيارة مهمة."])[0]).contains("فرنسا:place"))
    }
}
