import Testing
@testable import ArabicText
import TestSupport

/// `Gazetteer.hit(in:at:)` (session 38) is `match(in:at:)` with the value's index, and `matches(in:)`, now asked
/// through it, finds what the loop over `match(in:at:)` found.
@Suite struct GazetteerHitTests {
    /// `matches(in:)` as it was: `match(in:at:)` at each token, skipping the tokens of each match.
    static func referenceMatches<V>(_ g: Gazetteer<V>, _ tokens: [Token]) -> [GazetteerMatch<V>] {
        var out: [GazetteerMatch<V>] = []
        var i = 0
        while i < tokens.count {
            if let m = g.match(in: tokens, at: i) { out.append(m); i = m.tokens.upperBound } else { i += 1 }
        }
        return out
    }

    static func same(_ h: GazetteerHit?, _ m: GazetteerMatch<Int>?, _ g: Gazetteer<Int>) -> Bool {
        guard let h, let m else { return h == nil && m == nil }
        return h.tokens == m.tokens && h.prefixLength == m.prefixLength && h.restoredAlef == m.restoredAlef
            && h.joined == m.joined && g.values[h.valueIndex] == m.value
    }

    @Test func aHitIsTheMatchWithItsValueIndex() {
        var g = Gazetteer<Int>()
        for (k, n) in GazetteerMatchOnBytesTests.names.enumerated() { g.insert(n, value: 100 + k) }
        var tokens: [Token] = []
        for text in GazetteerMatchOnBytesTests.texts {
            tokens += Tokenizer.tokenize(text)
            for t in Tokenizer.tokenize(text) where t.kind == .word {
                for p in ["", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "ولل", "وك"] { tokens += Tokenizer.tokenize(p + t.text + " حزب الله") }
            }
        }
        var found = 0
        for i in tokens.indices {
            let h = g.hit(in: tokens, at: i), m = g.match(in: tokens, at: i)
            #expect(Self.same(h, m, g), "\(tokens[i].text)")
            if let h {
                found += 1
                let back = g.match(of: h)
                #expect(back.tokens == h.tokens && back.value == g.values[h.valueIndex])
            }
        }
        #expect(found > 100)
        let all = g.matches(in: tokens), reference = Self.referenceMatches(g, tokens)
        #expect(all.count == reference.count)
        for (a, b) in zip(all, reference) {
            #expect(a.tokens == b.tokens && a.prefixLength == b.prefixLength && a.restoredAlef == b.restoredAlef
                && a.joined == b.joined && a.value == b.value)
        }
    }

    /// Names and texts made at random from the letters names and clitics share.
    @Test func matchesFindWhatMatchAtEachTokenFinds() {
        var rng = SplitMix64(seed: 38)
        let letters = ["ا", "أ", "ل", "و", "ف", "ب", "ك", "ي", "ى", "ة", "ه", "ع", "د", "ن", "a"]
        func word(_ n: ClosedRange<Int>) -> String { (0..<Int.random(in: n, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined() }
        var matched = 0
        for _ in 0..<40 {
            var g = Gazetteer<Int>()
            var names: [String] = []
            for k in 0..<60 {
                let name = (0..<Int.random(in: 1...3, using: &rng)).map { _ in word(1...4) }.joined(separator: " ")
                names.append(name)
                g.insert(name, value: k)
            }
            for _ in 0..<10 {
                var parts: [String] = []
                for _ in 0..<30 {
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: parts.append(["", "و", "ب", "ل", "لل", "وب"].randomElement(using: &rng)! + names.randomElement(using: &rng)!)
                    case 1: parts.append(["،", ".", "«", "2020"].randomElement(using: &rng)!)
                    default: parts.append(word(1...6))
                    }
                }
                let tokens = Tokenizer.tokenize(parts.joined(separator: " "))
                let all = g.matches(in: tokens), reference = Self.referenceMatches(g, tokens)
                #expect(all.count == reference.count)
                for (a, b) in zip(all, reference) {
                    #expect(a.tokens == b.tokens && a.prefixLength == b.prefixLength && a.restoredAlef == b.restoredAlef
                        && a.joined == b.joined && a.value == b.value)
                }
                for i in tokens.indices { #expect(Self.same(g.hit(in: tokens, at: i), g.match(in: tokens, at: i), g)) }
                matched += all.count
            }
        }
        #expect(matched > 500)
    }

}
