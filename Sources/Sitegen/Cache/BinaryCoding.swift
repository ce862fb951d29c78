import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// A non-negative number in 1 to 10 bytes (7 bits each, low first).
    mutating func uvarint(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v))
        while u >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: u) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    /// An optional number as a varint: 0 for nil, else the zigzag form of the value plus one.
    mutating func optionalVarint(_ v: Int?) {
        guard let v else { uvarint(0); return }
        let zigzag = (UInt64(bitPattern: Int64(v)) << 1) ^ UInt64(bitPattern: Int64(v >> 63))
        uvarint(Int(bitPattern: UInt(zigzag &+ 1)))
    }

    /// Bytes as they are (the reader must know how many).
    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func raw(_ b: UnsafeRawBufferPointer) { bytes.append(contentsOf: b) }

    /// A string prefixed with its UTF-8 length as a varint.
    mutating func shortString(_ s: String) {
        uvarint(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    /// An array of fixed-size numbers as their memory (this machine's byte order: the file is this tool's own),
    /// prefixed with their count.
    mutating func numbers<T: FixedWidthInteger>(_ a: [T]) {
        uvarint(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
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

    mutating func uvarint() throws(Corrupt) -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Corrupt() }
            let b = bytes[at]
            at += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: u))
    }

    /// A count or index: a varint no larger than `limit`.
    mutating func count(atMost limit: Int) throws(Corrupt) -> Int {
        let n = try uvarint()
        guard n >= 0, n <= limit else { throw Corrupt() }
        return n
    }

    mutating func optionalVarint() throws(Corrupt) -> Int? {
        let u = UInt64(UInt(bitPattern: try uvarint()))
        guard u != 0 else { return nil }
        let z = u &- 1
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    mutating func shortString() throws(Corrupt) -> String {
        // (the bytes left are counted after the length: counted before it, a damaged length could pass the end by the
        // length's own bytes, and the unchecked slice below read past the buffer)
        let n = try uvarint()
        guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
        defer { at += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[at..<at + n]), as: UTF8.self) }
    }

    /// Moves past what `shortString()` reads, checking what it checks; the string's length in bytes.
    mutating func skipShortString() throws(Corrupt) -> Int {
        let n = try uvarint()
        guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
        at += n
        return n
    }

    /// The next `n` bytes.
    mutating func bytes(_ n: Int) throws(Corrupt) -> [UInt8] {
        guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
        defer { at += n }
        return Array(bytes[at..<at + n])
    }

    /// What `BinaryWriter.blob` wrote, as a slice of the reader's buffer (no copy: the slice keeps the buffer).
    mutating func blobSlice() throws(Corrupt) -> ArraySlice<UInt8> {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
        defer { at += n }
        return bytes[at..<at + n]
    }

    /// What `BinaryWriter.numbers` wrote.
    mutating func numbers<T: FixedWidthInteger>(_: T.Type = T.self) throws(Corrupt) -> [T] {
        let n = try uvarint()
        let size = MemoryLayout<T>.stride
        guard n >= 0, n <= (bytes.count - at) / size else { throw Corrupt() }
        let out = [T](unsafeUninitializedCapacity: n) { buffer, count in
            bytes.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[at..<at + n * size]))
            }
            count = n
        }
        at += n * size
        return out
    }

    /// How many bytes were read.
    var offset: Int { at }

    /// The bytes read since `start` (an earlier `offset`), as a slice of the reader's buffer (no copy: it keeps the buffer).
    func slice(from start: Int) -> ArraySlice<UInt8> { bytes[start..<at] }

    /// A copy of the bytes read since `start` (an earlier `offset`).
    func bytes(from start: Int) -> [UInt8] { Array(bytes[start..<at]) }

    /// The rest of the bytes are at least `n` (a cheap bound for counts read from the file).
    var remaining: Int { bytes.count - at }
}

/// A file of the build cache: the tool's identity, then a body. Every cache file is read and
/// written through this, so none can be taken from another `sitegen` or left half-written.
enum CacheFile {
    /// A reader past the identity, or nil when the file is missing or was made by another tool.
    static func read(_ file: URL, identity: ContentHash) -> BinaryReader? {
        guard let bytes = contents(file.path) else { return nil }
        var r = BinaryReader(bytes)
        guard (try? r.hash()) == identity else { return nil }
        return r
    }

    /// The bytes of the file at `path` (following links), read into the array itself; nil when it cannot be opened or read.
    /// (`FileManager.contents` read them into a `Data` that was then copied into an array: two fresh buffers of every
    /// cache file an edit reads, ≈ 70 MB at 10k, each page a page fault.)
    static func contents(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let expected = max(0, Int(st.st_size))
        var failed = false, grew = false
        // one byte more than expected: a file that grew since its `stat` is read the Foundation way
        let bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            var filled = 0
            while filled < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if n == 0 { break }
                filled += n
            }
            grew = filled > expected
            count = failed || grew ? 0 : filled
        }
        if failed { return nil }
        if grew { return FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
        return bytes
    }

    /// Writes the identity and then `parts` atomically (temporary file, then rename), creating the
    /// folder. (The parts are written as they are: joining them first copied megabytes per build.)
    static func write(_ file: URL, identity: ContentHash, _ parts: [UInt8]...) { write(file, identity: identity, parts: parts) }

    static func write(_ file: URL, identity: ContentHash, parts: [[UInt8]]) {
        var head = BinaryWriter()
        head.hash(identity)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temp = file.path + ".tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = FileWrites.writeAll(fd, head.bytes)
        for part in parts where ok { ok = FileWrites.writeAll(fd, part) }
        if close(fd) != 0 { ok = false }
        if !ok || rename(temp, file.path) != 0 { unlink(temp) }
    }
}
