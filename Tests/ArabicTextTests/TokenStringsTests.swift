import Testing
import TestSupport
@testable import ArabicText

/// Tokens whose text and key come from `TokenStrings` (the strings of a token met before) are the tokens made each
/// time (`Tokenizer.make`, the tokenizer's way before the table): the same ranges, kinds, and the same bytes of text
/// and key, on the first meeting and on later ones.
@Suite struct TokenStringsTests {
    /// The tokenizer before `TokenStrings`: every token's text and key made from its scalars.
    static func madeTokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        Tokenizer.scan(scalars) { a, b, kind in tokens.append(Tokenizer.make(scalars, a, b, kind)) }
        return tokens
    }

    static func expectSame(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let made = madeTokens(scalars)
        // twice: made and kept, then taken from the table
        for _ in 0..<2 {
            let tokens = Tokenizer.tokenize(scalars: scalars)
            #expect(tokens.count == made.count, "\(text)")
            for (t, m) in zip(tokens, made) {
                #expect(t.start == m.start && t.end == m.end && t.kind == m.kind, "\(text)")
                #expect(Array(t.text.utf8) == Array(m.text.utf8), "\(text)")
                #expect(Array(t.key.utf8) == Array(m.key.utf8), "\(m.text)")
            }
            let keyed = Tokenizer.keyedTokens(scalars: scalars)
            #expect(keyed.count == made.count, "\(text)")
            for (t, m) in zip(keyed, made) {
                #expect(t.start == m.start && t.end == m.end && t.kind == m.kind, "\(text)")
                #expect(Array(t.text.utf8) == Array(m.text.utf8) && Array(t.key.utf8) == Array(m.key.utf8), "\(m.text)")
            }
        }
    }

    /// Words that fold (أ إ آ ة ى, marks, tatweel, capitals, presentation forms that need NFKC), around the longest
    /// token kept (48 bytes: 24 Arabic letters), a joiner inside a word, digits glued to letters, symbols.
    static let pieces = [
        "قال", "أمريكا", "الحكومةُ", "إنّ", "مستشفى", "ـ", "ﻻ", "ﷲ", "NATO", "Nato", "بغداد\u{200C}ی", "پل", "٣٫٥", "3.5",
        "1,200", "كان", "والمدرسة", "للعراق", "👩‍👩‍👧", "e\u{301}", "«", "»", "،", ".", " ", " ", "\n", "\u{00A0}",
        String(repeating: "ب", count: 23), String(repeating: "ب", count: 24), String(repeating: "ب", count: 25),
        String(repeating: "أ", count: 24), String(repeating: "a", count: 48), String(repeating: "a", count: 49),
        "الاستراتيجيات", "abc123", "١٢ab", "\u{064B}\u{064C}", "ٱلله",
    ]

    @Test func tokensFromTheTableAreTheMadeTokens() {
        for piece in Self.pieces { Self.expectSame(piece) }
        Self.expectSame(Self.pieces.joined(separator: " "))
        Self.expectSame(Self.pieces.joined())
    }

    /// Random texts of those pieces and of random scalars (Arabic block, presentation forms, Latin, marks, joiners).
    @Test func seededRandomTexts() {
        var random = SeededRandom(seed: 0x70_4B_E5)
        for _ in 0..<300 {
            Self.expectSame(random.text(of: Self.pieces, maxPieces: 30))
            Self.expectSame(random.scalars(from: [0x0600...0x06FF, 0xFB50...0xFEFF, 0x41...0x7A, 0x20...0x20, 0x200B...0x200F,
                                                  0x0300...0x036F, 0x1F300...0x1F3FF], maxScalars: 80))
        }
    }
}
