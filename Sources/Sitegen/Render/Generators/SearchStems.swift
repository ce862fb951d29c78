import ArabicText

/// `SearchIndex.stems(of:)` of every word met, shared by the threads tokenizing one index's documents:
/// reading a word's clitics was most of the cost of a document's terms.
///
/// A reader asks only for words new to its own table (`SearchTermReader`), so a memo serving one reader alone
/// finds only the words that fold to a key another written form had (6 % at 1k): its look-up, insert and locks
/// cost more than those stems (`shared: false`, for a reader on its own: 47 M of 150 M instructions at 1k).
struct SearchStems: Sendable {
    private let memo: WordMemo<[UTF8Key]>?

    /// `shared`: the stems are kept for other readers (several threads read one index's documents).
    init(shared: Bool = true) {
        memo = shared ? WordMemo<[UTF8Key]>(limit: 100_000) : nil
    }

    func of(_ key: String) -> [UTF8Key] {
        guard let memo else { return SearchIndex.stems(of: key) }
        return memo.value(of: key, SearchIndex.stems(of:))
    }
}
