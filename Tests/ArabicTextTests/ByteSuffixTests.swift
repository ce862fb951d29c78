import Testing
@testable import ArabicText

/// `UTF8Key.hasSuffix` (and the substring forms of `hasPrefix`/`hasSuffix`) answer as `String`'s, which compare
/// `Character`s under canonical equivalence, for every kind of scalar around the affix.
@Suite struct ByteSuffixTests {
    /// Words ending (or starting) in the rules' affixes, with the scalars that could change a Character boundary
    /// beside them: marks, a prepend mark (U+0600, U+06DD), a joiner, decomposed and precomposed hamza letters,
    /// ASCII, CJK and an emoji.
    static let texts: [String] = {
        let bodies = ["", "ا", "ال", "الحكوم", "كتاب", "a", "中", "😀", "\u{0600}", "\u{06DD}", "\u{200D}", "\u{064E}",
                      "ا\u{0653}", "آ", "لل", " ", "1", "\u{0670}", "\u{FEFF}"]
        let affixes = ["ي", "يه", "ات", "نا", "ها", "هما", "ون", "ين", "ه", "ة", "ا", "ءا", "ال", "لل", "بال", "ي\u{064E}",
                       "\u{064E}ي", "أ", "ا\u{0654}", "x", ""]
        var out: [String] = []
        for b in bodies {
            for a in affixes {
                out.append(b + a)
                out.append(a + b)
                out.append(b + a + b)
            }
        }
        return out
    }()

    static let affixes = ["ي", "يه", "ات", "نا", "ها", "هما", "ون", "ين", "ه", "ة", "ا", "ءا", "ال", "لل", "بال", "الم",
                          "أ", "آ", "ئ", "ي\u{064E}", "x", "ab", "😀", "\u{0600}"]

    @Test func byteSuffixIsStringSuffix() {
        var decidedOnBytes = 0
        for s in Self.texts {
            for p in Self.affixes {
                #expect(UTF8Key.hasSuffix(s, p) == s.hasSuffix(p), "\(s.unicodeScalars.map(\.value)) \(p)")
                let sub = Substring(s)
                #expect(UTF8Key.hasSuffix(sub, p) == sub.hasSuffix(p), "\(s) \(p)")
                #expect(UTF8Key.hasPrefix(sub, p) == sub.hasPrefix(p), "\(s) \(p)")
                if s.hasSuffix(p), !p.isEmpty, p.unicodeScalars.first!.value >= 0x0621 { decidedOnBytes += 1 }
            }
        }
        #expect(decidedOnBytes > 100)
        // a prepend mark before the affix: the bytes match, the Characters do not
        #expect(!"\u{0600}ي".hasSuffix("ي"))
        #expect(!UTF8Key.hasSuffix("\u{0600}ي", "ي"))
        #expect(UTF8Key.hasSuffix("العربي", "ي"))
        #expect(!UTF8Key.hasSuffix("العربي\u{064E}", "ي"))
    }

    @Test func substringsOfLongerStrings() {
        for s in Self.texts where s.count >= 2 {
            for sub in [s.dropFirst(), s.dropLast(), s.dropFirst().dropLast()] {
                for p in Self.affixes {
                    #expect(UTF8Key.hasSuffix(sub, p) == sub.hasSuffix(p), "\(s) \(p)")
                    #expect(UTF8Key.hasPrefix(sub, p) == sub.hasPrefix(p), "\(s) \(p)")
                }
            }
        }
    }
}

/// `NameSkeleton.of`, made in one step, is the skeleton made by appending scalars.
@Test func nameSkeletonsAreTheAppendedOnes() {
    let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىآأإئؤ")
    var words = ["الموريسي", "قاآني", "غاني", "غني", "الكاظمي", "ال", "الي", "الحسن", "أحمد", "", "abc", "ال😀x", "مُحَمَّد",
                 "ﻻ", "الصيد", "السائد", "Ali", "ألف"]
    for a in letters { for b in letters { words.append("ال\(a)\(b)ي"); words.append("\(a)ل\(b)") } }
    for w in words { #expect(NameSkeleton.of(w) == NameSkeleton.ofByAppending(w), "\(w)") }
    #expect(NameSkeleton.of("قاآني") == "Kن")
}
