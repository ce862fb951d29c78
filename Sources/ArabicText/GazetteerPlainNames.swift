extension GazetteerTrie {
    /// The child of `node` by scalar `v`, made when `create` and absent (nil when absent and not `create`).
    @inline(__always)
    mutating func step(_ node: Int, _ v: UInt32, create: Bool) -> Int? {
        if let next = child(node, v) { return next }
        guard create else { return nil }
        firstEdge.append(Self.noEdge)
        moreEdges.append([])
        terminal.append(-1)
        wordCounts.append(0)
        wideRow.append(-1)
        let id = Int32(firstEdge.count - 1)
        if node == 0, v >= 0x0600, v < 0x0700 {
            rootArabic[Int(v - 0x0600)] = id
        } else {
            let edge = UInt64(v) << 32 | UInt64(UInt32(bitPattern: id))
            if firstEdge[node] == Self.noEdge { firstEdge[node] = edge } else { moreEdges[node].append(edge) }
            indexEdges(of: node)
        }
        return Int(id)
    }

    /// Inserts the path of a plain name (`Tokenizer.plainWordCount`) whose UTF-8 bytes are `b`: its node and its word count, or
    /// nil, with nothing changed, when the name is not plain or has no word. The node is `node(Gazetteer.keyParts(name),
    /// create: true)`'s, made the same way, without tokenizing the name or making a string per word.
    mutating func insertPlain(utf8 b: UnsafeBufferPointer<UInt8>) -> (node: Int, words: Int)? {
        guard let words = Tokenizer.plainWordCount(utf8: b), words > 0 else { return nil }
        var node = 0
        Tokenizer.forEachPlainKeyScalar(utf8: b) { v in node = step(node, v, create: true)! }
        return (node, words)
    }
}
