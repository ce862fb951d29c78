/// The candidates of a block that become mentions: longest first, then the strongest rule, then the earliest, each
/// kept unless it overlaps one kept before it; in text order.
///
/// (`extractKeepingBlocks` sorted the candidates themselves, copied each kept one into a second array and sorted that:
/// every copy retained a candidate's strings and every drop released them. The indexes are sorted here with the same
/// comparisons, so the same sort gives the same order; `KeptCandidatesTests` checks them against the old steps.)
enum KeptCandidates {
    /// Indexes into `found` of the candidates kept, in the order of their starts.
    static func indexes(of found: [EntityCandidate]) -> [Int] {
        found.withUnsafeBufferPointer { c in
            var order = Array(c.indices)
            order.sort { i, j in
                // (the fields read in place: a candidate bound to a name may be copied with its strings)
                let xLength = c[i].end - c[i].start, yLength = c[j].end - c[j].start
                if xLength != yLength { return xLength > yLength }
                let xStrong = c[i].rule.isStrong
                if xStrong != c[j].rule.isStrong { return xStrong }
                return c[i].start < c[j].start
            }
            var kept: [Int] = []
            var taken: [Range<Int>] = []
            for i in order where !taken.contains(where: { $0.overlaps(c[i].start..<c[i].end) }) {
                kept.append(i)
                taken.append(c[i].start..<c[i].end)
            }
            kept.sort { c[$0].start < c[$1].start }
            return kept
        }
    }
}
