import Testing
import TestSupport
@testable import Extraction

/// A tally's votes by type as three counts (`TypeVotes`) answer as the `[EntityType: Int]` they replace (kept here):
/// the same types and counts after random votes (of any weight) and merges, and the same most-voted type.
@Suite struct PoolTypeVotesTests {
    @Test func typeVotesAreTheDictionary() {
        var random = SeededRandom(seed: 4_548)
        let types = EntityType.allCases
        for _ in 0..<20_000 {
            var votes = TypeVotes(), dictionary: [EntityType: Int] = [:]
            var other = TypeVotes(), otherDictionary: [EntityType: Int] = [:]
            for _ in 0..<random.below(6) {
                let type = types[random.below(3)], weight = random.below(8) == 0 ? random.below(3) - 2 : 1 + random.below(2)
                votes[type] += weight
                dictionary[type, default: 0] += weight
            }
            for _ in 0..<random.below(4) {
                let type = types[random.below(3)], weight = 1 + random.below(2)
                other[type] += weight
                otherDictionary[type, default: 0] += weight
            }
            #expect(votes.dictionary == dictionary)
            #expect(votes.mostVoted == EntityExtractor.mostVoted(dictionary))
            if random.below(2) == 0 {
                votes.add(other)
                dictionary.merge(otherDictionary, uniquingKeysWith: +)
                #expect(votes.dictionary == dictionary)
                #expect(votes.mostVoted == EntityExtractor.mostVoted(dictionary))
            }
            #expect((votes == other) == (dictionary == otherDictionary))
        }
    }
}
