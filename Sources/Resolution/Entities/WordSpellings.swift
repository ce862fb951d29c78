import ArabicText

/// How the corpus writes each word of the names it mentions: for a word's match key, the written form most of its
/// mentions use. A page's display name is its most frequent complete variant (`EntityBuilder.displayName`), but
/// one outlet's habit may make a misspelt variant the most frequent on a page («الإتحاد الإفريقي لكرة القدم», a hamza
/// on a hamzat al-wasl) though the corpus writes the word right everywhere else («الاتحاد», three mentions in four):
/// among the spellings of the display name (one match key), the one with the most words written as the corpus
/// writes them most often is shown.
struct WordSpellings {
    /// Word match key → written form → mentions.
    private var counts: [String: [String: Int]] = [:]
    /// Word match key → its most frequent written form (ties: the smaller string).
    private var usual: [String: String] = [:]

    /// Counts the words of every surface (with its mention count).
    init(surfaces: [(text: String, count: Int)]) {
        var keyOf: [Substring: String] = [:]
        for (text, n) in surfaces {
            for w in text.split(separator: " ") {
                let key: String
                if let k = keyOf[w] { key = k } else { key = ArabicNormalizer.matchKey(String(w)); keyOf[w] = key }
                counts[key, default: [:]][String(w), default: 0] += n
            }
        }
        for (key, forms) in counts {
            usual[key] = forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
    }

    /// How many words of `text` are written in their usual form.
    func usualWords(_ text: String) -> Int {
        text.split(separator: " ").reduce(0) { n, w in usual[ArabicNormalizer.matchKey(String(w))] == String(w) ? n + 1 : n }
    }

    /// `name`, or the variant of the same match key among `variants` (most frequent first) with more words written in
    /// their usual form (ties: the more frequent).
    func bestSpelt(_ name: String, among variants: [String]) -> String {
        let key = ArabicNormalizer.matchKey(name)
        var best = name, bestScore = usualWords(name)
        for v in variants where v != name && ArabicNormalizer.matchKey(v) == key {
            let s = usualWords(v)
            if s > bestScore { best = v; bestScore = s }
        }
        return best
    }
}
