/// The date words (`DateLexicon.entries`) in an open-addressing table keyed by a word's 64-bit FNV hash: the hash is
/// already computed by the scanner, so a look-up mixes it once and compares integers, where `[UInt64: DateWord]`
/// set up and finalized `Hasher` (SipHash) for every word of every block. Same answers as the dictionary.
struct DateWordTable: Sendable {
    /// Per slot: the key, and the index into `values` + 1 (0: empty slot).
    private let keys: [UInt64]
    private let indexes: [Int32]
    private let values: [DateWord]
    private let shift: UInt64

    init(_ entries: [UInt64: DateWord]) {
        var bits: UInt64 = 4
        while (1 << bits) < 4 * max(1, entries.count) { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        var keys = [UInt64](repeating: 0, count: size)
        var indexes = [Int32](repeating: 0, count: size)
        var values: [DateWord] = []
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var i = Self.slot(key, shift)
            while indexes[i] != 0 { i = (i + 1) & (size - 1) }
            values.append(value)
            keys[i] = key
            indexes[i] = Int32(values.count)
        }
        self.keys = keys
        self.indexes = indexes
        self.values = values
    }

    /// The slot a key's probe starts at: the high bits of the key times a large odd constant (Fibonacci hashing,
    /// so that every bit of the FNV hash counts).
    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(hash: UInt64) -> DateWord? {
        let mask = keys.count - 1
        var i = Self.slot(hash, shift)
        while true {
            let k = indexes[i]
            if k == 0 { return nil }
            if keys[i] == hash { return values[Int(k) - 1] }
            i = (i + 1) & mask
        }
    }
}
