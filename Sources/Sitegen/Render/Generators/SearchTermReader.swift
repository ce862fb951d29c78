import ArabicText
import Foundation

/// Reads the weighted terms of search documents: what `SearchIndex.weightedTerms` gives (each distinct
/// term once, with its weight), as ids of this reader's own terms.
///
/// A word as written (its UTF-8 bytes) is looked up in a table the reader keeps, holding the terms it gave:
/// only a word met for the first time is folded into its key and read for its clitics, on the key's bytes
/// (`SearchStemTable`). A text's words are found on its bytes first (their byte ranges,
/// `Tokenizer.forEachWordRange(utf8:)`), then looked up and counted in one loop through the tables' buffers,
/// left only to add a new word.
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

    /// Words as written, by their bytes: a word's value is where its term ids start in `termLists`, after their count.
    private var words = SearchByteTable()
    private var termLists: [UInt32] = []
    /// (a new word's scalars, for its key)
    private var scratch: [Unicode.Scalar] = []
    /// Words kept before the table is emptied (memory stays bounded whatever the corpus).
    static let wordLimit = 1 << 18
    private let wordLimit: Int

    // The document being read: weight of each term (0: not met yet) and the terms met, in order (`met[0..<n]`; as long
    // as `weights`, so that a term met is written in place: a term is met once a document).
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
        var metCount = 0
        for title in titles { read(title, weight: Int32(SearchIndex.titleWeight), &weights, &met, &metCount) }
        read(text, weight: 1, &weights, &met, &metCount)
        // (written through buffers: appended term by term, each append and weight reset checked the array's uniqueness)
        let out = [Int32](unsafeUninitializedCapacity: 2 * metCount) { out, written in
            weights.withUnsafeMutableBufferPointer { weights in
                met.withUnsafeBufferPointer { met in
                    for i in 0..<metCount {
                        let t = Int(met[i])
                        out.initializeElement(at: 2 * i, to: Int32(t))
                        out.initializeElement(at: 2 * i + 1, to: min(weights[t], Int32(SearchIndex.maxWeight)))
                        weights[t] = 0
                    }
                }
            }
            written = 2 * metCount
        }
        swap(&weights, &self.weights)
        swap(&met, &self.met)
        return out
    }

    private mutating func read(_ text: String, weight: Int32, _ weights: inout [Int32], _ met: inout [Int32], _ metCount: inout Int) {
        var text = text
        text.withUTF8 { bytes in
            // The word ranges, `[start, end, start, end, …]`, in a buffer of two per byte (a word has one at least).
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * bytes.count) { buffer in
                var n = 0
                Tokenizer.forEachWordRange(utf8: bytes) { a, b in
                    buffer[n] = Int32(truncatingIfNeeded: a)
                    buffer[n + 1] = Int32(truncatingIfNeeded: b)
                    n += 2
                }
                read(bytes, UnsafeBufferPointer(rebasing: buffer[0..<n]), weight: weight, &weights, &met, &metCount)
            }
        }
    }

    /// Counts the terms of the words at byte ranges `ranges` of `text`, adding the words met for the first time.
    private mutating func read(_ text: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Int32>, weight: Int32,
                               _ weights: inout [Int32], _ met: inout [Int32], _ metCount: inout Int) {
        var k = 0
        while k < ranges.count {
            k = countKnownWords(text, ranges, from: k, weight: weight, &weights, &met, &metCount)
            guard k < ranges.count else { break }
            let first = addWord(UnsafeBufferPointer(rebasing: text[Int(ranges[k])..<Int(ranges[k + 1])]), &weights, &met)
            termLists.withUnsafeBufferPointer { lists in
                weights.withUnsafeMutableBufferPointer { weights in
                    met.withUnsafeMutableBufferPointer { met in
                        Self.count(UnsafeBufferPointer(rebasing: lists[first..<first + Int(lists[first - 1])]), weight: weight,
                                   weights, met, &metCount)
                    }
                }
            }
            k += 2
        }
    }

    /// Counts the terms of the words of `ranges` from pair `k` on, up to the first word not in the table; returns
    /// where it stopped (`ranges.count` when every word was known).
    private func countKnownWords(_ text: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Int32>, from k: Int,
                                 weight: Int32, _ weights: inout [Int32], _ met: inout [Int32], _ metCount: inout Int) -> Int {
        words.withLookup { words in
            termLists.withUnsafeBufferPointer { lists in
                weights.withUnsafeMutableBufferPointer { weights in
                    met.withUnsafeMutableBufferPointer { met in
                        var k = k
                        while k < ranges.count {
                            let word = UnsafeBufferPointer(rebasing: text[Int(ranges[k])..<Int(ranges[k + 1])])
                            guard let found = words.find(word, hash: SearchByteTable.hash(word)).value else { return k }
                            let first = Int(found)
                            Self.count(UnsafeBufferPointer(rebasing: lists[first..<first + Int(lists[first - 1])]), weight: weight,
                                       weights, met, &metCount)
                            k += 2
                        }
                        return k
                    }
                }
            }
        }
    }

    /// Adds `weight` to the weight of each of `terms`, listing in `met[metCount...]` those met for the first time.
    @inline(__always)
    private static func count(_ terms: UnsafeBufferPointer<UInt32>, weight: Int32, _ weights: UnsafeMutableBufferPointer<Int32>,
                              _ met: UnsafeMutableBufferPointer<Int32>, _ metCount: inout Int) {
        for term in terms {
            let t = Int(term)
            if weights[t] == 0 {
                met[metCount] = Int32(t)
                metCount += 1
            }
            weights[t] += weight
        }
    }

    /// Adds `word` (its bytes as written; not in the table) with its terms; returns where its term ids start in `termLists`.
    private mutating func addWord(_ word: UnsafeBufferPointer<UInt8>, _ weights: inout [Int32], _ met: inout [Int32]) -> Int {
        if words.count >= wordLimit { forgetWords() }
        var scalars: [Unicode.Scalar] = []
        swap(&scalars, &scratch)
        scalars.removeAll(keepingCapacity: true)
        var i = 0
        while i < word.count {
            let (scalar, next) = ScalarString.decode(word, at: i)
            scalars.append(scalar)
            i = next
        }
        let countAt = termLists.count
        termLists.append(0)
        Tokenizer.withWordKeyBytes(scalars, 0, scalars.count) { stems.appendTerms(ofKeyBytes: $0, to: &termLists) }
        termLists[countAt] = UInt32(termLists.count - countAt - 1)
        swap(&scalars, &scratch)
        let h = SearchByteTable.hash(word)
        words.add(word, hash: h, slot: words.find(word, hash: h).slot, value: Int32(countAt + 1))
        let termCount = stems.names.count
        while globalIDs.count < termCount { globalIDs.append(-1) }
        while weights.count < termCount {
            weights.append(0)
            met.append(0)
        }
        return countAt + 1
    }

    /// Empties the table of words (the terms and their ids stay).
    private mutating func forgetWords() {
        words = SearchByteTable()
        termLists.removeAll(keepingCapacity: true)
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
