import Testing
@testable import ArabicText
import TestSupport

/// `ArabicNormalizer.searchKey` (whitespace collapsed on the fold's bytes) against the scalar version it replaces.
@Suite struct SearchKeyBytesTests {
    @Test func searchKeyIsTheScalarKeyForSamples() {
        let samples = FoldBytesTests.samples + [
            "  ", " x", "x ", "  x  y  ", "\n", "\tقال\r\n هو ", "a\u{00A0}\u{00A0}b", "الأنبار ", " إيران",
            "x\u{200B} y", "\u{3000}z\u{3000}", "ﻻ  ﻻ", "مدينة  البصرة", "a \n\t\r b",
        ]
        for s in samples {
            #expect(Array(ArabicNormalizer.searchKey(s).utf8) == Array(ArabicNormalizer.searchKeyByScalars(s).utf8), "\(s)")
        }
    }

    @Test func searchKeyIsTheScalarKeyForRandomText() {
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        // spaces of every kind often, so runs, leading and trailing ones are common
        let ranges: [ClosedRange<UInt32>] = [0x20...0x20, 0x09...0x0D, 0x20...0x7E, 0x0600...0x06FF, 0x0600...0x06FF,
                                             0x00A0...0x00FF, 0x2000...0x206F, 0xFB50...0xFEFF, 0x1F300...0x1F6FF]
        for _ in 0..<5_000 {
            let s = random.scalars(from: ranges, maxScalars: 30)
            #expect(Array(ArabicNormalizer.searchKey(s).utf8) == Array(ArabicNormalizer.searchKeyByScalars(s).utf8), "\(s)")
        }
    }
}
