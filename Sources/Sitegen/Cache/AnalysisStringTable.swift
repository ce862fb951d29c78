import Extraction
import Foundation

/// A file's string table as `AnalysisEncoder` wrote it (the count, then each string's UTF-8 after its length), kept as
/// a copy of its bytes with where each string lies; a string is made when a decoder first reads it.
///
/// A shard's table holds the strings of its articles' votes as well as of their extractions, and an edit that pools
/// nothing never reads the votes (`CachedVotes`): making every string of every table when the shards were read made
/// the votes' own strings for nothing. Made strings are `CacheStrings.string`'s, as `BinaryReader.shortString` makes
/// them, so a string reads the same whenever it is made.
final class AnalysisStringTable: @unchecked Sendable {
    private let bytes: ReadBytes
    /// String i's UTF-8 is `bytes[starts[i] ..< ends[i]]` (offsets in the table's bytes).
    private let starts: [Int]
    private let ends: [Int]
    private let lock = NSLock()
    /// Every string, once `allStrings` made them.
    private var all: [String?]?

    var count: Int { starts.count }

    /// Reads the table at the reader's position (checking every length against the bytes left) and moves past it.
    init(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        let start = r.offset
        let n = try r.count(atMost: r.remaining)
        var starts: [Int] = [], ends: [Int] = []
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        for _ in 0..<n {
            let length = try r.skipShortString()
            ends.append(r.offset - start)
            starts.append(r.offset - start - length)
        }
        bytes = r.readBytes(from: start)
        self.starts = starts
        self.ends = ends
    }

    /// String i (i < `count`), made anew.
    func string(_ i: Int) -> String {
        withExtendedLifetime(bytes) { CacheStrings.string(UnsafeRawBufferPointer(start: bytes.base + starts[i], count: ends[i] - starts[i])) }
    }

    /// Every string (made once, for the decoders of the votes: `CachedVotes`).
    func allStrings() -> [String?] {
        lock.withLock {
            if let all { return all }
            let made: [String?] = (0..<count).map { string($0) }
            all = made
            return made
        }
    }
}

/// The cases the coders write as numbers, each list made once (`allCases` makes a new array at every call: two a
/// mention read, ≈ 67 k mentions in a 10k edit's shards).
enum CodedCases {
    static let entityTypes = EntityType.allCases
    static let rules = DiscoveryRule.allCases
    static let eventTypes = EventType.allCases
}
