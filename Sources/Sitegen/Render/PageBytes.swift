/// Something bytes are appended to: a `[UInt8]`, or the compiled renderer's page buffer (`PageBytes`).
protocol ByteAppending {
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func appendByte(_ byte: UInt8)
}

extension Array: ByteAppending where Element == UInt8 {
    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    @inline(__always)
    mutating func appendByte(_ byte: UInt8) { append(byte) }
}

/// The page the compiled renderer writes: a byte buffer of its own (pointer, count, capacity), so that each of a
/// page's hundreds of text pieces and values is a capacity test and a copy. Through `[UInt8]`'s generic
/// `append(contentsOf:)` each was ~94 instructions before the copy (566,000 appends at 1k). Owned by one
/// `RenderState`, which frees it (`deallocate`) after taking the page out (`bytes`).
struct PageBytes: ByteAppending {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The byte at `i` (< `count`).
    subscript(i: Int) -> UInt8 { base[i] }

    @inline(__always)
    private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        var c = capacity * 2
        while c < count + more { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = c
    }

    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { appendBytes($0) } }

    /// A string's UTF-8 bytes (read in place when the string is native).
    mutating func append(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ appendBytes($0) }) == nil {
            var s = s
            s.withUTF8 { appendBytes($0) }
        }
    }

    /// The UTF-8 bytes of `s` put in at `position` (≤ `count`), the bytes after it moved up.
    mutating func insert(_ s: String, at position: Int) {
        var s = s
        s.withUTF8 { bytes in
            let n = bytes.count
            guard n > 0 else { return }
            reserve(n)
            (base + position + n).update(from: base + position, count: count - position)  // (overlapping: memmove)
            (base + position).update(from: bytes.baseAddress!, count: n)
            count += n
        }
    }
}
