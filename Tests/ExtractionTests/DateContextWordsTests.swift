import ArabicText
import Testing
import TestSupport
@testable import Extraction

/// The words around a date read on the scalars (`DateMentionExtractor.separatedWords`) against `String.split` on the
/// text's `Character`s, which it replaces where it answers; and a title word's marks dropped (`withoutMarks`) against
/// the `Character` filter.
@Suite struct DateContextWordsTests {
    static func split(_ text: ArraySlice<Unicode.Scalar>) -> [String] {
        ScalarString.make(text).split { $0 == " " || $0 == "،" || $0 == "," }.map { String($0) }
    }

    static let pieces = ["بلاغ", "وبيان", "في", "اليوم", "تصريح", "سوف", "المقبل", "الأحد", "2019", "٢٠٢٣", " ", " ", " ", "،", ",",
                         "\u{064E}", "\u{0651}", "\u{0670}", "\u{0640}", "«", "»", "؛", "؟", "\n", "–", "—", "“", "”", "…", "\"",
                         ".", "\u{200F}", "\u{0301}", "é", "\r", "ی", "\u{0654}", "\u{065F}", "\u{064B}"]

    @Test func separatedWordsAreTheCharacterSplit() {
        var random = SeededRandom(seed: 0xDA7E_5EB)
        var answered = 0
        for _ in 0..<6_000 {
            let scalars = Array(random.text(of: Self.pieces, maxPieces: 30).unicodeScalars)
            // also a slice that starts inside the text, as the extractor cuts one
            for lo in [0, scalars.count / 3] {
                let text = scalars[lo...]
                for marked in [false, true] {
                    guard let words = DateMentionExtractor.separatedWords(of: text, marked: marked) else { continue }
                    answered += 1
                    #expect(words == Self.split(text), "\(Array(text))")
                }
                if let last = DateMentionExtractor.lastWords(4, of: text) {
                    #expect(last == Array(Self.split(text).suffix(4)))
                }
            }
        }
        #expect(answered > 3_000)
    }

    @Test func statementAndFutureWordsAsBefore() {
        var random = SeededRandom(seed: 0xF07E)
        for _ in 0..<3_000 {
            let scalars = Array(random.text(of: Self.pieces, maxPieces: 40).unicodeScalars)
            let start = scalars.count / 2, end = min(scalars.count, start + 3)
            #expect(DateMentionExtractor.statementDate(scalars, start: start) == Self.statementDate(scalars, start: start))
            #expect(DateMentionExtractor.futureContext(scalars, start: start, end: end) == Self.futureContext(scalars, start: start, end: end))
        }
    }

    /// `statementDate` before its words were read on the scalars with marks.
    static func statementDate(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        let lo = max(0, min(start - 60, scalars.count)), hi = max(lo, min(start, scalars.count))
        let words = DateMentionExtractor.lastWords(4, of: scalars[lo..<hi]).map { $0.filter(DateMentionExtractor.mayNameAStatement) }
            ?? Array(split(scalars[lo..<hi]).suffix(4))
        return words.map(ArabicNormalizer.matchKey).contains { w in
            DateMentionExtractor.statementNouns.contains(w)
                || (w.count > 3 && ["و", "ف", "ب", "ل"].contains(w.first!) && DateMentionExtractor.statementNouns.contains(String(w.dropFirst())))
        }
    }

    /// `futureContext` as it was: every word split on `Character`s and folded.
    static func futureContext(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        func words(_ r: Range<Int>) -> [String] {
            let lo = max(0, min(r.lowerBound, scalars.count)), hi = max(lo, min(r.upperBound, scalars.count))
            return ScalarString.make(scalars[lo..<hi]).split { $0 == " " || $0 == "،" || $0 == "," }.map { ArabicNormalizer.matchKey(String($0)) }
        }
        let before = words((start - 60)..<start).suffix(6), after = words(end..<(end + 30)).prefix(2)
        return (before + after).contains { w in
            DateMentionExtractor.futureMarkers.contains(w)
                || (UTF8Key.hasPrefix(w, "و") && DateMentionExtractor.futureMarkers.contains(String(w.dropFirst())))
        }
    }

    @Test func wordsWithoutMarksAsTheCharacterFilter() {
        var random = SeededRandom(seed: 0x3A4C)
        let pieces = ["مركز", "ا", "ً", "\u{064E}", "\u{0651}", "\u{065F}", "\u{0660}", "\u{064A}", "\u{0670}", "ة", "ـ", "e", "\u{0301}", " "]
        for _ in 0..<5_000 {
            let t = random.text(of: pieces, maxPieces: 12)
            #expect(SentenceEvents.withoutMarks(t) == SentenceEvents.withoutMarksByCharacters(t), "\(Array(t.unicodeScalars))")
        }
    }
}
