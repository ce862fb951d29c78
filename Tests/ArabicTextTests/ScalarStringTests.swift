import Testing
@testable import ArabicText

@Suite struct ScalarStringTests {
    static let texts = [
        "", "a", "قال", "المدرسة", "والمدرسة", "بالمستشفيات", "abcdefghijklmno", "abcdefghijklmnop",
        "قال: مُحَمَّد 3.5 NATO!", "👩‍👩‍👧 e\u{301}te ﻻ", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        String(repeating: "الحكومة العراقية ", count: 40),
    ]

    /// `scalars(of:)` decodes what the scalar view gives, for 1- to 4-byte scalars and for a string cut
    /// out of another.
    @Test func scalarsAreTheScalarView() {
        for text in Self.texts {
            #expect(ScalarString.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
            let cut = String(text.dropFirst())
            #expect(ScalarString.scalars(of: cut) == Array(cut.unicodeScalars), "\(cut)")
        }
    }

    /// Strings made with their exact size, on both sides of the 15 bytes a small string holds and of
    /// the stack buffer, are the text (its bytes, too).
    @Test func madeStringsAreTheText() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            #expect(Array(ScalarString.make(scalars[...]).utf8) == Array(text.utf8), "\(text)")
            let made = ScalarString.make(maxScalars: scalars.count) { emit in scalars.forEach { emit($0.value) } }
            #expect(Array(made.utf8) == Array(text.utf8), "\(text)")
            // fewer scalars emitted than the capacity allows
            let half = ScalarString.make(maxScalars: scalars.count + 9) { emit in scalars.prefix(scalars.count / 2).forEach { emit($0.value) } }
            #expect(half == String(String.UnicodeScalarView(scalars.prefix(scalars.count / 2))), "\(text)")
        }
    }

    /// A token that shares one string for its text and key has the key the fold gives.
    @Test func sharedKeysAreTheFoldedKeys() {
        let text = "قالت الحكومةُ إنّ أمريكا ـ وفي مستشفى ﻻ NATO Nato بغداد‌ی پل ٣٫٥ كان ﷲ والمدرسة"
        let scalars = Array(text.unicodeScalars)
        var shared = 0
        for token in Tokenizer.tokenize(scalars: scalars) {
            #expect(token.key == Tokenizer.key(scalars, token.start, token.end), "\(token.text)")
            #expect(token.key == ArabicNormalizer.matchKey(token.text), "\(token.text)")
            if Tokenizer.isOwnKey(scalars, token.start, token.end) { shared += 1 }
        }
        // قالت، وفي، كان: no scalar the fold changes (ة ى أ إ ی پ, marks, a joiner, capitals, digits all do)
        #expect(shared == 3)
        for token in Tokenizer.keyedTokens(scalars: scalars) {
            #expect(token.key == Tokenizer.key(scalars, token.start, token.end), "\(token.text)")
        }
    }
}
