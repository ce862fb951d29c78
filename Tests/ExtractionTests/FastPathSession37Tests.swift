import ArabicDates
import ArabicText
import Testing
@testable import Extraction

/// Session 37's fast paths of analysis, each against the path it replaces.
@Suite struct FastPathSession37Tests {
    static let texts = [
        "وفق بلاغ لوزارة الداخلية اليوم", "في تصريح للإذاعة اليوم السبت", "وفي بيانها اليوم", "قال مصدر أمني اليوم",
        "وفق بلاغٍ لوزارة الداخلية اليوم", "وبتصريحات الوزير أمس", "فالبيان الصادر الخميس 4 ماي", "لتصريح 2019 أمس",
        "أعلنت الوزارة، في بيان، يوم 12 مارس 2020 مقتل 3 أشخاص", "بلاغا من الشرطة مساء أمس", "وبيانا اليوم",
        "ABC بيان def اليوم", "٣ بلاغات في ١٢ مايو", "تصريح\u{0640}ات اليوم", "بيان\u{064B} اليوم",
        "\u{0640}بلاغ اليوم", "ؤبيان اليوم", "\u{0640}و\u{0640}بيان اليوم", "Bبيان اليوم", "لـتصريحات أمس", "ثبات اليوم",
    ]

    /// `statementDate` as it was before the words without ب or ت were left out.
    static func statementDateAsBefore(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        let lo = max(0, min(start - 60, scalars.count)), hi = max(lo, min(start, scalars.count))
        let words = DateMentionExtractor.lastWords(4, of: scalars[lo..<hi])
            ?? ScalarString.make(scalars[lo..<hi]).split { $0 == " " || $0 == "،" || $0 == "," }.suffix(4).map { String($0) }
        let before = words.map(ArabicNormalizer.matchKey)
        return before.contains { w in
            DateMentionExtractor.statementNouns.contains(w)
                || (w.count > 3 && ["و", "ف", "ب", "ل"].contains(w.first!) && DateMentionExtractor.statementNouns.contains(String(w.dropFirst())))
        }
    }

    @Test func statementDateIsAsBeforeAtEveryOffset() {
        var found = 0
        for t in Self.texts {
            let scalars = Array(t.unicodeScalars)
            for start in 0...scalars.count {
                let expected = Self.statementDateAsBefore(scalars, start: start)
                #expect(DateMentionExtractor.statementDate(scalars, start: start) == expected, "\(t) at \(start)")
                if expected { found += 1 }
            }
        }
        #expect(found > 20)
    }

    @Test func mayNameAStatementHoldsForEveryStatementNoun() {
        for noun in DateMentionExtractor.statementNouns.keys.map(\.string) {
            #expect(DateMentionExtractor.mayNameAStatement(noun))
            for clitic in ["و", "ف", "ب", "ل"] { #expect(DateMentionExtractor.mayNameAStatement(clitic + noun)) }
        }
        #expect(!DateMentionExtractor.mayNameAStatement("الداخلية"))
        #expect(!DateMentionExtractor.mayNameAStatement(""))
        #expect(DateMentionExtractor.mayNameAStatement("xت"))
        #expect(!DateMentionExtractor.mayNameAStatement("abت"))
        #expect(!DateMentionExtractor.mayNameAStatement("الثابت"))
        #expect(DateMentionExtractor.mayNameAStatement("ـبيان"))
        #expect(DateMentionExtractor.mayNameAStatement("ؤـبيان"))
    }

    @Test func datesParsedFromScalarsAreTheTextsOwn() {
        for t in Self.texts + ["الليلة الفاصلة بين الجمعة والسبت", "ديسمبرالماضي", "منذ يومين", "في 2 كانون الثاني 2019 وقع",
                               "اليوم الجمعة 12 ماي 2017", "للعام الماضي", "وبالأمس", "👍🏽 يوم 5/6/2021"] {
            #expect(ArabicDateParser.parse(t) == ArabicDateParser.parse(scalars: ScalarString.scalars(of: t)), "\(t)")
        }
    }

    @Test func dateMentionsFromBlockScalarsAreTheSame() {
        let doc = Document(id: "d", blocks: Self.texts, date: PartialDate(year: 2021, month: 5, day: 6))
        let sentences = doc.blocks.enumerated().map { b, text in
            Sentence(span: TextSpan(block: b, start: 0, end: text.unicodeScalars.count))
        }
        let scalars = doc.blocks.map(ScalarString.scalars(of:))
        let plain = DateMentionExtractor.extract(doc, sentences: sentences)
        #expect(plain.count > 10)
        #expect(DateMentionExtractor.extract(doc, sentences: sentences, blockScalars: scalars) == plain)
        #expect(DateMentionExtractor.extract(doc, sentences: sentences, blockScalars: Array(scalars.dropLast())) == plain)
    }
}
