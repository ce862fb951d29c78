import Foundation
import Testing
@testable import Sitegen
import TestSupport

/// The scan's sorts on bytes (`InputScanner.utf8Precedes`, `sortedNames`) against the comparisons they replace, on
/// seeded names: ASCII, Arabic, accents, emoji, empty names and names that are prefixes of others.
@Suite struct ScanOrderTests {
    private static let pieces = ["a", "b", "Z", "0", "9", "-", "_", ".", "/", "md", "ب", "ا", "é", "e\u{301}", "👩🏽", "ﻻ", ""]

    private func names(_ random: inout SeededRandom, asciiOnly: Bool) -> [String] {
        let pool = asciiOnly ? Array(Self.pieces.prefix(10)) : Self.pieces
        return (0..<random.below(40)).map { _ in (0..<random.below(5)).map { _ in pool[random.below(pool.count)] }.joined() }
    }

    @Test func bytesOrderAsTheViewsDid() {
        var random = SeededRandom(seed: 2026_1207)
        for round in 0..<300 {
            let list = names(&random, asciiOnly: round % 2 == 0)
            for a in list {
                for b in list.prefix(8) {
                    #expect(InputScanner.utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
                }
            }
            // (distinct names, as a folder lists them)
            let folder = Array(Set(list))
            #expect(InputScanner.sortedNames(folder) == folder.sorted())
        }
        #expect(!InputScanner.utf8Precedes("", ""))
        #expect(InputScanner.utf8Precedes("", "a") && !InputScanner.utf8Precedes("a", ""))
        #expect(InputScanner.utf8Precedes("ab", "abc") && InputScanner.utf8Precedes("Z", "a"))
    }

    /// The names sorted by their bytes by `memcmp` (`sortedNames` before `NameBytes`).
    private static func memcmpOrder(_ names: [String]) -> [String] {
        names.sorted { a, b in
            let (p, q) = (Array(a.utf8), Array(b.utf8))
            let k = min(p.count, q.count)
            let c = k == 0 ? 0 : memcmp(p, q, k)
            return c != 0 ? c < 0 : p.count < q.count
        }
    }

    /// Long names sharing long starts, differing five, ten or more bytes in, some the start of others (as a folder of
    /// 10k `JA-localNews-<n>-<date>.md` lists them, in the file system's order).
    @Test func longNamesSortedAFewBytesAtATime() {
        var random = SeededRandom(seed: 47_2026_1207)
        let stems = ["JA-localNews-", "JA-localNews-3604-2017", "JA-sports-", "a", "", "JA-localNews-3604-20170407.md"]
        let tails = ["0", "1", "9", "-", ".md", "20170407", "2017040", "x", "md", "ZZZZZZZZ", "00000000", "12345", "1234"]
        for round in 0..<400 {
            var set = Set<String>()
            let count = round % 50 == 0 ? 2000 : random.below(60)
            for _ in 0..<count { set.insert(stems[random.below(stems.count)] + random.text(of: tails, maxPieces: 6)) }
            let folder = Array(set)
            #expect(InputScanner.sortedNames(folder) == Self.memcmpOrder(folder))
            #expect(InputScanner.sortedNames(folder) == folder.sorted())
        }
        #expect(InputScanner.sortedNames([]) == [] && InputScanner.sortedNames(["x"]) == ["x"])
        #expect(InputScanner.sortedNames(["abcdefgh1", "abcdefgh", "abcdefg", "abcdefgh0"]) == ["abcdefg", "abcdefgh", "abcdefgh0", "abcdefgh1"])
        #expect(InputScanner.sortedNames(["b" + String(repeating: "q", count: 40) + "2", "b" + String(repeating: "q", count: 40) + "1", "a"])
                == ["a", "b" + String(repeating: "q", count: 40) + "1", "b" + String(repeating: "q", count: 40) + "2"])
    }
}
