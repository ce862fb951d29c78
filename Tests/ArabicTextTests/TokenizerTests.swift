import Testing
@testable import ArabicText

@Suite struct TokenizerTests {
    @Test func offsetsAreScalarOffsets() {
        let text = "قال: مُحَمَّد 3.5 NATO!"
        let t = Tokenizer.tokenize(text)
        #expect(t.map(\.text) == ["قال", ":", "مُحَمَّد", "3.5", "NATO", "!"])
        #expect(t.map(\.kind) == [.word, .punct, .word, .number, .word, .punct])
        let scalars = Array(text.unicodeScalars)
        for tok in t {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[tok.start..<tok.end])
            #expect(String(v) == tok.text)
        }
        #expect(t[2].normalized == "محمد")
        #expect(t[2].start == 5 && t[2].end == 13)
    }

    /// `wordKeys` and `keyedTokens` give what the full tokenizer gives, on mixed texts (compatibility forms that
    /// need NFKC, digits of both kinds, marks, joiners, emoji, Latin, punctuation).
    @Test func wordKeysAreTheTokensKeys() {
        let texts = ["قال: مُحَمَّد 3.5 NATO!", "👍🏽 بغداد e\u{301}te", "عام ٢٠٢٢\u{200F} في\u{00A0}بغداد",
                     "ﻻ ﷲ ﺑﻐﺪﺍﺩ ٣٬٥ ١٫٢", "وَالْمَدْرَسَةِ، لِلْوِزارةِ؛ (أ.ف.ب) «قالت»", "كلمة\u{200C}ثانية ـــ x\u{FE0F} 🇹🇳", "", "  ، ."]
        for text in texts {
            #expect(Tokenizer.wordKeys(text) == Tokenizer.tokenize(text).filter { $0.kind != .punct }.map(\.key), "\(text)")
            let tokens = Tokenizer.tokenize(text), keyed = Tokenizer.keyedTokens(scalars: Array(text.unicodeScalars))
            #expect(keyed.map(\.start) == tokens.map(\.start) && keyed.map(\.end) == tokens.map(\.end))
            #expect(keyed.map(\.text) == tokens.map(\.text) && keyed.map(\.key) == tokens.map(\.key))
            #expect(keyed.map(\.kind) == tokens.map(\.kind))
        }
        #expect(Tokenizer.wordKeys("البصرة، 12") == ["البصره", "12"])
    }

    @Test func markOnlyRunIsPunctuation() {
        // a tatweel standing alone is a dash between a dateline and a byline, not a word a name can run into
        let t = Tokenizer.tokenize("بيروت ـ من سامر ـ")
        #expect(t.map(\.kind) == [.word, .punct, .word, .word, .punct])
        #expect(Tokenizer.tokenize("ـمحمد").map(\.kind) == [.word])
        let s = Array("بيروت ـ".unicodeScalars)
        #expect(Tokenizer.edgeWordKey(in: s, from: 0, to: s.count, last: true) == nil)
        #expect(Tokenizer.edgeWordKey(in: s, from: 5, to: s.count, last: false) == nil)
    }

    @Test func emojiAndCombiningMarks() {
        let t = Tokenizer.tokenize("👍🏽 بغداد e\u{301}te")
        #expect(t.count == 3)
        #expect(t[0].kind == .punct && t[0].end == 2)
        #expect(t[1].text == "بغداد" && t[1].start == 3)
        #expect(t[2].text == "e\u{301}te" && t[2].end - t[2].start == 4)
    }

    @Test func arabicIndicDigitsAndControls() {
        let t = Tokenizer.tokenize("عام ٢٠٢٢\u{200F} في\u{00A0}بغداد")
        #expect(t.map(\.normalized) == ["عام", "2022", "في", "بغداد"])
        #expect(t[1].kind == .number)
    }

    @Test func keyFoldsTehMarbuta() {
        let t = Tokenizer.tokenize("البصرة")
        #expect(t[0].normalized == "البصرة" && t[0].key == "البصره")
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return SentenceSplitter.split(text).map { r in
            var v = String.UnicodeScalarView(); v.append(contentsOf: s[r]); return String(v)
        }
    }

    @Test func splitsOnArabicAndLatinTerminators() {
        #expect(sentences("وصل الوفد. هل انتهى؟ نعم! ثم ماذا؛ لا شيء") ==
                ["وصل الوفد.", "هل انتهى؟", "نعم!", "ثم ماذا؛", "لا شيء"])
    }

    @Test func splitsOnNewlines() {
        #expect(sentences("سطر أول\nسطر ثان\n\n") == ["سطر أول", "سطر ثان"])
    }

    @Test func keepsDecimalsAndAbbreviations() {
        #expect(sentences("بلغ 3.5 مليون. قال د. أحمد شيئا.") == ["بلغ 3.5 مليون.", "قال د. أحمد شيئا."])
    }

    @Test func keepsShortQuotationsTogether() {
        #expect(sentences("قال: «انتهى الأمر. لن نعود» ثم غادر. وانتهى.") ==
                ["قال: «انتهى الأمر. لن نعود» ثم غادر.", "وانتهى."])
        #expect(sentences("قال: \"جاء. ذهب.\" انتهى") == ["قال: \"جاء. ذهب.\"", "انتهى"])
    }

    @Test func offsetsIntoOriginal() {
        let r = SentenceSplitter.split("  أب جد.  هو")
        #expect(r == [2..<8, 10..<12])
    }
}

@Suite struct CliticTests {
    func stems(_ w: String) -> [String] { Clitics.readings(of: ArabicNormalizer.normalize(w)).map(\.stem) }

    @Test func proclitics() {
        #expect(stems("والعراق").contains("العراق"))
        #expect(stems("بالعراق").contains("العراق"))
        #expect(stems("فالعراق").contains("العراق"))
        #expect(stems("وبالعراق").contains("العراق"))
        #expect(stems("للعراق").contains("العراق"))
        #expect(stems("وللعراق").contains("العراق"))
        #expect(Clitics.readings(of: "وبالعراق").first { $0.stem == "العراق" }?.prefixLength == 2)
        #expect(Clitics.readings(of: "للعراق").first { $0.stem == "العراق" }?.prefixLength == 1)
        #expect(Clitics.readings(of: "للعراق").first { $0.stem == "العراق" }?.restoredAlef == true)
        #expect(stems("للبنان").contains("لبنان"))
    }

    @Test func suffixesAreNeverStripped() {
        let r = stems("الحمداني")
        #expect(r == ["الحمداني"])
        #expect(!stems("والحمداني").contains("الحمدان"))
    }

    @Test func tokenItselfComesFirst() {
        #expect(stems("لبنان").first == "لبنان")
        #expect(Clitics.firstReading(of: "لبنان") { $0 == "لبنان" || $0 == "بنان" }?.prefixLength == 0)
    }
}

@Suite struct GazetteerTests {
    @Test func longestMatchAndClitics() {
        var g = Gazetteer<String>()
        g.insert("حزب الله", value: "org1")
        g.insert("كتائب حزب الله", value: "org2")
        g.insert("العراق", value: "place")
        let toks = Tokenizer.tokenize("قالت كتائب حزب الله إن حزب الله وبالعراق")
        let m = g.matches(in: toks)
        #expect(m.map(\.value) == ["org2", "org1", "place"])
        #expect(m[0].tokens == 1..<4)
        #expect(m[2].prefixLength == 2)
    }

    @Test func spacingVariantsShareAnEntry() {
        var g = Gazetteer<Int>()
        g.insert("إسماعيل قاآني", value: 1)
        g.insert("قاآني", value: 2)
        let m = g.matches(in: Tokenizer.tokenize("وأضاف قا آني ثم اسماعيل قاآني"))
        #expect(m.map(\.value) == [2, 1])
        #expect(m[0].tokens == 1..<3)
        #expect(g.lookup("قا آني") == 2)
    }

    @Test func matchMustEndOnTokenBoundary() {
        var g = Gazetteer<Int>()
        g.insert("بغداد", value: 1)
        #expect(g.matches(in: Tokenizer.tokenize("بغدادي")).isEmpty)
    }

    @Test func matchesNamesOfOneTwoAndThreeByteLetters() {
        // the trie is walked on the keys' UTF-8: ASCII, Arabic (two bytes), CJK (three and four bytes)
        var g = Gazetteer<Int>()
        g.insert("Viacom", value: 1)
        g.insert("بي إن سبورت", value: 2)
        g.insert("中国", value: 3)
        g.insert("𠀋中", value: 4)
        let m = g.matches(in: Tokenizer.tokenize("قالت viacom إن وبي إن سبورت و 中国 ثم 𠀋中"))
        #expect(m.map(\.value) == [1, 2, 3, 4])
        #expect(m[1].tokens == 3..<6)
        #expect(m[1].prefixLength == 1)
        #expect(g.matches(in: Tokenizer.tokenize("Viacoms بي إن")).isEmpty)
    }

    @Test func namesBranchingAtOneLetterAreAllFoundAndListedInOrder() {
        // a node's first child is kept apart from its others: names that part after a shared start, at the root
        // (Latin) and deeper (Arabic), each inserted in an order other than their keys' order
        let names = ["محمدين", "محمد", "محمود", "محسن", "محمد علي", "محجوب", "Mark", "Mali", "Mao", "Max"]
        var g = Gazetteer<Int>()
        for (i, n) in names.enumerated() { g.insert(n, value: i) }
        for (i, n) in names.enumerated() { #expect(g.lookup(n) == i, "\(n)") }
        #expect(g.lookup("محم") == nil)
        #expect(g.lookup("محمدي") == nil)
        #expect(g.lookup("Ma") == nil)
        let m = g.matches(in: Tokenizer.tokenize("قال محجوب ومحسن و Max ثم محمد علي ومحمود"))
        #expect(m.map(\.value) == [5, 3, 9, 4, 2])
        var keys: [[UInt8]] = []
        var values: [Int] = []
        g.forEachEntry { keys.append($0); values.append($1) }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(Set(values) == Set(names.indices))
        #expect(keys.count == names.count)
    }

    @Test func prefixOffsetSkipsTashkeel() {
        let t = Tokenizer.tokenize("وَبِالعراق")[0]
        #expect(t.originalOffset(ofFolded: 2) == 4)
    }
}

@Suite struct CliticReadingOrderTests {
    @Test func forEachReadingMatchesReadings() {
        for w in ["والعراق", "للعراق", "وللعراق", "فبغداد", "كالعادة", "بي", "ول", "لل", "محمد", "وبالعراق", "لله"] {
            let key = ArabicNormalizer.matchKey(w)
            var seen: [CliticReading] = []
            Clitics.forEachReading(of: key.unicodeScalars) { drop, prefix, alef in
                let stem = String(String.UnicodeScalarView(key.unicodeScalars.dropFirst(drop)))
                seen.append(CliticReading(stem: alef ? "ا" + stem : stem, prefixLength: prefix, restoredAlef: alef))
            }
            #expect(seen == Clitics.readings(of: key), "\(w)")
        }
    }

    /// `ScalarString.make` gives the string a scalar view appends one scalar at a time (1- to 4-byte
    /// scalars, marks, joiners, empty input), and the folds built on it give the keys the tokens give.
    @Test func scalarStringsAreTheAppendedStrings() {
        for text in ["", "a", "قال: مُحَمَّد 3.5 NATO!", "👩‍👩‍👧 e\u{301}te ﻻ", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"] {
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            #expect(ScalarString.make(scalars) == String(view))
            #expect(Array(ScalarString.make(scalars[...]).utf8) == Array(text.utf8))
            #expect(ScalarString.make(maxScalars: scalars.count) { emit in scalars.forEach { emit($0.value) } } == text)
        }
        #expect(ArabicNormalizer.matchKey("وَالْمَدْرَسَةِ ﻻ") == "والمدرسهلا")
    }
}
