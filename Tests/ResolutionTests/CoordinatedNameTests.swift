import Testing
import ArabicText
import Extraction
@testable import Resolution

/// An organization name cut at its inner و joins the full name when the corpus ties them (made-up mentions).
extension MergeEvidenceTests {
    @Test func shortNameBeforeAnInnerWawJoinsTheOneFullName() {
        let full = "وزارة الزراعة والري والثروة السمكية"
        let c = resolveMentions([[(full, .organization)], [(full, .organization), ("وزارة الزراعة", .organization)],
                                 [("وزارة الزراعة", .organization)], [("وزارة الزراعة", .organization)]])
        let e = c.entities.first { $0.variants.contains(full) }
        #expect(e?.variants.contains("وزارة الزراعة") == true)
        #expect(e?.name == full)
    }

    @Test func shortNameWithSeveralLongerNamesStaysApart() {
        // two fronts begin with the same words: the short name is not tied to one of them
        let c = resolveMentions([[("جبهة الخلاص والبناء", .organization)], [("جبهة الخلاص والبناء", .organization)],
                                 [("جبهة الخلاص الوطني", .organization)], [("جبهة الخلاص الوطني", .organization)],
                                 [("جبهة الخلاص", .organization)]])
        #expect(c.entities.contains { $0.variants.contains("جبهة الخلاص") && $0.variants.count == 1 })
        // a full name in one article only is no evidence
        let d = resolveMentions([[("وزارة الزراعة والري", .organization)], [("وزارة الزراعة", .organization)]])
        #expect(d.entities.contains { $0.variants == ["وزارة الزراعة"] })
    }
}
