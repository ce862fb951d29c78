import Extraction

/// Which mentions of an article stand right beside another: another mention starting one scalar after a mention's
/// end, or ending one scalar before its start (a hyphen between two names of a list, `NameContext.isHyphenJoined`).
/// Resolution asks it, and the resolution reuse key (`EntityResolutionInputs` in Sitegen) hashes it: one definition
/// for both, so the key cannot drift from what resolution reads.
public struct AdjacentMentions {
    /// A scalar offset in a block (a struct of two integers, not an `[Int]` of two: no allocation per insert and
    /// look-up).
    private struct BlockOffset: Hashable {
        var block: Int
        var offset: Int
    }

    private var starts = Set<BlockOffset>()
    private var ends = Set<BlockOffset>()

    public init(_ mentions: [Mention]) {
        for m in mentions {
            starts.insert(BlockOffset(block: m.span.block, offset: m.span.start))
            ends.insert(BlockOffset(block: m.span.block, offset: m.span.end))
        }
    }

    /// Another mention starts one scalar after `m` ends.
    public func startsAfter(_ m: Mention) -> Bool { starts.contains(BlockOffset(block: m.span.block, offset: m.span.end + 1)) }

    /// Another mention ends one scalar before `m` starts.
    public func endsBefore(_ m: Mention) -> Bool { ends.contains(BlockOffset(block: m.span.block, offset: m.span.start - 1)) }
}
