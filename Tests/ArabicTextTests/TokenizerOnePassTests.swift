import Testing
@testable import ArabicText

/// `Tokenizer.make` (session 41: the text's byte count, the own-key test and the compatibility test in one pass,
/// a key unlike the text folded into a buffer on the stack) gives the tokens `makeByPasses`, the path it replaced,
/// gives: the same range, kind and the same bytes of text and key, for every token of mixed texts and of random
/// scalar sequences, and for random ranges of them (`edgeWordKey` makes tokens of ranges the scan did not cut).
@Suite struct TokenizerOnePassTests {
    static func same(_ x: Token, _ y: Token) -> Bool {
        x.start == y.start && x.end == y.end && x.kind == y.kind
            && Array(x.text.utf8) == Array(y.text.utf8) && Array(x.key.utf8) == Array(y.key.utf8)
    }

    /// Scalars of every kind the fold treats apart: Arabic letters that fold and that do not, ة, tatweel, tashkeel,
    /// Persian and Urdu letters, presentation forms and other compatibility forms (NFKC), spaces that fold to a
    /// space, invisible controls, joiners, Latin of both cases, digits of three kinds, punctuation, emoji.
    static let alphabet: [UInt32] = [
        0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062C, 0x062F, 0x0631,
        0x0633, 0x0639, 0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x0649, 0x064A,
        0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0655, 0x0670, 0x0671, 0x067E, 0x0686, 0x0698, 0x06A4, 0x06A9,
        0x06AF, 0x06BE, 0x06C1, 0x06CC, 0x06D2, 0x06D5, 0x0675, 0x0660, 0x0669, 0x06F4, 0x066B, 0x066C, 0x060C,
        0xFEFB, 0xFDF2, 0xFE8D, 0xFB50, 0x00A0, 0x2009, 0x202F, 0x200B, 0x200C, 0x200D, 0x200F, 0x061C, 0xFEFF,
        0x0041, 0x005A, 0x0061, 0x007A, 0x0045, 0x0301, 0x0030, 0x0039, 0x002E, 0x002C, 0x0020, 0x0021, 0x00AB,
        0x00BB, 0x00B2, 0x00BD, 0x2026, 0x2122, 0xFF21, 0x1D400, 0x1F44D, 0x1F3FD, 0xFE0F, 0x20E3, 0x1F1F9,
    ]

    static func randomScalars(_ count: Int, using rng: inout some RandomNumberGenerator) -> [Unicode.Scalar] {
        (0..<count).map { _ in Unicode.Scalar(alphabet.randomElement(using: &rng)!)! }
    }

    static let texts = [
        "قال: مُحَمَّد 3.5 NATO!", "👍🏽 بغداد e\u{301}te", "عام ٢٠٢٢\u{200F} في\u{00A0}بغداد",
        "ﻻ ﷲ ﺑﻐﺪﺍﺩ ٣٬٥ ١٫٢", "وَالْمَدْرَسَةِ، لِلْوِزارةِ؛ (أ.ف.ب) «قالت»", "كلمة\u{200C}ثانية ـــ x\u{FE0F} 🇹🇳",
        "الحكومة التونسية أعلنت إبّان الأزمة أن الرئيس قيس سعيّد سيزور باريس ولندن", "ٱلْإِمَارَاتُ گاندی پاکستان",
        "NASA وCNN وال Fifa ¹²³ ½ …", "",
    ]

    @Test func tokensOfTextsAreTheFormerTokens() {
        var keyed = 0
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            Tokenizer.scan(scalars) { a, b, kind in
                let fast = Tokenizer.make(scalars, a, b, kind), former = Tokenizer.makeByPasses(scalars, a, b, kind)
                #expect(Self.same(fast, former), "\(former.text)")
                if !UTF8Key.sameBytes(former.text, former.key) { keyed += 1 }
            }
        }
        #expect(keyed > 10)
    }

    @Test func tokensOfRandomScalarsAreTheFormerTokens() {
        var rng = SystemRandomNumberGenerator()
        var tokens = 0, keyed = 0, long = 0
        for round in 0..<3_000 {
            let scalars = Self.randomScalars(1 + round % 60, using: &rng)
            Tokenizer.scan(scalars) { a, b, kind in
                let fast = Tokenizer.make(scalars, a, b, kind), former = Tokenizer.makeByPasses(scalars, a, b, kind)
                #expect(Self.same(fast, former), "\(scalars[a..<b].map { String($0.value, radix: 16) })")
                tokens += 1
                if !UTF8Key.sameBytes(former.text, former.key) { keyed += 1 }
            }
            // any range, as `edgeWordKey` asks (and ranges past the stack buffer's 128 scalars)
            let a = Int.random(in: 0..<scalars.count, using: &rng), b = Int.random(in: (a + 1)...scalars.count, using: &rng)
            #expect(Self.same(Tokenizer.make(scalars, a, b, .word), Tokenizer.makeByPasses(scalars, a, b, .word)))
            if round % 100 == 0 {
                let longer = Self.randomScalars(120 + round % 40, using: &rng)
                #expect(Self.same(Tokenizer.make(longer, 0, longer.count, .word), Tokenizer.makeByPasses(longer, 0, longer.count, .word)))
                long += 1
            }
        }
        #expect(tokens > 10_000 && keyed > 1_000 && long == 30)
    }
}
