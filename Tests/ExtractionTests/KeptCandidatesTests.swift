import Testing
import TestSupport
@testable import Extraction

/// The candidates a block keeps (`KeptCandidates.indexes`) against the steps `extractKeepingBlocks` took before,
/// kept here: the candidates sorted longest first, then by the strongest rule, then by start; each kept unless it
/// overlaps one kept before it; the kept sorted by start. Ties abound (same length, rule strength and start) and
/// every candidate has a surface of its own, so a different order of equal candidates shows.
@Suite struct KeptCandidatesTests {
    static func keptAsBefore(_ candidates: [EntityCandidate]) -> [EntityCandidate] {
        var found = candidates
        found.sort { x, y in
            if x.end - x.start != y.end - y.start { return x.end - x.start > y.end - y.start }
            if x.rule.isStrong != y.rule.isStrong { return x.rule.isStrong }
            return x.start < y.start
        }
        var kept: [EntityCandidate] = []
        var taken: [Range<Int>] = []
        for c in found where !taken.contains(where: { $0.overlaps(c.start..<c.end) }) {
            kept.append(c)
            taken.append(c.start..<c.end)
        }
        kept.sort { $0.start < $1.start }
        return kept
    }

    static func candidate(_ n: Int, start: Int, length: Int, rule: DiscoveryRule) -> EntityCandidate {
        EntityCandidate(block: 0, start: start, end: start + length, surface: "c\(n)", key: "k\(n)", type: .person,
                        cue: nil, rule: rule, canonical: nil)
    }

    @Test func keptAsTheCandidatesWereSortedAndKept() {
        var random = SeededRandom(seed: 0x4B_45)
        let rules = DiscoveryRule.allCases
        for round in 0..<4_000 {
            let count = random.below(round % 10 == 0 ? 60 : 14)
            let span = 1 + random.below(40)
            let candidates = (0..<count).map { n in
                Self.candidate(n, start: random.below(span), length: random.below(5), rule: rules[random.below(rules.count)])
            }
            let kept = KeptCandidates.indexes(of: candidates).map { candidates[$0] }
            #expect(kept == Self.keptAsBefore(candidates), "round \(round)")
        }
    }

    @Test func edges() {
        #expect(KeptCandidates.indexes(of: []).isEmpty)
        // equal candidates but for their surfaces: the first met is kept
        let twins = [Self.candidate(0, start: 3, length: 2, rule: .pooled), Self.candidate(1, start: 3, length: 2, rule: .firstName)]
        #expect(KeptCandidates.indexes(of: twins) == [0])
        // a strong rule wins a tie of lengths; the longer wins over the strong; empty spans overlap nothing
        let mixed = [Self.candidate(0, start: 0, length: 3, rule: .pooled), Self.candidate(1, start: 1, length: 3, rule: .lexicon),
                     Self.candidate(2, start: 2, length: 4, rule: .pooled), Self.candidate(3, start: 2, length: 0, rule: .pooled),
                     Self.candidate(4, start: 9, length: 1, rule: .title)]
        #expect(KeptCandidates.indexes(of: mixed) == [2, 3, 4])
        #expect(KeptCandidates.indexes(of: mixed).map { mixed[$0] } == Self.keptAsBefore(mixed))
    }
}
