/// Byte strings → an `Int32` each, by open addressing, the bytes kept in one pool: a look-up hashes and compares
/// bytes, with no `String` made or retained (a `[UTF8Key: …]` dictionary cost ≈ 800 instructions a new term, a
/// `UTF8Key` made, hashed and its storage checked on each access). It holds the search terms by their UTF-8
/// (`SearchStemTable`, `SearchTermTable`) and the words a `SearchTermReader` met, as written.
struct SearchByteTable {
    /// Entry e: its bytes are `bytes[start ..< start + count]`.
    struct Entry {
        var start: Int32
        var count: Int32
        var value: Int32
    }

    // `slots`: 0 for empty, else the entry's hash in the high half and entry + 1 in the low; never more than half full.
    private var slots: [UInt64] = Array(repeating: 0, count: 1 << 12)
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

    /// A hash of bytes `b`, eight at a time (FNV-1a a byte at a time was ≈ 4 instructions a byte, most of a
    /// known word's look-up).
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = b.count
        var h = 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: n &+ 1)
        guard n > 0 else { return UInt32(truncatingIfNeeded: h >> 32) }
        let p = UnsafeRawPointer(b.baseAddress!)
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var x: UInt64 = 0, shift: UInt64 = 0
            if n - i >= 4 { x = UInt64(p.loadUnaligned(fromByteOffset: i, as: UInt32.self)); i += 4; shift = 32 }
            if n - i >= 2 { x |= UInt64(p.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift; i += 2; shift += 16 }
            if n - i >= 1 { x |= UInt64(b[i]) << shift }
            h = (h ^ x) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// The table read through its buffers (for a loop of look-ups; valid only inside `withLookup`).
    struct Lookup {
        let slots: UnsafeBufferPointer<UInt64>
        let entries: UnsafeBufferPointer<Entry>
        let bytes: UnsafeBufferPointer<UInt8>

        /// The value of bytes `b` (their `hash` `h`), or nil and the slot where `add` puts them.
        @inline(__always)
        func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> (value: Int32?, slot: Int) {
            let mask = slots.count - 1
            var slot = Int(h) & mask
            while true {
                let s = slots[slot]
                if s == 0 { return (nil, slot) }
                if UInt32(truncatingIfNeeded: s >> 32) == h {
                    let entry = entries[Int(UInt32(truncatingIfNeeded: s)) - 1]
                    if Int(entry.count) == b.count && Self.same(bytes, Int(entry.start), b) { return (entry.value, slot) }
                }
                slot = (slot + 1) & mask
            }
        }

        /// Whether `pool[start ..< start + b.count]` are the bytes `b`, eight at a time.
        @inline(__always)
        static func same(_ pool: UnsafeBufferPointer<UInt8>, _ start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = b.count
            guard n > 0 else { return true }
            let p = UnsafeRawPointer(pool.baseAddress! + start), q = UnsafeRawPointer(b.baseAddress!)
            var i = 0
            while i + 8 <= n {
                if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            // the rest (at most seven bytes) four, two and one at a time
            if n - i >= 4 {
                if p.loadUnaligned(fromByteOffset: i, as: UInt32.self) != q.loadUnaligned(fromByteOffset: i, as: UInt32.self) { return false }
                i += 4
            }
            if n - i >= 2 {
                if p.loadUnaligned(fromByteOffset: i, as: UInt16.self) != q.loadUnaligned(fromByteOffset: i, as: UInt16.self) { return false }
                i += 2
            }
            return i == n || p.load(fromByteOffset: i, as: UInt8.self) == q.load(fromByteOffset: i, as: UInt8.self)
        }
    }

    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in body(Lookup(slots: slots, entries: entries, bytes: bytes)) }
            }
        }
    }

    /// The value of bytes `b` (their `hash` `h`), or nil and the slot where `add` puts them.
    func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> (value: Int32?, slot: Int) {
        withLookup { $0.find(b, hash: h) }
    }

    /// Adds bytes `b` (not in the table; `h` and `slot` from `find`) with `value`.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32, slot: Int, value: Int32) {
        let e = entries.count
        entries.append(Entry(start: Int32(bytes.count), count: Int32(b.count), value: value))
        bytes.append(contentsOf: b)
        slots[slot] = UInt64(h) << 32 | UInt64(e + 1)
        if 2 * entries.count > slots.count { rehash(2 * slots.count) }
    }

    private mutating func rehash(_ size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for s in old where s != 0 {
                var slot = Int(UInt32(truncatingIfNeeded: s >> 32)) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = s
            }
        }
    }
}
