import ArabicText
import Testing
@testable import Sitegen
import TestSupport

@Suite struct SearchShardKeysTests {
    /// `termsByShard` (shard keys packed into integers) files the terms as `termsByShardKeys` did, on seeded random
    /// names: terms starting with ال (their key is three scalars) and with ا or ل alone, terms of one scalar, the empty
    /// term, Latin, digits and scalars of every UTF-8 length; some terms without postings.
    @Test func termsAreFiledAsByTheirKeys() {
        var random = SeededRandom(seed: 0x5A4D_0042)
        let pieces = ["ا", "ل", "ال", "ع", "ر", "اق", "لل", "و", "a", "b", "7", "é", "€", "😀", "\u{10FFFF}"]
        for round in 0..<20 {
            var names: Set<String> = ["", "ا", "ال", "ل", "x"]
            for _ in 0..<(50 + random.below(800)) {
                names.insert(random.below(5) == 0
                    ? random.scalars(from: [0x20...0x7E, 0x80...0x7FF, 0x0600...0x06FF, 0x0800...0xFFFF, 0x10000...0x10FFFF], maxScalars: 4)
                    : random.text(of: pieces, maxPieces: 5))
            }
            let list = names.sorted()
            let used = list.indices.map { _ in random.below(6) != 0 }
            let got = SearchIndex.termsByShard(names: list) { used[$0] }
            #expect(got == Self.termsByShardKeys(names: list) { used[$0] }, "round \(round)")
            #expect(got.values.reduce(0) { $0 + $1.count } == used.filter { $0 }.count)
        }
    }

    /// `sortedShardKeys` gives `sorted()`'s order, on seeded random keys of Arabic letters and ASCII (sorted by bytes),
    /// and with scalars that send it to the strings' order: Arabic marks, hamza above after alef, Latin with combining
    /// accents, scalars above U+0300 of every UTF-8 length.
    @Test func shardKeysSortAsStrings() {
        var random = SeededRandom(seed: 0x50A7_0042)
        let plainPieces = ["ا", "ل", "ال", "ع", "ر", "ي", "ء", "أ", "آ", "a", "Z", "7", "-", "é", "ß"]
        let otherPieces = ["\u{654}", "\u{64E}", "e\u{301}", "\u{301}", "٣", "ۀ", "€", "😀", "\u{FB50}"]
        for round in 0..<40 {
            let pieces = round % 2 == 0 ? plainPieces : plainPieces + otherPieces
            var keys = Set<String>()
            for _ in 0..<(5 + random.below(300)) { keys.insert(random.text(of: pieces, maxPieces: 3)) }
            if round % 4 == 3 { keys.insert(random.scalars(from: [0x300...0x7FF, 0x0800...0xFFFF, 0x10000...0x10FFFF], maxScalars: 3)) }
            #expect(SearchIndex.sortedShardKeys(keys) == keys.sorted(), "round \(round)")
        }
    }

    /// `SearchIndex.termsByShard` as it was: each term's shard key as a `UTF8Key` in a dictionary.
    static func termsByShardKeys(names: [String], used: (Int) -> Bool) -> [String: [Int]] {
        var byShard: [UTF8Key: [Int]] = [:]
        for t in names.indices where used(t) {
            byShard[UTF8Key(SearchIndex.shardKey(names[t])), default: []].append(t)
        }
        return Dictionary(uniqueKeysWithValues: byShard.map { ($0.key.string, $0.value) })
    }
}
