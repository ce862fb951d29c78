import Testing
import TestSupport
@testable import ArabicText

/// Strings made as small strings' words (`SmallUTF8`) against the strings the standard library makes of the same
/// bytes, and the tokenizer's one-pass key and own-key test against the code they replaced (kept here).
@Suite struct SmallUTF8Tests {
    /// The library's own string of `bytes` (validated), as every path made it before.
    static func libraryString(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                _ = out.initialize(from: b)
                return b.count
            }
        }
    }

    static func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    /// `a` and `b` are the same string in every way a reader can tell, and in their representation's bits when small.
    static func expectSame(_ a: String, _ b: String, _ note: String) {
        #expect(a == b, "\(note)")
        #expect(Array(a.utf8) == Array(b.utf8), "\(note)")
        #expect(Array(a.unicodeScalars) == Array(b.unicodeScalars), "\(note)")
        #expect(a.count == b.count, "\(note)")
        #expect(a.hashValue == b.hashValue, "\(note)")
        #expect(Set([b]).contains(a), "\(note)")
        #expect(a.utf8.count == b.utf8.count, "\(note)")
        if b.utf8.count <= 15 {
            #expect(bits(a) == bits(b), "\(note)")
        }
    }

    /// The layout is confirmed on this platform (else every string goes the library's way: correct, only slower,
    /// and this test says so).
    @Test func layoutConfirmed() {
        #expect(SmallUTF8.isAvailable)
    }

    static let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0621...0x064A, 0x064B...0x0670, 0x0600...0x06FF,
                                                 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF, 0x41...0x5A, 0x200B...0x200F]

    /// `ScalarString.make` (a collection and an emitting body) and `SmallUTF8.string(utf8:)` give the library's
    /// strings, on random scalars of 1 to 4 bytes, around the 15 bytes a small string holds.
    @Test func madeStringsAreTheLibrarys() {
        var random = SeededRandom(seed: 43)
        for round in 0..<20_000 {
            let text = random.scalars(from: Self.ranges, maxScalars: 1 + round % 18)
            let scalars = Array(text.unicodeScalars)
            let library = Self.libraryString(Array(text.utf8))
            Self.expectSame(ScalarString.make(scalars[...]), library, text)
            let emitted = ScalarString.make(maxScalars: scalars.count) { emit in scalars.forEach { emit($0.value) } }
            Self.expectSame(emitted, library, text)
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { SmallUTF8.string(utf8: $0) }
            Self.expectSame(fromBytes, library, text)
        }
        for text in ["", "a", "abcdefghijklmno", "abcdefghijklmnop", "العراقي", "العراقيه", "والمدرسة", "😀😀😀😀",
                     "aaaaaaaaaaaaa😀", "aaaaaaaaaaaa😀", "ﻻ", "x\u{301}"] {
            Self.expectSame(ScalarString.make(Array(text.unicodeScalars)[...]), Self.libraryString(Array(text.utf8)), text)
        }
    }

    /// The former `Tokenizer.key`: the fold through `ScalarString.make(maxScalars:)`, NFKC first when needed.
    static func formerKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        for k in a..<b where ArabicNormalizer.needsNFKC(scalars[k].value) {
            return ArabicNormalizer.matchKey(String(String.UnicodeScalarView(scalars[a..<b])))
        }
        var view = String.UnicodeScalarView()
        for s in scalars[a..<b] {
            guard let f = ArabicNormalizer.foldScalar(s.value, matchForm: true), f != 0x20 else { continue }
            view.append(Unicode.Scalar(f)!)
        }
        return String(view)
    }

    /// The former `Tokenizer.isOwnKey`.
    static func formerIsOwnKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        for k in a..<b {
            let v = scalars[k].value
            if v == 0x20 || ArabicNormalizer.needsNFKC(v) || ArabicNormalizer.foldScalar(v, matchForm: true) != v { return false }
        }
        return true
    }

    /// Every bit of `ownArabicLetters` is `isOwnKeyScalar` of its letter; `isOwnKey` of every one-scalar text from
    /// U+0000 to U+2FFFF is the former test's, and the key of every such scalar written twice the former key.
    @Test func ownKeyTestIsTheFormer() {
        for v in UInt32(0x0621)...0x064A {
            #expect((Tokenizer.ownArabicLetters >> UInt64(v - 0x0621) & 1 == 1) == Tokenizer.isOwnKeyScalar(v), "\(v)")
        }
        #expect(Tokenizer.ownArabicLetters >> 42 == 0)
        for v in UInt32(0)...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Tokenizer.isOwnKey([s], 0, 1) == Self.formerIsOwnKey([s], 0, 1), "\(v)")
            #expect(Tokenizer.key([s, s], 0, 2) == Self.formerKey([s, s], 0, 2), "\(v)")
        }
    }

    /// Tokens' keys and own-key answers are the former ones on random texts of Arabic words, marks, capitals,
    /// compatibility forms and other scripts, and on words of 7 and 8 letters (14 and 16 bytes).
    @Test func tokenKeysAreTheFormer() {
        var random = SeededRandom(seed: 1643)
        let pieces = ["قال", "الحكومة", "إن", "أمريكا", "ى", "ة", "ـ", "ً", "ّ", " ", " ", "NATO", "Nato", "ﻻ", "ﷲ", "پ", "ی",
                      "٣٫٥", "12", "\u{200C}", "\u{200D}", "é", "e\u{301}", "😀", "،", "«", "بالمستشفيات", "والمدرسة",
                      "العراقيه", "العراقية", "Ⅻ", "ｆｕｌｌ", "ـــ", "\u{0670}", "ٱ", "ک", "ABCDEFGHIJKLMNOP"]
        var compared = 0
        for _ in 0..<6_000 {
            let text = random.text(of: pieces, maxPieces: 10)
            let scalars = Array(text.unicodeScalars)
            for t in Tokenizer.tokenize(scalars: scalars) {
                #expect(Tokenizer.key(scalars, t.start, t.end) == Self.formerKey(scalars, t.start, t.end), "\(t.text)")
                #expect(Array(t.key.utf8) == Array(Self.formerKey(scalars, t.start, t.end).utf8), "\(t.text)")
                #expect(Tokenizer.isOwnKey(scalars, t.start, t.end) == Self.formerIsOwnKey(scalars, t.start, t.end), "\(t.text)")
                #expect(t.key == ArabicNormalizer.matchKey(t.text), "\(t.text)")
                #expect(Array(t.text.unicodeScalars) == Array(scalars[t.start..<t.end]), "\(t.text)")
                compared += 1
            }
        }
        #expect(compared > 8_000)
    }
}
