import Foundation

/// Numbers distinct UTF-8 byte sequences 0, 1, 2… (open addressing, a multiplicative hash over the
/// bytes read 8 at a time).
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
        let h = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
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

    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var h = UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < key.count {
            var tail: UInt64 = 0
            for k in i..<key.count { tail |= UInt64(key[k]) << (8 * UInt64(k - i)) }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 32)
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
            var slot = Int(truncatingIfNeeded: h) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }
}
