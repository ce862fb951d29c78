import Testing
@testable import ArabicText
import TestSupport

/// `ArabicNormalizer.fold` on the UTF-8 bytes (`foldBytes`) against the scalar path it goes before (`foldScalars`).
@Suite struct FoldBytesTests {
    static let samples = [
        "", " ", "a", "ABC def", "وزارة الداخلية", "أُعلنَ إِسلام آمنة ٱلله", "مُحَمَّد", "ـــالله", "مدرسة ى ة",
        "١٢٣ ۴۵۶ ٫ ٬ ٪ ، ؛ ؟", "«قال» “هو” „x‟", "a\u{00A0}b\u{2003}c\u{3000}d", "\u{200B}\u{200F}\u{061C}x\u{FEFF}",
        "پ چ ژ ڤ ڨ ک ڪ گ ی ې ے ۀ ہ ۂ ە ھ ؤ ئ", "ﻻ ﷲ ﺑﺴﻢ", "x\u{00A8}y", "ٵ ٶ", "ℌ ① ｆｕｌｌ", "𝐀𝐁", "👍🏽 🇹🇳",
        "tab\there\nnew\rline", "e\u{0301}", String(repeating: "كلمة عربية طويلة ", count: 60),
        String(repeating: "ﻻ", count: 300), String(repeating: "ab", count: 256), String(repeating: "ب", count: 256),
    ]

    @Test func foldOfBytesIsTheFoldOfScalars() {
        for s in Self.samples {
            for (matchForm, keepSpaces) in [(true, false), (true, true), (false, true), (false, false)] {
                #expect(ArabicNormalizer.fold(s, matchForm: matchForm, keepSpaces: keepSpaces)
                        == ArabicNormalizer.foldScalars(s, matchForm: matchForm, keepSpaces: keepSpaces), "\(s)")
                let a = Array(ArabicNormalizer.fold(s, matchForm: matchForm, keepSpaces: keepSpaces).utf8)
                let b = Array(ArabicNormalizer.foldScalars(s, matchForm: matchForm, keepSpaces: keepSpaces).utf8)
                #expect(a == b, "\(s)")
            }
        }
    }

    @Test func foldOfBytesIsTheFoldOfScalarsForRandomText() {
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0600...0x06FF, 0x0600...0x06FF, 0x00A0...0x00FF, 0x2000...0x206F,
                                             0xFB50...0xFEFF, 0x1F300...0x1F6FF, 0x0300...0x036F]
        for _ in 0..<3_000 {
            let s = random.scalars(from: ranges, maxScalars: 40)
            #expect(Array(ArabicNormalizer.matchKey(s).utf8) == Array(ArabicNormalizer.foldScalars(s, matchForm: true, keepSpaces: false).utf8), "\(s)")
            #expect(Array(ArabicNormalizer.normalize(s).utf8) == Array(ArabicNormalizer.foldScalars(s, matchForm: false, keepSpaces: true).utf8), "\(s)")
        }
    }

    @Test func foldOfBytesLeavesTextThatNeedsNFKC() {
        let ligature = Array("ﻻ".utf8)
        #expect(ligature.withUnsafeBufferPointer { ArabicNormalizer.foldBytes($0, matchForm: true, keepSpaces: false) } == nil)
        let plain = Array("الدولة".utf8)
        #expect(plain.withUnsafeBufferPointer { ArabicNormalizer.foldBytes($0, matchForm: true, keepSpaces: false) } == "الدوله")
    }
}

/// `ArabicNormalizer.foldScalar` with the Arabic letters tested first, against the whole table it goes before.
@Suite struct FoldScalarTests {
    @Test func everyScalarFoldsAsByTheWholeTable() {
        var differing = 0
        for v in UInt32(0)...0x10FFFF {
            for matchForm in [false, true]
            where ArabicNormalizer.foldScalar(v, matchForm: matchForm) != ArabicNormalizer.foldAnyScalar(v, matchForm: matchForm) {
                differing += 1
            }
        }
        #expect(differing == 0)
        #expect(ArabicNormalizer.foldScalar(0x0623, matchForm: true) == 0x0627)
        #expect(ArabicNormalizer.foldScalar(0x0629, matchForm: true) == 0x0647)
        #expect(ArabicNormalizer.foldScalar(0x0629, matchForm: false) == 0x0629)
        #expect(ArabicNormalizer.foldScalar(0x0640, matchForm: true) == nil)
        #expect(ArabicNormalizer.foldScalar(0x0628, matchForm: true) == 0x0628)
    }
}
