/// An article's blocks (the plain text of each top-level block, `ArticleBody.blocks`) as the analysis cache holds them:
/// made in this build, or still encoded as its shard stored them (each block's UTF-8 after its length, as
/// `BinaryWriter.shortString` writes it), made `String`s only when read (`decoded`), or read as UTF-8 in place
/// (`withUTF8(block:_:)`).
///
/// A one-article edit at 10k reads the blocks of a few hundred articles (the changed article's, the summaries of the
/// list pages written again, the snippets of the entity pages written again); making every cached article's blocks
/// `String`s when its shard was read was ~146 M instructions of a 3.4 G edit. The encoded bytes are copied out of the
/// shard's buffer (one array an article: a slice would keep the whole buffer, ~20 MB more at 10k), checked when the
/// shard was read (`AnalysisDecoder.encodedBlocks`): they decode to what reading them as strings then made
/// (`CacheStrings.string`, the call `BinaryReader.shortString` makes).
struct CachedBlocks: Sendable {
    private enum Storage: Sendable {
        case decoded([String])
        case encoded([UInt8])
    }

    private let storage: Storage
    /// How many blocks.
    let count: Int
    /// The UTF-8 bytes of all the blocks' text.
    let utf8Count: Int

    init(_ blocks: [String]) {
        storage = .decoded(blocks)
        count = blocks.count
        utf8Count = blocks.reduce(0) { $0 + $1.utf8.count }
    }

    /// Encoded blocks: `bytes` must hold `count` length-prefixed strings of `utf8Count` bytes in all, as
    /// `AnalysisDecoder.encodedBlocks` checked them.
    private init(encoded bytes: [UInt8], count: Int, utf8Count: Int) {
        storage = .encoded(bytes)
        self.count = count
        self.utf8Count = utf8Count
    }

    /// Whether the blocks are still as the shard stored them (no `String` made).
    var isEncoded: Bool {
        if case .encoded = storage { return true }
        return false
    }

    /// The blocks (made each time from encoded bytes: callers keep them, as `ArticleBody` does).
    var decoded: [String] {
        switch storage {
        case .decoded(let blocks): return blocks
        case .encoded(let bytes):
            var out: [String] = []
            out.reserveCapacity(count)
            bytes.withUnsafeBufferPointer { b in
                var at = 0
                for _ in 0..<count {
                    let (n, start) = Self.length(b, at)
                    out.append(CacheStrings.string(UnsafeBufferPointer(rebasing: b[start..<start + n])))
                    at = start + n
                }
            }
            return out
        }
    }

    /// Calls `body` with the UTF-8 bytes of block `block` (< `count`) as stored, without making a `String` of encoded
    /// ones: the bytes the block's `String` holds, for bytes that were valid UTF-8 when written (what this tool
    /// writes; a damaged shard's invalid bytes are the ones `decoded` repairs).
    func withUTF8<R>(block: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        precondition(block >= 0 && block < count, "block out of range")
        switch storage {
        case .decoded(let blocks):
            var text = blocks[block]
            return text.withUTF8(body)
        case .encoded(let bytes):
            return bytes.withUnsafeBufferPointer { b in
                var at = 0
                for _ in 0..<block {
                    let (n, start) = Self.length(b, at)
                    at = start + n
                }
                let (n, start) = Self.length(b, at)
                return body(UnsafeBufferPointer(rebasing: b[start..<start + n]))
            }
        }
    }

    /// Writes the count and the blocks as `AnalysisDecoder.encodedBlocks` reads them (encoded bytes as they were read).
    func encode(into body: inout BinaryWriter) {
        body.uvarint(count)
        switch storage {
        case .decoded(let blocks): for b in blocks { body.shortString(b) }
        case .encoded(let bytes): bytes.withUnsafeBytes { body.raw($0) }
        }
    }

    /// The varint length at `at` of checked bytes, and where its string starts.
    private static func length(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> (Int, Int) {
        var u = 0, shift = 0, i = at
        while true {
            let byte = b[i]
            i += 1
            u |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return (u, i) }
            shift += 7
        }
    }
}

extension AnalysisDecoder {
    /// The blocks at the reader's position (a count, then each block as `BinaryReader.shortString` reads it), checked
    /// as reading them as strings checks them and left encoded. Throws where reading them as strings throws.
    mutating func encodedBlocks() throws(BinaryReader.Corrupt) -> CachedBlocks {
        let n = try count()
        let start = r.offset
        var utf8 = 0
        for _ in 0..<n { utf8 += try r.skipShortString() }
        return CachedBlocks(encodedFrom: r, start: start, count: n, utf8Count: utf8)
    }
}

extension CachedBlocks {
    /// The bytes `reader` read since `start`, left encoded (see `AnalysisDecoder.encodedBlocks`).
    fileprivate init(encodedFrom reader: BinaryReader, start: Int, count: Int, utf8Count: Int) {
        self.init(encoded: reader.bytes(from: start), count: count, utf8Count: utf8Count)
    }
}
