import Testing
import TestSupport
@testable import ArabicText

/// A trie node of many edges finds its Arabic children in a row by scalar (`wideRows`) instead of scanning its edges:
/// `child` answers as the scan of every edge did, for every node and scalar, while names are inserted and after the
/// trie is read back from its arrays; and matching finds what it found.
@Suite struct GazetteerWideNodeTests {
    /// The child of `node` by `v` as found before: the root's Arabic table, else a scan of all its edges.
    static func scannedChild(_ t: GazetteerTrie, _ node: Int, _ v: UInt32) -> Int? {
        if node == 0, v >= 0x0600, v < 0x0700 {
            let c = t.rootArabic[Int(v - 0x0600)]
            return c >= 0 ? Int(c) : nil
        }
        return t.edges(of: node).first { $0.scalar == v }?.node
    }

    /// Every node and every scalar of the rows' span and around it.
    static func expectSameChildren(_ t: GazetteerTrie, _ note: String) -> Int {
        var wide = 0
        for node in t.firstEdge.indices {
            if t.wideRow[node] >= 0 { wide += 1 }
            for v in UInt32(0x0600)...0x0680 {
                #expect(t.child(node, v) == scannedChild(t, node, v), "\(note) node \(node) scalar \(v)")
            }
            for v: UInt32 in [0x41, 0x61, 0x7A, 0x4E2D, 0x2000B] {
                #expect(t.child(node, v) == scannedChild(t, node, v), "\(note) node \(node) scalar \(v)")
            }
        }
        return wide
    }

    /// Random names of words of a few Arabic letters (many shared beginnings: wide nodes), Latin and CJK words.
    static func randomNames(seed: UInt64, count: Int) -> [String] {
        var random = SeededRandom(seed: seed)
        let letters: [ClosedRange<UInt32>] = [0x0627...0x0628, 0x062A...0x063A, 0x0641...0x064A, 0x0621...0x0626, 0x0629...0x0629]
        var names: [String] = []
        for _ in 0..<count {
            var words: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                switch random.below(12) {
                case 0: words.append(random.scalars(from: [0x61...0x7A], maxScalars: 7) + "a")
                case 1: words.append(["中国", "𠀋中", "中"][random.below(3)])
                default: words.append(["ال", "", "و", "بال", ""][random.below(5)] + random.scalars(from: letters, maxScalars: 6) + "ن")
                }
            }
            names.append(words.joined(separator: " "))
        }
        return names
    }

    @Test func childrenAreTheScannedOnes() {
        var g = Gazetteer<Int>()
        var wide = 0
        for (k, name) in Self.randomNames(seed: 7, count: 6_000).enumerated() {
            g.insert(name, value: k)
            if k % 1_500 == 0 { wide = Self.expectSameChildren(g.trie, "after \(k) names") }
        }
        wide = Self.expectSameChildren(g.trie, "all names")
        #expect(wide > 50)
        // read back from its arrays
        let back = Gazetteer<Int>(storage: g.storage, values: g.values)
        #expect(back != nil)
        if let back {
            #expect(back.trie.wideRow.map { $0 >= 0 } == g.trie.wideRow.map { $0 >= 0 })
            _ = Self.expectSameChildren(back.trie, "read back")
        }
    }

    /// Matches at every token of random texts of the names' words: the trie's own, the reference walk of
    /// `GazetteerMatchOnBytesTests` (clitic readings over scalars, its `walk` through `child`), and the read-back trie's.
    @Test func matchesAreTheSame() {
        var g = Gazetteer<Int>()
        let names = Self.randomNames(seed: 11, count: 3_000)
        for (k, name) in names.enumerated() { g.insert(name, value: k) }
        let back = Gazetteer<Int>(storage: g.storage, values: g.values)!
        var random = SeededRandom(seed: 12)
        var found = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<12 {
                let name = names[random.below(names.count)]
                text += ["", "و", "ب", "ل", "ك", "ف", "ال"][random.below(7)] + name + " " + ["من ", "، ", "", "في "][random.below(4)]
            }
            let tokens = Tokenizer.tokenize(text)
            for i in tokens.indices {
                let m = g.trie.match(in: tokens, at: i)
                let r = GazetteerMatchOnBytesTests.referenceMatch(g.trie, in: tokens, at: i)
                let b = back.trie.match(in: tokens, at: i)
                #expect(m?.tokens == r?.tokens && m?.value == r?.value && m?.prefix == r?.prefix && m?.alef == r?.alef)
                #expect(m?.tokens == b?.tokens && m?.value == b?.value && m?.prefix == b?.prefix && m?.alef == b?.alef)
                if m != nil { found += 1 }
            }
        }
        #expect(found > 2_000)
    }
}
