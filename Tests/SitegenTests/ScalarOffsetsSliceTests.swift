import Testing
import TestSupport
@testable import Sitegen

/// `ScalarOffsets.slice` cuts a string's scalars without decoding its bytes again: byte for byte what decoding the
/// bytes between the two scalars' offsets gave (the code it replaced, kept here), also where a slice starts or ends
/// inside a grapheme cluster (a combining mark, a ZWJ sequence, CR LF).
@Suite struct ScalarOffsetsSliceTests {
    private static func sliceByDecoding(_ text: String, _ start: Int, _ end: Int) -> [UInt8] {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start < end else { return [] }
        var bytes: [UInt8] = []
        for s in scalars[start..<end] { bytes.append(contentsOf: Array(String(s).utf8)) }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    @Test func sameBytesAsDecoding() {
        let pieces = ["ق", "ا", "ل", " ", "e", "\u{301}", "\u{650}", "\u{200D}", "👍", "🏽", "\r", "\n", "a", "١", "\u{0}", "🇸🇦", "ﷺ"]
        var r = SplitMix64(seed: 4302)
        for _ in 0..<1_500 {
            let text = (0..<Int.random(in: 0...80, using: &r)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &r)] }.joined()
            let offsets = ScalarOffsets(text)
            for _ in 0..<12 {
                let start = Int.random(in: -2...(offsets.count + 2), using: &r), end = start + Int.random(in: -1...40, using: &r)
                #expect(Array(offsets.slice(text, start, end).utf8) == Self.sliceByDecoding(text, start, end))
            }
        }
    }
}
