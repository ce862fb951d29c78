import ArabicText
import Testing
@testable import Extraction

/// Look-ups read on bytes or scalars give what the `String` and `Character` versions give, for every input.
struct BytePathTests {
    /// Made-up words of the shapes the name rules score: names, ordinary words, proclitics, hamzas, Latin, digits.
    static let words = ["كريستوفر", "ماكرون", "الطاهر", "بالمدينة", "وقال", "أحمد", "إيناس", "مؤتمر", "رئيس", "ئ",
                        "ستيفانو", "Smith", "x", "", "ابن", "فيورنتينا", "بوتشيتينو", "مُحمَّد", "ـــعلي", "آمنة",
                        "يوسف٣", "la-liga", "^$", "ييي", "ءاء", "ﻻ", "ك", "سيرجيو"]

    @Test func nameShapeScoreOnBytesIsTheScoreOnStrings() throws {
        let byBytes = try #require(NameShapeScore.weightsByBytes)
        var plain = 0
        for w in Self.words {
            let key = ArabicNormalizer.matchKey(w)
            let onStrings = NameShapeScore.scoreOnStrings(key)
            if let onBytes = NameShapeScore.plainScore(key, byBytes) {
                plain += 1
                #expect(onBytes.bitPattern == onStrings.bitPattern, "\(w)")
            } else {
                #expect(key.unicodeScalars.contains { !NameShapeScore.isPlain($0) }, "\(w)")
            }
            #expect(NameShapeScore.score(w).bitPattern == onStrings.bitPattern, "\(w)")
        }
        #expect(plain >= 20)
        // a word whose n-grams have weights of both signs scores something other than zero
        #expect(NameShapeScore.score("كريستوفر") != 0)
    }

    @Test func lastWordsAreTheLastWordsOfASplit() {
        let texts = ["وفق بلاغ لوزارة الداخلية", "  في تصريح،للإذاعة ,, أمس ", "", " ", "،،", "a,b c،d e f",
                     "بيان", "قال في بيان له ٣ مرات", "x  y", "واحد اثنان ثلاثة أربعة خمسة ستة"]
        for t in texts {
            let scalars = Array(t.unicodeScalars)
            for n in [1, 4] {
                let expected = t.split { $0 == " " || $0 == "،" || $0 == "," }.suffix(n).map { String($0) }
                #expect(DateMentionExtractor.lastWords(n, of: scalars[...]) == expected, "\(t)")
                #expect(DateMentionExtractor.lastWords(n, of: scalars.dropFirst()) == Array(String(String.UnicodeScalarView(scalars.dropFirst()))
                    .split { $0 == " " || $0 == "،" || $0 == "," }.suffix(n).map { String($0) }), "\(t)")
            }
        }
        // a space before a combining mark is one Character with it, no separator: left to `String.split`
        #expect(DateMentionExtractor.lastWords(4, of: Array("بلاغ \u{064E}اليوم".unicodeScalars)[...]) == nil)
        #expect(DateMentionExtractor.lastWords(4, of: Array("بلاغ\u{0600} اليوم".unicodeScalars)[...]) == nil)
    }

    @Test func aStatementNounBeforeADateIsFoundEitherWay() {
        for (text, expected) in [("وفق بلاغ لوزارة الداخلية اليوم", true), ("في تصريح للإذاعة اليوم", true),
                                 ("وفي بيانها اليوم", false), ("قال مصدر أمني اليوم", false),
                                 ("وفق بلاغٍ لوزارة الداخلية اليوم", true)] {
            let scalars = Array(text.unicodeScalars)
            let start = scalars.count - "اليوم".unicodeScalars.count
            #expect(DateMentionExtractor.statementDate(scalars, start: start) == expected, "\(text)")
        }
    }
}

