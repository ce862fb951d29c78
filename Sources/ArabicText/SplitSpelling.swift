/// Words that never belong to a name written with an extra space: a spacing-insensitive key must not
/// join them into one ("إلى من" → "اليمن", "على أن" → "عليان"). Match keys (أ إ آ → ا, ى → ي).
public enum SplitSpelling {
    public static let functionWords: PlainArabicWords = [
        "من", "في", "الي", "علي", "عن", "مع", "ما", "لا", "لم", "لن", "ان", "انه", "انها", "او", "ثم", "قد", "هل", "بل",
        "كل", "بعض", "هو", "هي", "هم", "نحن", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت",
        "قال", "يا", "عند", "بين", "حتي", "منذ", "لدي", "الا", "اما", "اذا", "لو", "كي", "و", "ف", "ب", "ل", "ك",
        "به", "له", "لها", "لهم", "بها", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "اي", "غير", "ضد", "نحو", "عبر",
    ]
}

/// A set of words made of plain Arabic letters (U+0621 and U+0627…U+064A: no canonical decomposition, and no
/// sequence composes into one), looked up by their UTF-8 bytes. `Set<String>` normalizes an Arabic word to hash and
/// compare it, at every look-up; but a string canonically equivalent to such a word decomposes to the same letters,
/// so it is those very scalars: its bytes are the word's, and a byte look-up answers as `Set<String>.contains` does.
public struct PlainArabicWords: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let members: Set<UTF8Key>

    public init(arrayLiteral words: String...) { self.init(words) }

    public init<S: Collection>(_ words: S) where S.Element == String {
        for w in words {
            precondition(!w.isEmpty && w.unicodeScalars.allSatisfy { $0.value == 0x0621 || (0x0627...0x064A).contains($0.value) },
                         "not plain Arabic letters: \(w)")
        }
        members = Set(words.map(UTF8Key.init))
    }

    /// Whether `word` is a member (`Set<String>.contains`).
    @inlinable
    public func contains(_ word: String) -> Bool { members.contains(UTF8Key(word)) }

    public var count: Int { members.count }
}
