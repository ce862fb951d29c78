/// Word index → a value, for the words of one sentence: an array where a `[Int: Int]` dictionary hashed the
/// index at every look-up (`covering` and `startingAt` are asked for nearly every word near every trigger).
/// Reads as the dictionary did: nil for an index never set, negative or past the end.
struct WordSlots<Value> {
    private var slots: [Value?] = []

    init() {}

    init(count: Int) { slots = Array(repeating: nil, count: max(0, count)) }

    subscript(_ i: Int) -> Value? {
        get { i >= 0 && i < slots.count ? slots[i] : nil }
        set {
            guard i >= 0 else { return }  // (no word has a negative index; nothing reads one back)
            if i >= slots.count {
                guard newValue != nil else { return }
                slots.append(contentsOf: repeatElement(nil, count: i + 1 - slots.count))
            }
            slots[i] = newValue
        }
    }
}

/// Mention index → a word index, for the few mentions of one sentence: the pairs in two small arrays, searched from the
/// first (a `[Int: Int]` dictionary hashed each mention index, to fill and to read, and was made for every sentence with a
/// trigger). Reads as the dictionary did: nil for a mention never set.
struct MentionWords {
    private var mentions: [Int] = []
    private var words: [Int] = []

    init() {}

    init(capacity: Int) {
        mentions.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
    }

    subscript(_ m: Int) -> Int? {
        get {
            for k in mentions.indices where mentions[k] == m { return words[k] }
            return nil
        }
        set {
            if let k = mentions.firstIndex(of: m) {
                if let v = newValue { words[k] = v } else { mentions.remove(at: k); words.remove(at: k) }
            } else if let v = newValue {
                mentions.append(m)
                words.append(v)
            }
        }
    }
}
