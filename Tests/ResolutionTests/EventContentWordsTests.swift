import ArabicText
import Extraction
import Testing
import TestSupport
@testable import Resolution

/// `EventResolver.contentWords` on runs of scalars with its letter test on the values, against the loop it replaces
/// (kept here): every scalar's `properties.isAlphabetic`, the word appended scalar by scalar.
@Suite struct EventContentWordsTests {
    static func reference(of span: TextSpan, in doc: Document, ids: inout StringIDs) -> Set<Int> {
        guard span.block < doc.blocks.count else { return [] }
        let scalars = Array(doc.blocks[span.block].unicodeScalars)
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        var out = Set<Int>()
        var word = String.UnicodeScalarView()
        func flush() {
            if word.count >= 4 { out.insert(ids.cls(ArabicNormalizer.matchKey(String(word)))) }
            word = String.UnicodeScalarView()
        }
        for s in scalars[lo..<hi] {
            if s.properties.isAlphabetic { word.append(s) } else { flush() }
        }
        flush()
        return out
    }

    @Test func letterTestIsThePropertys() {
        for v in UInt32(0)...0x2FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(EventResolver.isAlphabetic(s) == s.properties.isAlphabetic, "\(v)")
        }
    }

    @Test func sameWordsAsTheScalarLoop() {
        var random = SeededRandom(seed: 0xC0_47E7)
        let pieces = ["الهجوم", "على", "قاعدة", "عين", "الأسد", "2020", " ", " ", "،", ".", "\u{064E}", "\u{0670}", "ـ", "abc", "Éé",
                      "\u{0301}", "😀", "٣", "۳", "ی", "\n", "-", "الأمريكية"]
        for _ in 0..<1_500 {
            let block = random.text(of: pieces, maxPieces: 30)
            let doc = Document(id: "d", blocks: [block])
            let n = block.unicodeScalars.count
            let a = random.below(n + 2), b = a + random.below(n + 2)
            let span = TextSpan(block: random.below(4) == 0 ? 1 : 0, start: a, end: b)
            var ids = StringIDs(), refIDs = StringIDs()
            let got = EventResolver.contentWords(of: span, in: doc, ids: &ids)
            let want = Self.reference(of: span, in: doc, ids: &refIDs)
            #expect(got == want, "\(block) \(a) \(b)")
        }
    }
}
