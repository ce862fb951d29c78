import Testing
import TestSupport
@testable import ArabicText

/// `Transliterator.slug` on bytes with a table gives what the former loop gave (kept here): one `String` appended a
/// scalar, the letter looked up in `Transliterator.table`, on random texts of every kind of scalar and every length.
@Suite struct TransliteratorBytesTests {
    /// The former `Transliterator.slug`.
    static func formerSlug(_ text: String, maxLength: Int = 60) -> String {
        var out = ""
        var pendingDash = false
        func emit(_ s: String) {
            guard !s.isEmpty else { return }
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A: emit(String(scalar))
            case 0x41...0x5A: emit(String(Unicode.Scalar(v + 32)!))
            case 0x0660...0x0669: emit(String(v - 0x0660))
            case 0x06F0...0x06F9: emit(String(v - 0x06F0))
            case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: continue
            case 0x00C0...0x024F:
                if let folded = formerLatinFold(v) { emit(folded) } else { pendingDash = true }
            default:
                if let r = Transliterator.table[v] { emit(r) } else { pendingDash = true }
            }
            if out.utf8.count >= maxLength { break }
        }
        var slug = String(out.prefix(maxLength))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    static func formerLatinFold(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        default: return nil
        }
    }

    static let pieces = ["قاسم", " ", "سليماني", "-", "،", "ـ", "\u{064E}", "\u{0670}", "ء", "ع", "ثخذشغ", "ڤپچژکگیۀە",
                         "٢٠١٧", "۱۹", "2017", "ABC", "xyz", "Émile", "ñ", "ß", "ø", "\u{200F}", "\u{2067}", "\u{061C}",
                         "😀", "中", "e\u{0301}", "\r\n", "--", ".", "\"", "ٱ", "ى", "ة", "ﻻ", "\u{00A0}"]

    @Test func slugsAsTheFormerLoop() {
        var random = SeededRandom(seed: 0x51A6)
        for round in 0..<30_000 {
            let text = round % 3 == 0
                ? random.scalars(from: [0x20...0x7E, 0xA0...0x24F, 0x0600...0x06FF, 0x0700...0x07FF, 0x2000...0x206F,
                                        0x1F600...0x1F64F, 0xFB50...0xFEFF], maxScalars: 40)
                : random.text(of: Self.pieces, maxPieces: 24)
            let maxLength = [0, 1, 2, 3, 5, 8, 30, 60, 68, 80, 200][random.below(11)]
            #expect(Transliterator.slug(text, maxLength: maxLength) == Self.formerSlug(text, maxLength: maxLength),
                    "\(text.unicodeScalars.map(\.value)) \(maxLength)")
        }
    }

    @Test func edgeCases() {
        for text in ["", " ", "-", "ء", "ع ع", "---a---", "a - b", "ثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثثث", "😀a😀", "١ ٢"] {
            for maxLength in 0...12 {
                #expect(Transliterator.slug(text, maxLength: maxLength) == Self.formerSlug(text, maxLength: maxLength),
                        "\(text) \(maxLength)")
            }
            #expect(Transliterator.slug(text) == Self.formerSlug(text))
        }
        #expect(Transliterator.slug("قاسم سليماني") == "qasm-slymany")
        // every scalar below U+0800 and the invisible controls above it, one by one and between letters
        for v in Array(0..<0x0800) + Array(0x2000...0x206F) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            for text in [String(s), "ب" + String(s) + "ت", "a" + String(s)] {
                #expect(Transliterator.slug(text, maxLength: 4) == Self.formerSlug(text, maxLength: 4), "\(v)")
            }
        }
    }
}
