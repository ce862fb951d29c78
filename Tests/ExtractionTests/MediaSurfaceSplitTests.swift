import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// `EventLexicon.spaceSeparatedKeys` (session 40: split on the space's byte when every space is a Character of its
/// own) against the `Character` split it replaces, and `isMedia` through it.
@Suite struct MediaSurfaceSplitTests {
    static func reference(_ surface: String) -> [String] {
        surface.split(whereSeparator: { $0 == " " }).map { EventLexicon.key(String($0)) }
    }

    @Test func splitsAsTheCharacterSplit() {
        let fixed = [
            "", " ", "  ", "وكالة الأنباء العراقية", " وكالة  رويترز ", "فرانس برس", "بي بي سي", "a b", "سي إن إن",
            "صحيفة \u{064E}نيويورك", "قناة \u{0301}x", "x \u{200D}y", "\u{0600} قناة", "قناة\u{0600} العهد", "ة ة",
            "ي ى", "\u{064A} \u{0621}", "ٱ ک", "😀 😀", "\r\n \n", "é e\u{0301}",
        ]
        for s in fixed { #expect(EventLexicon.spaceSeparatedKeys(s) == Self.reference(s), "\(s)") }
        let pieces = ["وكالة", "الأنباء", "رويترز", "قناة", "ة", "ي", " ", " ", "  ", "\u{064E}", "\u{0651}", "\u{0654}",
                      "\u{200D}", "\u{200C}", "\u{0600}", "\u{06DD}", "\u{0301}", "a", "K", "é", "😀", "ٱ", "ک", "\u{FEFB}",
                      "\u{0903}", "\n", "-", "١"]
        var random = SeededRandom(seed: 0x0DDB_1A5E_5BAD_5EED)
        for _ in 0..<4_000 {
            let s = random.text(of: pieces, maxPieces: 12)
            #expect(EventLexicon.spaceSeparatedKeys(s) == Self.reference(s), "\(s)")
        }
    }

    @Test func mediaAreStillTold() {
        #expect(EventLexicon.isMedia("وكالة الأنباء العراقية"))
        #expect(EventLexicon.isMedia("وكالة رويترز"))
        #expect(EventLexicon.isMedia("بي بي سي"))
        #expect(EventLexicon.isMedia("صحيفة نيويورك تايمز"))
        #expect(!EventLexicon.isMedia("وكالة الاستخبارات"))
        #expect(!EventLexicon.isMedia("محمد علي"))
        #expect(!EventLexicon.isMedia(""))
    }
}
