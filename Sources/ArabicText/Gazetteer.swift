/// A match of a gazetteer name in a token stream.
public struct GazetteerMatch<Value> {
    /// Tokens the name covers (the first may carry proclitics).
    public var tokens: Range<Int>
    /// Scalars of proclitics at the start of the first token (see `Clitics`), outside the name.
    public var prefixLength: Int
    /// True when the name's first alef is not written (ل + ال → لل: "للعراق" matches "العراق").
    public var restoredAlef: Bool
    /// True when the text writes the name in fewer words than any spelling inserted ("بيان" for "بي إن",
    /// "عبدالله" for "عبد الله"): a caller may refuse it when the joined word is an ordinary word.
    public var joined: Bool = false
    public var value: Value

    @inlinable
    public init(tokens: Range<Int>, prefixLength: Int, restoredAlef: Bool, joined: Bool = false, value: Value) {
        self.tokens = tokens
        self.prefixLength = prefixLength
        self.restoredAlef = restoredAlef
        self.joined = joined
        self.value = value
    }
}

extension GazetteerMatch: Sendable where Value: Sendable {}

/// Names (one or more words) found in ONE left-to-right pass over a token stream.
///
/// A character trie over the match keys of the names with the spaces removed, so spacing variants
/// ("قا آني" / "قاآني", "عبد الله" / "عبدالله") are the same entry; a match must start and end on token
/// boundaries. The first token may carry proclitics (و ف ب ك ل لل, see `Clitics`). The longest match
/// (in tokens, then in letters) wins; matches do not overlap.
/// The character trie behind `Gazetteer`, without the values: not generic, so the hot matching loop runs as
/// specialized code whatever the gazetteer's value type.
@usableFromInline
struct GazetteerTrie: Sendable {
    /// The first edge of each node, packed as scalar << 32 | child, or `noEdge`. A flat array: most nodes have one
    /// child (the rest of a name's letters), and the nodes of a name are made one after another, so a walk along a
    /// name reads neighbouring memory instead of one heap array per node (cache misses on those arrays were most
    /// of matching, more so as the corpus's names made the trie larger).
    var firstEdge: [UInt64] = [GazetteerTrie.noEdge]
    /// The other edges of each node (packed alike), scanned linearly; empty, with no storage of its own, for most nodes.
    var moreEdges: [[UInt64]] = [[]]
    /// No edge: its scalar half (0xFFFFFFFF) is no Unicode scalar, so it never matches one.
    static let noEdge = UInt64.max
    /// Children of the root by scalar - 0x0600 (Arabic block), for the widest node; -1 when absent.
    var rootArabic = [Int32](repeating: -1, count: 256)
    /// Value index of each node, or -1.
    @usableFromInline var terminal: [Int32] = [-1]
    /// Word counts of the names inserted at each node, as a bit set (bit k-1: a name of k words; 8+ words: bit 7).
    var wordCounts: [UInt8] = [0]
    var maxTokens = 0
    /// For a node of `wideEdges` edges or more (the letters after «ال», «و», «ب»…: the scan of their edges was a fifth of
    /// matching), its row of `wideRows`, else -1.
    var wideRow: [Int32] = [-1]
    /// Rows of `wideSpan` children by scalar - `wideBase` (-1 when absent): the wide nodes' Arabic letters.
    var wideRows: [Int32] = []
    static var wideEdges: Int { 4 }
    static var wideBase: UInt32 { 0x0620 }
    static var wideSpan: Int { 64 }

    @inline(__always)
    func child(_ node: Int, _ v: UInt32) -> Int? {
        if node == 0, v >= 0x0600, v < 0x0700 {
            let c = rootArabic[Int(v - 0x0600)]
            return c >= 0 ? Int(c) : nil
        }
        let first = firstEdge[node]
        if UInt32(truncatingIfNeeded: first >> 32) == v { return Int(UInt32(truncatingIfNeeded: first)) }
        if first == Self.noEdge { return nil }
        let row = wideRow[node]
        let k = v &- Self.wideBase
        if row >= 0, k < UInt32(Self.wideSpan) {
            let c = wideRows[Int(row) &* Self.wideSpan &+ Int(k)]
            return c >= 0 ? Int(c) : nil
        }
        for e in moreEdges[node] where UInt32(truncatingIfNeeded: e >> 32) == v { return Int(UInt32(truncatingIfNeeded: e)) }
        return nil
    }

    /// The edges of `node` as (scalar, child), in no particular order (the root's Arabic children not included).
    func edges(of node: Int) -> [(scalar: UInt32, node: Int)] {
        guard firstEdge[node] != Self.noEdge else { return [] }
        return ([firstEdge[node]] + moreEdges[node]).map { (UInt32(truncatingIfNeeded: $0 >> 32), Int(UInt32(truncatingIfNeeded: $0))) }
    }

    /// The node of `parts` (created when `create`), or nil.
    mutating func node(_ parts: [String], create: Bool) -> Int? {
        var node = 0
        for part in parts {
            for s in part.unicodeScalars {
                guard let next = step(node, s.value, create: create) else { return nil }
                node = next
            }
        }
        return node
    }

    /// The node reached from `from` along the scalars of `key` after its first `drop` scalars, or nil.
    /// Decodes the string's UTF-8 in place (iterating a `Substring`'s scalars was most of matching).
    @inline(__always)
    func walk(_ from: Int, _ key: String, dropping drop: Int = 0) -> Int? {
        var key = key
        return key.withUTF8 { walk(from, $0, dropping: drop) }
    }

    @inline(__always)
    func walk(_ from: Int, _ u: UnsafeBufferPointer<UInt8>, dropping drop: Int) -> Int? {
        var node = from, i = 0, skipped = 0
        let n = u.count
        while i < n {
            let b0 = u[i]
            let v: UInt32
            if b0 < 0x80 {
                v = UInt32(b0); i += 1
            } else if b0 < 0xE0 {
                v = UInt32(b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0 {
                v = UInt32(b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
            } else {
                v = UInt32(b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                    | UInt32(u[i + 3] & 0x3F)
                i += 4
            }
            if skipped < drop { skipped += 1; continue }
            guard let next = child(node, v) else { return nil }
            node = next
        }
        return node
    }

    static func bit(words: Int) -> UInt8 { UInt8(1) << UInt8(min(max(words, 1), 8) - 1) }

    /// Whether tokens `r` may spell the name(s) ending at `node`. Keys are spacing-insensitive, so a name
    /// written in more words than any inserted spelling ("قا آني" for "قاآني") is accepted only when no
    /// piece is a function word: "إلى من" is not "اليمن". Fewer words ("عبدالله" for "عبد الله") always are.
    @inline(__always)
    func acceptsSpelling(node: Int, tokens: [Token], _ r: Range<Int>) -> Bool {
        let mask = wordCounts[node]
        if mask & Self.bit(words: r.count) != 0 || r.count == 1 { return true }
        // any inserted spelling with as many words or more: a joined spelling
        if mask >= Self.bit(words: r.count) { return true }
        // a lone article is a word of its own ("آل ثاني" is not "الثاني")
        if tokens[r.lowerBound].key == "ال" { return false }
        for t in r where SplitSpelling.functionWords.contains(tokens[t].key) { return false }
        return true
    }

    /// The longest match at token `i`: (tokens, prefix length, restored alef, value index).
    /// The readings of the first token (`Clitics.forEachReading`, `minStem` 2) are found on its UTF-8 bytes, and each
    /// stem is walked from its first byte: no scalar iterator, no closure per reading (this runs at every token of
    /// every block for the lexicon, and at every word the discovery rules reach for the notable names).
    @usableFromInline
    func match(in tokens: [Token], at i: Int) -> (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)? {
        guard tokens[i].kind != .punct else { return nil }
        var best: (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)? = nil
        let first = tokens[i].key
        let done: Void? = first.utf8.withContiguousStorageIfAvailable { key in
            matchReadings(of: key, tokens: tokens, at: i, best: &best)
        }
        if done == nil {
            var k = first
            k.withUTF8 { matchReadings(of: $0, tokens: tokens, at: i, best: &best) }
        }
        return best
    }

    /// `Clitics.forEachReading(of:minStem: 2)` of the token whose key's bytes are `key`, each reading's stem walked
    /// and extended over the next tokens (`extend`).
    @inline(__always)
    func matchReadings(of key: UnsafeBufferPointer<UInt8>, tokens: [Token], at i: Int,
                       best: inout (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)?) {
        // the first three scalars, their byte offsets, and the scalar count up to 6 (what the checks need)
        var c: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var start: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var n = 0, at = 0
        while at < key.count && n < 6 {
            let b0 = key[at]
            var v: UInt32
            var len: Int
            if b0 < 0x80 { v = UInt32(b0); len = 1 } else if b0 < 0xE0 {
                v = UInt32(b0 & 0x1F) << 6 | UInt32(key[at + 1] & 0x3F); len = 2
            } else if b0 < 0xF0 {
                v = UInt32(b0 & 0x0F) << 12 | UInt32(key[at + 1] & 0x3F) << 6 | UInt32(key[at + 2] & 0x3F); len = 3
            } else {
                v = UInt32(b0 & 0x07) << 18 | UInt32(key[at + 1] & 0x3F) << 12 | UInt32(key[at + 2] & 0x3F) << 6
                    | UInt32(key[at + 3] & 0x3F)
                len = 4
            }
            switch n {
            case 0: c.0 = v
            case 1: c.1 = v; start.1 = at
            case 2: c.2 = v; start.2 = at
            case 3: start.3 = at
            default: break
            }
            at += len
            n += 1
        }
        if n == 1 { start.1 = at } else if n == 2 { start.2 = at } else if n == 3 { start.3 = at }
        func offset(_ drop: Int) -> Int { drop == 1 ? start.1 : drop == 2 ? start.2 : start.3 }
        extend(key, from: 0, drop: 0, prefix: 0, alef: false, tokens: tokens, at: i, best: &best)
        let minStem = 2
        guard n > minStem else { return }
        var p = 0
        if c.0 == Clitics.waw || c.0 == Clitics.fa {
            if n - 1 >= minStem { extend(key, from: offset(1), drop: 1, prefix: 1, alef: false, tokens: tokens, at: i, best: &best) }
            p = 1
        }
        let cp = p == 0 ? c.0 : c.1
        let cq = p == 0 ? c.1 : c.2
        if p < n, cp == Clitics.ba || cp == Clitics.kaf || cp == Clitics.lam {
            if cp == Clitics.lam, p + 1 < n, cq == Clitics.lam, n - p - 1 >= minStem + 1 {
                extend(key, from: offset(p + 1), drop: p + 1, prefix: p + 1, alef: true, tokens: tokens, at: i, best: &best)
            }
            if n - (p + 1) >= minStem {
                extend(key, from: offset(p + 1), drop: p + 1, prefix: p + 1, alef: false, tokens: tokens, at: i, best: &best)
            }
        }
    }

    /// One reading of token `i`: its stem (the key's bytes from `from`, after an alef when `alef`) walked from the
    /// root, then the next tokens' keys while the trie goes on; the longest accepted name is kept in `best`.
    @inline(__always)
    func extend(_ key: UnsafeBufferPointer<UInt8>, from: Int, drop: Int, prefix prefixLength: Int, alef restoredAlef: Bool,
                tokens: [Token], at i: Int, best: inout (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)?) {
        var startNode = 0
        if restoredAlef {
            guard let n = child(0, 0x0627) else { return }
            startNode = n
        }
        guard var node = walk(startNode, UnsafeBufferPointer(rebasing: key[from...]), dropping: 0) else { return }
        var j = i
        while true {
            if terminal[node] >= 0, acceptsSpelling(node: node, tokens: tokens, i..<(j + 1)) {
                let len = j - i + 1
                if best == nil || len > best!.tokens.count {
                    let joined = wordCounts[node] & (Self.bit(words: len) << 1 &- 1) == 0
                    best = (i..<(j + 1), prefixLength, restoredAlef, Int(terminal[node]), joined)
                }
            }
            j += 1
            // (a node with no edge, a leaf, goes on along no next token but an empty one: its key is not read)
            guard j < tokens.count, j - i < maxTokens + 4, tokens[j].kind != .punct,
                  node == 0 || firstEdge[node] != Self.noEdge || tokens[j].key.isEmpty,
                  let next = walk(node, tokens[j].key) else { break }
            node = next
        }
    }
}

public struct Gazetteer<Value> {
    @usableFromInline
    var trie = GazetteerTrie()
    /// Values, in insertion order of their first key.
    public internal(set) var values: [Value] = []
    /// The longest name, in tokens.
    public var maxTokens: Int { trie.maxTokens }

    public init() {}

    /// Number of distinct keys.
    public var count: Int { values.count }

    /// The words of `name` as the trie sees them: match keys of its word and number tokens.
    public static func keyParts(_ name: String) -> [String] {
        Tokenizer.wordKeys(name)
    }

    /// Adds `name`; when its key is already present, `combine(old, new)` decides the stored value.
    /// A name of ASCII and Arabic letters, marks and spaces is walked on its UTF-8 bytes (`GazetteerTrie.insertPlain`:
    /// tokenizing each name was most of building the lexicon, once per build and per edit); another is tokenized
    /// (`insertTokenized`).
    public mutating func insert(_ name: String, value: Value, combine: (Value, Value) -> Value = { old, _ in old }) {
        let plain: (node: Int, words: Int)?? = name.utf8.withContiguousStorageIfAvailable { trie.insertPlain(utf8: $0) }
        guard let (node, words) = plain ?? nil else { return insertTokenized(name, value: value, combine: combine) }
        store(value, at: node, words: words, combine: combine)
    }

    /// `insert` by the name's tokens (`keyParts`): the way for any name.
    public mutating func insertTokenized(_ name: String, value: Value, combine: (Value, Value) -> Value = { old, _ in old }) {
        let parts = Gazetteer.keyParts(name)
        guard !parts.isEmpty, let node = trie.node(parts, create: true) else { return }
        store(value, at: node, words: parts.count, combine: combine)
    }

    /// `value` stored at the terminal `node` of a name of `words` words (combined with the value there, if any).
    @inline(__always)
    mutating func store(_ value: Value, at node: Int, words: Int, combine: (Value, Value) -> Value) {
        trie.maxTokens = max(trie.maxTokens, words)
        trie.wordCounts[node] |= GazetteerTrie.bit(words: words)
        if trie.terminal[node] >= 0 {
            values[Int(trie.terminal[node])] = combine(values[Int(trie.terminal[node])], value)
        } else {
            trie.terminal[node] = Int32(values.count)
            values.append(value)
        }
    }

    /// The value stored for exactly this name (spacing-insensitive), if any. (Inlinable, as `match`: specialized in the
    /// caller for its value type; unspecialized, each look-up read the value through the runtime's generic witnesses.)
    @inlinable
    public func lookup(_ name: String) -> Value? {
        guard let node = trie.node(ofName: name) else { return nil }
        let v = trie.terminal[node]
        return v >= 0 ? values[Int(v)] : nil
    }

    /// `lookup(String(name.unicodeScalars.dropFirst(n)))`, without making the string when `name` is one word that is
    /// its own match key (then so is the rest of it, if not empty): the trie is walked from scalar `n` of `name`.
    @inlinable
    public func lookup(_ name: String, droppingScalars n: Int) -> Value? {
        guard let node = trie.node(ofName: name, droppingScalars: n) else { return nil }
        let v = trie.terminal[node]
        return v >= 0 ? values[Int(v)] : nil
    }

    /// Whether `name` is one word that is its own match key (`keyParts(name) == [name]`; `GazetteerTrie.isOneKeyWord`).
    static func isOneKeyWord(_ name: String) -> Bool { GazetteerTrie.isOneKeyWord(name) }

    /// Every entry in order of its key's UTF-8 bytes: the key the trie matches (the name's match-key
    /// words, spaces removed) as UTF-8, and its value.
    public func forEachEntry(_ body: ([UInt8], Value) -> Void) {
        var path: [UInt8] = []
        func visit(_ node: Int) {
            if trie.terminal[node] >= 0 { body(path, values[Int(trie.terminal[node])]) }
            var children = trie.edges(of: node)
            if node == 0 {
                for (k, c) in trie.rootArabic.enumerated() where c >= 0 { children.append((0x0600 + UInt32(k), Int(c))) }
            }
            children.sort { $0.scalar < $1.scalar }  // scalar order is UTF-8 byte order
            for (scalar, child) in children {
                let depth = path.count
                path.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
                visit(child)
                path.removeSubrange(depth...)
            }
        }
        visit(0)
    }

    /// The longest match starting at token `i`, if any. (Inlinable, as `matches(in:)`: specialized in the caller for its
    /// value type; unspecialized, each call looked up the generic metadata of `GazetteerMatch<Value>`, a third of matching.)
    @inlinable
    public func match(in tokens: [Token], at i: Int) -> GazetteerMatch<Value>? {
        guard let h = hit(in: tokens, at: i) else { return nil }
        return match(of: h)
    }

    /// All non-overlapping longest matches, left to right. (Asked through `hit(in:at:)`: an optional `GazetteerMatch` per
    /// token went through the runtime's generic value witnesses, see `GazetteerHit`.)
    @inlinable
    public func matches(in tokens: [Token]) -> [GazetteerMatch<Value>] {
        var out: [GazetteerMatch<Value>] = []
        var i = 0
        while i < tokens.count {
            if let h = hit(in: tokens, at: i) {
                out.append(match(of: h))
                i = h.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}

extension Gazetteer: Sendable where Value: Sendable {}
