import Testing
import TestSupport
@testable import ArabicText

/// `Gazetteer.lookup` walks a one-key word on its bytes in one read and any other name by its keys without copying the
/// trie: it answers as the former look-up (kept here, with the scanned `wordKeys`) did, with and without dropped
/// scalars, on random gazetteers and names (inserted ones, their pieces, and others).
@Suite struct GazetteerLookupInlineTests {
    static func formerLookup<V>(_ g: Gazetteer<V>, _ name: String) -> V? {
        let found: Int?
        if Gazetteer<V>.isOneKeyWord(name) {
            found = g.trie.walk(0, name)
        } else {
            var t = g.trie
            found = t.node(Tokenizer.wordKeysByScalars(name), create: false)
        }
        guard let node = found else { return nil }
        return g.trie.terminal[node] >= 0 ? g.values[Int(g.trie.terminal[node])] : nil
    }

    static func formerLookup<V>(_ g: Gazetteer<V>, _ name: String, droppingScalars n: Int) -> V? {
        guard n > 0, Gazetteer<V>.isOneKeyWord(name) else {
            return formerLookup(g, n > 0 ? String(String.UnicodeScalarView(name.unicodeScalars.dropFirst(n))) : name)
        }
        guard let node = g.trie.walk(0, name, dropping: n) else { return nil }
        return g.trie.terminal[node] >= 0 ? g.values[Int(g.trie.terminal[node])] : nil
    }

    @Test func lookUpAsBefore() {
        var random = SeededRandom(seed: 4_547)
        var found = 0
        for round in 0..<6 {
            let names = GazetteerPlainNameTests.randomNames(seed: 100 + UInt64(round), count: 1_500)
            var g = Gazetteer<Int>()
            for (k, n) in names.enumerated() { g.insert(n, value: k) }
            var asked = names + GazetteerPlainNameTests.randomNames(seed: 200 + UInt64(round), count: 1_500)
            for n in names.prefix(500) {
                asked.append(["و", "ب", "ال", "لل", "وال"][random.below(5)] + n)
                asked.append(n.replacingOccurrences(of: " ", with: ""))
                asked.append(String(n.unicodeScalars.prefix(1 + random.below(max(1, n.unicodeScalars.count)))))
            }
            asked += ["", " ", "a", "ا", "ال", "\u{064E}"]
            for name in asked {
                let value = g.lookup(name)
                #expect(value == Self.formerLookup(g, name), "\(name)")
                if value != nil { found += 1 }
                for drop in 0...3 {
                    #expect(g.lookup(name, droppingScalars: drop) == Self.formerLookup(g, name, droppingScalars: drop), "\(name) \(drop)")
                }
            }
        }
        #expect(found > 5_000)
    }
}
