import Foundation
import Testing
import ArabicText
@testable import Extraction

/// `CanonicalKeyIndex` meets keys as a `[String: Int]` does: the same look-ups hit and miss, with the same values, for
/// keys of every kind, canonically equivalent spellings with other bytes among them.
@Suite struct CanonicalKeyIndexTests {
    /// Scalars to build keys from: Arabic letters (with أ آ ؤ ئ), the marks that compose them (U+0653…U+0655), tashkeel in
    /// both orders, ASCII with «K», the Kelvin sign, «é» precomposed and as e + U+0301, a space.
    static let pieces: [String] = ["ا", "ب", "ل", "م", "ي", "ه", "ة", "أ", "آ", "ؤ", "ئ", "إ", "\u{0627}\u{0653}", "\u{0627}\u{0654}",
                                   "\u{0648}\u{0654}", "\u{064A}\u{0654}", "\u{0627}\u{0655}", "\u{0651}\u{064E}", "\u{064E}\u{0651}",
                                   "K", "\u{212A}", "a", "é", "e\u{0301}", " ", "\u{0640}", "۱"]

    static func randomKeys(_ count: Int) -> [String] {
        var g = SystemRandomNumberGenerator()
        return (0..<count).map { _ in (0..<Int.random(in: 1...4, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined() }
    }

    @Test func looksUpAsAStringDictionary() {
        var strings: [String: Int] = [:]
        var index = CanonicalKeyIndex()
        let keys = Self.randomKeys(4_000)
        for (i, k) in keys.enumerated() where i % 2 == 0 {
            #expect(index[k] == strings[k])
            if strings[k] == nil { strings[k] = i; index[k] = i }
        }
        for k in keys + Self.randomKeys(2_000) { #expect(index[k] == strings[k], "\(k.unicodeScalars.map { $0.value })") }
        #expect(index.count == strings.count)
        // the equivalent spellings meet
        index["\u{0622}"] = 7
        #expect(index["\u{0627}\u{0653}"] == 7)
        index["\u{212A}m"] = 8
        #expect(index["Km"] == 8)
    }

    @Test func aKeyOfPlainScalarsIsItsOwnNFC() {
        for k in Self.randomKeys(3_000) where CanonicalKeyIndex.isOwnNFC(k) {
            #expect(Array(k.precomposedStringWithCanonicalMapping.utf8) == Array(k.utf8))
        }
        #expect(CanonicalKeyIndex.isOwnNFC("وزارة الفلاحة أ"))
        #expect(!CanonicalKeyIndex.isOwnNFC("\u{0627}\u{0653}"))
        #expect(!CanonicalKeyIndex.isOwnNFC("\u{212A}"))
        #expect(!CanonicalKeyIndex.isOwnNFC("é"))
    }
}
