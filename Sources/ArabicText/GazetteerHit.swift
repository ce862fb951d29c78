/// A match of a gazetteer name as `GazetteerMatch` tells it, with the index of its value in `Gazetteer.values` instead of
/// the value: not generic, so a caller that asks at every token copies, tests and drops it as plain data. (An optional
/// `GazetteerMatch<Value>`, specialized in another module, was copied, tested for nil and destroyed through the
/// runtime's generic value witnesses: ~90 M instructions at ANT 1k for the lexicon's, the notable persons' and the
/// corpus names' matches, mostly at tokens that matched nothing.)
public struct GazetteerHit: Sendable, Equatable {
    /// Tokens the name covers (the first may carry proclitics).
    public var tokens: Range<Int>
    /// Scalars of proclitics at the start of the first token, outside the name.
    public var prefixLength: Int
    /// True when the name's first alef is not written (ل + ال → لل).
    public var restoredAlef: Bool
    /// True when the text writes the name in fewer words than any spelling inserted (`GazetteerMatch.joined`).
    public var joined: Bool
    /// The index of the name's value in `Gazetteer.values`.
    public var valueIndex: Int

    @inlinable
    public init(tokens: Range<Int>, prefixLength: Int, restoredAlef: Bool, joined: Bool, valueIndex: Int) {
        self.tokens = tokens
        self.prefixLength = prefixLength
        self.restoredAlef = restoredAlef
        self.joined = joined
        self.valueIndex = valueIndex
    }
}

extension Gazetteer {
    /// `match(in:at:)` with the value's index (`values[hit.valueIndex]` is the match's value).
    @inlinable
    public func hit(in tokens: [Token], at i: Int) -> GazetteerHit? {
        guard let m = trie.match(in: tokens, at: i) else { return nil }
        return GazetteerHit(tokens: m.tokens, prefixLength: m.prefix, restoredAlef: m.alef, joined: m.joined, valueIndex: m.value)
    }

    /// The match of `hit`, with its value.
    @inlinable
    public func match(of hit: GazetteerHit) -> GazetteerMatch<Value> {
        GazetteerMatch(tokens: hit.tokens, prefixLength: hit.prefixLength, restoredAlef: hit.restoredAlef, joined: hit.joined,
                       value: values[hit.valueIndex])
    }
}
