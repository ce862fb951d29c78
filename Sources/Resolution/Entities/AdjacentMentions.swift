import Extraction

/// Which mentions of an article stand right beside another: another mention starting one scalar after a mention's
/// end, or ending one scalar before its start (a hyphen between two names of a list, `NameContext.isHyphenJoined`).
/// Resolution asks it, and the resolution reuse key (`EntityResolutionInputs` in Sitegen) hashes it: one definition
/// for both, so the key cannot drift from what resolution reads.
public struct AdjacentMentions {
    /// A scalar offset in a block, ordered by block, then offset.
    private struct BlockOffset: Comparable {
        var block: Int
        var offset: Int
        static func < (a: Self, b: Self) -> Bool { a.block != b.block ? a.block < b.block : a.offset < b.offset }
    }

    /// Where the mentions start and end, sorted: an article has a few dozen, found by binary search (a `Set` of them
    /// hashed every insert and look-up, ~1,000 instructions an insert with the table's growth).
    private let starts: [BlockOffset]
    private let ends: [BlockOffset]

    public init(_ mentions: [Mention]) {
        starts = mentions.map { BlockOffset(block: $0.span.block, offset: $0.span.start) }.sorted()
        ends = mentions.map { BlockOffset(block: $0.span.block, offset: $0.span.end) }.sorted()
    }

    /// Another mention starts one scalar after `m` ends.
    public func startsAfter(_ m: Mention) -> Bool { Self.holds(starts, BlockOffset(block: m.span.block, offset: m.span.end + 1)) }

    /// Another mention ends one scalar before `m` starts.
    public func endsBefore(_ m: Mention) -> Bool { Self.holds(ends, BlockOffset(block: m.span.block, offset: m.span.start - 1)) }

    private static func holds(_ sorted: [BlockOffset], _ x: BlockOffset) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == x
    }
}
