import Testing
@testable import ArabicText

/// `Gazetteer.matches(in:prefilter:)` (session 38) asks the trie only at the tokens the prefilter keeps: it finds the
/// matches `matches(in:)` finds, on texts and names made at random from the letters clitics and names share.
@Suite struct PrefilteredMatchesTests {
    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Letters a name or a clitic starts with, and a few others (alef forms, ta marbuta, alef maqsura, Latin).
    static let letters: [String] = ["ا", "أ", "إ", "آ", "ل", "و", "ف", "ب", "ك", "ي", "ى", "ة", "ه", "ع", "د", "م", "ن", "ر", "س", "ت",
                                    "a", "b"]

    static func word<G: RandomNumberGenerator>(_ rng: inout G, _ lengths: ClosedRange<Int>) -> String {
        (0..<Int.random(in: lengths, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
    }

    static func same(_ a: [GazetteerMatch<Int>], _ b: [GazetteerMatch<Int>]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.tokens == $1.tokens && $0.prefixLength == $1.prefixLength && $0.restoredAlef == $1.restoredAlef
                && $0.joined == $1.joined && $0.value == $1.value
        }
    }

    @Test func findsWhatEveryTokenFinds() {
        var rng = Mix(state: 38)
        var matched = 0
        for round in 0..<60 {
            var g = Gazetteer<Int>()
            var names: [String] = []
            for k in 0..<(round % 3 == 0 ? 5 : 80) {
                let name = (0..<Int.random(in: 1...3, using: &rng)).map { _ in word(&rng, 1...5) }.joined(separator: " ")
                names.append(name)
                g.insert(name, value: k)
            }
            let filter = GazetteerPrefilter(g)
            for _ in 0..<20 {
                // names as written, with proclitics, next to random words and punctuation
                var parts: [String] = []
                for _ in 0..<30 {
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: parts.append(["", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "ولل"].randomElement(using: &rng)!
                                         + names.randomElement(using: &rng)!)
                    case 1: parts.append(["،", ".", "«", "»", "2020"].randomElement(using: &rng)!)
                    default: parts.append(word(&rng, 1...7))
                    }
                }
                let tokens = Tokenizer.tokenize(parts.joined(separator: " "))
                let all = g.matches(in: tokens), kept = g.matches(in: tokens, prefilter: filter)
                #expect(Self.same(all, kept), "\(parts)")
                matched += all.count
            }
        }
        #expect(matched > 1_000)
    }
}
