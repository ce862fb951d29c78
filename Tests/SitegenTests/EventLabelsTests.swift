import Testing
@testable import Extraction
@testable import Sitegen

/// Event pages label what an event was done with in Arabic, never with the data's English key.
@Suite struct EventLabelsTests {
    static func hasLatinLetter(_ s: String) -> Bool {
        s.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    @Test func everyKindTheExtractorGivesHasAnArabicLabel() {
        #expect(!EventLexicon.instrumentKinds.isEmpty)
        for kind in EventLexicon.instrumentKinds {
            let label = EventLabels.subtype(kind)
            #expect(label != nil, "no label for \(kind)")
            #expect(!Self.hasLatinLetter(label ?? ""), "\(kind) → \(label ?? "")")
        }
    }

    @Test func compoundKindsAreJoinedAndUnknownKindsAreLeftOut() {
        #expect(EventLabels.subtype("gunfire-and-blade") == "إطلاق نار وسلاح أبيض")
        #expect(EventLabels.subtype("rocket-and-unknown") == "صواريخ")
        #expect(EventLabels.subtype("unknown") == nil)
    }
}
