import Testing
@testable import ArabicText

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
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0600...0x06FF, 0x0600...0x06FF, 0x00A0...0x00FF, 0x2000...0x206F,
                                             0xFB50...0xFEFF, 0x1F300...0x1F6FF, 0x0300...0x036F]
        for _ in 0..<3_000 {
            var v = String.UnicodeScalarView()
            for _ in 0..<Int(next() % 40) {
                let r = ranges[Int(next() % UInt64(ranges.count))]
                if let u = Unicode.Scalar(r.lowerBound + UInt32(next() % UInt64(r.count))) { v.append(u) }
            }
            let s = String(v)
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

/// `ArabicNormalizer.foldScalar` with the Arabic letters tested first, against the switch it had before.
@Suite struct FoldScalarTests {
    static func foldScalarAsBefore(_ v: UInt32, matchForm: Bool) -> UInt32? {
        if v < 0x80 {
            if matchForm && v >= 0x41 && v <= 0x5A { return v + 32 }
            return v
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return nil
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x0626, 0x06CC, 0x06D0, 0x06D2: return 0x064A
        case 0x0624: return 0x0648
        case 0x06A9, 0x06AA, 0x06AF: return 0x0643
        case 0x06C0, 0x06C1, 0x06C2, 0x06D5, 0x06BE: return 0x0647
        case 0x0629: return matchForm ? 0x0647 : v
        case 0x067E: return 0x0628
        case 0x0686: return 0x062C
        case 0x0698: return 0x0632
        case 0x06A4: return 0x0641
        case 0x06A8: return 0x0642
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x066B: return 0x2E
        case 0x066C, 0x060C: return 0x2C
        case 0x066A: return 0x25
        case 0x061B: return 0x3B
        case 0x061F: return 0x3F
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F: return 0x22
        default: return v
        }
    }

    @Test func everyScalarFoldsAsBefore() {
        var differing = 0
        for v in UInt32(0)...0x10FFFF {
            for matchForm in [false, true] where ArabicNormalizer.foldScalar(v, matchForm: matchForm) != Self.foldScalarAsBefore(v, matchForm: matchForm) {
                differing += 1
            }
        }
        #expect(differing == 0)
    }
}
