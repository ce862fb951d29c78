import Testing
import ArabicText
@testable import Extraction

/// Session 36's fast paths give what the paths they replace give.
struct FastPathSession36Tests {
    /// A sentence with words of every context list, with and without proclitics and the article.
    static let text = "وقال المدرب إن الهجوم على الملعب بالرصاص والقذائف والصواريخ وقع قبل المباراة، وتسبب حادث دراجة نارية "
        + "في تدافع عن القرش والكلاب، قائلا إن قراصنة إلكترونية هاجموا القوات والجيش بطائرة جوية وطائرات مسيرة "
        + "وبعبوة ناسفة، واصفا الاعتداء بالطعن بسكين، والشرطة والأمن في حادث سير للسيارة والشاحنة."

    /// The bits `ContextWordKinds.of` gives a word are the lists `SentenceWords.has(_:in:)` finds it in, and the
    /// ground-instrument bit is an instrument reading other than the air force.
    @Test func contextKindsAreTheListsLookups() {
        let scalars = Array(Self.text.unicodeScalars)
        let words = SentenceWords(block: scalars, span: TextSpan(block: 0, start: 0, end: scalars.count))
        var seen: ContextWordKinds = []
        for i in words.words.indices {
            let kinds = ContextWordKinds.of(words.words[i])
            for (list, kind) in ContextWordKinds.lists {
                #expect(kinds.contains(kind) == words.has(i, in: list), "\(words.words[i].text) \(kind.rawValue)")
            }
            let ground = words.words[i].readings.contains { EventLexicon.instruments[$0].map { $0 != "air" } ?? false }
            #expect(kinds.contains(.groundInstrument) == ground, "\(words.words[i].text)")
            seen.formUnion(kinds)
        }
        // the sentence reaches every list (so each comparison above was made both ways)
        for (_, kind) in ContextWordKinds.lists { #expect(seen.contains(kind), "\(kind.rawValue)") }
        #expect(seen.contains(.groundInstrument))
        // every key of every list carries its list's bit
        for (list, kind) in ContextWordKinds.lists {
            for key in list.keys {
                let word = SentenceWords.Word(start: 0, end: 1, text: key.string, key: key.string, readings: [key.string],
                                              isNumber: false, isPunct: false)
                #expect(ContextWordKinds.of(word).contains(kind))
            }
        }
    }

    /// The memo of `isInflectedOrdinaryWord` answers as the function it keeps, the first time and the next.
    @Test func inflectedOrdinaryWordMemoAnswersAsTheFunction() {
        let words = ["يغير", "بكثرة", "شقيقته", "وابتعاده", "نائبتين", "سيجمعه", "سليم", "منصور", "وسليم", "تراب", "بارو",
                     "قرصان", "مهمتها", "وفترتهم", "الحكومة", "محمد", "بوتين", "كتاب", "ومدرسته", "a", "", "يَغيّر"]
        for _ in 0..<2 {
            for w in words { #expect(NameEvidence.isInflectedOrdinaryWord(w) == NameEvidence.inflectedOrdinaryWord(w), "\(w)") }
        }
    }

    /// `DiscoveryRules.isDefinite` on the bytes the string lends answers as `String.hasPrefix("ال")` and the scalar count.
    @Test func isDefiniteAsTheStringTest() {
        let pieces = ["ال", "ا", "ل", "لل", "أل", "ا\u{0644}\u{064E}", "\u{064E}", "ب", "حكومه", "a", "😀", "\u{0600}", "آ", ""]
        var keys: [String] = []
        for a in pieces { for b in pieces { for c in pieces { keys.append(a + b + c) } } }
        for key in keys {
            for minimum in [2, 5] {
                #expect(DiscoveryRules.isDefinite(key, scalars: minimum) == (key.hasPrefix("ال") && key.unicodeScalars.count >= minimum),
                        "\(key.unicodeScalars.map(\.value)) \(minimum)")
            }
        }
    }

    /// `readingsAreTheKey` on the bytes the string lends is the test it was on a copy of them.
    @Test func readingsAreTheKeyAsBefore() {
        func before(_ key: String) -> Bool {
            if SentenceWords.hasAtMostThreeScalars(key) { return true }
            let b = Array(key.utf8)
            let lead = UInt16(b[0]) << 8 | UInt16(b[1])
            switch lead {
            case 0xD988, 0xD981, 0xD8A8, 0xD984, 0xD983: return false
            case 0xD8A7 where b[2] == 0xD9 && b[3] == 0x84: return false
            default: break
            }
            return !(b[b.count - 2] == 0xD8 && b[b.count - 1] == 0xA7)
        }
        let letters = ["و", "ف", "ب", "ل", "ك", "ا", "ء", "ه", "أ", "a", "1", "中", "😀", "\u{064E}", "ن"]
        var keys: [String] = [""]
        for a in letters { for b in letters { for c in letters { keys.append(a + b + c); keys.append(a + b + c + "ا"); keys.append("ال" + a + b) } } }
        keys += ["والحكومه", "بالمدينه", "الحكومه", "شخصا", "لللجنه", "كتاب", "حكومه", String(repeating: "ب", count: 9)]
        for key in keys { #expect(SentenceWords.readingsAreTheKey(key) == before(key), "\(key.unicodeScalars.map(\.value))") }
    }
}
