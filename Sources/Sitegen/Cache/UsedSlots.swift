/// Entries of a cache kept from the last build in slots, found by path, with a flag per slot for the entries this build
/// used: a hit sets a flag instead of copying the entry into a new table (10k look-ups and insertions an edit), and the
/// commit drops the entries no build used. (`BuildCache`'s articles, `FileKeyMemo`'s keys.)
struct UsedSlots<Value> {
    /// Each path's place in `slots`.
    private var index: [String: Int] = [:]
    private(set) var slots: [(path: String, value: Value)] = []
    private var used: [Bool] = []
    private var usedCount = 0

    var count: Int { slots.count }

    /// Whether every slot was used (or put) since `beginBuild`.
    var allUsed: Bool { usedCount == slots.count }

    /// Room for `n` entries (when they are read).
    mutating func reserveCapacity(_ n: Int) {
        index.reserveCapacity(n)
        slots.reserveCapacity(n)
    }

    /// No slot used yet.
    mutating func beginBuild() {
        used = [Bool](repeating: false, count: slots.count)
        usedCount = 0
    }

    /// The slot of `path`, if there is one.
    func slot(_ path: String) -> Int? { index[path] }

    /// Marks slot `i` used.
    mutating func markUsed(_ i: Int) {
        if !used[i] {
            used[i] = true
            usedCount += 1
        }
    }

    /// The value of `path` replaced, or added in a new slot (used either way).
    mutating func put(_ path: String, _ value: Value) {
        // (one look-up for a path not seen yet, as most are when the entries are read)
        if let i = index.updateValue(slots.count, forKey: path) {
            index[path] = i
            slots[i].value = value
            markUsed(i)
        } else {
            slots.append((path, value))
            used.append(true)
            usedCount += 1
        }
    }

    /// Drops the entries not used (each given to `dropped` first); all are then used until the next `beginBuild`.
    mutating func dropUnused(_ dropped: (String, Value) -> Void) {
        if usedCount != slots.count {
            var kept: [(path: String, value: Value)] = []
            kept.reserveCapacity(usedCount)
            for (i, s) in slots.enumerated() {
                if used[i] { kept.append(s) } else { dropped(s.path, s.value) }
            }
            slots = kept
            index = [:]
            index.reserveCapacity(slots.count)
            for (i, s) in slots.enumerated() { index[s.path] = i }
        }
        used = [Bool](repeating: true, count: slots.count)
        usedCount = slots.count
    }
}
