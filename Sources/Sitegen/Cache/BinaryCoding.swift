/// A compact length-prefixed binary format for the build cache (fast to write and read back for
/// thousands of entries, unlike JSON).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v))
        for _ in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: u)); u >>= 8 }
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optionalString(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }

    mutating func optionalInt(_ v: Int?) {
        bool(v != nil)
        if let v { int(v) }
    }

    mutating func hash(_ h: ContentHash) {
        int(Int(bitPattern: UInt(h.high)))
        int(Int(bitPattern: UInt(h.low)))
    }

    mutating func blob(_ b: [UInt8]) {
        int(b.count)
        bytes.append(contentsOf: b)
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is then ignored.
struct BinaryReader {
    struct Corrupt: Error {}
    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { at >= bytes.count }

    mutating func int() throws(Corrupt) -> Int {
        guard at + 8 <= bytes.count else { throw Corrupt() }
        var u: UInt64 = 0
        for k in 0..<8 { u |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        at += 8
        return Int(Int64(bitPattern: u))
    }

    mutating func bool() throws(Corrupt) -> Bool {
        guard at < bytes.count else { throw Corrupt() }
        at += 1
        return bytes[at - 1] != 0
    }

    mutating func string() throws(Corrupt) -> String {
        let n = try int()
        guard n >= 0, at + n <= bytes.count else { throw Corrupt() }
        defer { at += n }
        return String(decoding: bytes[at..<at + n], as: UTF8.self)
    }

    mutating func optionalString() throws(Corrupt) -> String? { try bool() ? try string() : nil }

    mutating func optionalInt() throws(Corrupt) -> Int? { try bool() ? try int() : nil }

    mutating func hash() throws(Corrupt) -> ContentHash {
        let h = try int(), l = try int()
        return ContentHash(high: UInt64(UInt(bitPattern: h)), low: UInt64(UInt(bitPattern: l)))
    }

    mutating func blob() throws(Corrupt) -> [UInt8] {
        let n = try int()
        guard n >= 0, at + n <= bytes.count else { throw Corrupt() }
        defer { at += n }
        return Array(bytes[at..<at + n])
    }
}
