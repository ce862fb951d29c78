import Foundation
import Testing
@testable import Sitegen

@Suite struct TrimmingTests {
    /// The scalar trims give what Foundation's `trimmingCharacters(in:)` gives: spaces of every kind,
    /// a combining mark after a space (trimmed scalar by scalar, not by Character), line breaks,
    /// strings of nothing but spaces, scalars outside the Basic Multilingual Plane.
    @Test func trimsAreFoundationsTrims() {
        let texts = [
            "", " ", "   ", "\t", "\n", " \n ", "a", " a", "a ", "  عنوان الخبر  ", "\u{00A0}خبر\u{2009}",
            " \u{301}abc", "abc \u{301}", "\u{3000}東京\u{3000}", "\t title\t\n", "\n\n", "x\n", " 👩‍👩‍👧 ",
            "\u{200F}نص\u{200F}", " \u{1F600}", "\u{FEFF}bom", "https://example.org/x ", "\u{202F}a\u{205F}",
        ]
        for t in texts {
            #expect(Array(t.trimmingWhitespaces.utf8) == Array(t.trimmingCharacters(in: .whitespaces).utf8), "\(Array(t.unicodeScalars))")
            #expect(Array(t.trimmingWhitespacesAndNewlines.utf8) == Array(t.trimmingCharacters(in: .whitespacesAndNewlines).utf8),
                    "\(Array(t.unicodeScalars))")
        }
    }
}
