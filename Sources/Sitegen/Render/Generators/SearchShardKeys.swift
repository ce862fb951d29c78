import ArabicText

extension SearchIndex {
    /// The ids of the terms with postings (`used`), grouped by `shardKey`, in id order within each shard.
    ///
    /// A shard key is a term's first two or three scalars: grouped by those scalars packed into one integer, with the
    /// key's `String` made once per shard (each term's key made as a `String` and looked up as a `UTF8Key` was 17 M
    /// instructions at 1k; `SearchShardKeysTests.termsByShardKeys` is that code).
    static func termsByShard(names: [String], used: (Int) -> Bool) -> [String: [Int]] {
        var groups: [UInt64: Int] = [:]
        var keys: [String] = []
        var lists: [[Int]] = []
        for t in names.indices where used(t) {
            let packed = packedShardKey(names[t])
            if let g = groups[packed] {
                lists[g].append(t)
            } else {
                groups[packed] = lists.count
                keys.append(shardKey(names[t]))
                lists.append([t])
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(keys, lists))
    }

    /// The scalars of `shardKey(term)` (at most three), each value + 1 in 21 bits: equal for two terms exactly when
    /// their shard keys have the same scalars.
    static func packedShardKey(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { b -> UInt64 in
            guard !b.isEmpty else { return 0 }
            let (first, second) = ScalarString.decode(b, at: 0)
            var packed = UInt64(first.value) + 1
            guard second < b.count else { return packed }
            let (next, third) = ScalarString.decode(b, at: second)
            packed = packed << 21 | (UInt64(next.value) + 1)
            if first == "ا" && next == "ل" && third < b.count { packed = packed << 21 | (UInt64(ScalarString.decode(b, at: third).scalar.value) + 1) }
            return packed
        }
    }

    /// `keys.sorted()`: by their UTF-8 bytes when every scalar of every key is below U+0300 or an Arabic letter
    /// U+0621…U+064A (then each key is its own canonical form, which `String`'s order compares scalar by scalar, in
    /// the bytes' order), else as strings (each comparison of Arabic strings normalized both: 6 M instructions at 1k).
    static func sortedShardKeys<Keys: Collection>(_ keys: Keys) -> [String] where Keys.Element == String {
        guard plainShardKeys(keys) else { return keys.sorted() }
        return keys.sorted(by: Self.bytesPrecede)
    }

    /// The positions of distinct `keys` in the order `sortedShardKeys` puts them in.
    static func shardKeyOrder(_ keys: [String]) -> [Int] {
        guard plainShardKeys(keys) else { return keys.indices.sorted { keys[$0] < keys[$1] } }
        return keys.indices.sorted { bytesPrecede(keys[$0], keys[$1]) }
    }

    /// Whether every scalar of every key is below U+0300 or an Arabic letter (so that the keys' bytes sort them).
    private static func plainShardKeys<Keys: Collection>(_ keys: Keys) -> Bool where Keys.Element == String {
        for key in keys {
            for v in key.unicodeScalars.lazy.map(\.value) where v >= 0x300 && !(0x0621...0x064A).contains(v) { return false }
        }
        return true
    }

    private static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q in p.lexicographicallyPrecedes(q) }
        }.flatMap { $0 } ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
