import ArabicText
import Testing
import TestSupport
@testable import Extraction

/// The letter counts and articles of a document's surnames (`SurnameShapes`) against the test they stand before in
/// `extractKeepingBlocks`, kept here: a word fits when some surname has its article and a letter count at most one
/// away from its own.
@Suite struct SurnameShapesTests {
    static func fitsSome(_ surnames: [String], _ word: String) -> Bool {
        surnames.contains { last in
            UTF8Key.hasPrefix(last, "ال") == UTF8Key.hasPrefix(word, "ال")
                && abs(UTF8Key.scalarCount(word) - UTF8Key.scalarCount(last)) <= 1
        }
    }

    @Test func shapesFitAsTheSurnamesDo() {
        var random = SeededRandom(seed: 0x5A_44)
        let letters: [ClosedRange<UInt32>] = [0x0627...0x064A]
        func word() -> String {
            let body = random.scalars(from: letters, maxScalars: 1 + random.below(12))
            return random.below(3) == 0 ? "ال" + body : body
        }
        for round in 0..<3_000 {
            let surnames = (0..<random.below(5)).map { _ in word() }
            let shapes = SurnameShapes(surnames)
            for _ in 0..<20 {
                let w = word()
                #expect(shapes.fit(letters: UTF8Key.scalarCount(w), article: UTF8Key.hasPrefix(w, "ال")) == Self.fitsSome(surnames, w),
                        "\(round) \(surnames) \(w)")
                let n = UTF8Key.scalarCount(w)
                #expect(shapes.fit(letters: n) == (shapes.fit(letters: n, article: true) || shapes.fit(letters: n, article: false)))
            }
        }
    }

    @Test func edgeCounts() {
        let long = String(repeating: "ب", count: 70)
        let shapes = SurnameShapes(["غني", "الموريس"])
        #expect(shapes.fit(letters: 2, article: false) && shapes.fit(letters: 3, article: false) && shapes.fit(letters: 4, article: false))
        #expect(!shapes.fit(letters: 5, article: false) && !shapes.fit(letters: 1, article: false))
        #expect(shapes.fit(letters: 6, article: true) && shapes.fit(letters: 8, article: true) && !shapes.fit(letters: 9, article: true))
        #expect(!shapes.fit(letters: 3, article: true))
        // (a surname of 62 letters or more: every count fits, as does a word of 63 or more)
        let longShapes = SurnameShapes([long])
        #expect(longShapes.fit(letters: 69, article: false) && longShapes.fit(letters: 71, article: false) && !longShapes.fit(letters: 4, article: true))
        #expect(shapes.fit(letters: 80, article: true))
        #expect(!SurnameShapes([String]()).fit(letters: 4, article: false))
    }
}

/// The first token ending after an offset, by halves (`NamedAfterPersonRules.firstToken`), against the linear search
/// it replaces, kept here, on the tokens of random texts and every offset.
@Suite struct FirstTokenByHalvesTests {
    @Test func firstTokensAreTheLinearSearchs() {
        var random = SeededRandom(seed: 0xF1_44)
        let pieces = ["مطار", "شارل", "ديغول", " ", " ", "«", "»", "،", ".", "12", "x", "\u{064E}", "ـ", "😀", "\n", "بدار"]
        for _ in 0..<1_500 {
            let tokens = Tokenizer.tokenize(random.text(of: pieces, maxPieces: 30))
            let last = tokens.last?.end ?? 0
            for offset in -1...(last + 1) {
                #expect(NamedAfterPersonRules.firstToken(endingAfter: offset, in: tokens) == tokens.firstIndex { $0.end > offset })
            }
        }
    }
}
