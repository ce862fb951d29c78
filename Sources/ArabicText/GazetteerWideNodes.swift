extension GazetteerTrie {
    /// Keeps node `node`'s row of `wideRows` in step with its edges after one was added (as its first edge, or the last
    /// of `moreEdges`): the row is made when the node reaches `wideEdges` edges, with every edge in its span (the first
    /// edge's too: `child` reads the row for any scalar of the span once the first edge is not it).
    mutating func indexEdges(of node: Int) {
        if wideRow[node] >= 0 {
            if let e = moreEdges[node].last { setWide(e, row: Int(wideRow[node])) }
            return
        }
        guard moreEdges[node].count + 1 >= Self.wideEdges else { return }
        let row = wideRows.count / Self.wideSpan
        wideRow[node] = Int32(row)
        wideRows.append(contentsOf: repeatElement(-1, count: Self.wideSpan))
        setWide(firstEdge[node], row: row)
        for e in moreEdges[node] { setWide(e, row: row) }
    }

    /// Edge `e` (scalar << 32 | child) in row `row`, when its scalar is in the span.
    mutating func setWide(_ e: UInt64, row: Int) {
        let k = UInt32(truncatingIfNeeded: e >> 32) &- Self.wideBase
        if k < UInt32(Self.wideSpan) { wideRows[row * Self.wideSpan + Int(k)] = Int32(bitPattern: UInt32(truncatingIfNeeded: e)) }
    }

    /// `wideRow` and `wideRows` made for every node from its edges (for a trie read back from its arrays).
    mutating func indexAllEdges() {
        wideRow = [Int32](repeating: -1, count: firstEdge.count)
        wideRows = []
        for node in firstEdge.indices where firstEdge[node] != Self.noEdge && moreEdges[node].count + 1 >= Self.wideEdges {
            indexEdges(of: node)
        }
    }
}
