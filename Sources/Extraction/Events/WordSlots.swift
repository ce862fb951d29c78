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
