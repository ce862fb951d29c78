import Testing
@testable import Sitegen
import CSystem
import TestSupport

/// Escaping with the runs found sixteen bytes at a time (`sitegen_markup_plain_prefix`) against the eight-byte word test
/// it replaced (kept here as it was), for the renderer's `{{name}}` (`'` escaped) and cmark-gfm's text (`'` kept).
@Suite struct MarkupScanTests {
    /// The former `MarkupBytes.append`: words of eight bytes tested for the five bytes, then byte by byte.
    static func wordByWord(_ src: [UInt8], apostrophes: Bool) -> [UInt8] {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func mayNeedEscaping(_ w: UInt64) -> Bool {
            let a = (w | ones) ^ (0x27 &* ones), b = (w | (2 &* ones)) ^ (0x3E &* ones), c = w ^ (0x22 &* ones)
            let za = (a &- ones) & ~a, zb = (b &- ones) & ~b, zc = (c &- ones) & ~c
            return (za | zb | zc) & highs != 0
        }
        func replacement(_ b: UInt8) -> String? {
            switch b {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): apostrophes ? "&#39;" : nil
            default: nil
            }
        }
        var out: [UInt8] = []
        src.withUnsafeBytes { raw in
            var plain = 0, i = 0
            let n = src.count
            while i < n {
                if i + 8 <= n, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8; continue }
                let end = min(i + 8, n)
                while i < end {
                    if let r = replacement(src[i]) {
                        out += src[plain..<i]
                        out += Array(r.utf8)
                        plain = i + 1
                    }
                    i += 1
                }
            }
            out += src[plain..<n]
        }
        return out
    }

    static func escaped(_ src: [UInt8], apostrophes: Bool) -> [UInt8] {
        var out: [UInt8] = []
        src.withUnsafeBufferPointer {
            if apostrophes { MarkupBytes.append($0, to: &out) } else { MarkupBytes.appendAsCMark($0, to: &out) }
        }
        return out
    }

    @Test func randomBytesEscapeAsWordByWord() {
        var random = SeededRandom(seed: 0x5EED_4516_7A11_0C01)
        let special: [UInt8] = Array("&<>\"'".utf8) + [0x22 | 0x80, 0x26 | 0x80, 0x3C | 0x80, 0, 0x20, 0x3D, 0x3F, 0x0A]
        var escapedSome = 0
        for _ in 0..<20_000 {
            let n = random.below(random.below(4) == 0 ? 200 : 40)
            let density = 1 + random.below(40)
            let bytes: [UInt8] = (0..<n).map { _ in
                random.below(density) == 0 ? special[random.below(special.count)] : UInt8(0x80 + random.below(64))
            }
            for apostrophes in [true, false] {
                let want = Self.wordByWord(bytes, apostrophes: apostrophes)
                #expect(Self.escaped(bytes, apostrophes: apostrophes) == want, "\(bytes)")
                if want.count != bytes.count { escapedSome += 1 }
            }
        }
        #expect(escapedSome > 10_000)
    }

    /// Every byte value at every place of every length up to 40 (the scanner's sixteen, eight and four-byte loads and
    /// their overlapping last loads), and at an offset from an aligned start.
    @Test func everyByteAtEveryPlace() {
        for n in 1...40 {
            for k in 0..<n {
                for b in 0...255 {
                    var bytes = [UInt8](repeating: 0xD8, count: n + 3)
                    bytes[3 + k] = UInt8(b)
                    let src = Array(bytes[3...])
                    for apostrophes in [true, false] {
                        #expect(Self.escaped(src, apostrophes: apostrophes) == Self.wordByWord(src, apostrophes: apostrophes),
                                "byte \(b) at \(k) of \(n)")
                    }
                    let at = bytes.withUnsafeBufferPointer { sitegen_markup_plain_prefix($0.baseAddress! + 3, n, 1) }
                    #expect(at == (Array("&<>\"'".utf8).contains(UInt8(b)) ? k : n))
                }
            }
        }
    }
}
