import Testing
@testable import ArabicText

/// The session-35 fast paths of the tokenizer against the paths they replace.
@Suite struct TokenizerFastPathTests {
    static let texts = ["قال: مُحَمَّد 3.5 NATO!", "👍🏽 بغداد e\u{301}te", "عام ٢٠٢٢\u{200F} في\u{00A0}بغداد",
                        "ﻻ ﷲ ﺑﻐﺪﺍﺩ ٣٬٥ ١٫٢", "وَالْمَدْرَسَةِ، لِلْوِزارةِ؛ (أ.ف.ب) «قالت»", "كلمة\u{200C}ثانية ـــ x\u{FE0F} 🇹🇳",
                        "", "  ، .", "إلى آل الأمين ؤ ئ ى ة ـ ABC def", "پ چ ژ ڤ ڨ ک گ ی ە 😀\u{200D}😀 ﻻ ١٢٣ é"]

    /// Tokens whose texts are copied from the text's UTF-8 are the tokens encoded from the scalars, byte for byte.
    @Test func textCopiedFromTheUTF8IsTheEncodedText() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let copied = Tokenizer.tokenize(text: text, scalars: scalars)
            let encoded = Tokenizer.tokenize(scalars: scalars)
            #expect(copied.count == encoded.count, "\(text)")
            for (c, e) in zip(copied, encoded) {
                #expect(c.start == e.start && c.end == e.end && c.kind == e.kind, "\(text)")
                #expect(Array(c.text.utf8) == Array(e.text.utf8), "\(text)")
                #expect(Array(c.key.utf8) == Array(e.key.utf8), "\(text)")
            }
            #expect(Tokenizer.tokenize(text).map { Array($0.text.utf8) } == encoded.map { Array($0.text.utf8) })
        }
    }

    /// The own-key test of a scalar answers as the fold's table, for every scalar up to U+FFFF and some above.
    @Test func ownKeyOfAScalarIsTheFoldsAnswer() {
        let differing = (UInt32(0)...0x1_FFFF).filter { Unicode.Scalar($0) != nil && Tokenizer.isOwnKey($0) != Tokenizer.isOwnKeyByFold($0) }
        #expect(differing.isEmpty, "\(differing.map { String($0, radix: 16) })")
    }
}
