import Testing
@testable import Sitegen
import TestSupport

/// `IndexLayout.sortedEntries` (kind ranks, collation ranks and key bytes taken once) against the comparison of the
/// keys as strings it replaces, on random names of every kind: Arabic with and without the article, Latin, digits and
/// symbols, and many names that share a key (so the name and item decide).
@Suite struct IndexLayoutOrderTests {
    @Test func entriesAreOrderedAsByTheKeys() {
        var random = SeededRandom(seed: 0x5851_F42D_4C95_7F2D)
        let pieces = ["ال", "أ", "إ", "ا", "ب", "بة", "به", "ت", "ي", "ى", "ـ", "َ", "ع", " ", "a", "B", "z", "1", "٣", "#", "-", "é", "👍"]
        let kinds = IndexLayout.Kind.allCases
        for round in 0..<60 {
            var keyed: [(key: String, initial: String, name: String, entry: IndexLayout.Entry)] = []
            var item = [Int](repeating: 0, count: kinds.count)
            for _ in 0..<(20 + random.below(200)) {
                var name = random.text(of: pieces, maxPieces: 5)
                if round % 3 == 0, !keyed.isEmpty, random.below(3) == 0 { name = keyed[random.below(keyed.count)].name }
                let k = random.below(kinds.count)
                let key = ArabicCollation.sortKey(name)
                keyed.append((key, ArabicCollation.initial(of: key), name, IndexLayout.Entry(kind: kinds[k], item: item[k])))
                item[k] += 1
            }
            let members = Array(keyed.indices).filter { _ in random.below(4) != 0 }
            let a = IndexLayout.sortedEntries(members, keyed).map { "\($0.kind)/\($0.item)" }
            let b = IndexLayout.sortedEntriesByKeys(members, keyed).map { "\($0.kind)/\($0.item)" }
            #expect(a == b)
        }
    }
}
