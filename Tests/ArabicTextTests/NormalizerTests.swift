import Testing
@testable import ArabicText

@Suite struct NormalizerTests {
    @Test func removesTashkeelAndTatweel() {
        #expect(ArabicNormalizer.normalize("مُحَمَّدٌ") == "محمد")
        #expect(ArabicNormalizer.normalize("عـــراق") == "عراق")
        #expect(ArabicNormalizer.normalize("رحمٰن") == "رحمن")
    }

    @Test func foldsAlefYehWawHamza() {
        #expect(ArabicNormalizer.normalize("أإآٱ") == "اااا")
        #expect(ArabicNormalizer.normalize("مصطفى") == "مصطفي")
        #expect(ArabicNormalizer.normalize("مؤتمر") == "موتمر")
        #expect(ArabicNormalizer.normalize("رئيس") == "رييس")
    }

    @Test func foldsPersianLetters() {
        #expect(ArabicNormalizer.normalize("کرکوک") == "كركوك")
        #expect(ArabicNormalizer.normalize("ایران") == "ايران")
        #expect(ArabicNormalizer.normalize("گ") == "ك")
        #expect(ArabicNormalizer.normalize("ۀہ") == "هه")
        #expect(ArabicNormalizer.normalize("پچژ") == "بجز")
    }

    @Test func foldsTheMaghrebiG() {
        // ڨ writes the Maghrebi «g» that the standard spelling writes ق: one key for both
        #expect(ArabicNormalizer.matchKey("بنڨردان") == ArabicNormalizer.matchKey("بنقردان"))
        #expect(ArabicNormalizer.searchKey("الڨصرين") == ArabicNormalizer.searchKey("القصرين"))
        // ڤ keeps its «v» sense (فيينا)
        #expect(ArabicNormalizer.normalize("ڤيينا") == "فيينا")
    }

    @Test func foldsDigits() {
        #expect(ArabicNormalizer.normalize("٢٠٢٢") == "2022")
        #expect(ArabicNormalizer.normalize("۱۴") == "14")
        #expect(ArabicNormalizer.normalize("٣٫٥") == "3.5")
    }

    @Test func stripsControlsAndUnifiesSpaces() {
        #expect(ArabicNormalizer.normalize("ب\u{200F}غداد\u{200B}") == "بغداد")
        #expect(ArabicNormalizer.normalize("\u{202B}نص\u{202C}\u{2067}x\u{2069}\u{061C}") == "نصx")
        #expect(ArabicNormalizer.normalize("a\u{00A0}b") == "a b")
    }

    @Test func unifiesPunctuation() {
        #expect(ArabicNormalizer.normalize("،؛؟") == ",;?")
        #expect(ArabicNormalizer.normalize("«نص» “x” „y") == "\"نص\" \"x\" \"y")
    }

    @Test func compatibilityFormsGoThroughNFKC() {
        // presentation forms: lam-alef ligature and isolated beh
        #expect(ArabicNormalizer.needsCompatibilityFold("\u{FEFB}"))
        #expect(!ArabicNormalizer.needsCompatibilityFold("بغداد 2022"))
        #expect(ArabicNormalizer.normalize("\u{FEFB}") == "لا")
        #expect(ArabicNormalizer.normalize("\u{FE8F}") == "ب")
    }

    @Test func tehMarbutaOnlyInMatchKey() {
        #expect(ArabicNormalizer.normalize("حمزة") == "حمزة")
        #expect(ArabicNormalizer.matchKey("حمزة") == "حمزه")
        #expect(ArabicNormalizer.searchKey("مدينة  البصرة") == "مدينه البصره")
    }

    @Test func matchKeyIgnoresSpacingAndCase() {
        #expect(ArabicNormalizer.matchKey("قا آني") == ArabicNormalizer.matchKey("قاآني"))
        #expect(ArabicNormalizer.matchKey("عبد الله") == ArabicNormalizer.matchKey("عبدالله"))
        #expect(ArabicNormalizer.matchKey("NATO") == "nato")
        #expect(ArabicNormalizer.matchKey("قاسم") != ArabicNormalizer.matchKey("قاآني"))
    }
}
