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

    @Test func citiesKnowTheCountryTheLexiconWritesBesideThem() {
        #expect(PlaceKinds.country(of: "بغداد") == "العراق")
        #expect(PlaceKinds.country(of: "استانبول") == "تركيا")  // every spelling of the line
        #expect(PlaceKinds.country(of: "الكوت") == "العراق")  // an ambiguous town's line too
        #expect(PlaceKinds.country(of: "صفاقس") == "تونس")
        #expect(PlaceKinds.country(of: "طرابلس") == nil)  // Libya's and Lebanon's
        #expect(PlaceKinds.country(of: "إيران") == "إيران")
        // The country written after «@» is no spelling of the city.
        #expect(Lexicon.lines("بغداد @العراق\nإسطنبول|اسطنبول @تركيا") == [["بغداد"], ["إسطنبول", "اسطنبول"]])
        #expect(Lexicon.countriesOfLines("بغداد @العراق\nقم\n").map(\.country) == ["العراق"])
    }
}

@Suite struct EventPhraseTests {
    @Test func killingVictimsAreTheCoordinatedPersonsAfterTheTrigger() {
        let ex = events(["أحيا أنصاره ذكرى اغتيال القائد سالم الراشد ومساعده فارس العلي بضربة بطائرة مسيرة قرب مطار الوادي في 3 مايو 2021، فيما قال خالد النمر إن الرد قادم."],
                        mentions: [("سالم الراشد", .person), ("فارس العلي", .person), ("خالد النمر", .person), ("مطار الوادي", .place)])
        let k = ex.events.first { $0.type == .killing }
        #expect(k?.targets == [0, 1])
        #expect(k?.subtype == "drone")
        #expect(k?.places == [3])
    }

    @Test func aSuccessorNamedAfterTheTriggerIsNotTheVictim() {
        let ex = events(["وقد استهدف الموقعان بصواريخ باليستية في يناير بعد اغتيال الجيش لسلف سالم الراشد ، فارس العلي في المدينة."],
                        mentions: [("سالم الراشد", .person), ("فارس العلي", .person)])
        let k = ex.events.first { $0.type == .killing }
        #expect(k?.targets == [1])
        #expect(k?.subtype == nil)  // the missiles belong to the other clause
    }

    @Test func placesAreThoseAttachedToTheTrigger() {
        let ex = events(["قال مسؤول في إيران إن هجوما بطائرة مسيرة استهدف قاعدة الوادي في محافظة النخيل يوم الاثنين."],
                        mentions: [("إيران", .place), ("قاعدة الوادي", .place), ("النخيل", .place)])
        let a = ex.events.first { $0.type == .attack }
        #expect(a?.places == [1, 2])
    }

    @Test func launchVerbNamesTheAgent() {
        let ex = events(["ندد الحزب بقصف شنته دولة الجبل يوم الأحد على بلدة النخيل."],
                        mentions: [("دولة الجبل", .place), ("بلدة النخيل", .place)])
        let a = ex.events.first { $0.type == .attack }
        #expect(a?.actors == [0])
        #expect(a?.places == [1])
    }
}
