import Testing
import TestSupport
@testable import ArabicText

/// `SentenceSplitter.split(scalars:)` passes over the Arabic letters ء … ي with one test: the sentences are those the
/// loop gave before (kept here), on seeded random texts of letters, quotes, terminators, digits and line breaks.
@Suite struct SentenceSplitterLetterRunTests {
    /// `split(scalars:)` as it was, every scalar through every test.
    static func referenceSplit(scalars s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = s.count
        var start = 0
        var quoteOpenedAt: Int? = nil
        var i = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, SentenceSplitter.isSpace(s[a].value) { a += 1 }
            while b > a, SentenceSplitter.isSpace(s[b - 1].value) { b -= 1 }
            if a < b { out.append(a..<b) }
            start = end
        }
        while i < n {
            let v = s[i].value
            if v == 0x0A || v == 0x0D || v == 0x2029 || v == 0x2028 {
                emit(i)
                quoteOpenedAt = nil
                i += 1
                start = i
                continue
            }
            var closesQuote = false
            switch v {
            case 0x22, 0x201C, 0x201D, 0x201E:
                closesQuote = quoteOpenedAt != nil
                quoteOpenedAt = quoteOpenedAt == nil ? i : nil
            case 0xAB:
                quoteOpenedAt = i
            case 0xBB:
                closesQuote = quoteOpenedAt != nil
                quoteOpenedAt = nil
            default: break
            }
            if closesQuote, i > 0, SentenceSplitter.isTerminator(s[i - 1].value) {
                // «… انتهى.» ends the sentence with the quotation
                emit(i + 1)
                i += 1
                continue
            }
            if SentenceSplitter.isTerminator(v) {
                if let q = quoteOpenedAt, i - q <= SentenceSplitter.maxQuoteLength { i += 1; continue }
                if v == 0x2E && !SentenceSplitter.dotEndsSentence(s, i) { i += 1; continue }
                var j = i + 1
                while j < n, SentenceSplitter.isTerminator(s[j].value) || SentenceSplitter.isCloser(s[j].value) {
                    if SentenceSplitter.isCloser(s[j].value) { quoteOpenedAt = nil }
                    j += 1
                }
                emit(j)
                quoteOpenedAt = nil
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return out
    }

    @Test func seededRandomTexts() {
        var random = SeededRandom(seed: 0x5E_47_E4)
        let pieces = ["قال", "الرئيس", " ", "  ", ".", "!", "؟", "؛", ";", "…", "۔", "«", "»", "\"", "“", "”", "„", "(", ")", "]",
                      "’", "\n", "\r", "\u{2029}", "3.5", "د.", "U.S.", "م", "a", "\u{00A0}", "\u{200F}", "ـ", "\u{064B}", "،", "ئ", "ى"]
        var sentences = 0
        for _ in 0..<2000 {
            let text = random.text(of: pieces, maxPieces: 60)
            let s = Array(text.unicodeScalars)
            let split = SentenceSplitter.split(scalars: s)
            #expect(split == Self.referenceSplit(scalars: s), "\(text)")
            sentences += split.count
        }
        // a quotation longer than the longest kept inside a sentence
        let long = Array(("«" + String(repeating: "كلمة ", count: 100) + ". ثم.»").unicodeScalars)
        #expect(SentenceSplitter.split(scalars: long) == Self.referenceSplit(scalars: long))
        #expect(sentences > 2000)
    }
}
