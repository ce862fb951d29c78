import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// A tally's cues counted in a short array by their NFC bytes (`PoolTallies.CueCount`) give the cue a `[String: Int]`
/// of them gives (`EntityExtractor.mostVoted`: most votes, the smaller cue on a tie, the first spelling of equal cues),
/// in one pass and in two halves merged; the `[String: Int]` code is kept here.
@Suite struct PoolCueCountsTests {
    /// Cues with spellings `String` calls equal (a hamza precomposed and as alef + U+0654, shadda and fatha in both
    /// orders), others that differ only by a mark, and Latin ones.
    static let cues = ["قال", "أكد", "\u{0627}\u{0654}كد", "رئيس", "الرئيس", "وزير", "شدّد", "شد\u{064E}\u{0651}د", "شد\u{0651}\u{064E}د",
                       "Minister", "café", "cafe\u{0301}", "مدرب", "إمام", "\u{0627}\u{0655}مام"]

    @Test func topCueIsTheDictionarysMostVoted() {
        var random = SeededRandom(seed: 0xC0E_43)
        var tiesBroken = 0, equalSpellings = 0
        for _ in 0..<5_000 {
            let votes = (0..<(1 + random.below(12))).map { _ in Self.cues[random.below(Self.cues.count)] }
            var old: [String: Int] = [:]
            for c in votes { old[c, default: 0] += 1 }
            var tally = PoolTallies.Tally(key: "k", surface: "k")
            for c in votes { tally.countCue(c) }
            let expected = EntityExtractor.mostVoted(old)!
            #expect(tally.topCue.map { Array($0.utf8) } == Array(expected.utf8), "\(votes)")
            #expect(tally.cues.count == old.count, "\(votes)")
            #expect(Dictionary(uniqueKeysWithValues: tally.cues.map { ($0.cue, $0.count) }) == old, "\(votes)")
            // two halves merged as `PoolTallies.append` merges them
            let middle = random.below(votes.count + 1)
            var first = PoolTallies.Tally(key: "k", surface: "k"), second = first
            for c in votes[..<middle] { first.countCue(c) }
            for c in votes[middle...] { second.countCue(c) }
            for c in second.cues { PoolTallies.Tally.add(c, to: &first.cues) }
            #expect(first.cues == tally.cues, "\(votes)")
            let counts = old.values.sorted(by: >)
            if counts.count > 1, counts[0] == counts[1] { tiesBroken += 1 }
            if Set(votes.map { Array($0.utf8) }).count > old.count { equalSpellings += 1 }
        }
        #expect(tiesBroken > 100 && equalSpellings > 100)
    }
}
