import ArabicText

/// One page a search can lead to: an entity, an event or an article.
struct SearchDocument: Sendable, Equatable {
    /// What the page is about, for the result badge and its colour.
    enum Kind: String, Sendable {
        case person, organization, place, event, article
    }

    var title: String
    var kind: Kind
    /// Badge text shown with the result ("شخص", "حدث: هجوم", "مقال").
    var label: String
    var path: SitePath
    /// Other names that should match as strongly as the title (entity variants and aliases).
    var altTitles: [String] = []
    /// Plain text the snippet is cut from (also indexed).
    var text: String
    /// Display date, if any.
    var date: String?
}

/// The prebuilt search index: normalized terms → postings, sharded by term prefix so a query loads
/// only the shards of its own words.
///
/// Terms are the `ArabicNormalizer.searchKey` fold of each word (or number) token, plus every
/// proclitic reading of it (`Clitics.readings`: "بالعراق" is indexed under "بالعراق" and "العراق"),
/// so a query for العراق finds بالعراق and امريكا finds أمريكا. `Templates/assets/search.js` mirrors
/// the fold, the readings, the stop words and `shardKey` exactly.
struct SearchIndex: Sendable {
    /// Words too common to be worth a posting list (already in search-key form).
    static let stopWords: [String] = [
        "في", "من", "الي", "عن", "ان", "او", "ثم", "قد", "لا", "ما", "لم", "لن", "هو", "هي", "هم",
        "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "مع", "بعد", "قبل", "عند",
        "بين", "حتي", "اذا", "كما", "انه", "انها", "وقد", "ولا", "الا", "منذ", "خلال", "فيه", "فيها",
        "the", "of", "and", "in", "to",
    ]
    /// (hashed by their UTF-8 bytes: `String` hashing normalizes non-ASCII text first, which was most
    /// of the cost of counting a document's terms)
    /// Sized for four times its words: nearly every stem asked is not a stop word, and in a set filled to three
    /// quarters an unsuccessful look-up walked a long run of keys, how long depending on the process's hash seed
    /// (100k to 400k key comparisons for the 34k stems of the 1k corpus, 3 to 12 a look-up).
    static let stopSet: Set<UTF8Key> = {
        var set = Set<UTF8Key>(minimumCapacity: 4 * stopWords.count)
        for word in stopWords { set.insert(UTF8Key(word)) }
        return set
    }()
    /// Score added per occurrence in a title (per occurrence in the text: 1).
    static let titleWeight = 8
    static let maxWeight = 999
    /// Documents tokenized at once (in parallel) before their terms are interned.
    static let tokenizeBatch = 2048

    let documents: [SearchDocument]
    /// The terms postings refer to (`terms.names[t]` is term t).
    let terms: SearchTermTable
    /// `postings[t]` = flat [doc, weight, doc, weight…] of term t, docs ascending (empty: term unused).
    let postings: PostingLists
    /// Shard key → ids of the terms in that shard (in no particular order).
    let shardTerms: [String: [Int]]
    /// `termKeys[d]` is what document d's terms were made from (`termKey`); empty for an index made without a cache
    /// or the keys (nobody reads them then).
    let termKeys: [ContentHash]
    /// `chunkStarts[k]` is the first document of chunk file k (see `chunkSizes`).
    let chunkStarts: [Int]
    /// Bytes each data file stays under (see SearchIndexFiles.swift).
    let fileBudget: Int
    /// `layoutKeys[d]`: document d's `layoutKey` when the caller has them (empty: worked out from the documents).
    var layoutKeys: [ContentHash] = []
    /// Makes the documents held without their text (`documents[d].text` empty where `stubbed[d]`): a patched
    /// index's unchanged documents, made only when their chunk file is written again.
    var filler: (source: SearchDocumentSource, stubbed: [Bool])? = nil

    /// Document d's `termKey` (worked out here when the index was made without the keys).
    func termKey(ofDocument d: Int) -> ContentHash {
        d < termKeys.count ? termKeys[d] : Self.termKey(documents[d])
    }

    /// Document d with its text.
    func document(_ d: Int) -> SearchDocument {
        if let filler, filler.stubbed[d] { return filler.source.document(d) }
        return documents[d]
    }

    /// Tokenizing is done per document on `jobs` threads (only for documents `cache` does not know);
    /// postings are then gathered in document order, so the index is the same for any number of
    /// threads and with or without a cache.
    /// `keys` and `sizes`: the documents' `termKey`s and `chunkSize`s when the caller has them.
    /// `preread`: the terms of documents read beforehand (`SearchArticleTerms`), taken instead of reading them.
    init(documents: [SearchDocument], jobs: Int = 1, cache: SearchTermCache? = nil, linkFrom page: SitePath = SitePath("search"),
         fileBudget: Int = SearchIndex.defaultFileBudget, keys known: [ContentHash]? = nil, sizes: [Int]? = nil,
         preread: PrereadTerms? = nil) {
        self.documents = documents
        self.fileBudget = fileBudget
        chunkStarts = Self.chunkStarts(sizes: sizes ?? parallelMap(documents.count, jobs: jobs) { Self.chunkSize(of: documents[$0], linkFrom: page) },
                                      fileBudget: fileBudget)
        cache?.load()
        // (the preread terms' own table when they were interned beforehand: term ids do not show in the files, which
        // order a shard's terms by name)
        let interned = cache == nil ? preread?.interned : nil
        let table = cache?.table ?? interned?.table ?? SearchTermTable()
        // (a document's key is read only by the cache, and by `chunkContentKey`, which works it out when not kept)
        let keys = known.flatMap { $0.count == documents.count ? $0 : nil }
            ?? (cache == nil ? [] : parallelMap(documents.count, jobs: jobs) { Self.termKey(documents[$0]) })
        var docTerms = [[Int32]](repeating: [], count: documents.count)
        var missing: [Int] = []
        var prereadIDs = interned?.ids ?? [Int32](repeating: -1, count: preread?.names.count ?? 0)
        // (the table sized for the terms it is about to take: grown from empty, it was rehashed 16 times at 1k)
        if table.count == 0, let preread { table.reserveCapacity(preread.names.count) }
        for d in documents.indices {
            if let cached = cache?.terms(keys[d]) {
                docTerms[d] = cached
            } else if let preread, var e = preread.terms(d) {
                if interned?.sameIDs != true { Self.intern(&e, names: preread.names, ids: &prereadIDs, table: table) }
                docTerms[d] = e
                cache?.store(keys[d], e)
            } else {
                missing.append(d)
            }
        }
        // Tokenized a batch at a time: the term strings of every document at once were the largest
        // allocation of a build; interned, a document's terms are a few integers. Each thread's reader
        // gives its own term ids (`SearchTermReader`), mapped to the table's here, once per term.
        let readers = SearchTermReaders()
        for batch in stride(from: 0, to: missing.count, by: Self.tokenizeBatch) {
            let ids = missing[batch..<min(missing.count, batch + Self.tokenizeBatch)]
            let weighted: [(reader: Int, terms: [Int32])] = parallelMap(ids.count, jobs: jobs) { k in
                var reader = readers.take()
                let terms = reader.weightedTerms(of: documents[ids[ids.startIndex + k]])
                let id = reader.id
                readers.giveBack(consume reader)  // (held here too, the next thread would copy its tables)
                return (id, terms)
            }
            var all = readers.all()
            table.reserveCapacity(table.count + all.reduce(0) { n, reader in n + reader.globalIDs.count { $0 < 0 } })
            for (k, (r, terms)) in weighted.enumerated() {
                let d = ids[ids.startIndex + k]
                var e = terms
                Self.intern(&e, names: all[r].names, ids: &all[r].globalIDs, table: table)
                docTerms[d] = e
                cache?.store(keys[d], e)
            }
            readers.restore(all)
        }
        // All lists in one array, each term's part sized by a first count and filled in document order
        // (300k lists growing by appends were reallocated many times and checked on every append).
        var listStarts = [Int](repeating: 0, count: table.count + 1)
        for e in docTerms {
            var i = 0
            while i < e.count {
                listStarts[Int(e[i]) + 1] += 2
                i += 2
            }
        }
        for t in 0..<table.count { listStarts[t + 1] += listStarts[t] }
        // The postings filled beside the terms filed by shard (each serial; they share only `listStarts`, read).
        // (filed serially: an array of every term's shard key made in parallel would be held at the 100k build's peak)
        let names = table.names
        let (flat, shardTerms) = concurrently(jobs: jobs, { [listStarts] in
            var next = listStarts
            return [Int32](unsafeUninitializedCapacity: listStarts[listStarts.count - 1]) { out, filled in
                next.withUnsafeMutableBufferPointer { next in
                    for d in docTerms.indices {
                        let e = docTerms[d]
                        docTerms[d] = []  // (freed as the postings fill)
                        var i = 0
                        while i < e.count {
                            let t = Int(e[i])
                            out.initializeElement(at: next[t], to: Int32(d))
                            out.initializeElement(at: next[t] + 1, to: e[i + 1])
                            next[t] += 2
                            i += 2
                        }
                    }
                }
                filled = listStarts[listStarts.count - 1]
            }
        }, { [listStarts] in Self.termsByShard(names: names) { listStarts[$0 + 1] > listStarts[$0] } })
        let postings = PostingLists(flat: flat, starts: listStarts)
        self.terms = table
        termKeys = keys
        self.postings = postings
        self.shardTerms = shardTerms
    }

    /// Terms of documents read before the index is made: `terms(d)` is document d's `[term, weight, …]` (as
    /// `SearchTermReader.weightedTerms` gives them) in ids of `names`, or nil when it was not read.
    struct PrereadTerms {
        let names: [String]
        /// `names` interned beforehand (nil: the index interns them).
        var interned: InternedTerms? = nil
        let terms: (Int) -> [Int32]?
    }

    /// Terms interned in a table of their own before the index is made (`SearchArticleTerms`, beside resolution): the
    /// index takes the table and adds the other documents' terms to it.
    struct InternedTerms {
        let table: SearchTermTable
        /// `ids[t]`: the table's id of term t of the names interned.
        let ids: [Int32]
        /// Every term's id is its own number (`ids[t] == t`): the term lists need no mapping.
        let sameIDs: Bool

        /// `names` interned in order into a new table; nil when `stopped()` (asked every 4,096 terms) says so first.
        init?(_ names: [String], stopped: () -> Bool = { false }) {
            let table = SearchTermTable()
            table.reserveCapacity(names.count)
            var ids = [Int32]()
            ids.reserveCapacity(names.count)
            var same = true
            for (t, name) in names.enumerated() {
                if t & 4095 == 0, stopped() { return nil }
                let id = table.intern(name)
                same = same && id == t
                ids.append(Int32(id))
            }
            self.table = table
            self.ids = ids
            sameIDs = same
        }
    }

    /// Turns the term ids of `[term, weight, …]` into `table`'s: `ids[t]` is the table's id of `names[t]`, -1 until interned.
    private static func intern(_ e: inout [Int32], names: [String], ids: inout [Int32], table: SearchTermTable) {
        var i = 0
        while i < e.count {
            let local = Int(e[i])
            if ids[local] < 0 { ids[local] = Int32(table.intern(names[local])) }
            e[i] = ids[local]
            i += 2
        }
    }

    /// What a document's terms depend on: its titles and its text.
    static func termKey(_ doc: SearchDocument) -> ContentHash {
        var h = ContentHasher()
        h.combine(doc.title)
        h.combine(doc.altTitles.count)
        for t in doc.altTitles { h.combine(t) }
        h.combine(doc.text)
        return h.finalize()
    }

    /// Each distinct term of a document with its weight (title occurrences count `titleWeight`): what
    /// `SearchTermReader` gives, worked out word by word (for tests).
    static func weightedTerms(of doc: SearchDocument) -> [(term: String, weight: Int)] {
        let textKeys = Tokenizer.wordKeys(doc.text)
        var weights: [UTF8Key: Int] = [:]
        // (sized once for about a term a word: grown from empty, the table was rehashed several times a document)
        weights.reserveCapacity(textKeys.count + 8)
        for title in [doc.title] + doc.altTitles {
            for key in Tokenizer.wordKeys(title) {
                for term in stems(of: key) { weights[term, default: 0] += Self.titleWeight }
            }
        }
        for key in textKeys {
            for term in stems(of: key) { weights[term, default: 0] += 1 }
        }
        return weights.map { ($0.key.string, min($0.value, Self.maxWeight)) }
    }

    /// `shards[shardKey][term]` = flat [doc, weight, doc, weight…], docs ascending (for tests and tools).
    var shards: [String: [String: [Int]]] {
        shardTerms.mapValues { ids in
            Dictionary(uniqueKeysWithValues: ids.map { (terms.names[$0], postings[$0].map(Int.init)) })
        }
    }

    /// A fingerprint of everything the script of shard `key` is made from (its terms and postings).
    func shardContentKey(_ key: String) -> ContentHash {
        // Order-independent (a wrapping sum of per-term hashes), so the terms need no sorting.
        var high: UInt64 = 0, low: UInt64 = 0
        let names = terms.names, starts = postings.starts
        postings.flat.withUnsafeBytes { all in
            for t in shardTerms[key] ?? [] {
                var h = ContentHasher()
                h.combine(names[t])
                h.combine(UnsafeRawBufferPointer(rebasing: all[4 * starts[t] ..< 4 * starts[t + 1]]))
                let x = h.finalize()
                high &+= x.high
                low &+= x.low
            }
        }
        var h = ContentHasher()
        h.combine(key)
        h.combine(shardTerms[key]?.count ?? 0)
        h.combine(ContentHash(high: high, low: low))
        return h.finalize()
    }

    /// A fingerprint of everything the script of document chunk `k` is made from: its documents' `layoutKey`s
    /// (their titles and text through the `termKey`, label, kind, link and date), hashed as one run of bytes. (Made
    /// from the saved layout keys, a one-article edit hashes 16 bytes a document, not the fields of all 17k.)
    func chunkContentKey(_ k: Int) -> ContentHash {
        let range = chunkRange(k)
        var h = ContentHasher()
        h.combine(k)
        h.combine(range.count)
        if layoutKeys.count == documents.count {
            layoutKeys.withUnsafeBytes { all in
                h.combine(UnsafeRawBufferPointer(rebasing: all[MemoryLayout<ContentHash>.stride * range.lowerBound
                                                              ..< MemoryLayout<ContentHash>.stride * range.upperBound]))
            }
        } else {
            var keys: [ContentHash] = []
            keys.reserveCapacity(range.count)
            for d in range { keys.append(Self.layoutKey(of: documents[d], termKey: termKey(ofDocument: d))) }
            keys.withUnsafeBytes { h.combine($0) }
        }
        return h.finalize()
    }

    /// Every indexed term of a text, with repeats (one per occurrence and proclitic reading).
    static func terms(of text: String) -> [String] {
        Tokenizer.wordKeys(text).flatMap { stems(of: $0).map(\.string) }
    }

    /// The indexed terms of one word (a `Tokenizer.wordKeys` key): its proclitic readings of two
    /// scalars or more that are no stop word.
    static func stems(of key: String) -> [UTF8Key] {
        var out: [UTF8Key] = []
        for reading in Clitics.readings(of: key) {
            let stem = UTF8Key(reading.stem)
            guard hasTwoScalars(reading.stem), !stopSet.contains(stem) else { continue }
            out.append(stem)
        }
        return out
    }

    /// `s.unicodeScalars.count >= 2`, from the UTF-8 bytes (a scalar starts at each byte that is not 10xxxxxx),
    /// stopping at the second (counting the scalar view cost ~300 instructions a stem).
    static func hasTwoScalars(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { SearchStemTable.hasTwoScalars($0) }
    }

    /// The shard a term lives in: its first two scalars, or three when it starts with the article ال
    /// (otherwise a third of all terms would share one shard). Every term that starts with a query
    /// word of two or more scalars has the query word's shard key.
    /// (The key is the term's first bytes, cut on the bytes: a scalar view grown a scalar at a time cost 700 instructions a term.)
    static func shardKey(_ term: String) -> String {
        var bytes = term
        let end = bytes.withUTF8 { b -> Int in
            guard !b.isEmpty else { return 0 }
            let (first, second) = ScalarString.decode(b, at: 0)
            guard second < b.count else { return second }
            let (next, third) = ScalarString.decode(b, at: second)
            return first == "ا" && next == "ل" && third < b.count ? ScalarString.decode(b, at: third).next : third
        }
        if end == term.utf8.count { return term }
        return bytes.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) }
    }

    /// A file-name-safe name of a shard key: its scalars in hex ("عر" → "639-631").
    /// (written digit by digit into one buffer: a string per scalar, joined, was 4k instructions a name, and an edit asks
    /// the name of each of a thousand shards kept)
    static func shardFileName(_ key: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * key.utf8.count)
        for scalar in key.unicodeScalars {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            let v = scalar.value
            var shift = 28
            while shift > 0 && v >> UInt32(shift) == 0 { shift -= 4 }
            while shift >= 0 {
                let digit = UInt8((v >> UInt32(shift)) & 0xF)
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                shift -= 4
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The data script of one shard: `sitegenSearchLoaded("t:<key>", {suffix: postings, …})`.
    ///
    /// Terms are written without the shard key they all start with. Postings are compact: doc ids as
    /// gaps from the previous id (first from 0), each followed by `-weight` only when the weight is not 1
    /// ("العراق": docs 0, 1, 4 with weights 7, 1, 2 → `[0,-7,1,3,-2]`).
    func shardScript(_ key: String) -> String {
        String(decoding: shardBytes(key), as: UTF8.self)
    }

    /// `shardScript(key)`'s UTF-8 bytes, as written.
    func shardBytes(_ key: String) -> [UInt8] {
        entriesBytes(name: "t:" + key, key: key, sortedTerms(key).map { ($0, 0..<(postings[$0].count / 2)) })
    }

    /// Documents per data file at most: one file per document would mean tens of thousands of small files.
    static let documentsPerChunk = 20

    var chunkCount: Int { chunkStarts.count }

    /// The data script of documents `k*chunk ..< (k+1)*chunk`:
    /// `sitegenSearchLoaded("c:<k>", [[title, label, kind, url, date, text], …])`, with URLs relative
    /// to the search page `from`.
    func documentChunkScript(_ k: Int, from page: SitePath) -> String {
        String(decoding: documentChunkBytes(k, from: page), as: UTF8.self)
    }

    /// `documentChunkScript`'s UTF-8 bytes, written straight into one buffer (each field made a JSON
    /// `String`, joined into more strings and copied into bytes to be written: tens of KB of text a document).
    func documentChunkBytes(_ k: Int, from page: SitePath) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.chunkBudget(fileBudget) + 4096)
        out.append(contentsOf: "sitegenSearchLoaded(\"c:\(k)\",[".utf8)
        for d in chunkRange(k) {
            let doc = document(d)
            if d > chunkStarts[k] { out.append(contentsOf: ",\n".utf8) }
            out.append(UInt8(ascii: "["))
            for (n, field) in [doc.title, doc.label, doc.kind.rawValue, page.link(to: doc.path), doc.date ?? "", Self.storedText(doc.text)].enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.append(field, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "]);\n".utf8)
        return out
    }

    func chunkRange(_ k: Int) -> Range<Int> {
        chunkStarts[k]..<(k + 1 < chunkStarts.count ? chunkStarts[k + 1] : documents.count)
    }

    /// The manifest script: document count, documents per chunk file (in order), shard keys, stop words.
    /// (`shardKeys`: every shard's key, when this index holds only some of the shards.)
    func manifestScript(shardKeys: [String]? = nil) -> String {
        let keys = (shardKeys ?? Self.sortedShardKeys(shardTerms.keys)).map(JSONText.string).joined(separator: ",")
        let stops = Self.stopWords.map(JSONText.string).joined(separator: ",")
        let chunks = chunkStarts.indices.map { String(chunkRange($0).count) }.joined(separator: ",")
        return "sitegenSearchLoaded(\"manifest\",{\"docs\":\(documents.count),\"chunks\":[\(chunks)],\"shards\":[\(keys)],\"stop\":[\(stops)]});\n"
    }
}

/// The postings of every term in one array: term t's are `flat[starts[t] ..< starts[t + 1]]`.
struct PostingLists: Sendable {
    let flat: [Int32]
    let starts: [Int]

    /// Number of terms.
    var count: Int { starts.count - 1 }

    subscript(t: Int) -> PostingList { PostingList(flat: flat, start: starts[t], count: starts[t + 1] - starts[t]) }
}

/// One term's postings, [doc, weight, doc, weight…], indexed from 0.
struct PostingList: RandomAccessCollection {
    let flat: [Int32]
    let start: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(i: Int) -> Int32 { flat[start + i] }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        flat.withUnsafeBufferPointer { body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[start..<start + count]))) }
    }
}
