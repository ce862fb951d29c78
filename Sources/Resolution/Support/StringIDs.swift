import ArabicText
import Foundation

/// Numbers strings once so that later steps compare and hash integers.
///
/// Each distinct spelling (byte sequence) gets a spelling id; spellings that `String` considers equal
/// (canonical equivalence) share a class id, so a dictionary keyed by class id groups exactly what a
/// `[String: …]` dictionary would. Values derived from a string are computed from the spelling, as the
/// plain `String` code would, and memoized per spelling.
struct StringIDs {
    private var spellings = SpellingTable()
    /// NFC forms; their ids are the class ids.
    private var canonicals = SpellingTable()
    /// Spelling id → the spelling.
    private(set) var strings: [String] = []
    /// Spelling id → class id.
    private(set) var classOf: [Int] = []
    /// Spelling id → `TextOrder.isPlain`.
    private(set) var plain: [Bool] = []

    init() {}

    var classCount: Int { canonicals.count }

    subscript(id: Int) -> String { strings[id] }

    /// The spelling id of `s`, numbering it when new.
    mutating func id(_ s: String) -> Int {
        let (id, inserted) = spellings.insert(s)
        if !inserted { return id }
        let isPlain = TextOrder.isPlain(s)
        strings.append(s)
        classOf.append(canonicals.insert(isPlain ? s : s.precomposedStringWithCanonicalMapping).id)
        plain.append(isPlain)
        return id
    }

    /// The class id of `s` (numbering it when new).
    mutating func cls(_ s: String) -> Int { classOf[id(s)] }

    /// `strings[a] < strings[b]` as `String` orders them.
    func less(_ a: Int, _ b: Int) -> Bool {
        TextOrder.less(strings[a], strings[b], plain: plain[a] && plain[b])
    }
}

/// `StringIDs` plus the name-derived values resolution asks for again and again, memoized per spelling.
/// A class, so that `names.cls(names.bare(x))` reads the table after `bare` numbered a new string.
final class NameTable {
    @exclusivity(unchecked) var ids = StringIDs()
    @exclusivity(unchecked) private var bareMemo: [Int] = []
    @exclusivity(unchecked) private var matchKeyMemo: [Int] = []
    @exclusivity(unchecked) private var skeletonMemo: [Int] = []
    @exclusivity(unchecked) private var wordsMemo: [[Int]?] = []

    init() {}

    subscript(id: Int) -> String { ids.strings[id] }
    func id(_ s: String) -> Int { ids.id(s) }
    func cls(_ id: Int) -> Int { ids.classOf[id] }
    func cls(_ s: String) -> Int { ids.cls(s) }
    func less(_ a: Int, _ b: Int) -> Bool { ids.less(a, b) }

    private func grow() {
        let n = ids.strings.count
        if bareMemo.count < n {
            let extra = n - bareMemo.count
            bareMemo += repeatElement(-1, count: extra)
            matchKeyMemo += repeatElement(-1, count: extra)
            skeletonMemo += repeatElement(-1, count: extra)
            wordsMemo += repeatElement(nil, count: extra)
        }
    }

    /// `NameSkeleton.withoutArticle` of spelling `id`.
    func bare(_ id: Int) -> Int {
        grow()
        if bareMemo[id] >= 0 { return bareMemo[id] }
        let r = ids.id(NameSkeleton.withoutArticle(ids.strings[id]))
        grow()
        bareMemo[id] = r
        return r
    }

    /// `ArabicNormalizer.matchKey` of spelling `id`.
    func matchKey(_ id: Int) -> Int {
        grow()
        if matchKeyMemo[id] >= 0 { return matchKeyMemo[id] }
        let r = ids.id(ArabicNormalizer.matchKey(ids.strings[id]))
        grow()
        matchKeyMemo[id] = r
        return r
    }

    /// `NameSkeleton.of` of spelling `id`.
    func skeleton(_ id: Int) -> Int {
        grow()
        if skeletonMemo[id] >= 0 { return skeletonMemo[id] }
        let r = ids.id(NameSkeleton.of(ids.strings[id]))
        grow()
        skeletonMemo[id] = r
        return r
    }

    /// The words of spellings (`wordStrings`) split ahead of `words`, which numbers them when asked.
    @exclusivity(unchecked) private var wordsAhead: [Int: [String]] = [:]

    /// Splits the spellings `ids` into words (`wordStrings`) on all the cores, for `words` to number later: the
    /// spellings are numbered in the order `words` is asked for them, as without this. (`jobs`: threads at most.)
    func prefetchWords(_ spellings: [Int], jobs: Int, minChunk: Int = 128) {
        grow()
        var todo: [Int] = []
        var seen = Set<Int>()
        for id in spellings where wordsMemo[id] == nil && wordsAhead[id] == nil && seen.insert(id).inserted { todo.append(id) }
        let strings = ids.strings
        let split = ParallelChunks.map(todo.count, jobs: jobs, minChunk: minChunk) { range in range.map { Self.wordStrings(strings[todo[$0]]) } }
        var i = 0
        for chunk in split {
            for w in chunk {
                wordsAhead[todo[i]] = w
                i += 1
            }
        }
    }

    /// `NameSkeleton.words(text)` (which splits a name of letters, marks and spaces on its bytes).
    static func wordStrings(_ text: String) -> [String] { NameSkeleton.words(text) }

    /// `NameSkeleton.words` of spelling `id`, as spelling ids.
    func words(_ id: Int) -> [Int] {
        grow()
        if let w = wordsMemo[id] { return w }
        let text = ids.strings[id]
        let r = (wordsAhead.removeValue(forKey: id) ?? Self.wordStrings(text)).map { ids.id($0) }
        grow()
        wordsMemo[id] = r
        return r
    }
}
