import Testing
import TestSupport
@testable import ArabicText

/// Words of plain Arabic letters compared by their bytes (`PlainArabicWords`, `UTF8Key.sameBytes` with such a word)
/// answer as `String`'s canonical equivalence does, for any string on the other side.
@Suite struct PlainWordBytesTests {
    /// The function words are plain Arabic letters, and the byte set answers as a `Set<String>` of them for every word
    /// of random texts, decomposed forms (ا + U+0653 for آ) and marks included.
    @Test func functionWordsAnswerAsAStringSet() {
        let words: Set<String> = [
            "من", "في", "الي", "علي", "عن", "مع", "ما", "لا", "لم", "لن", "ان", "انه", "انها", "او", "ثم", "قد", "هل", "بل",
            "كل", "بعض", "هو", "هي", "هم", "نحن", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت",
            "قال", "يا", "عند", "بين", "حتي", "منذ", "لدي", "الا", "اما", "اذا", "لو", "كي", "و", "ف", "ب", "ل", "ك",
            "به", "له", "لها", "لهم", "بها", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "اي", "غير", "ضد", "نحو", "عبر",
        ]
        #expect(SplitSpelling.functionWords.count == words.count)
        var random = SeededRandom(seed: 5)
        let pieces = Array(words) + ["ا\u{0653}", "آ", "أ", "\u{0654}", "\u{064E}", "ى", "ي", "ن", "ه", "ة", "e\u{301}", "é"]
        var members = 0
        for round in 0..<30_000 {
            let word = round < words.count ? Array(words)[round] : random.text(of: pieces, maxPieces: 3)
            #expect(SplitSpelling.functionWords.contains(word) == words.contains(word), "\(word)")
            if words.contains(word) { members += 1 }
        }
        #expect(members > 1_000)
    }

    /// `UTF8Key.sameBytes(key, word)` is `key == word` for the plain words the discovery rules compare keys with, on
    /// random strings of their letters, decomposed forms and marks.
    @Test func sameBytesIsEqualityForPlainWords() {
        let words = ["باسم", "ال", "الله", "بن", "و", "وكاله", "العام", "في", "لدي"]
        var random = SeededRandom(seed: 9)
        let pieces = words + ["ا\u{0653}", "آ", "أ", "\u{0654}", "\u{0655}", "\u{064E}", "ى", "ي", "ه", "ة", "ل", "ا", "ـ", "\u{200C}"]
        var equal = 0
        for _ in 0..<30_000 {
            let key = random.text(of: pieces, maxPieces: 3)
            for w in words {
                #expect(UTF8Key.sameBytes(key, w) == (key == w), "\(key) \(w)")
                if key == w { equal += 1 }
            }
        }
        #expect(equal > 1_000)
    }
}
