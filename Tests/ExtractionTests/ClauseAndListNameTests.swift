import Testing
@testable import Extraction

/// Person names read from their place in the clause or in a list, with the fitted letter score
/// (`NameShapeScore`): the subject of «أن» before a verb, the items of a list of persons, a quoted name after a
/// title, a name before its role in construct. Made-up sentences.
@Suite struct ClauseAndListNameTests {
    @Test func theSubjectOfAnBeforeAVerb() {
        let m = mentions(["وذكر التقرير أن كوفالسكي كان يعمل في الميناء.",
                          "وقال المصدر إن كوفالسكي لم يحضر الجلسة.",
                          "وذكر التقرير أن كوفالسكي في الميناء.",          // no verb after the name
                          "ويبدو أن كوفالسكي المنشد قد غادر."])            // a definite epithet, no family name
        #expect(names(m[0]).contains("كوفالسكي:person"), "\(names(m[0]))")
        #expect(names(m[1]).contains("كوفالسكي:person"), "\(names(m[1]))")
        #expect(!m[2].contains { $0.type == .person }, "\(names(m[2]))")
        #expect(!m[3].contains { $0.surface.contains("المنشد") }, "\(names(m[3]))")
    }

    @Test func theItemsOfAListOfPersons() {
        let m = mentions(["وشارك في اللقاء محمد الناصري، وكوفالسكي أمس.",      // و glued to the next item
                          "وسجل الأهداف محمد الناصري و برانكوفيتش ماتوشيك.",   // و apart, two words
                          "كوفالسكي وأحمد الناصري حضرا الاجتماع.",            // the item before «و» + a first name
                          "تقرر تعيين أحمد الناصري وزيرا للثقافة."])          // an accusative, no item
        #expect(names(m[0]).contains("كوفالسكي:person"), "\(names(m[0]))")
        #expect(!m[0].contains { $0.surface.hasPrefix("وكوفالسكي") }, "\(names(m[0]))")
        #expect(names(m[1]).contains("برانكوفيتش ماتوشيك:person"), "\(names(m[1]))")
        #expect(names(m[2]).contains("كوفالسكي:person"), "\(names(m[2]))")
        #expect(!m[3].contains { $0.surface.contains("زيرا") }, "\(names(m[3]))")
    }

    @Test func aQuotedNameAfterATitle() {
        let m = mentions(["وأوضح المدرب \"برانكوفيتش ماتوشيك\" أن الفريق جاهز.",
                          "واجتمع رئيس الاتحاد الدولي لكرة القدم \"فيفا\" بالوزير."])   // a body's short form
        #expect(names(m[0]).contains("برانكوفيتش ماتوشيك:person"), "\(names(m[0]))")
        #expect(!m[1].contains { $0.surface == "فيفا" && $0.type == .person }, "\(names(m[1]))")
    }

    @Test func aNameBeforeItsRoleInConstruct() {
        let m = mentions(["، برانكوفيتش ماتوشيك وزير الخارجية البولندي، إن بلاده مستعدة."])
        #expect(names(m[0]).contains("برانكوفيتش ماتوشيك:person"), "\(names(m[0]))")
    }

    @Test func aNisbaBeforeANationalityDescribesThePerson() {
        let m = mentions(["وقال القيادي الأصولي الإيرلندي خالد كيلي إن الجماعة لن تتراجع."])
        #expect(!m[0].contains { $0.surface == "الأصولي" }, "\(names(m[0]))")
        #expect(m[0].contains { $0.surface.hasPrefix("خالد") && $0.type == .person }, "\(names(m[0]))")
    }
}
