import Testing
import TestSupport
@testable import Extraction

/// `Lexicon.words` (split in the bytes the text lends) gives the words the `utf8` view's `split` gave, in order: on the
/// word lists it reads and on seeded random texts of spaces, line breaks and words.
@Suite struct LexiconWordsTests {
    /// `Lexicon.words` as it was.
    static func splitWords(_ text: String) -> [String] {
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) }
    }

    static func expectSame(_ text: String) {
        let words = Lexicon.words(text), split = Self.splitWords(text)
        #expect(words.map { Array($0.utf8) } == split.map { Array($0.utf8) }, "\(text.prefix(40))")
    }

    @Test func theWordListsSplitAlike() {
        for text in [DictionaryWords.words, DictionaryWords.inflected, DictionaryWords.firstNames, CommonWords.words,
                     CommonWords.adjectives, FrequentWords.words, PersonLexicon.firstNames, PersonLexicon.ambiguousFirstNames] {
            Self.expectSame(text)
        }
        #expect(Lexicon.words(DictionaryWords.words).count > 1000)
    }

    @Test func seededRandomTexts() {
        var random = SeededRandom(seed: 0x5EED_0042)
        let pieces = [" ", "  ", "\n", "\n\n", " \n", "قال", "أمريكا", "a", "NATO", "\t", "\r", "é", "👩‍👩‍👧", "ـ", "١٢"]
        for _ in 0..<500 { Self.expectSame(random.text(of: pieces, maxPieces: 40)) }
        for text in ["", " ", "\n", "كلمة", " كلمة", "كلمة ", "\nكلمة\n", "a b\nc  d"] { Self.expectSame(text) }
    }
}
