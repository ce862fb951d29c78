extension GazetteerTrie {
    /// The node of the name's match-key words, spaces removed (`Gazetteer.keyParts`), or nil: a name that is one word
    /// and its own match key (`isOneKeyWord`) is walked on its bytes as they are (the rules look up match keys of one
    /// word: tokenizing them again was most of a look-up); another is tokenized and its keys walked.
    @usableFromInline
    func node(ofName name: String) -> Int? {
        var oneWord = false
        var found: Int? = nil
        let read: Void? = name.utf8.withContiguousStorageIfAvailable { b in
            if Self.isOneKeyWord(utf8: b) { oneWord = true; found = walk(0, b, dropping: 0) }
        }
        if oneWord { return found }
        if read == nil, Self.isOneKeyWord(name) { return walk(0, name) }
        return path(Tokenizer.wordKeys(name))
    }

    /// `node(ofName: String(name.unicodeScalars.dropFirst(n)))`, without making the string when `name` is one word that
    /// is its own match key (then so is the rest of it, if not empty): the trie is walked from scalar `n` of `name`.
    @usableFromInline
    func node(ofName name: String, droppingScalars n: Int) -> Int? {
        guard n > 0 else { return node(ofName: name) }
        var oneWord = false
        var found: Int? = nil
        let read: Void? = name.utf8.withContiguousStorageIfAvailable { b in
            if Self.isOneKeyWord(utf8: b) { oneWord = true; found = walk(0, b, dropping: n) }
        }
        if oneWord { return found }
        if read == nil, Self.isOneKeyWord(name) { return walk(0, name, dropping: n) }
        return node(ofName: String(String.UnicodeScalarView(name.unicodeScalars.dropFirst(n))))
    }

    /// The node reached from the root along the scalars of `parts`, one after another, or nil.
    func path(_ parts: [String]) -> Int? {
        var node = 0
        for part in parts {
            guard let next = walk(node, part) else { return nil }
            node = next
        }
        return node
    }

    /// Whether `name` is one word that is its own match key (`keyParts(name) == [name]`): letters only, each
    /// one that the tokenizer reads as a letter and the match key keeps as it is (ASCII a–z, and the Arabic
    /// letters other than آ أ ؤ إ ئ ة ى).
    static func isOneKeyWord(_ name: String) -> Bool {
        if let answer = name.utf8.withContiguousStorageIfAvailable({ isOneKeyWord(utf8: $0) }) { return answer }
        var empty = true
        for s in name.unicodeScalars {
            let v = s.value
            switch v {
            case 0x61...0x7A, 0x0621, 0x0627, 0x0628, 0x062A...0x063A, 0x0641...0x0648, 0x064A: empty = false
            default: return false
            }
        }
        return !empty
    }

    /// `isOneKeyWord` of the word whose UTF-8 bytes are `b` (the scalar view's iterator cost more than the test):
    /// a–z are one byte each; ء ا ب ت…غ are D8 A1, D8 A7, D8 A8, D8 AA…D8 BA; ف…و and ي are D9 81…D9 88, D9 8A.
    @inline(__always)
    static func isOneKeyWord(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty else { return false }
        var i = 0
        while i < b.count {
            let b0 = b[i]
            if b0 >= 0x61 && b0 <= 0x7A { i += 1; continue }
            guard i + 1 < b.count else { return false }
            let b1 = b[i + 1]
            switch b0 {
            case 0xD8: guard b1 == 0xA1 || b1 == 0xA7 || b1 == 0xA8 || (b1 >= 0xAA && b1 <= 0xBA) else { return false }
            case 0xD9: guard (b1 >= 0x81 && b1 <= 0x88) || b1 == 0x8A else { return false }
            default: return false
            }
            i += 2
        }
        return true
    }
}
