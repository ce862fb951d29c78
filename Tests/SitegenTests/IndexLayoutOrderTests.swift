import Testing
@testable import Sitegen

/// `IndexLayout.sortedEntries` (kind ranks, collation ranks and key bytes taken once) against the comparison of the
/// keys as strings it replaces, on random names of every kind: Arabic with and without the article, Latin, digits and
/// symbols, and many names that share a key (so the name and item decide).
@Suite struct IndexLayoutOrderTests {
    @Test func entriesAreOrderedAsByTheKeys() {
        var state: UInt64 = 0x5851_F42D_4C95_7F2D
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        let pieces = ["ال", "أ", "إ", "ا", "ب", "بة", "به", "ت", "ي", "ى", "ـ", "َ", "ع", " ", "a", "B", "z", "1", "٣", "#", "-", "é", "👍"]
        let kinds = IndexLayout.Kind.allCases
        for round in 0..<60 {
            var keyed: [(key: String, initial: String, name: String, entry: IndexLayout.Entry)] = []
            var item = [Int](repeating: 0, count: kinds.count)
            for _ in 0..<(20 + Int(next() % 200)) {
                var name = ""
                for _ in 0..<(Int(next() % 5)) { name += pieces[Int(next() % UInt64(pieces.count))] }
                if round % 3 == 0, !keyed.isEmpty, next() % 3 == 0 { name = keyed[Int(next() % UInt64(keyed.count))].name }
                let k = Int(next() % UInt64(kinds.count))
                let key = ArabicCollation.sortKey(name)
                keyed.append((key, ArabicCollation.initial(of: key), name, IndexLayout.Entry(kind: kinds[k], item: item[k])))
                item[k] += 1
            }
            let members = Array(keyed.indices).filter { _ in next() % 4 != 0 }
            let a = IndexLayout.sortedEntries(members, keyed).map { "\($0.kind)/\($0.item)" }
            let b = IndexLayout.sortedEntriesByKeys(members, keyed).map { "\($0.kind)/\($0.item)" }
            #expect(a == b)
        }
    }
}
