import ArabicText
import Extraction

/// What the match key folds away but a writer does not: two spellings with one match key are not always
/// one word. The key folds hamza seats, madda and ة so that a sloppy spelling of a name finds the name
/// ("الامم" for "الأمم"); but a writer who drops a hamza never adds one, so a spelling that writes a hamza
/// where the name has a plain letter is another word: "فأس" (an axe) is not "فاس" (Fez), "وأم" (and a
/// mother) not "وام" (WAM), "المهدئة" (calming) not "المهدية", "مآرب" (aims) not "مأرب" (Marib).
/// Likewise a final ه where the name has ة, on an ordinary word, is a pronoun suffix: "حديثه" (his talk)
/// is not "حديثة" (Haditha).
enum WrittenSpelling {
    /// One letter as written, aligned with one scalar of the match key.
    struct Letter {
        var scalar: Unicode.Scalar
        /// First letter of a word, or the letter after a word's ال (and لل, وال, بال…: «للإنتخابات» is
        /// «للانتخابات»): any alef form is one letter there.
        var initial: Bool
        /// Last letter of a word.
        var final: Bool
        /// Index of the first letter of its word.
        var wordStart: Int
    }

    /// The letters of `text` that its match key keeps, one per key scalar (nil for text that NFKC folds:
    /// its letters do not align with its key).
    static func letters(_ text: String) -> [Letter]? {
        if ArabicNormalizer.needsCompatibilityFold(text) { return nil }
        var out: [Letter] = []
        var wordStart = 0
        var inWord = false
        for s in text.unicodeScalars {
            guard let f = ArabicNormalizer.foldScalar(s.value, matchForm: true) else { continue }
            let isLetter = f != 0x20 && f != 0x0A && f != 0x09 && f != 0x0D
            if !isLetter {
                if inWord, !out.isEmpty { out[out.count - 1].final = true }
                inWord = false
                continue
            }
            let isWordChar = (s.value >= 0x0621 && s.value <= 0x06FF) || s.properties.isAlphabetic
            if !isWordChar {
                if inWord, !out.isEmpty { out[out.count - 1].final = true }
                inWord = false
                out.append(Letter(scalar: s, initial: false, final: false, wordStart: out.count))
                continue
            }
            if !inWord { wordStart = out.count; inWord = true }
            let offset = out.count - wordStart
            let afterArticle = (offset == 2 && ["ا", "ل"].contains(out[wordStart].scalar) && out[wordStart + 1].scalar == "ل")
                || (offset == 3 && ["و", "ف", "ب", "ك"].contains(out[wordStart].scalar) && out[wordStart + 1].scalar == "ا"
                    && out[wordStart + 2].scalar == "ل")
            out.append(Letter(scalar: s, initial: offset == 0 || afterArticle, final: false, wordStart: wordStart))
        }
        if inWord, !out.isEmpty { out[out.count - 1].final = true }
        return out
    }

    /// The last word carries nunation (ً ٌ ٍ): an indefinite word, an adjective, adverb or common noun
    /// («لاجئاً سورياً», «بل دوماً», «حيفاً آخر»), never the name whose letters it has. News Arabic writes
    /// no nunation on a proper name.
    static func endsInNunation(_ surface: String) -> Bool {
        for s in surface.unicodeScalars.reversed() {
            if s == " " { return false }
            if s.value >= 0x064B && s.value <= 0x064D { return true }
        }
        return false
    }

    static let hamzas: Set<Unicode.Scalar> = ["أ", "إ", "آ", "ؤ", "ئ", "ء", "ٱ", "\u{0672}", "\u{0673}"]
    static let alefs: Set<Unicode.Scalar> = ["ا", "أ", "إ", "آ", "ٱ", "\u{0672}", "\u{0673}"]

    /// `candidate` writes another word than `reference` though both have one match key: a hamza (or madda)
    /// where the reference has a plain letter or another hamza, away from a word's first letter; or a final
    /// ه where the reference has ة, when the word without that ه is an ordinary word. Spellings with
    /// different keys, or that cannot be aligned, do not conflict here.
    static func conflicts(reference: String, candidate: String) -> Bool {
        guard let r = letters(reference), let c = letters(candidate), r.count == c.count else { return false }
        for i in r.indices where r[i].scalar != c[i].scalar {
            let rs = r[i].scalar, cs = c[i].scalar
            if r[i].initial || c[i].initial, alefs.contains(rs), alefs.contains(cs) { continue }
            if hamzas.contains(cs) { return true }
            if rs == "ة", cs == "ه", c[i].final, endsOrdinaryWord(candidate, before: i, letters: c) { return true }
        }
        return false
    }

    /// The word of `letters` that ends at `end` (exclusive), without that last letter, is an ordinary word.
    static func endsOrdinaryWord(_ text: String, before end: Int, letters: [Letter]) -> Bool {
        let stem = String(String.UnicodeScalarView(letters[letters[end].wordStart..<end].map(\.scalar)))
        return NameEvidence.isOrdinaryWord(ArabicNormalizer.matchKey(stem))
    }
}
