import Foundation
import Testing
@testable import Sitegen
import TestSupport

/// `ScalarCursor` (scalars skipped eight bytes at a time) against the byte-by-byte walk it replaced in
/// `ArticleBody.split` and `ScalarOffsets.utf8Offset`.
@Suite struct ScalarCursorTests {
    /// The walk as it was: from the start of scalar `scalar` at `byte`, one scalar at a time.
    static func walk(_ b: UnsafeBufferPointer<UInt8>, byte: inout Int, scalar: inout Int, to n: Int) -> Int {
        while scalar < n && byte < b.count {
            byte += 1
            while byte < b.count && b[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }

    @Test func advancesAsTheByteWalk() {
        var r = SeededRandom(seed: 31)
        // one-, two-, three- and four-byte scalars, in runs of one kind and mixed
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x621...0x64A, 0x64B...0x652, 0x2000...0x206F, 0xFB50...0xFDFF, 0x1F300...0x1F64F]
        for round in 0..<3_000 {
            var text = round % 4 == 0 ? String(repeating: "ب", count: r.below(40)) : r.scalars(from: ranges, maxScalars: 80)
            let total = text.unicodeScalars.count
            let shown = text  // (read in the closure: `text` is being accessed by `withUTF8`)
            text.withUTF8 { b in
                var cursor = ScalarCursor()
                var byte = 0, scalar = 0
                var n = 0
                while n <= total + 2 {
                    let got = cursor.advance(to: n, in: b)
                    let want = Self.walk(b, byte: &byte, scalar: &scalar, to: n)
                    #expect(got == want, "\(shown.debugDescription) \(n)")
                    #expect(cursor.byte == byte && cursor.scalar == scalar, "\(shown.debugDescription) \(n)")
                    n += r.below(round % 2 == 0 ? 3 : 20)
                }
                // from a scalar inside the text, as `ScalarOffsets` starts from its checkpoints
                for start in 0...total {
                    let from = shown.utf8.distance(from: shown.startIndex, to: shown.unicodeScalars.index(shown.unicodeScalars.startIndex, offsetBy: start))
                    for k in [0, 1, 7, 8, 9, 31] {
                        var c = ScalarCursor(byte: from)
                        var byte = from, scalar = 0
                        #expect(c.advance(to: k, in: b) == Self.walk(b, byte: &byte, scalar: &scalar, to: k), "\(shown.debugDescription) \(start) \(k)")
                    }
                }
            }
        }
    }

    /// `ScalarOffsets.utf8Offset` finds every scalar of random texts, as the string's own index does.
    @Test func scalarOffsetsFindEveryScalar() {
        var r = SeededRandom(seed: 5)
        for _ in 0..<300 {
            var text = r.scalars(from: [0x20...0x7E, 0x621...0x64A, 0x1F300...0x1F64F, 0x2000...0x206F], maxScalars: 200)
            let table = ScalarOffsets(text)
            let offsets = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [text.utf8.count]
            text.withUTF8 { b in
                for n in 0...table.count { #expect(table.utf8Offset(of: n, in: b) == offsets[n]) }
            }
        }
    }
}
