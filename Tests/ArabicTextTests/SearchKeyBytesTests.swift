import Testing
@testable import ArabicText

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
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        // spaces of every kind often, so runs, leading and trailing ones are common
        let ranges: [ClosedRange<UInt32>] = [0x20...0x20, 0x09...0x0D, 0x20...0x7E, 0x0600...0x06FF, 0x0600...0x06FF,
                                             0x00A0...0x00FF, 0x2000...0x206F, 0xFB50...0xFEFF, 0x1F300...0x1F6FF]
        for _ in 0..<5_000 {
            var v = String.UnicodeScalarView()
            for _ in 0..<Int(next() % 30) {
                let r = ranges[Int(next() % UInt64(ranges.count))]
                if let u = Unicode.Scalar(r.lowerBound + UInt32(next() % UInt64(r.count))) { v.append(u) }
            }
            let s = String(v)
            #expect(Array(ArabicNormalizer.searchKey(s).utf8) == Array(ArabicNormalizer.searchKeyByScalars(s).utf8), "\(s)")
        }
    }
}
