import Testing
@testable import Extraction

/// States and provinces of large countries (`PlaceLexicon.provinces`) are places of the lexicon: a page when
/// named bare or after an area noun, and a region for event titles; names that collide are left out.
@Suite struct ProvincePlaceTests {
    @Test func aStateNamedBareOrAfterItsNounIsAPlace() {
        let m = mentions(["وقالت الشرطة في كاليفورنيا إن الحريق امتد إلى فلوريدا وأوهايو.",
                          "وصل المحافظ إلى مقاطعة كيبيك الكندية."])
        #expect(names(m[0]) == ["كاليفورنيا:place", "فلوريدا:place", "أوهايو:place"])
        #expect(m[0][0].canonical == "كاليفورنيا")
        #expect(names(m[1]).contains("كيبيك:place"))
    }

    @Test func aTwoWordStateIsOneName() {
        let m = mentions(["أعلن حاكم ولاية كارولينا الشمالية حالة الطوارئ."])[0]
        #expect(names(m).contains("كارولينا الشمالية:place"))
        #expect(m.first { $0.surface == "كارولينا الشمالية" }?.canonical == "كارولاينا الشمالية")
    }

    @Test func aStateIsARegionAndWhatCollidesIsLeftOut() {
        #expect(PlaceKinds.kind(of: "تكساس") == .region)
        #expect(PlaceKinds.kind(of: "كيبيك") == .region)
        #expect(PlaceKinds.kind(of: "جورجيا") == .country)
        #expect(PlaceKinds.isKnownCity("واشنطن"))
    }
}
