/// Byte strings (search terms' UTF-8) → an `Int32` each, by open addressing over an FNV-1a hash of the bytes, the
/// bytes kept in one pool: a look-up hashes and compares bytes, with no `String` made or retained (a `[UTF8Key: …]`
/// dictionary cost ≈ 800 instructions a new term, a `UTF8Key` made, hashed and its storage checked on each access).
struct SearchByteTable {
    /// Entry e: its bytes are `bytes[start ..< end]`.
    private struct Entry {
        var hash: UInt32
        var start: Int32
        var end: Int32
        var value: Int32
    }

    // `slots`: entry + 1, 0 for empty; never more than half full.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []

    var count: Int { entries.count }

    /// Room for `n` entries without growing.
    mutating func reserveCapacity(_ n: Int) {
        entries.reserveCapacity(n)
        var size = slots.count
        while size < 2 * n { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for x in b { h = (h ^ UInt32(x)) &* 16_777_619 }
        return h
    }

    /// The value of bytes `b` (their `hash` `h`), or nil and the slot where `add` puts them.
    func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> (value: Int32?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var slot = Int(h) & mask
                    while slots[slot] != 0 {
                        let entry = entries[Int(slots[slot] - 1)]
                        if entry.hash == h && Int(entry.end - entry.start) == b.count {
                            let start = Int(entry.start)
                            var k = 0
                            while k < b.count && bytes[start + k] == b[k] { k += 1 }
                            if k == b.count { return (entry.value, slot) }
                        }
                        slot = (slot + 1) & mask
                    }
                    return (nil, slot)
                }
            }
        }
    }

    /// Adds bytes `b` (not in the table; `h` and `slot` from `find`) with `value`.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32, slot: Int, value: Int32) {
        let e = entries.count
        let start = Int32(bytes.count)
        bytes.append(contentsOf: b)
        entries.append(Entry(hash: h, start: start, end: Int32(bytes.count), value: value))
        slots[slot] = Int32(e + 1)
        if 2 * entries.count > slots.count { rehash(2 * slots.count) }
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        for e in entries.indices {
            var slot = Int(entries[e].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }
}
