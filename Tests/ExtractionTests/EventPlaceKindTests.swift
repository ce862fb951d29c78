import Testing
@testable import Extraction

@Suite struct EventPlaceKindTests {
    @Test func kindsOrderFacilityCityRegionCountry() {
        #expect(PlaceKinds.kind(of: "مطار بغداد") == .facility)
        #expect(PlaceKinds.kind(of: "قاعدة عين الأسد") == .facility)
        #expect(PlaceKinds.kind(of: "بغداد") == .city)
        #expect(PlaceKinds.kind(of: "الأنبار") == .region)
        #expect(PlaceKinds.kind(of: "إيران") == .country)
        #expect(PlaceKinds.kind(of: "الولايات المتحدة") == .country)
    }

    @Test func containedNames() {
        #expect(PlaceKinds.contained("قاعدة الاسد", "قاعدة عين الأسد"))
        #expect(PlaceKinds.contained("عين الأسد", "قاعدة عين الأسد"))
        #expect(!PlaceKinds.contained("بغداد", "مطار بغداد"))
        #expect(!PlaceKinds.contained("مطار بغداد", "مطار أربيل"))
    }

    @Test func demonyms() {
        #expect(PlaceKinds.country(ofDemonym: "الأمريكية") == "الولايات المتحدة")
        #expect(PlaceKinds.country(ofDemonym: "أميركية") == "الولايات المتحدة")
        #expect(PlaceKinds.adjective(forCountry: "الولايات المتحدة") == "أمريكية")
    }
}
