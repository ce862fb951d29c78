import Testing
@testable import Extraction

/// Places after an area head that their letters alone would not vouch for (`AreaNameRules.swift`), and the
/// national capitals of the lexicon.
@Suite struct AreaNameTests {
    @Test func aWordThatACompassDirectionLocatesIsAPlace() {
        let m = mentions(["وسقطت قذيفة على منزل في بلدة قرمادة جنوب المدينة.",
                          "وأقام المخيم الصيفي بمنطقة تريكالا شرق البلاد.",
                          "واقتحمت الدورية مخيم تشونغتاو شمال العاصمة."])
        #expect(names(m[0]).contains("قرمادة:place"))
        #expect(names(m[1]).contains("تريكالا:place"))
        #expect(names(m[2]).contains("تشونغتاو:place"))
    }

    @Test func anAdjectiveOrAVerbBeforeADirectionIsNoPlace() {
        let m = mentions(["وأعلنت الحكومة منطقة عازلة شمال البلاد.",
                          "ويقيم اللاجئون في منطقة قريبة جنوب العاصمة.",
                          "وحوصرت منطقة محاصرة غرب المدينة منذ أشهر.",
                          "وهي منطقة حدودية شرق البلاد.",
                          "وزار الوفد منطقة تقع جنوب العاصمة."])
        for ms in m { #expect(!ms.contains { $0.type == .place && $0.rule == .placeHead }, "\(names(ms))") }
    }

    @Test func aTownAfterADefiniteHeadAndItsNationalityIsAPlace() {
        let m = mentions(["ووصل الوزير إلى العاصمة الإريترية أسمرة أمس.",
                          "وتظاهر السكان في البلدة اللبنانية عيتاشون ضد القرار."])
        #expect(names(m[0]).contains("أسمرة:place"))
        #expect(names(m[1]).contains("عيتاشون:place"))
    }

    @Test func aDefiniteHeadAndNationalityBeforeAVerbNamesNoTown() {
        let m = mentions(["وقالت إن العاصمة الليبية تعاني من انقطاع الكهرباء."])[0]
        #expect(!m.contains { $0.type == .place })
    }

    @Test func nationalCapitalsAreCities() {
        let m = mentions(["وعقد الاجتماع في دبلن ثم انتقل الوفد إلى أكرا وكابول."])[0]
        #expect(names(m) == ["دبلن:place", "أكرا:place", "كابول:place"])
        #expect(PlaceKinds.isKnownCity("تالين"))
        #expect(!PlaceKinds.isKnownCity("هراري"))   // also a surname (يوفال نوح هراري)
    }
}
