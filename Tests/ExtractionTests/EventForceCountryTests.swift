import ArabicDates
import Testing
@testable import Extraction

/// Places the text gives that the event lacked: the country whose police made or announced a placeless arrest, the
/// town of an attack or clash inside the governorate it takes, the place a headline names an attack by. Made-up places:
/// قرطوبة, الربوة, واد الرمل.
@Suite struct EventForceCountryTests {
    func arrest(_ line: String, mentions: [(String, EntityType)] = []) -> EventMention? {
        events([line], mentions: mentions).events.first { $0.type == .arrest }
    }

    @Test func aCountrysPoliceArrestsInItsCountry() {
        #expect(arrest("ألقت الشرطة البلجيكية اليوم القبض على 6 أشخاص.")?.placePhrase == "بلجيكا")
        #expect(arrest("أوقف الأمن الأردني اليوم رجلا انتحل صفة طبيب.")?.placePhrase == "الأردن")
        // the ministry that announces the arrests, and a police service named by two words
        #expect(arrest("أعلنت وزارة الداخلية المغربية اليوم الأربعاء عن تفكيك خلية في البلاد واعتقال 12 شخصا يشتبه في انتمائهم لها.",
                       mentions: [("وزارة الداخلية المغربية", .organization)])?.placePhrase == "المغرب")
        #expect(arrest("أعلنت مصالح الأمن الإسبانية اليوم أنها تمكنت من إلقاء القبض على عناصر عصابة.")?.placePhrase == "إسبانيا")
    }

    @Test func noCountryWhereThePlaceIsSaidOrTheForceMayBeAbroad() {
        // a place of its own stays the place
        let placed = arrest("ألقت الشرطة البلجيكية اليوم القبض على 6 أشخاص في قرطوبة.", mentions: [("قرطوبة", .place)])
        #expect(placed?.placePhrase == nil)
        #expect(placed.map { $0.places.count } == 1)
        // an army or forces act abroad
        #expect(arrest("اعتقلت القوات الأمريكية اليوم قياديا في التنظيم.")?.placePhrase == nil)
        // a body after a preposition is not who arrested
        #expect(arrest("تم اليوم إيقاف شخص وتسليمه إلى السلطات الجزائرية.")?.placePhrase == nil)
        // two countries: which is unsure
        #expect(arrest("أعلنت الشرطة الفرنسية والشرطة البلجيكية اليوم اعتقال 3 أشخاص.")?.placePhrase == nil)
        // a continent's police names no country
        #expect(arrest("أعلنت الشرطة الأوروبية اليوم اعتقال 3 أشخاص.")?.placePhrase == nil)
    }

    @Test func aClashsMountainInItsGovernorate() {
        let ex = events(["أصيب جندي في اشتباكات جدت مساء اليوم بجبل الزيتون من معتمدية واد الرمل بولاية الربوة."],
                        mentions: [("الربوة", .place)])
        let clash = ex.events.first { $0.type == .clash }
        #expect(clash.map { $0.places.map { ex.mentions[$0].surface } } == ["الربوة"])
        #expect(clash?.placePhrase == "واد الرمل")
    }

    @Test func theAttackAHeadlineNamesByItsPlace() {
        func killingPlaces(title: String, _ line: String) -> [String] {
            var (doc, ex) = makeDoc(["جدت ليلة أمس عملية إرهابية بمدينة قرطوبة من ولاية الربوة.", line], date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("قرطوبة", .place), ("الربوة", .place)])
            doc.title = title
            EventExtractor().extract(doc, into: &ex)
            return ex.placeSurfaces(of: ex.events.first { $0.type == .killing })
        }
        let line = "وتمكن أعوان الأمن خلال هذه العملية من القضاء على إرهابيين اثنين."
        #expect(killingPlaces(title: "هجوم قرطوبة : إيقاف 5 أشخاص", line) == ["قرطوبة"])
        // not a place the headline puts after no attack noun, nor one of two places
        #expect(killingPlaces(title: "إيقاف 5 أشخاص بعد عملية قرطوبة", line).isEmpty)
        #expect(killingPlaces(title: "هجوم قرطوبة : إيقاف 5 أشخاص في الربوة", line).isEmpty)
    }
}


