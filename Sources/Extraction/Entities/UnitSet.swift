/// A set of unit indices of one block (`DiscoveryRules.covered`, `BlockAnalysis.openingQuotes`): a bit per unit,
/// with a `Set` beside it for any index outside the block (none in practice), so that it answers as a `Set<Int>`
/// does. `Set<Int>` hashed every index with SipHash (`Hasher`), and the rules ask at every unit.
struct UnitSet: Sendable {
    private var bits: [UInt64]
    private var others: Set<Int> = []

    /// An empty set for the indices `0..<count`.
    init(count: Int) {
        bits = [UInt64](repeating: 0, count: (max(0, count) + 63) / 64)
    }

    @inline(__always)
    func contains(_ u: Int) -> Bool {
        if u >= 0, u >> 6 < bits.count { return bits[u >> 6] & (1 << UInt64(u & 63)) != 0 }
        return others.contains(u)
    }

    @inline(__always)
    mutating func insert(_ u: Int) {
        if u >= 0, u >> 6 < bits.count {
            bits[u >> 6] |= 1 << UInt64(u & 63)
        } else {
            others.insert(u)
        }
    }
}
