import ArabicDates

/// What one republished-article grouping leaves for the next (kept by `RepublishedSignatureCache`), so that a build
/// whose articles differ in a few texts places only those instead of reading, bucketing and ordering all of them.
///
/// Per article: its placement key (title, text, file and date: everything the grouping reads of an article), the
/// identity of its text, the keys of its signature's bands (when it is in the bands: a text long enough, the first of
/// its identity), and whether it stood **alone**: no other article had its identity and it was in no bucket (no other
/// text of the bands agreed with it on a band). Then the groups.
///
/// Why the groups of such a build are the last ones: if every changed article stood alone and stands alone again (its
/// new identity is no other article's, its new band keys agree with no other article's in their band), then no
/// identity is shared with it before or after, every bucket holds the same unchanged articles in the same order (the
/// changed ones were in none and are in none, so they take no place in a bucket and move no pair past the
/// comparisons' cap), each pair is measured on the same texts, and the groups are made of unchanged articles whose
/// dates, files and word counts order them as before. Any other change (an article added, removed or moved, a text
/// that was or becomes a copy, another similarity) groups anew.
struct LastGrouping: Sendable, Equatable {
    var similarity: Double
    var keys: [ContentHash]
    var identities: [UInt64]
    /// `RepublishedGroups.bands` values per article, article after article: the keys of its bands (`bandKey`), zeros
    /// when it is not in the bands (`flags`).
    var bandKeys: [UInt64]
    /// Per article: `inBands` and `alone` bits.
    var flags: [UInt8]
    var groups: [[Int]]

    static let inBands: UInt8 = 1, alone: UInt8 = 2

    /// `distinct`: the articles in the bands, in order; `bandKeys` their keys as `RepublishedGroups.bandKeys` lays them out.
    init(similarity: Double, keys: [ContentHash], identities: [UInt64], distinct: [Int], bandKeys distinctKeys: [UInt64],
         alone: [Bool], groups: [[Int]]) {
        let bands = RepublishedGroups.bands
        self.similarity = similarity
        self.keys = keys
        self.identities = identities
        self.groups = groups
        flags = alone.map { $0 ? Self.alone : 0 }
        bandKeys = [UInt64](repeating: 0, count: keys.count * bands)
        for (d, i) in distinct.enumerated() {
            flags[i] |= Self.inBands
            for b in 0..<bands { bandKeys[i * bands + b] = distinctKeys[d * bands + b] }
        }
    }

    init(similarity: Double, keys: [ContentHash], identities: [UInt64], bandKeys: [UInt64], flags: [UInt8], groups: [[Int]]) {
        self.similarity = similarity
        self.keys = keys
        self.identities = identities
        self.bandKeys = bandKeys
        self.flags = flags
        self.groups = groups
    }

    /// Whether the counts agree and every group holds two or more distinct articles of the grouping, ascending after
    /// the first (a file read back is checked with it).
    var isConsistent: Bool {
        let n = keys.count
        guard identities.count == n, flags.count == n, bandKeys.count == n * RepublishedGroups.bands else { return false }
        var seen = Set<Int>()
        for g in groups {
            guard g.count > 1 else { return false }
            for i in g { guard i >= 0, i < n, seen.insert(i).inserted else { return false } }
        }
        return true
    }

    /// Everything the grouping reads of an article: its title and text (their summary), its file and date (the order of
    /// a group's members).
    /// (The fields read in place: a copy of each whole `Article` retained and released all its fields.)
    static func placementKey(_ articles: [Article], _ i: Int) -> ContentHash {
        var h = ContentHasher()
        h.combine(articles[i].title)
        h.combine(articles[i].markdownText.digest)
        h.combine(articles[i].file)
        if let d = articles[i].date {
            h.combine(d.year)
            h.combine(d.month ?? -1)
            h.combine(d.day ?? -1)
        } else {
            h.combine(Int.min)
        }
        return h.finalize()
    }

    /// Most changed articles placed one by one: past them, grouping anew costs less than checking each against all.
    static let maximumChanged = 32

    /// The grouping of `articles` (with these placement keys) when it is this one's with the changed articles standing
    /// alone (see the type), with how many changed; nil when they must be grouped anew.
    func placing(_ articles: [Article], keys newKeys: [ContentHash], similarity: Double) -> (grouping: LastGrouping, changed: Int)? {
        guard similarity == self.similarity, newKeys.count == keys.count, articles.count == keys.count else { return nil }
        var changed: [Int] = []
        for i in newKeys.indices where newKeys[i] != keys[i] {
            guard flags[i] & Self.alone != 0, changed.count < Self.maximumChanged else { return nil }
            changed.append(i)
        }
        guard !changed.isEmpty else { return (self, 0) }
        let bands = RepublishedGroups.bands
        var next = self
        for i in changed {
            let summary = RepublishedGroups.read(articles[i]).summary
            next.keys[i] = newKeys[i]
            next.identities[i] = summary.identity
            next.flags[i] = Self.alone
            for b in 0..<bands { next.bandKeys[i * bands + b] = 0 }
            if !summary.signature.isEmpty {
                next.flags[i] |= Self.inBands
                for b in 0..<bands { next.bandKeys[i * bands + b] = RepublishedGroups.bandKey(summary.signature, band: b) }
            }
        }
        // each changed text alone among all the others (the changed ones with their new values)
        for i in changed {
            let identity = next.identities[i]
            for j in next.identities.indices where j != i && next.identities[j] == identity { return nil }
            if next.flags[i] & Self.inBands != 0 && next.bandsMeetAnother(i) { return nil }
        }
        return (next, changed.count)
    }

    /// Whether another article in the bands has the key of article `i` in one of its bands.
    private func bandsMeetAnother(_ i: Int) -> Bool {
        let bands = RepublishedGroups.bands
        return bandKeys.withUnsafeBufferPointer { keys in
            flags.withUnsafeBufferPointer { flags in
                for j in flags.indices where j != i && flags[j] & Self.inBands != 0 {
                    for b in 0..<bands where keys[j * bands + b] == keys[i * bands + b] { return true }
                }
                return false
            }
        }
    }
}
