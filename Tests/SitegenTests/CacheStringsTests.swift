import Testing
import TestSupport
@testable import Sitegen

/// The cache's strings (`CacheStrings.string`) check the UTF-8 with a loop of their own: they must accept exactly the
/// bytes the standard library accepts, and make the strings `String(decoding:as:)` made, repaired where the bytes are
/// damaged, byte for byte.
@Suite struct CacheStringsTests {
    /// The old reading.
    private static func decoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func made(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { CacheStrings.string($0) } }

    private static func check(_ bytes: [UInt8], _ comment: Comment? = nil) {
        let valid = bytes.withUnsafeBufferPointer { CacheStrings.validUTF8($0) }
        #expect((valid != nil) == (String(validating: bytes, as: UTF8.self) != nil), comment)
        if let valid { #expect(valid == bytes.allSatisfy { $0 < 0x80 }, comment) }
        let old = decoded(bytes), new = made(bytes)
        #expect(Array(new.utf8) == Array(old.utf8), comment)
        #expect(new == old, comment)
        #expect(new.count == old.count, comment)
        #expect(new.unicodeScalars.elementsEqual(old.unicodeScalars), comment)
    }

    @Test func edgeCases() {
        let cases: [[UInt8]] = [
            [], [0x41], Array("abcdefgh".utf8), Array("abcdefghi".utf8), Array("مرحبا".utf8), Array("abcdefgمرحبا".utf8),
            Array("😀 e\u{301} … ٢٠١٧".utf8), Array("\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}".utf8),
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xC2, 0x80], [0xDF, 0xBF],
            [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0xA0], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF0, 0x90, 0x80],
            Array("abcdefg".utf8) + [0xD8], Array("abcdefgh".utf8) + [0xD8, 0xA7], [0xD8, 0xA7] + Array("abcdefghijk".utf8),
            // eight bytes of two-byte letters, with an overlong lead (C0, C1) or a bad continuation at each place
            [0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB1, 0xD8, 0xA6], [0xC0, 0x80, 0xD9, 0x84, 0xD8, 0xB1, 0xD8, 0xA6],
            [0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB1, 0xC1, 0xBF], [0xD8, 0xA7, 0xC1, 0x84, 0xD8, 0xB1, 0xD8, 0xA6, 0x41],
            [0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xC1, 0xD8, 0xA6], [0xC2, 0x80, 0xC2, 0x80, 0xC2, 0x80, 0xC2, 0x80],
            [0xDF, 0xBF, 0xDF, 0xBF, 0xDF, 0xBF, 0xDF, 0xBF, 0xDF], [0x41, 0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB1, 0xD8, 0xA6],
        ]
        for (i, c) in cases.enumerated() { Self.check(c, "case \(i)") }
    }

    /// Random bytes drawn mostly from the bytes UTF-8 is made of (ASCII, continuation and lead bytes), and random
    /// strings' own bytes, some damaged at one byte.
    @Test func seededRandomBytes() {
        var random = SeededRandom(seed: 0x5EED_5757)
        let pool: [UInt8] = [0x00, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA7, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xD9,
                             0xDF, 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for round in 0..<4000 {
            let n = random.below(24)
            var bytes = (0..<n).map { _ in random.below(3) == 0 ? UInt8(random.below(256)) : pool[random.below(pool.count)] }
            Self.check(bytes, "bytes \(round)")
            // two-byte letters of every lead (C0…DF) and continuation, some ASCII between
            bytes = (0..<random.below(16)).flatMap { _ -> [UInt8] in
                random.below(5) == 0 ? [UInt8(random.below(256))]
                    : [0xC0 | UInt8(random.below(0x20)), random.below(9) == 0 ? UInt8(random.below(256)) : 0x80 | UInt8(random.below(0x40))]
            }
            Self.check(bytes, "letters \(round)")
            let text = random.scalars(from: [0x20...0x7E, 0x600...0x6FF, 0x2000...0x206F, 0x1F600...0x1F64F, 0xE000...0xFFFD,
                                             0x10000...0x10FFFF], maxScalars: 30)
            bytes = Array(text.utf8)
            Self.check(bytes, "text \(round)")
            if !bytes.isEmpty {
                bytes[random.below(bytes.count)] = UInt8(random.below(256))
                Self.check(bytes, "damaged text \(round)")
            }
        }
    }

    /// What `BinaryReader` reads with it: the strings `BinaryWriter` wrote.
    @Test func readerStrings() throws {
        var random = SeededRandom(seed: 42)
        var written: [String] = []
        var w = BinaryWriter()
        for _ in 0..<500 {
            let s = random.scalars(from: [0x20...0x7E, 0x621...0x64A, 0x660...0x669], maxScalars: 40)
            written.append(s)
            w.shortString(s)
            w.string(s)
        }
        var r = BinaryReader(w.bytes)
        for s in written {
            #expect(Array(try r.shortString().utf8) == Array(s.utf8))
            #expect(Array(try r.string().utf8) == Array(s.utf8))
        }
        #expect(r.atEnd)
    }

    /// The old reading of a string table: every string made at once.
    private static func eagerTable(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) -> [String] {
        let n = try r.count(atMost: r.remaining)
        var t: [String] = []
        for _ in 0..<n { t.append(String(decoding: Array(try r.shortString().utf8), as: UTF8.self)) }
        return t
    }

    /// A string table read lazily (`AnalysisStringTable`) gives, in any order of reading, the strings the eager reading
    /// made, refuses exactly the damaged tables it refused, and leaves the reader where it did.
    @Test func lazyStringTable() throws {
        var random = SeededRandom(seed: 7)
        for round in 0..<200 {
            var e = AnalysisEncoder()
            var refs: [String] = []
            for _ in 0..<random.below(40) {
                let s = random.scalars(from: [0x20...0x7E, 0x621...0x64A], maxScalars: 12)
                refs.append(s)
                e.string(s)
            }
            e.count(9)
            var bytes = e.bytes
            if round % 2 == 1, !bytes.isEmpty { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
            var eager = BinaryReader(bytes)
            let table = try? Self.eagerTable(&eager)
            guard var d = try? AnalysisDecoder(BinaryReader(bytes)) else {
                #expect(table == nil, "round \(round)")
                continue
            }
            let t = try #require(table, "round \(round)")
            #expect(d.r.offset == eager.offset)
            #expect(d.table.count == t.count)
            // the body's references, then every string again in a random order
            if round % 2 == 0 {
                for s in refs { #expect(Array(try d.string().utf8) == Array(s.utf8)) }
                #expect(try d.r.uvarint() == 9)
            }
            let all = d.table.allStrings()
            var order = SplitMix64(seed: UInt64(round))
            for i in (0..<t.count).shuffled(using: &order) {
                #expect(Array(d.table.string(i).utf8) == Array(t[i].utf8))
                #expect(all[i].map { Array($0.utf8) } == Array(t[i].utf8))
            }
        }
    }
}
