import Foundation

/// Numbers distinct UTF-8 byte sequences 0, 1, 2… (open addressing, FNV-1a hash over the bytes).
///
/// Faster than a `Dictionary` keyed by strings: no Unicode normalization, no per-lookup hasher
/// seeding, bytes kept in one buffer.
struct SpellingTable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot → id + 1 (0: empty).
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    init() {}

    var count: Int { hashes.count }

    /// The id of `text`'s bytes and whether they were new (numbered now).
    mutating func insert(_ text: String) -> (id: Int, inserted: Bool) {
        if let r = text.utf8.withContiguousStorageIfAvailable({ insert(UnsafeRawBufferPointer($0)) }) { return r }
        return Array(text.utf8).withUnsafeBytes { insert($0) }
    }

    private mutating func insert(_ key: UnsafeRawBufferPointer) -> (id: Int, inserted: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let id = entry - 1
            if hashes[id] == h && equal(id, key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        hashes.append(h)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        slots[slot] = Int32(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private func equal(_ id: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = starts[id], end = starts[id + 1]
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBytes { all in
            key.count == 0 || memcmp(all.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }
}
