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

/// The bytes a `BinaryReader` reads: a cache file mapped into memory (`CacheFile.read`), or a copy of an array's.
///
/// A cache file is mapped rather than read: `read` copied its pages into fresh memory, each page a page fault, and the
/// files an edit reads are ≈ 70 MB at 10k. The build cache replaces its files by renaming new ones over them
/// (`CacheFile.write`), so a mapped file is never changed under the reader.
final class ReadBytes: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    /// The length mapped (0: `base` was allocated, and is freed).
    private let mappedLength: Int

    convenience init(copying bytes: [UInt8]) {
        self.init(allocated: bytes.withUnsafeBytes { Self.copy($0) }, count: bytes.count)
    }

    convenience init(copying bytes: UnsafeRawBufferPointer) { self.init(allocated: Self.copy(bytes), count: bytes.count) }

    private init(allocated memory: UnsafeRawPointer, count: Int) {
        base = memory
        self.count = count
        mappedLength = 0
    }

    /// A copy of `bytes` in memory of its own (at least one byte).
    private static func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        if let from = bytes.baseAddress { memory.copyMemory(from: from, byteCount: bytes.count) }
        return UnsafeRawPointer(memory)
    }

    /// The `length` bytes of the open file `fd`, mapped read-only (nil when they cannot be; `length` > 0).
    init?(mapping fd: Int32, length: Int) {
        guard length > 0 else { return nil }
        // (populated at once: the file's pages are in the page cache, and faulting them in one by one cost more)
        let p = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(p)
        count = length
        mappedLength = length
    }

    deinit {
        if mappedLength > 0 {
            munmap(UnsafeMutableRawPointer(mutating: base), mappedLength)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}

/// Some bytes of a `ReadBytes` (a cache file's), kept alive by this value, not copied.
struct CachedBytes: Sendable {
    private let owner: ReadBytes
    private let start: Int
    let count: Int

    init(_ owner: ReadBytes, start: Int, count: Int) {
        precondition(start >= 0 && count >= 0 && count <= owner.count - start)
        self.owner = owner
        self.start = start
        self.count = count
    }

    /// A copy of `bytes`.
    init(copying bytes: some Collection<UInt8>) { self.init(ReadBytes(copying: Array(bytes)), start: 0, count: bytes.count) }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(UnsafeRawBufferPointer(start: owner.base + start, count: count)) }
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is then ignored. (A value of its own position
/// over bytes no one changes: copies may be read on different threads.)
struct BinaryReader: @unchecked Sendable {
    struct Corrupt: Error {}
    private let buffer: ReadBytes
    /// `buffer.base` and `buffer.count` (the buffer is kept by `buffer`).
    private let base: UnsafeRawPointer
    private let end: Int
    private var at = 0

    init(_ bytes: [UInt8]) { self.init(ReadBytes(copying: bytes)) }

    /// A reader of a copy of `bytes` (one copy: not an array made first).
    init(copying bytes: ArraySlice<UInt8>) { self.init(bytes.withUnsafeBytes { ReadBytes(copying: $0) }) }

    init(_ buffer: ReadBytes) {
        self.buffer = buffer
        base = buffer.base
        end = buffer.count
    }

    var atEnd: Bool { at >= end }

    /// The byte at offset `i` (< `end`).
    @inline(__always)
    private func byte(_ i: Int) -> UInt8 { base.load(fromByteOffset: i, as: UInt8.self) }

    /// The `n` bytes at the reader's position (`n` ≤ `end - at`, checked by the caller).
    @inline(__always)
    private func span(_ n: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + at, count: n) }

    /// `span(n)` as UTF-8 code units.
    @inline(__always)
    private func utf8(_ n: Int) -> UnsafeBufferPointer<UInt8> { span(n).assumingMemoryBound(to: UInt8.self) }

    mutating func int() throws(Corrupt) -> Int {
        guard end - at >= 8 else { throw Corrupt() }
        let u = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        at += 8
        return Int(Int64(bitPattern: u))
    }

    mutating func bool() throws(Corrupt) -> Bool {
        guard at < end else { throw Corrupt() }
        at += 1
        return byte(at - 1) != 0
    }

    mutating func string() throws(Corrupt) -> String {
        let n = try int()
        guard n >= 0, n <= end - at else { throw Corrupt() }
        defer { at += n }
        return withExtendedLifetime(buffer) { CacheStrings.string(utf8(n)) }
    }

    mutating func optionalString() throws(Corrupt) -> String? { try bool() ? try string() : nil }

    mutating func optionalInt() throws(Corrupt) -> Int? { try bool() ? try int() : nil }

    mutating func hash() throws(Corrupt) -> ContentHash {
        let h = try int(), l = try int()
        return ContentHash(high: UInt64(UInt(bitPattern: h)), low: UInt64(UInt(bitPattern: l)))
    }

    mutating func blob() throws(Corrupt) -> [UInt8] {
        let n = try int()
        guard n >= 0, n <= end - at else { throw Corrupt() }
        defer { at += n }
        return withExtendedLifetime(buffer) { Array(span(n)) }
    }

    /// (A number of one or two bytes, most of what the cache files hold, read inline: called, the read cost ~27
    /// instructions, ≈ 55 M of a 10k edit's.)
    @inline(__always)
    mutating func uvarint() throws(Corrupt) -> Int {
        if at < end {
            let b = byte(at)
            if b < 0x80 {
                at += 1
                return Int(b)
            }
            if at + 1 < end {
                let b1 = byte(at + 1)
                if b1 < 0x80 {
                    at += 2
                    return Int(b & 0x7F) | Int(b1) << 7
                }
            }
        }
        return try longUvarint()
    }

    /// `uvarint()` of a number of more than two bytes (or past the end: throws).
    @inline(never)
    private mutating func longUvarint() throws(Corrupt) -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < end, shift < 64 else { throw Corrupt() }
            let b = byte(at)
            at += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: u))
    }

    /// A count or index: a varint no larger than `limit`.
    @inline(__always)
    mutating func count(atMost limit: Int) throws(Corrupt) -> Int {
        let n = try uvarint()
        guard n >= 0, n <= limit else { throw Corrupt() }
        return n
    }

    @inline(__always)
    mutating func optionalVarint() throws(Corrupt) -> Int? {
        let u = UInt64(UInt(bitPattern: try uvarint()))
        guard u != 0 else { return nil }
        let z = u &- 1
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    mutating func shortString() throws(Corrupt) -> String {
        // (the bytes left are counted after the length: counted before it, a damaged length could pass the end by the
        // length's own bytes)
        let n = try uvarint()
        guard n >= 0, n <= end - at else { throw Corrupt() }
        defer { at += n }
        return withExtendedLifetime(buffer) { CacheStrings.string(utf8(n)) }
    }

    /// Moves past what `shortString()` reads, checking what it checks; the string's length in bytes.
    mutating func skipShortString() throws(Corrupt) -> Int {
        let n = try uvarint()
        guard n >= 0, n <= end - at else { throw Corrupt() }
        at += n
        return n
    }

    /// The next `n` bytes.
    mutating func bytes(_ n: Int) throws(Corrupt) -> [UInt8] {
        guard n >= 0, n <= end - at else { throw Corrupt() }
        defer { at += n }
        return withExtendedLifetime(buffer) { Array(span(n)) }
    }

    /// What `BinaryWriter.blob` wrote, as bytes of the reader's buffer (no copy: they keep the buffer).
    mutating func blobSlice() throws(Corrupt) -> CachedBytes {
        let n = try int()
        guard n >= 0, n <= end - at else { throw Corrupt() }
        defer { at += n }
        return CachedBytes(buffer, start: at, count: n)
    }

    /// What `BinaryWriter.numbers` wrote.
    mutating func numbers<T: FixedWidthInteger>(_: T.Type = T.self) throws(Corrupt) -> [T] {
        let n = try uvarint()
        let size = MemoryLayout<T>.stride
        guard n >= 0, n <= (end - at) / size else { throw Corrupt() }
        let out = [T](unsafeUninitializedCapacity: n) { buffer, count in
            withExtendedLifetime(self.buffer) {
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: span(n * size))
            }
            count = n
        }
        at += n * size
        return out
    }

    /// How many bytes were read.
    var offset: Int { at }

    /// A copy of the bytes read since `start` (an earlier `offset`).
    func bytes(from start: Int) -> [UInt8] {
        precondition(start >= 0 && start <= at)
        return withExtendedLifetime(buffer) { Array(UnsafeRawBufferPointer(start: base + start, count: at - start)) }
    }

    /// A copy of the bytes read since `start` (an earlier `offset`) for a reader of their own (`BinaryReader(_:)`).
    func readBytes(from start: Int) -> ReadBytes {
        precondition(start >= 0 && start <= at)
        return withExtendedLifetime(buffer) { ReadBytes(copying: UnsafeRawBufferPointer(start: base + start, count: at - start)) }
    }

    /// The rest of the bytes are at least `n` (a cheap bound for counts read from the file).
    var remaining: Int { end - at }
}

/// A file of the build cache: the tool's identity, then a body. Every cache file is read and
/// written through this, so none can be taken from another `sitegen` or left half-written.
enum CacheFile {
    /// A reader past the identity, or nil when the file is missing or was made by another tool.
    static func read(_ file: URL, identity: ContentHash) -> BinaryReader? {
        guard let bytes = mapped(file.path) else { return nil }
        var r = BinaryReader(bytes)
        guard (try? r.hash()) == identity else { return nil }
        return r
    }

    /// The bytes of the file at `path` (following links), mapped into memory (`ReadBytes`), or read when they cannot be
    /// mapped (an empty file, a file system without mappings); nil when it cannot be opened or read.
    static func mapped(_ path: String) -> ReadBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return nil }
        if (st.st_mode & S_IFMT) == S_IFREG, let bytes = ReadBytes(mapping: fd, length: Int(st.st_size)) { return bytes }
        return contents(path).map { ReadBytes(copying: $0) }
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
        // (the old file removed on a thread of its own: freeing its blocks may wait for the disk, `ReplacedFiles`)
        if !ok || !ReplacedFiles.move(temp, over: file.path) { unlink(temp) }
    }
}
