/// The words of a phrase as an event's title quotes them (`SentenceEvents.phraseText`).
extension SentenceEvents {
    /// A word without its tashkeel as a title quotes it (a mark on the last letter too: "مركزاً" → "مركز"): the
    /// text itself when it has no scalar U+064B…U+065F (bytes D9 8B…D9 9F), as most words have none; then no
    /// `Character` of it starts with one, so the filter below keeps them all.
    static func withoutMarks(_ text: String) -> String {
        var marked = false
        var previous: UInt8 = 0
        for b in text.utf8 {
            if previous == 0xD9, b >= 0x8B, b <= 0x9F { marked = true; break }
            previous = b
        }
        return marked ? withoutMarksByCharacters(text) : text
    }

    /// `withoutMarks(_:)` on the text's `Character`s, for any text.
    static func withoutMarksByCharacters(_ text: String) -> String {
        var scalars = text.unicodeScalars
        while let last = scalars.last, (0x064B...0x065F).contains(last.value) { scalars.removeLast() }
        return String(scalars).filter { !("\u{064B}"..."\u{065F}").contains($0) }
    }
}
