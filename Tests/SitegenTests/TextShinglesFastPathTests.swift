import Testing
import TestSupport
import ArabicText
@testable import Sitegen

/// `TextShingles`' fast paths give what the former code gave (kept here): the words read without the scanner struct, on
/// random texts of every kind of scalar; `shingles(size:)` through buffer pointers, for sizes 0 to 7; `signature(of:)`
/// comparing its hashes with the top bit flipped, as signed lanes, the minima of the former unsigned compare, on seeded
/// random shingle sets, values near the top bit and the edges.
@Suite struct TextShinglesFastPathTests {
    /// The former `TextShingles.init`'s words: a scanner struct fed one scalar at a time.
    static func formerWords(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var h = TextShingles.offset
        var inWord = false
        let table = TextShingles.lowScalars
        func end() {
            if inWord { words.append(h) }
            h = TextShingles.offset
            inWord = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let folded: UInt32
            if v < UInt32(table.count) {
                folded = table[Int(v)]
            } else if let f = ArabicNormalizer.foldScalar(v, matchForm: true) {
                folded = TextShingles.isWordScalar(f) ? f : TextShingles.separator
            } else {
                folded = TextShingles.dropped
            }
            if folded == TextShingles.dropped { continue }
            if folded != TextShingles.separator {
                h = (h ^ UInt64(folded)) &* TextShingles.prime
                inWord = true
            } else {
                end()
            }
        }
        end()
        return words
    }

    static let pieces = ["أحمدُ", " ", "يزورُ", "المدرسة", "الـكبرى", "١٢", "آذار،", "Hello\\*World", "😀", "ok", "𝐀𝐁", "中文",
                         "ĉu", "\u{200F}", "\u{064E}", "ـ", "\n", "**", "ﻻ", "ﷺ", "e\u{0301}", "\u{FEFF}", "Ω", "ß", "٣٤"]

    @Test func wordsAsTheScanner() {
        var random = SeededRandom(seed: 0x5E1F)
        for round in 0..<20_000 {
            let text = round % 2 == 0
                ? random.scalars(from: [0x00...0x7F, 0x80...0x7FF, 0x0600...0x06FF, 0x800...0xFFFF, 0x10000...0x1FFFF],
                                 maxScalars: 60)
                : random.text(of: Self.pieces, maxPieces: 30)
            #expect(TextShingles(text).words == Self.formerWords(text), "\(text.unicodeScalars.map(\.value))")
        }
        let story = RepublishedGroupsTests.story.joined(separator: "\n")
        #expect(TextShingles(story).words == Self.formerWords(story))
        #expect(TextShingles("").words.isEmpty && Self.formerWords("").isEmpty)
    }

    /// The former `signature(of:)`.
    static func formerSignature(of shingles: [UInt64]) -> [UInt32] {
        var m0 = SIMD16<UInt32>(repeating: .max), m1 = m0, m2 = m0
        let (a0, a1, a2) = (TextShingles.multipliers[0], TextShingles.multipliers[1], TextShingles.multipliers[2])
        let (b0, b1, b2) = (TextShingles.addends[0], TextShingles.addends[1], TextShingles.addends[2])
        for s in shingles {
            let x = SIMD16<UInt32>(repeating: UInt32(truncatingIfNeeded: s ^ (s >> 32)))
            let h0 = x &* a0 &+ b0, h1 = x &* a1 &+ b1, h2 = x &* a2 &+ b2
            m0.replace(with: h0, where: h0 .< m0)
            m1.replace(with: h1, where: h1 .< m1)
            m2.replace(with: h2, where: h2 .< m2)
        }
        var out: [UInt32] = []
        for v in [m0, m1, m2] { for i in 0..<16 { out.append(v[i]) } }
        return out
    }

    /// The former `shingles(size:)`: a loop over an array slice per sequence.
    static func formerShingles(_ text: TextShingles, size: Int) -> [UInt64] {
        let words = text.words
        guard words.count >= size else { return words.isEmpty ? [] : [text.sequenceKey] }
        var out: [UInt64] = []
        for start in 0...(words.count - size) {
            var h: UInt64 = 0
            for w in words[start..<(start + size)] { h = TextShingles.mix(h &+ w) }
            out.append(h)
        }
        return out
    }

    @Test func shinglesAsTheSliceLoop() {
        var random = SeededRandom(seed: 0x5417)
        for _ in 0..<4_000 {
            let text = TextShingles(random.text(of: Self.pieces, maxPieces: 40))
            for size in 0...7 { #expect(text.shingles(size: size) == Self.formerShingles(text, size: size)) }
        }
        let story = TextShingles(RepublishedGroupsTests.story.joined(separator: "\n"))
        #expect(story.shingles(size: RepublishedGroups.shingleWords) == Self.formerShingles(story, size: RepublishedGroups.shingleWords))
    }

    @Test func theMinimaOfTheUnsignedCompare() {
        var random = SplitMix64(seed: 0x5167)
        for round in 0..<3_000 {
            let count = [0, 1, 2, 5, 40, 300][round % 6]
            let shingles: [UInt64] = (0..<count).map { k in
                switch (round / 6) % 3 {
                case 0: return random.next()
                case 1: return random.next() & 0x8000_0001_FFFF_FFFF  // few bits: many equal lanes
                default: return UInt64(k) << (round % 64)
                }
            }
            #expect(TextShingles.signature(of: shingles) == Self.formerSignature(of: shingles))
        }
    }

    @Test func edges() {
        for shingles: [UInt64] in [[], [0], [.max], [0x8000_0000], [0x7FFF_FFFF], [0x8000_0000_8000_0000], [0, .max, 0x8000_0000]] {
            #expect(TextShingles.signature(of: shingles) == Self.formerSignature(of: shingles))
        }
        #expect(TextShingles.signature(of: []) == [UInt32](repeating: .max, count: TextShingles.signatureLength))
    }

    /// The texts' summaries (what `RepublishedSignatureCache` keeps between builds) are unchanged for real-shaped text.
    @Test func signaturesOfText() {
        let text = TextShingles(RepublishedGroupsTests.story.joined(separator: "\n"))
        let shingles = text.shingles(size: RepublishedGroups.shingleWords)
        #expect(TextShingles.signature(of: shingles) == Self.formerSignature(of: shingles))
    }
}
