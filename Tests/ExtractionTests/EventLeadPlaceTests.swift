import ArabicDates
import Testing
@testable import Extraction

/// An arrest or killing told again after the lead without a place takes the place of the lead's; a title's dateline
/// that qualifies a known city ("العاصمة : …" over "تونس العاصمة") is that city's. Made-up towns: قرطوبة, الربوة.
@Suite struct EventLeadPlaceTests {
    let day = PartialDate(year: 2023, month: 5, day: 10)

    func arrestPlaces(_ lines: [String], title: String = "اعتقال رجل مسلح", mentions: [(String, EntityType)]) -> [[String]] {
        var (doc, ex) = makeDoc(lines, date: day, mentions: mentions)
        doc.title = title
        EventExtractor().extract(doc, into: &ex)
        return ex.events.filter { $0.type == .arrest }.map { $0.places.map { ex.mentions[$0].surface } }
    }

    let lead = "اعتقلت الشرطة اليوم الأربعاء شخصا مسلحا قرب مبنى البلدية في مدينة قرطوبة."

    @Test func theNextArrestOfTheLeadsStoryTakesItsPlace() {
        let found = arrestPlaces([lead, "وقالت الشرطة إنها اعتقلت الرجل قرب البلدية للاشتباه في حيازته سكينا."], mentions: [("قرطوبة", .place)])
        #expect(found == [["قرطوبة"], ["قرطوبة"]])
        // a killing's lead gives its place to the arrest of the same operation
        let killing = arrestPlaces(["أسفرت العملية الأمنية اليوم الأربعاء بجهة قرطوبة عن القضاء على ثلاثة إرهابيين.",
                                    "وتم التعرف على هوياتهم فيما تم القبض على عنصر رابع بعد إصابته."], mentions: [("قرطوبة", .place)])
        #expect(killing == [["قرطوبة"]])
    }

    @Test func notAnArrestWithAPlaceOfItsOwnOrSomewhereElse() {
        // its own place stays
        let own = arrestPlaces([lead, "كما تم اليوم إيقاف شخصين في الربوة."], mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(own == [["قرطوبة"], ["الربوة"]])
        // near something the lead does not name: another operation
        let near = arrestPlaces([lead, "كما تم أيضا قرب الشريط الحدودي القبض على مهربين اثنين."], mentions: [("قرطوبة", .place)])
        #expect(near == [["قرطوبة"], []])
        // an arrest told in the background, of another day or undated
        let older = arrestPlaces([lead, "وكانت الشرطة قد اعتقلت شقيقه يوم 3 مارس 2021."], mentions: [("قرطوبة", .place)])
        #expect(older == [["قرطوبة"], []])
        // past the first three sentences after the lead
        let filler = "وأضاف المصدر أن التحقيقات متواصلة."
        let far = arrestPlaces([lead, filler, filler, filler, "وقالت الشرطة إنها اعتقلت الرجل للاشتباه في حيازته سكينا."], mentions: [("قرطوبة", .place)])
        #expect(far.first == ["قرطوبة"] && far.dropFirst().allSatisfy(\.isEmpty))
    }

    @Test func aLeadOfTwoPlacesGivesNone() {
        let two = arrestPlaces(["اعتقلت الشرطة اليوم الأربعاء شخصا مسلحا في قرطوبة، فيما تم اليوم إيقاف شخصين آخرين في الربوة.",
                                "وقالت الشرطة إنها اعتقلت الرجل للاشتباه في حيازته سكينا."], mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(two == [["قرطوبة"], ["الربوة"], []])
    }

    @Test func aDatelineThatQualifiesAKnownCity() {
        let text = ["أفادت وزارة الداخلية أن شبانا استعملوا بطاقات مقرصنة في محلات بتونس العاصمة.",
                    "وأوضحت الوزارة أن الوحدات الأمنية تمكنت اليوم من إيقاف عنصرين."]
        #expect(arrestPlaces(text, title: "العاصمة : إيقاف عنصرين", mentions: [("تونس العاصمة", .place)]) == [["تونس العاصمة"]])
        // not a name the dateline qualifies that no lexicon knows as a city
        #expect(arrestPlaces(text.map { $0.replacingOccurrences(of: "تونس العاصمة", with: "قرطوبة العاصمة") }, title: "العاصمة : إيقاف عنصرين",
                             mentions: [("قرطوبة العاصمة", .place)]) == [[]])
    }
}
