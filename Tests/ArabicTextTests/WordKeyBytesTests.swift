import Testing
@testable import ArabicText
import TestSupport

@Suite struct WordKeyBytesTests {
    /// `Tokenizer.withWordKeyBytes` gives the bytes of `Tokenizer.wordKey` for every word range, on seeded random texts
    /// of Arabic letters with tashkeel, tatweel, hamza forms, ة, Latin capitals, digits, presentation forms and other
    /// scalars that need compatibility folding (ﻻ ﷲ ﬁ ①), joiners and punctuation.
    @Test func keyBytesAreThoseOfTheKey() {
        var random = SeededRandom(seed: 0x0B7E_5EED_0042)
        let pieces = ["ب", "ت", "ل", "م", "ا", "أ", "إ", "آ", "ة", "ى", "ـ", "\u{64E}", "\u{651}", "\u{670}", "A", "z", "7", "٣",
                      "ﻻ", "ﷲ", "ﬁ", "①", "\u{200C}", "\u{200D}", "،", " ", "é", "e\u{301}", "😀"]
        var checked = 0
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, maxPieces: 12)
                + random.scalars(from: [0x41...0x7A, 0xA0...0x24F, 0x0600...0x06FF, 0xFB50...0xFEFF, 0x10000...0x1FFFF], maxScalars: 4)
            let scalars = ScalarString.scalars(of: text)
            Tokenizer.forEachWordRange(scalars) { a, b in
                var got: [UInt8] = []
                Tokenizer.withWordKeyBytes(scalars, a, b) { got = Array($0) }
                #expect(got == Array(Tokenizer.wordKey(scalars, a, b).utf8), "\(text) \(a)..<\(b)")
                checked += 1
            }
        }
        #expect(checked > 3_000)
    }
}
