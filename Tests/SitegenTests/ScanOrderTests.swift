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
}
