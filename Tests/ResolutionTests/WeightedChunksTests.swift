import Testing
@testable import Resolution
import TestSupport

/// `ParallelChunks.map(…, weight:)` cuts the items into as many contiguous chunks as `map` does, of about equal weight,
/// and gives the same results in the same order.
@Suite struct WeightedChunksTests {
    @Test func boundsRiseAndSplitTheWeight() {
        var random = SeededRandom(seed: 45)
        for round in 0..<3_000 {
            let count = random.below(400)
            let chunks = 1 + random.below(5)
            // weights: even, zero, one heavy item, or a heavy start (as drafts of the most named entities come first)
            let kind = round % 4
            let weights = (0..<count).map { i -> Int in
                switch kind {
                case 0: return random.below(20)
                case 1: return 0
                case 2: return i == count / 3 ? 10_000 : 1
                default: return i < count / 10 ? 200 + random.below(200) : random.below(5)
                }
            }
            let bounds = ParallelChunks.weightedBounds(count, chunks: chunks) { weights[$0] }
            #expect(bounds.count == chunks + 1)
            #expect(bounds.first == 0 && bounds.last == count)
            #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 })
            // each chunk up to its bound holds at least its share, and less than its share plus one item
            let total = weights.reduce(0, +), heaviest = weights.max() ?? 0
            for c in 1..<chunks where bounds[c] < count {
                let sum = weights[0..<bounds[c]].reduce(0, +)
                #expect(sum * chunks >= total * c)
                #expect((sum - heaviest) * chunks < total * c || sum == 0)
            }
        }
    }

    @Test(arguments: [1, 2, 3]) func weightedChunksGiveTheResultsInOrder(jobs: Int) {
        var random = SeededRandom(seed: UInt64(jobs))
        for _ in 0..<200 {
            let count = random.below(3_000)
            let weights = (0..<count).map { _ in random.below(4) == 0 ? random.below(1_000) : random.below(3) }
            let plain = ParallelChunks.map(count, jobs: jobs, minChunk: 64) { range in range.map { $0 * 7 } }
            let weighted = ParallelChunks.map(count, jobs: jobs, minChunk: 64, weight: { weights[$0] }) { range in range.map { $0 * 7 } }
            #expect(weighted.count == plain.count)
            #expect(Array(weighted.joined()) == Array(plain.joined()))
            #expect(Array(weighted.joined()) == (0..<count).map { $0 * 7 })
        }
    }
}
