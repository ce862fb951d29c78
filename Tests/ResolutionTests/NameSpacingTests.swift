import Foundation
import Testing
import TestSupport
@testable import Resolution

/// `NameSpacing.hasSpace` answers as Foundation's `contains(" ")` (what `EventResolver.personsByName` asked before),
/// on random names of letters, spaces, marks, prepended signs, joiners and other scripts, and on edge cases.
@Suite struct NameSpacingTests {
    static let pieces = [" ", "  ", "محمد", "ال", "a", "Z", "\u{064E}", "\u{0651}", "\u{0670}", "\u{0600}", "\u{06DD}",
                         "\u{200D}", "\u{200C}", "\u{0301}", "\u{00A0}", "\t", "\r\n", "ـ", "ٱ", "ی", "٣", "😀", "中",
                         "é", "e\u{0301}", "\u{0903}", "-", "ء", "ي", "ڤ"]

    @Test func answersAsFoundation() {
        var random = SeededRandom(seed: 0x5BACE)
        for round in 0..<40_000 {
            let name = round % 4 == 0
                ? random.scalars(from: [0x20...0x20, 0x21...0x7E, 0x0600...0x06FF, 0x0300...0x036F, 0x2000...0x206F,
                                        0x0900...0x097F, 0x1F600...0x1F64F], maxScalars: 12)
                : random.text(of: Self.pieces, maxPieces: 8)
            #expect(NameSpacing.hasSpace(name) == name.contains(" "), "\(name.unicodeScalars.map(\.value))")
        }
    }

    @Test func edgeCases() {
        for name in ["", " ", "  ", "محمد", "محمد علي", " علي", "علي ", "a b", "\u{0600} علي", "علي \u{064E}", "علي\u{064E} حسن",
                     "\u{06DD} ", " \u{0301}", "ab", "a\u{00A0}b", "ڤ ڤ", "علي\u{200D} حسن", "😀 😀"] {
            #expect(NameSpacing.hasSpace(name) == name.contains(" "), "\(name.unicodeScalars.map(\.value))")
        }
        #expect(NameSpacing.hasSpace("محمد علي"))
        #expect(!NameSpacing.hasSpace("محمد"))
    }
}
