import ArabicText
import Foundation

/// Reads the weighted terms of search documents: what `SearchIndex.weightedTerms` gives (each distinct
/// term once, with its weight), as ids of this reader's own terms.
///
/// A word as written (its scalars) is looked up in a table the reader keeps, holding the terms it
/// gave: only a word met for the first time is folded into its key and read for its clitics, on the
/// key's bytes (`SearchStemTable`). A text's words are found first (their ranges), then looked up and
/// counted in one loop through the tables' buffers, left only to add a new word.
///
/// One reader serves one thread at a time (`SearchTermReaders` hands them out); its term ids are its
/// own, and the index maps them to its table's ids between batches (`globalIDs`).
struct SearchTermReader {
    let id: Int
    private var stems = SearchStemTable()
    /// This reader's terms: `names[t]` is term t.
    var names: [String] { stems.names }
    /// `globalIDs[t]`: the index table's id of term t, -1 until the index has interned it.
    var globalIDs: [Int32] = []

    /// A word as written: its scalars are `pool[start ..< start + scalarCount]`, its term ids the `termCount` after them.
    private struct Word {
        var hash: UInt32
        var start: Int32
        var scalarCount: Int32
        var termCount: Int32
    }

    // Words as written: open addressing over `slots` (word + 1, 0 for empty) by an FNV-1a hash of the scalars.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)
    private var words: [Word] = []
    private var pool: [UInt32] = []
    /// Words kept before the table is emptied (memory stays bounded whatever the corpus).
    static let wordLimit = 1 << 18
    private let wordLimit: Int

    // The document being read: weight of each term (0: not met yet) and the terms met, in order.
    private var weights: [Int32] = []
    private var met: [Int32] = []

    /// (`wordLimit`: words kept before the table is emptied; lower only in tests)
    init(id: Int, wordLimit: Int = SearchTermReader.wordLimit) {
        self.id = id
        self.wordLimit = wordLimit
    }

    /// `[term, weight, term, weight, …]` of `doc` (title occurrences weigh `titleWeight`, capped at `maxWeight`),
    /// each term once, in the order first met.
    mutating func weightedTerms(of doc: SearchDocument) -> [Int32] {
        weightedTerms(titles: [doc.title] + doc.altTitles, text: doc.text)
    }

    /// `weightedTerms(of:)` of a document with these titles (the title, then the other titles) and text.
    mutating func weightedTerms(titles: [String], text: String) -> [Int32] {
        // (held in locals while reading, so that the loop over a text's words can change them through buffers)
        var weights = [Int32](), met = [Int32]()
        swap(&weights, &self.weights)
        swap(&met, &self.met)
        for title in titles { read(title, weight: Int32(SearchIndex.titleWeight), &weights, &met) }
        read(text, weight: 1, &weights, &met)
        var out = [Int32]()
        out.reserveCapacity(2 * met.count)
        for t in met {
            out.append(t)
            out.append(min(weights[Int(t)], Int32(SearchIndex.maxWeight)))
            weights[Int(t)] = 0
        }
        met.removeAll(keepingCapacity: true)
        swap(&weights, &self.weights)
        swap(&met, &self.met)
        return out
    }

    private mutating func read(_ text: String, weight: Int32, _ weights: inout [Int32], _ met: inout [Int32]) {
        let scalars = ScalarString.scalars(of: text)
        // The word ranges, `[start, end, start, end, …]`, in a buffer of two per scalar (a word has one at least): appended
        // to an array, two appends a word cost 52 instructions.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * scalars.count) { buffer in
            var n = 0
            Tokenizer.forEachWordRange(scalars) { a, b in
                buffer[n] = Int32(truncatingIfNeeded: a)
                buffer[n + 1] = Int32(truncatingIfNeeded: b)
                n += 2
            }
            read(scalars, UnsafeBufferPointer(rebasing: buffer[0..<n]), weight: weight, &weights, &met)
        }
    }

    /// Counts the terms of the words at `ranges` of `scalars`, adding the words met for the first time.
    private mutating func read(_ scalars: [Unicode.Scalar], _ ranges: UnsafeBufferPointer<Int32>, weight: Int32,
                               _ weights: inout [Int32], _ met: inout [Int32]) {
        scalars.withUnsafeBufferPointer { sp in
            var k = 0
            while k < ranges.count {
                k = countKnownWords(sp, ranges, from: k, weight: weight, &weights, &met)
                guard k < ranges.count else { break }
                let w = addWord(scalars, sp, Int(ranges[k]), Int(ranges[k + 1]), &weights)
                let first = Int(words[w].start + words[w].scalarCount)
                for i in first..<first + Int(words[w].termCount) {
                    let t = Int(pool[i])
                    if weights[t] == 0 { met.append(Int32(t)) }
                    weights[t] += weight
                }
                k += 2
            }
        }
    }

    /// Counts the terms of the words of `ranges` from pair `k` on, up to the first word not in the table; returns
    /// where it stopped (`ranges.count` when every word was known).
    private func countKnownWords(_ sp: UnsafeBufferPointer<Unicode.Scalar>, _ ranges: UnsafeBufferPointer<Int32>, from k: Int,
                                 weight: Int32, _ weights: inout [Int32], _ met: inout [Int32]) -> Int {
        slots.withUnsafeBufferPointer { slots in
            words.withUnsafeBufferPointer { words in
                pool.withUnsafeBufferPointer { pool in
                    weights.withUnsafeMutableBufferPointer { weights in
                        let mask = slots.count - 1
                        var k = k
                        while k < ranges.count {
                            let a = Int(ranges[k]), b = Int(ranges[k + 1])
                            var h: UInt32 = 2_166_136_261
                            for i in a..<b { h = (h ^ sp[i].value) &* 16_777_619 }
                            var slot = Int(h) & mask
                            var found = -1
                            while slots[slot] != 0 {
                                let w = Int(slots[slot] - 1)
                                let word = words[w]
                                if word.hash == h && Int(word.scalarCount) == b - a {
                                    let start = Int(word.start)
                                    var i = 0
                                    while i < b - a && pool[start + i] == sp[a + i].value { i += 1 }
                                    if i == b - a {
                                        found = w
                                        break
                                    }
                                }
                                slot = (slot + 1) & mask
                            }
                            if found < 0 { return k }
                            let word = words[found]
                            let first = Int(word.start + word.scalarCount)
                            for i in first..<first + Int(word.termCount) {
                                let t = Int(pool[i])
                                if weights[t] == 0 { met.append(Int32(t)) }
                                weights[t] += weight
                            }
                            k += 2
                        }
                        return k
                    }
                }
            }
        }
    }

    /// Adds the word at `scalars[a..<b]` (`sp`: the same scalars' buffer), not in the table, with its terms; returns it.
    private mutating func addWord(_ scalars: [Unicode.Scalar], _ sp: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                                  _ weights: inout [Int32]) -> Int {
        if words.count >= wordLimit { forgetWords() }
        var h: UInt32 = 2_166_136_261
        for k in a..<b { h = (h ^ sp[k].value) &* 16_777_619 }
        let mask = slots.count - 1
        var slot = Int(h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        let w = words.count
        let start = pool.count
        for k in a..<b { pool.append(sp[k].value) }
        Tokenizer.withWordKeyBytes(scalars, a, b) { stems.appendTerms(ofKeyBytes: $0, to: &pool) }
        words.append(Word(hash: h, start: Int32(start), scalarCount: Int32(b - a), termCount: Int32(pool.count - start - (b - a))))
        let termCount = stems.names.count
        while globalIDs.count < termCount { globalIDs.append(-1) }
        while weights.count < termCount { weights.append(0) }
        slots[slot] = Int32(w + 1)
        if 2 * words.count > slots.count { grow() }
        return w
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for w in words.indices {
            var slot = Int(words[w].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(w + 1)
        }
    }

    /// Empties the table of words (the terms and their ids stay).
    private mutating func forgetWords() {
        slots = Array(repeating: 0, count: 1 << 12)
        words.removeAll(keepingCapacity: true)
        pool.removeAll(keepingCapacity: true)
    }
}

/// The readers of one index, one per thread at work: a task takes a free reader and gives it back.
final class SearchTermReaders: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [SearchTermReader] = []
    private var made = 0

    /// A free reader (a new one when all are in use).
    func take() -> SearchTermReader {
        lock.lock()
        defer { lock.unlock() }
        if let reader = free.popLast() { return reader }
        made += 1
        return SearchTermReader(id: made - 1)
    }

    func giveBack(_ reader: SearchTermReader) {
        lock.lock()
        free.append(reader)
        lock.unlock()
    }

    /// Every reader, by id, while none is in use (between batches); `restore` gives them back.
    func all() -> [SearchTermReader] {
        lock.withLock {
            let readers = free.sorted { $0.id < $1.id }
            free = []  // (so that changing them copies nothing)
            return readers
        }
    }

    func restore(_ readers: [SearchTermReader]) {
        lock.withLock { free = readers }
    }
}
