import Testing
@testable import ArabicDates
import TestSupport

/// `DateTextScanner(scalars:)`, its loop on buffer pointers, against the loop it replaces (appending to arrays), kept
/// here as the reference: the same words (offsets, folded ranges, hashes, numbers, gaps) and the same folded letters.
@Suite struct DateScannerBufferTests {
    /// The scanner's loop as it was before its buffers (session 39's `DateTextScanner.init(scalars:)`).
    static func reference(_ scalars: [Unicode.Scalar]) -> (words: [DateTextScanner.Word], folded: [UInt32]) {
        var words: [DateTextScanner.Word] = []
        var folded: [UInt32] = []
        func gluedCut(_ lo: Int, _ hi: Int) -> Int? {
            let n = hi - lo
            guard n >= 6, n <= 16 else { return nil }
            if folded[lo] == 0x0634, folded[lo + 1] == 0x0647, folded[lo + 2] == 0x0631,
               case .month? = DateLexicon.words[DateTextScanner.hash(folded[(lo + 3)..<hi])] {
                return 3
            }
            for k in 3..<(n - 3) where folded[lo + k] == 0x0627 && folded[lo + k + 1] == 0x0644 {
                guard case .month(_, let weak)? = DateLexicon.words[DateTextScanner.hash(folded[lo..<(lo + k)])], !weak,
                      case .qualifier? = DateLexicon.words[DateTextScanner.hash(folded[(lo + k)..<hi])] else { continue }
                return k
            }
            return nil
        }
        var gap = DateTextScanner.Gap.start
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            let f = DateTextScanner.fold(v)
            let cls = DateTextScanner.wordClass(f)
            if cls == 0 {
                if f != 0 { gap = DateTextScanner.stronger(gap, DateTextScanner.gapKind(v)) }
                i += 1
                continue
            }
            let start = i
            let fStart = folded.count
            var hash: UInt64 = 0xcbf29ce484222325
            var number = 0
            var digits = 0
            while i < n {
                let fv = DateTextScanner.fold(scalars[i].value)
                if fv == 0 { i += 1; continue }
                guard DateTextScanner.wordClass(fv) == cls else { break }
                folded.append(fv)
                hash = (hash ^ UInt64(fv)) &* 0x100000001b3
                if cls == 2 { digits += 1; if digits <= 9 { number = number * 10 + Int(fv - 0x30) } }
                i += 1
            }
            let gapBefore: DateTextScanner.Gap = gap == .start && !words.isEmpty ? .space : gap
            gap = .space
            if cls == 1, folded.count - fStart >= 6, folded.count - fStart <= 16, DateLexicon.words[hash] == nil,
               let cut = gluedCut(fStart, folded.count) {
                var at = start, letters = 0
                while letters < cut { if DateTextScanner.fold(scalars[at].value) != 0 { letters += 1 }; at += 1 }
                words.append(.init(start: start, end: at, foldedStart: fStart, foldedEnd: fStart + cut,
                                   hash: DateTextScanner.hash(folded[fStart..<(fStart + cut)]), number: nil, digitCount: 0,
                                   gapBefore: gapBefore))
                words.append(.init(start: at, end: i, foldedStart: fStart + cut, foldedEnd: folded.count,
                                   hash: DateTextScanner.hash(folded[(fStart + cut)...]), number: nil, digitCount: 0,
                                   gapBefore: .space))
                continue
            }
            words.append(.init(start: start, end: i, foldedStart: fStart, foldedEnd: folded.count, hash: hash,
                               number: cls == 2 && digits <= 9 ? number : nil, digitCount: digits, gapBefore: gapBefore))
        }
        return (words, folded)
    }

    static func expectSame(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let scanner = DateTextScanner(scalars: scalars)
        let ref = reference(scalars)
        #expect(scanner.folded == ref.folded, "\(text)")
        #expect(scanner.words.map { "\($0)" } == ref.words.map { "\($0)" }, "\(text)")
        #expect(scanner.scalars == scalars)
    }

    @Test func datesAndGluedWordsScanAsBefore() {
        let texts = [
            "", " ", "في 14 جانفي 2011، قال الرئيس", "يوم الخميس ٤ ماي ٢٠٢٣ - الساعة 10:30",
            "ديسمبرالماضي", "سبتمبرالجاري وشهرماي", "شهرماي", "في شهرجانفي الماضي/ 2019", "مطلع 2022؛ أمس! غدا؟",
            "يونيو/حزيران 2020", "كانون/الثاني يناير", "١٢٣٤٥٦٧٨٩٠١٢ رقم طويل 12345678901", "ـــتطويل وَتَشْكِيلٌ",
            "\u{200F}نص\u{200E} مع علامات\u{FEFF}", "ABC abc 2024-05-06", "😀 2023 🇹🇳", "پیکی گچ ٱلأمر",
        ]
        for t in texts { Self.expectSame(t) }
    }

    @Test func randomTextsScanAsBefore() {
        let pieces: [String] = [
            "جانفي", "فيفري", "ماي", "ديسمبر", "سبتمبر", "الماضي", "الجاري", "المقبل", "شهر", "عام", "يوم", "الخميس",
            "أمس", "اليوم", "غدا", "مطلع", "منتصف", "ال", "و", "ب", "قال", "الرئيس", "تونس",
            "2019", "14", "٤", "٢٠٢٣", "١٢٣٤٥٦٧٨٩٠", "0",
            " ", " ", " ", "  ", "/", "\\", ",", "،", "-", "‐", ".", ":", "؛", "؟", "!", "\n", "—", "۔",
            "\u{064E}", "\u{0651}", "\u{0640}", "\u{200B}", "\u{200F}", "\u{2067}", "\u{061C}", "\u{FEFF}", "\u{0670}",
            "ة", "ى", "إ", "آ", "ٱ", "ی", "ک", "۵", "x", "Q", "😀", "é", "\u{0301}",
        ]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, maxPieces: 40)
            Self.expectSame(text)
        }
    }
}

/// The one-bit test for letters that fold to themselves (`DateTextScanner.isPlainLetter`) against `fold` and
/// `wordClass`, and the scanner's loop that uses it against the reference loop, for every scalar of the Arabic block.
@Suite struct DateScannerPlainLetterTests {
    @Test func plainLettersAreTheLettersThatFoldToThemselves() {
        for v in UInt32(0)...0x10FF {
            let arabicLetter = v >= 0x0621 && v <= 0x064A
            #expect(DateTextScanner.isPlainLetter(v) == (arabicLetter && DateTextScanner.fold(v) == v && DateTextScanner.wordClass(v) == 1), "\(v)")
        }
        #expect(!DateTextScanner.isPlainLetter(0x0620) && !DateTextScanner.isPlainLetter(0x064B) && !DateTextScanner.isPlainLetter(0xFFFF_FFFF))
    }

    @Test func everyArabicScalarScansAsBefore() {
        for v in UInt32(0x0600)...0x06FF {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(u)
            for text in [s, "ب" + s + "ب", "12" + s + "3", s + " شهر" + s + "ماي", "في " + s + s + " جانفي"] {
                DateScannerBufferTests.expectSame(text)
            }
        }
    }
}
