import Testing
@testable import ArabicText
import TestSupport

/// `NameSkeleton.of` and `NameSkeleton.words` on the bytes (`skeleton(utf8:)`, `plainWords(utf8:)`) against the
/// paths they go before (`ofMatchKey`, `wordsByTokenizing`, and `ofByAppending`), byte for byte.
@Suite struct NameSkeletonBytesTests {
    static let samples = [
        "", " ", "  ", "a", "Ali Hassan", "ABC def", "الموريسي", "قاآني", "غاني", "غني", "الكاظمي", "ال", "الي", "الحسن",
        "أحمد", "مُحَمَّد", "ـــالله", "بيروت ـ من", "ـ", "\u{064E}", "x \u{064E}\u{0651} y", "إسماعيل غاني", "عبد الله",
        "آل  سعود ", " ابن\u{0670}", "ﻻ", "ﻻ ﷲ", "ال😀x", "a\u{00A0}b", "tab\there", "ابو-بكر", "أبو بكر البغدادي",
        "محمد2", "2محمد", "١٢ علي", "پ چ ژ ڤ ڨ ک گ ی ە", "e\u{0301}", "\u{200C}علي\u{200D}", "الصيد", "السائد",
        "ℌ ①", "ٵ ٶ", "ك\u{063B}\u{063F}", String(repeating: "كلمة عربية ", count: 80), String(repeating: "ب", count: 300),
    ]

    /// Random texts of the scalars the fast paths read, those they leave to the old paths, and spaces.
    static let randomTexts: [String] = {
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        let ranges: [ClosedRange<UInt32>] = [0x0621...0x064A, 0x0621...0x064A, 0x0621...0x064A, 0x0640...0x0640,
                                             0x064B...0x065F, 0x0670...0x0670, 0x20...0x20, 0x20...0x20, 0x41...0x5A,
                                             0x61...0x7A, 0x0600...0x06FF, 0x20...0x7E, 0x00A0...0x00FF, 0x2000...0x206F,
                                             0xFB50...0xFEFF, 0x1F300...0x1F6FF, 0x0300...0x036F, 0x0660...0x0669]
        var out: [String] = []
        for k in 0..<6_000 {
            var v = String.UnicodeScalarView()
            // half of them plain (the first ten ranges only), so the fast paths answer
            let pool = k % 2 == 0 ? 10 : ranges.count
            for _ in 0..<Int(random.next() % 30) {
                let r = ranges[Int(random.next() % UInt64(pool))]
                if let u = Unicode.Scalar(r.lowerBound + UInt32(random.next() % UInt64(r.count))) { v.append(u) }
            }
            out.append(String(v))
        }
        return out
    }()

    @Test func skeletonOnBytesIsTheSkeletonOfTheMatchKey() {
        var onBytes = 0
        for s in Self.samples + Self.randomTexts {
            let fast = NameSkeleton.of(s)
            #expect(Array(fast.utf8) == Array(NameSkeleton.ofMatchKey(s).utf8), "\(s.unicodeScalars.map(\.value))")
            #expect(Array(fast.utf8) == Array(NameSkeleton.ofByAppending(s).utf8), "\(s.unicodeScalars.map(\.value))")
            var t = s
            if t.withUTF8({ NameSkeleton.skeleton(utf8: $0) }) != nil { onBytes += 1 }
        }
        #expect(onBytes > 4_000)   // (the rest hold a scalar that needs NFKC)
        #expect(NameSkeleton.of("قاآني") == "Kن")
        #expect(NameSkeleton.of("الكاظمي") == "KDم")
    }

    @Test func wordsOnBytesAreTheTokenizersWords() {
        var onBytes = 0
        for s in Self.samples + Self.randomTexts {
            let fast = NameSkeleton.words(s)
            let old = NameSkeleton.wordsByTokenizing(s)
            #expect(fast.map { Array($0.utf8) } == old.map { Array($0.utf8) }, "\(s.unicodeScalars.map(\.value))")
            var t = s
            if t.withUTF8({ NameSkeleton.plainWords(utf8: $0) }) != nil { onBytes += 1 }
        }
        #expect(onBytes > 3_000)
        #expect(NameSkeleton.words("بيروت ـ من") == ["بيروت", "من"])
        #expect(NameSkeleton.words("أبو بكر  البغدادي") == ["ابو", "بكر", "البغدادي"])
        #expect(NameSkeleton.words("Ali HASSAN") == ["ali", "hassan"])
    }
}
