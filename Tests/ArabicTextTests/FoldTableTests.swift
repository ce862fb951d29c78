import Testing
import TestSupport
@testable import ArabicText

/// `foldBytes` by `FoldTable` (session 47) against the byte fold it replaced, kept here (`oldFoldBytes`: every scalar
/// decoded and asked `needsNFKC` and `foldScalar`), and `ScalarString.scalarCount` by words against the byte loop.
@Suite struct FoldTableTests {
    /// The former `ArabicNormalizer.foldBytes`, as it was.
    static func oldFoldBytes(_ b: UnsafeBufferPointer<UInt8>, matchForm: Bool, keepSpaces: Bool) -> String? {
        func encode(into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            var i = 0, n = 0
            while i < b.count {
                let (s, next) = ScalarString.decode(b, at: i)
                i = next
                let v = s.value
                if ArabicNormalizer.needsNFKC(v) { return nil }
                guard let f = ArabicNormalizer.foldScalar(v, matchForm: matchForm) else { continue }
                if !keepSpaces && (f == 0x20 || f == 0x0A || f == 0x09 || f == 0x0D) { continue }
                n = ScalarString.write(f, to: out, at: n)
            }
            return n
        }
        var needed = false
        let folded = String(unsafeUninitializedCapacity: b.count) { out in
            guard let n = encode(into: out) else { needed = true; return 0 }
            return n
        }
        return needed ? nil : folded
    }

    static let forms: [(Bool, Bool)] = [(true, false), (true, true), (false, true), (false, false)]

    static func expectSameFold(_ text: String) {
        let bytes = Array(text.utf8)
        for (matchForm, keepSpaces) in forms {
            let new = bytes.withUnsafeBufferPointer { ArabicNormalizer.foldBytes($0, matchForm: matchForm, keepSpaces: keepSpaces) }
            let old = bytes.withUnsafeBufferPointer { Self.oldFoldBytes($0, matchForm: matchForm, keepSpaces: keepSpaces) }
            #expect((new == nil) == (old == nil), "\(text.unicodeScalars.map(\.value)) \(matchForm) \(keepSpaces)")
            if let new, let old {
                #expect(Array(new.utf8) == Array(old.utf8), "\(text.unicodeScalars.map(\.value)) \(matchForm) \(keepSpaces)")
            }
        }
    }

    /// Every scalar of one or two bytes alone, and between Arabic letters.
    @Test func everyScalarOfTwoBytesFoldsAsBefore() {
        for v in UInt32(0)..<0x800 {
            guard let s = Unicode.Scalar(v) else { continue }
            Self.expectSameFold(String(s))
            Self.expectSameFold("ب" + String(s) + "Aة ")
        }
    }

    /// Seeded random texts of every kind of scalar (ASCII, the Arabic block, Latin-1 and its compatibility scalars,
    /// spaces and controls, three- and four-byte scalars, presentation forms), short and long.
    @Test func randomTextsFoldAsBefore() {
        var random = SeededRandom(seed: 0x5EED_0047)
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x41...0x5A, 0x0600...0x06FF, 0x0621...0x064A, 0x0621...0x064A,
                                             0x80...0x7FF, 0xA0...0xBF, 0x2000...0x206F, 0xFB50...0xFEFF, 0x1F300...0x1F6FF,
                                             0x800...0xFFFF, 0x09...0x0D]
        for round in 0..<20_000 {
            Self.expectSameFold(random.scalars(from: ranges, maxScalars: 1 + round % 60))
        }
        for text in ["", " ", "\t\n\r", "ABC", "مدرسة", "ـ", "\u{0675}", "\u{00A8}", "\u{064B}\u{0670}", "«»", "١٢٣",
                     String(repeating: "وزارة الداخلية ", count: 80)] {
            Self.expectSameFold(text)
        }
    }

    /// The byte loop `scalarCount` counted with before.
    static func oldScalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Valid UTF-8 of every length from 0 to 70 bytes, from every offset into a longer text (unaligned words), and
    /// any bytes at all (continuation bytes alone, 0xFF), counted alike.
    @Test func scalarCountByWordsCountsAsTheByteLoop() {
        var random = SeededRandom(seed: 0x5CA1_0047)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0621...0x064A, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF]
        for round in 0..<5_000 {
            let text = round % 40 == 0 ? "" : random.scalars(from: ranges, maxScalars: round % 40)
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                #expect(ScalarString.scalarCount(b) == text.unicodeScalars.count)
                for from in 0...min(b.count, 9) {
                    let rest = UnsafeBufferPointer(rebasing: b[from...])
                    #expect(ScalarString.scalarCount(rest) == Self.oldScalarCount(rest))
                }
            }
            let noise = (0..<(round % 70)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            noise.withUnsafeBufferPointer { b in #expect(ScalarString.scalarCount(b) == Self.oldScalarCount(b)) }
        }
        #expect(ScalarString.scalarCount(UnsafeBufferPointer(start: nil, count: 0)) == 0)
    }
}
