/// A match of a gazetteer name in a token stream.
public struct GazetteerMatch<Value> {
    /// Tokens the name covers (the first may carry proclitics).
    public var tokens: Range<Int>
    /// Scalars of proclitics at the start of the first token (see `Clitics`), outside the name.
    public var prefixLength: Int
    /// True when the name's first alef is not written (ل + ال → لل: "للعراق" matches "العراق").
    public var restoredAlef: Bool
    public var value: Value
}

extension GazetteerMatch: Sendable where Value: Sendable {}

/// Names (one or more words) found in ONE left-to-right pass over a token stream.
///
/// A character trie over the match keys of the names with the spaces removed, so spacing variants
/// ("قا آني" / "قاآني", "عبد الله" / "عبدالله") are the same entry; a match must start and end on token
/// boundaries. The first token may carry proclitics (و ف ب ك ل لل, see `Clitics`). The longest match
/// (in tokens, then in letters) wins; matches do not overlap.
public struct Gazetteer<Value> {
    private var children: [[UInt32: Int32]] = [[:]]
    private var terminal: [Int32] = [-1]
    /// Values, in insertion order of their first key.
    public private(set) var values: [Value] = []
    /// The longest name, in tokens.
    public private(set) var maxTokens = 0

    public init() {}

    /// Number of distinct keys.
    public var count: Int { values.count }

    /// The words of `name` as the trie sees them: match keys of its word and number tokens.
    public static func keyParts(_ name: String) -> [String] {
        Tokenizer.tokenize(name).filter { $0.kind != .punct }.map(\.key)
    }

    /// Adds `name`; when its key is already present, `combine(old, new)` decides the stored value.
    public mutating func insert(_ name: String, value: Value, combine: (Value, Value) -> Value = { old, _ in old }) {
        let parts = Gazetteer.keyParts(name)
        guard !parts.isEmpty else { return }
        maxTokens = max(maxTokens, parts.count)
        var node = 0
        for part in parts {
            for s in part.unicodeScalars {
                if let next = children[node][s.value] {
                    node = Int(next)
                } else {
                    children.append([:])
                    terminal.append(-1)
                    let id = Int32(children.count - 1)
                    children[node][s.value] = id
                    node = Int(id)
                }
            }
        }
        if terminal[node] >= 0 {
            values[Int(terminal[node])] = combine(values[Int(terminal[node])], value)
        } else {
            terminal[node] = Int32(values.count)
            values.append(value)
        }
    }

    /// The value stored for exactly this name (spacing-insensitive), if any.
    public func lookup(_ name: String) -> Value? {
        var node = 0
        for part in Gazetteer.keyParts(name) {
            guard let n = walk(node, part.unicodeScalars) else { return nil }
            node = n
        }
        return terminal[node] >= 0 ? values[Int(terminal[node])] : nil
    }

    @inline(__always)
    private func walk<S: Sequence>(_ from: Int, _ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        var node = from
        for s in scalars {
            guard let next = children[node][s.value] else { return nil }
            node = Int(next)
        }
        return node
    }

    /// The longest match starting at token `i`, if any.
    public func match(in tokens: [Token], at i: Int) -> GazetteerMatch<Value>? {
        guard tokens[i].kind != .punct else { return nil }
        var best: GazetteerMatch<Value>? = nil
        for reading in Clitics.readings(of: tokens[i].key) {
            guard var node = walk(0, reading.stem.unicodeScalars) else { continue }
            var j = i
            while true {
                if terminal[node] >= 0 {
                    let len = j - i + 1
                    if best == nil || len > best!.tokens.count {
                        best = GazetteerMatch(tokens: i..<(j + 1), prefixLength: reading.prefixLength,
                                              restoredAlef: reading.restoredAlef, value: values[Int(terminal[node])])
                    }
                }
                j += 1
                guard j < tokens.count, j - i < maxTokens + 4, tokens[j].kind != .punct,
                      let next = walk(node, tokens[j].key.unicodeScalars) else { break }
                node = next
            }
        }
        return best
    }

    /// All non-overlapping longest matches, left to right.
    public func matches(in tokens: [Token]) -> [GazetteerMatch<Value>] {
        var out: [GazetteerMatch<Value>] = []
        var i = 0
        while i < tokens.count {
            if let m = match(in: tokens, at: i) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}

extension Gazetteer: Sendable where Value: Sendable {}
