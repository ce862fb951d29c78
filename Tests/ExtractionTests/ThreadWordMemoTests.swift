import ArabicText
import Testing
import TestSupport
@testable import Extraction

/// The sentence words' readings and list bits kept per thread by the key's small-string words (`ThreadWordMemo`)
/// against the way they were made before, kept here: the shared memo for a word with more readings than its key,
/// `[key]` and its looked-up bits for any other token.
@Suite struct ThreadWordMemoTests {
    /// `SentenceWords.word(start:end:text:key:kind:)` before the thread's memo.
    static func wordBefore(_ t: Tokenizer.KeyedToken) -> SentenceWords.Word {
        if t.kind == .word && !SentenceWords.readingsAreTheKey(t.key) {
            let known = SentenceWords.cachedReadingsAndLists(of: t.key)
            return SentenceWords.Word(start: t.start, end: t.end, text: t.text, key: t.key, readings: known.readings,
                                      lists: known.lists, isNumber: false, isPunct: false)
        }
        return SentenceWords.Word(start: t.start, end: t.end, text: t.text, key: t.key, readings: [t.key],
                                  isNumber: t.kind == .number, isPunct: t.kind == .punct)
    }

    static func same(_ x: SentenceWords.Word, _ y: SentenceWords.Word) -> Bool {
        x.start == y.start && x.end == y.end && x.text == y.text && x.key == y.key && x.readings == y.readings
            && x.lists == y.lists && x.isNumber == y.isNumber && x.isPunct == y.isPunct
    }

    /// Sentences of the lists' keys with clitics, random letters, digits, marks and symbols, long words among them
    /// (keys past 15 bytes are worked out each time); each twice, so that the second reads the memo.
    @Test func wordsAreTheWordsMadeBefore() {
        var random = SeededRandom(seed: 0x7E_AD_44)
        let pieces = WordListBitsTests.pieces() + ["والمستشفيات", "بالمستشفيات", "فالمحتجزين", "والاستثنائية", "أإآؤئ",
                                                    "1,200", "٣٤", "ـ", "«", "»", "؟", "!", "😀", "x\u{0301}", "ﻻ"]
        var tokens = 0
        for round in 0..<2_000 {
            var text = (0..<(1 + random.below(25))).map { _ in WordListBitsTests.word(&random, pieces) }.joined(separator: " ")
            if round % 3 == 0 {
                text += " " + random.scalars(from: [0x0621...0x064A, 0x064B...0x0652, 0x0030...0x0039, 0x0020...0x0040,
                                                   0x0041...0x007A, 0x0660...0x0669], maxScalars: 40)
            }
            let scalars = Array(text.unicodeScalars)
            let span = TextSpan(block: 0, start: 0, end: scalars.count)
            let before = Tokenizer.keyedTokens(scalars: scalars).map(Self.wordBefore)
            for _ in 0..<2 {
                let now = SentenceWords(block: scalars, span: span).words
                let fromBlock = SentenceWords(block: scalars, span: span, blockTokens: Tokenizer.tokenize(scalars: scalars)).words
                #expect(now.count == before.count && fromBlock.count == before.count, "\(round)")
                for (x, y) in zip(now, before) { #expect(Self.same(x, y), "\(round): \(y.key)") }
                for (x, y) in zip(fromBlock, before) { #expect(Self.same(x, y), "\(round): \(y.key)") }
            }
            tokens += before.count
        }
        #expect(tokens > 20_000)
    }

    /// More distinct keys than the memo has slots: a slot taken by another key gives that key's answer, never the
    /// one it held; a token's kind is part of what a slot holds.
    @Test func slotsTakenByOtherKeys() {
        guard let memo = ThreadWordMemo.current() else { return }
        var random = SeededRandom(seed: 0x5107)
        var keys: [String] = []
        for _ in 0..<(3 << ThreadWordMemo.slotBits) {
            keys.append(random.scalars(from: [0x0627...0x064A], maxScalars: 7))
        }
        keys += ["وال", "والقتلى", "شخصا", "2019", ":", "", "وبالمستشفى"]
        for pass in 0..<2 {
            for key in keys {
                for isWord in [true, false] {
                    let kept = memo.readingsAndLists(of: key, isWord: isWord)
                    let made = SentenceWords.readingsAndLists(ofKey: key, isWord: isWord)
                    #expect(kept.readings == made.readings && kept.lists == made.lists, "\(pass) \(key) \(isWord)")
                }
            }
        }
    }

    /// Keys of seven Arabic letters or fewer are small strings, the same words however their bytes were made; longer ones are not.
    @Test func smallKeysAreTheirWords() {
        guard SmallUTF8.isAvailable else { return }
        for key in ["قال", "والقتلى", "abc", "ال", "2019", "مستشفي"] {
            let bits = unsafeBitCast(key, to: (UInt64, UInt64).self)
            #expect(bits.1 & (1 << 61) != 0, "\(key)")
            // (the same bytes made again, in another way: the same words)
            let again = String(decoding: Array(key.utf8), as: UTF8.self)
            let bitsAgain = unsafeBitCast(again, to: (UInt64, UInt64).self)
            #expect(bits.0 == bitsAgain.0 && bits.1 == bitsAgain.1, "\(key)")
        }
        for long in ["مستشفيات", "والاستثنائيةوالمستشفيات"] {
            // (eight Arabic letters are 16 bytes: no small string)
            let made = String(decoding: Array(long.utf8), as: UTF8.self)
            #expect(unsafeBitCast(made, to: (UInt64, UInt64).self).1 & (1 << 61) == 0, "\(long)")
        }
    }
}
