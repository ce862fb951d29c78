import ArabicText
import Foundation

/// Reads the weighted terms of search documents: what `SearchIndex.weightedTerms` gives (each distinct
/// term once, with its weight), as ids of this reader's own terms.
///
/// A word as written (its scalars) is looked up in a table the reader keeps, holding the terms it
/// gave: only a word met for the first time is folded into its key and read for its clitics
/// (`SearchStems`). Folding every word into a new `String`, hashing the key in the shared memo and then
/// each term in a dictionary of the document's weights were most of the search index's cost.
///
/// One reader serves one thread at a time (`SearchTermReaders` hands them out); its term ids are its
/// own, and the index maps them to its table's ids between batches (`globalIDs`).
struct SearchTermReader {
    let id: Int
    let stems: SearchStems
    /// This reader's terms: `names[t]` is term t.
    private(set) var names: [String] = []
    private var ids: [UTF8Key: Int32] = [:]
    /// `globalIDs[t]`: the index table's id of term t, -1 until the index has interned it.
    var globalIDs: [Int32] = []

    // Words as written: open addressing over `slots` (entry + 1, 0 for empty) by an FNV-1a hash of the scalars.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)
    private var entryHashes: [UInt32] = []
    /// Entry e's scalars are `wordScalars[wordStarts[e] ..< wordStarts[e + 1]]`, its terms likewise.
    private var wordStarts: [Int32] = [0]
    private var wordScalars: [UInt32] = []
    private var termStarts: [Int32] = [0]
    private var wordTerms: [Int32] = []
    /// Words kept before the table is emptied (memory stays bounded whatever the corpus).
    static let wordLimit = 1 << 18

    // The document being read: weight of each term (0: not met yet) and the terms met, in order.
    private var weights: [Int32] = []
    private var met: [Int32] = []

    init(id: Int, stems: SearchStems) {
        self.id = id
        self.stems = stems
    }

    /// `[term, weight, term, weight, …]` of `doc` (title occurrences weigh `titleWeight`, capped at `maxWeight`),
    /// each term once, in the order first met.
    mutating func weightedTerms(of doc: SearchDocument) -> [Int32] {
        weightedTerms(titles: [doc.title] + doc.altTitles, text: doc.text)
    }

    /// `weightedTerms(of:)` of a document with these titles (the title, then the other titles) and text.
    mutating func weightedTerms(titles: [String], text: String) -> [Int32] {
        for title in titles { read(title, weight: Int32(SearchIndex.titleWeight)) }
        read(text, weight: 1)
        var out = [Int32]()
        out.reserveCapacity(2 * met.count)
        for t in met {
            out.append(t)
            out.append(min(weights[Int(t)], Int32(SearchIndex.maxWeight)))
            weights[Int(t)] = 0
        }
        met.removeAll(keepingCapacity: true)
        return out
    }

    private mutating func read(_ text: String, weight: Int32) {
        let scalars = ScalarString.scalars(of: text)
        // (words looked up through buffers: each subscript of an array held by `self` was a bounds check, some a uniqueness check)
        scalars.withUnsafeBufferPointer { sp in
            Tokenizer.forEachWordRange(scalars) { a, b in
                let e = entry(scalars, sp, a, b)
                for k in Int(termStarts[e])..<Int(termStarts[e + 1]) {
                    let t = Int(wordTerms[k])
                    if weights[t] == 0 { met.append(Int32(t)) }
                    weights[t] += weight
                }
            }
        }
    }

    /// The entry of the word at `scalars[a..<b]` (`sp`: the same scalars' buffer), made when the word is new.
    private mutating func entry(_ scalars: [Unicode.Scalar], _ sp: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Int {
        var h: UInt32 = 2_166_136_261
        for k in a..<b { h = (h ^ sp[k].value) &* 16_777_619 }
        let (found, slot) = find(sp, a, b, hash: h)
        if let found { return found }
        if entryHashes.count >= Self.wordLimit {
            forgetWords()
            return entry(scalars, sp, a, b)
        }
        let e = entryHashes.count
        entryHashes.append(h)
        for k in a..<b { wordScalars.append(sp[k].value) }
        wordStarts.append(Int32(wordScalars.count))
        for stem in stems.of(Tokenizer.wordKey(scalars, a, b)) { wordTerms.append(term(stem)) }
        termStarts.append(Int32(wordTerms.count))
        slots[slot] = Int32(e + 1)
        if 2 * entryHashes.count > slots.count { grow() }
        return e
    }

    /// The entry holding the word at `sp[a..<b]` (its hash `h`), or nil and the empty slot where it goes.
    private func find(_ sp: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, hash h: UInt32) -> (Int?, Int) {
        slots.withUnsafeBufferPointer { slots in
            entryHashes.withUnsafeBufferPointer { hashes in
                wordStarts.withUnsafeBufferPointer { starts in
                    wordScalars.withUnsafeBufferPointer { words in
                        let mask = slots.count - 1
                        var slot = Int(h) & mask
                        while slots[slot] != 0 {
                            let e = Int(slots[slot] - 1)
                            if hashes[e] == h {
                                let start = Int(starts[e]), end = Int(starts[e + 1])
                                if end - start == b - a {
                                    var k = 0
                                    while k < b - a && words[start + k] == sp[a + k].value { k += 1 }
                                    if k == b - a { return (e, slot) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                        return (nil, slot)
                    }
                }
            }
        }
    }

    private mutating func term(_ stem: UTF8Key) -> Int32 {
        if let t = ids[stem] { return t }
        let t = Int32(names.count)
        names.append(stem.string)
        ids[stem] = t
        globalIDs.append(-1)
        weights.append(0)
        return t
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for e in entryHashes.indices {
            var slot = Int(entryHashes[e]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }

    /// Empties the table of words (the terms and their ids stay).
    private mutating func forgetWords() {
        slots = Array(repeating: 0, count: 1 << 12)
        entryHashes.removeAll(keepingCapacity: true)
        wordStarts = [0]
        wordScalars.removeAll(keepingCapacity: true)
        termStarts = [0]
        wordTerms.removeAll(keepingCapacity: true)
    }
}

/// The readers of one index, one per thread at work: a task takes a free reader and gives it back.
final class SearchTermReaders: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [SearchTermReader] = []
    private var made = 0
    private let stems: SearchStems

    /// `sharedStems`: the readers keep the stems they work out for each other (when several threads read).
    init(sharedStems: Bool = true) {
        stems = SearchStems(shared: sharedStems)
    }

    /// A free reader (a new one when all are in use).
    func take() -> SearchTermReader {
        lock.lock()
        defer { lock.unlock() }
        if let reader = free.popLast() { return reader }
        made += 1
        return SearchTermReader(id: made - 1, stems: stems)
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
