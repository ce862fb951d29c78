/// A small deterministic source of random numbers for tests that compare a fast path with the code it replaces on
/// random input: Knuth's 64-bit linear congruential step (the constants of PCG's default stream), read from its high 31
/// bits. The same seed gives the same sequence on every run and machine, so a failing input repeats.
///
/// It is not a `RandomNumberGenerator`: 31 bits a step are fine for picking pieces and lengths, not for the standard
/// library's `random(in:using:)`, which expects 64 random bits.
public struct SeededRandom {
    /// The generator's whole state: the last value of the linear congruential sequence.
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// Advances the sequence one step and returns the step's full 64-bit state (for tests that want raw 64-bit keys).
    public mutating func nextState() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }

    /// The next 31 random bits.
    public mutating func next() -> UInt64 { nextState() >> 33 }

    /// A number in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A string of `below(maxPieces)` pieces, each picked from `pieces`.
    public mutating func text(of pieces: [String], maxPieces: Int) -> String {
        var text = ""
        for _ in 0..<below(maxPieces) { text += pieces[below(pieces.count)] }
        return text
    }

    /// A string of `below(maxScalars)` scalars, each from a range picked from `ranges` (values that are not scalars,
    /// such as surrogates, are skipped, so the string may be shorter).
    public mutating func scalars(from ranges: [ClosedRange<UInt32>], maxScalars: Int) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<below(maxScalars) {
            let range = ranges[below(ranges.count)]
            if let scalar = Unicode.Scalar(range.lowerBound + UInt32(next() % UInt64(range.count))) { view.append(scalar) }
        }
        return String(view)
    }
}

/// SplitMix64 (Steele, Lea and Flood): 64 random bits a step from a seed, a `RandomNumberGenerator` for the tests that
/// call `random(in:using:)`, `randomElement(using:)` or `shuffled(using:)`, or want whole 64-bit values.
public struct SplitMix64: RandomNumberGenerator {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
