/// The arrays of a `Gazetteer`'s trie as they are, so a cache can keep a built gazetteer and read it back
/// without inserting its names again (`Gazetteer(storage:values:)` checks that they form a trie).
public struct GazetteerTrieStorage: Sendable, Equatable {
    /// First edge of each node (scalar << 32 | child), or `UInt64.max`.
    public var firstEdge: [UInt64]
    /// The other edges of the nodes that have more than one: (node, edges).
    public var moreEdges: [(node: Int, edges: [UInt64])]
    /// Children of the root by scalar - 0x0600, or -1 (256 entries).
    public var rootArabic: [Int32]
    /// Value index of each node, or -1.
    public var terminal: [Int32]
    /// Word counts of the names ending at each node (bit set).
    public var wordCounts: [UInt8]
    public var maxTokens: Int

    public init(firstEdge: [UInt64], moreEdges: [(node: Int, edges: [UInt64])], rootArabic: [Int32], terminal: [Int32],
                wordCounts: [UInt8], maxTokens: Int) {
        self.firstEdge = firstEdge
        self.moreEdges = moreEdges
        self.rootArabic = rootArabic
        self.terminal = terminal
        self.wordCounts = wordCounts
        self.maxTokens = maxTokens
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.firstEdge == b.firstEdge && a.rootArabic == b.rootArabic && a.terminal == b.terminal && a.wordCounts == b.wordCounts
            && a.maxTokens == b.maxTokens && a.moreEdges.count == b.moreEdges.count
            && zip(a.moreEdges, b.moreEdges).allSatisfy { $0.node == $1.node && $0.edges == $1.edges }
    }
}

extension Gazetteer {
    /// The trie's arrays (see `GazetteerTrieStorage`).
    public var storage: GazetteerTrieStorage {
        var more: [(node: Int, edges: [UInt64])] = []
        for (node, edges) in trie.moreEdges.enumerated() where !edges.isEmpty { more.append((node, edges)) }
        return GazetteerTrieStorage(firstEdge: trie.firstEdge, moreEdges: more, rootArabic: trie.rootArabic, terminal: trie.terminal,
                                    wordCounts: trie.wordCounts, maxTokens: trie.maxTokens)
    }

    /// The gazetteer whose trie is `storage` and whose values are `values`; nil unless they form a trie any walk of
    /// which stays inside the arrays: equal node counts, every child a node other than the root, every node but the
    /// root the child of exactly one edge (so what the root reaches is a tree), every value index in range, every
    /// node with extra edges one that has a first edge.
    public init?(storage s: GazetteerTrieStorage, values: [Value]) {
        let n = s.firstEdge.count
        guard n >= 1, s.terminal.count == n, s.wordCounts.count == n, s.rootArabic.count == 256, s.maxTokens >= 0 else { return nil }
        func isChild(_ e: UInt64) -> Bool {
            let child = Int(UInt32(truncatingIfNeeded: e))
            return child >= 1 && child < n
        }
        for e in s.firstEdge where e != GazetteerTrie.noEdge && !isChild(e) { return nil }
        for c in s.rootArabic where c != -1 && !(c >= 1 && Int(c) < n) { return nil }
        for t in s.terminal where t != -1 && !(t >= 0 && Int(t) < values.count) { return nil }
        var more = [[UInt64]](repeating: [], count: n)
        for (node, edges) in s.moreEdges {
            guard node >= 0, node < n, more[node].isEmpty, !edges.isEmpty, s.firstEdge[node] != GazetteerTrie.noEdge,
                  edges.allSatisfy({ $0 != GazetteerTrie.noEdge && isChild($0) }) else { return nil }
            more[node] = edges
        }
        var parents = [UInt8](repeating: 0, count: n)
        func adopt(_ child: Int) -> Bool {
            parents[child] &+= 1
            return parents[child] == 1
        }
        for e in s.firstEdge where e != GazetteerTrie.noEdge { guard adopt(Int(UInt32(truncatingIfNeeded: e))) else { return nil } }
        for c in s.rootArabic where c != -1 { guard adopt(Int(c)) else { return nil } }
        for edges in more { for e in edges { guard adopt(Int(UInt32(truncatingIfNeeded: e))) else { return nil } } }
        guard parents.dropFirst().allSatisfy({ $0 == 1 }) else { return nil }
        var t = GazetteerTrie()
        t.firstEdge = s.firstEdge
        t.moreEdges = more
        t.rootArabic = s.rootArabic
        t.terminal = s.terminal
        t.wordCounts = s.wordCounts
        t.maxTokens = s.maxTokens
        t.indexAllEdges()
        self.init()
        trie = t
        self.values = values
    }
}
