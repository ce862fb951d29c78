import Foundation
import Testing
import TestSupport
@testable import ArabicText

/// `Tokenizer.forEachWordRange(utf8:)` gives the tokens `Tokenizer.forEachWordRange` gives on the text's scalars, as
/// byte ranges.
@Suite struct WordRangeBytesTests {
    /// The scalar ranges of `forEachWordRange`, turned into byte ranges of the text's UTF-8.
    static func expectedRanges(_ text: String) -> [Int] {
        let scalars = ScalarString.scalars(of: text)
        var offsets = [0]
        for s in scalars { offsets.append(offsets.last! + ScalarString.length(s.value)) }
        var out: [Int] = []
        Tokenizer.forEachWordRange(scalars) { a, b in out += [offsets[a], offsets[b]] }
        return out
    }

    static func byteRanges(_ text: String) -> [Int] {
        var text = text
        var out: [Int] = []
        text.withUTF8 { Tokenizer.forEachWordRange(utf8: $0) { a, b in out += [a, b] } }
        return out
    }

    /// Seeded random texts of the pieces each rule of the scan turns on: Arabic letters, tashkeel and tatweel alone or
    /// in words, joiners inside and after words, digits of both kinds with . , ٫ ٬ between them (and at the end), symbols
    /// with variation selectors, skin tones, keycaps, tags, ZWJ sequences and combining marks, spaces and invisibles of
    /// every kind, presentation forms, Latin, and random scalars of every UTF-8 length.
    @Test func rangesAreThoseOfTheScalarScan() {
        var random = SeededRandom(seed: 0xB17E_5CA7_0044)
        let pieces = ["ب", "ت", "ل", "م", "ا", "أ", "ة", "ى", "ـ", "\u{64E}", "\u{651}", "\u{670}", "\u{6D6}", "A", "z", "7", "٣",
                      "۴", ".", ",", "٫", "٬", "ﻻ", "ﷲ", "\u{200C}", "\u{200D}", "\u{200B}", "\u{200F}", "\u{FEFF}", "\u{61C}", "،",
                      "«", "»", "…", "–", " ", "\n", "\u{A0}", "\u{2009}", "\u{3000}", "é", "e\u{301}", "😀", "\u{FE0F}",
                      "\u{1F3FB}", "\u{20E3}", "\u{E0041}", "\u{E007F}", "©", "\u{301}", "♥", "€", "ß", "Ω", "ж", "א", "\u{5B0}",
                      "١٢", "3.5", "1,000", "٢٫٥", "ﺏ", "\u{8A0}", "\u{750}", "\t", "\u{85}", "\u{2028}"]
        var words = 0
        for _ in 0..<20_000 {
            var text = random.text(of: pieces, maxPieces: 14)
            if random.below(3) == 0 {
                text += random.scalars(from: [0x00...0x7F, 0x80...0x7FF, 0x0600...0x06FF, 0x0800...0xFFFF, 0x10000...0x10FFFF,
                                              0x1F300...0x1F3FF, 0xE0000...0xE007F, 0xFE00...0xFE0F, 0x2000...0x206F], maxScalars: 6)
                text += random.text(of: pieces, maxPieces: 4)
            }
            let expected = Self.expectedRanges(text)
            #expect(Self.byteRanges(text) == expected, "\(Array(text.unicodeScalars.map(\.value)))")
            words += expected.count / 2
        }
        #expect(words > 20_000)
    }

    /// Every scalar up to U+1FFFF alone, between letters and after a symbol, a digit and a separator: the class the
    /// table or the full test gives decides the same ranges.
    @Test func everyScalarIsClassedAsTheScalarScanClassesIt() {
        for v in UInt32(0)...0x1FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = String(s)
            for text in [c, "ب" + c + "ت", "1" + c + "2", "♥" + c + "ب", "\u{200D}" + c, "ـ" + c] {
                let expected = Self.expectedRanges(text)
                let got = Self.byteRanges(text)
                if got != expected { Issue.record("U+\(String(v, radix: 16)) in \(Array(text.unicodeScalars.map(\.value)))"); return }
            }
        }
    }

    /// The sample corpus's articles, as written.
    @Test func rangesOfTheSampleArticles() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            let expected = Self.expectedRanges(text)
            #expect(expected.count > 100)
            #expect(Self.byteRanges(text) == expected, "\(file)")
        }
    }
}
