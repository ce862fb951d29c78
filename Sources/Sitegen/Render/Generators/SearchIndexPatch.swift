import ArabicText

/// The search index of a rebuild in which few documents changed, made from the last build's
/// (`SavedSearchIndex`): a changed document is tokenized and its terms compared with the saved ones,
/// and only the shards of the terms whose weight in it changed (or that it gained or lost) are decoded and
/// patched; every other shard is known by its saved content key, which is what decides whether its files
/// are kept. (An article with a paragraph added patches the shards of the paragraph's new words.)
///
/// A document is changed when its `termKey` at its place in the list differs (or the place is new or
/// gone): a document that moved is changed at both places. The postings of an untouched shard are the
/// same for every document as a full build would gather; the patched shards are gathered from the same
/// postings, so the index, and every file made from it, is the same as a full build's.
struct SearchIndexPatch {
    /// The documents and the patched shards (the others are not in its `shardTerms`).
    let index: SearchIndex
    /// Every shard's key that has terms, sorted (for the manifest).
    let shardKeys: [String]
    /// The saved index brought up to date (to be written for the next build; its `sourceKeys` are the caller's to set).
    var saved: SavedSearchIndex
    /// `shardNumbers[i]`: the number in `saved` of shard `shardKeys[i]`.
    let shardNumbers: [Int]
    /// Numbers of the patched shards.
    let touched: Set<Int>

    /// A rebuild patches at most this many changed places (a document gone and one come count two)
    /// per this many documents, and at least `minimumChanges`: past that, the full index costs less.
    static let changeShare = 32
    static let minimumChanges = 32

    /// Shard key → its number in `saved`, for every shard with terms.
    var numbers: [String: Int] { Dictionary(uniqueKeysWithValues: zip(shardKeys, shardNumbers)) }

    /// Content key of shard `key` (one of `shardKeys`).
    func contentKey(_ key: String) -> ContentHash { saved.shardContent[numbers[key]!] }

    /// Content key of shard `shardKeys[i]`.
    func contentKey(at i: Int) -> ContentHash { saved.shardContent[shardNumbers[i]] }

    /// Whether shard `key` was patched (its files can be made from `index`).
    func isPatched(_ key: String) -> Bool { index.shardTerms[key] != nil }

    /// Whether shard `shardKeys[i]` was patched.
    func isPatched(at i: Int) -> Bool { touched.contains(shardNumbers[i]) }

    /// An index holding the saved shards `keys` (for files of unpatched shards that must be written again).
    func materialize(_ keys: [String]) -> SearchIndex? {
        let numbers = numbers
        var shards: [(key: String, terms: [(name: String, postings: [Int32])])] = []
        for key in keys {
            guard let s = numbers[key], let terms = try? saved.terms(ofShard: s) else { return nil }
            shards.append((key, terms.map { (saved.name($0.term), $0.postings) }))
        }
        return SearchIndex(documents: index.documents, termKeys: index.termKeys, chunkStarts: index.chunkStarts,
                           fileBudget: index.fileBudget, shards: shards)
    }
}

extension SearchIndex {
    /// An index of the given shards' terms and postings ([doc, weight, …], docs ascending); terms without
    /// postings and shards without terms are left out. Nil when a term comes twice (a damaged saved index).
    init?(documents: [SearchDocument], termKeys: [ContentHash], chunkStarts: [Int], fileBudget: Int,
         shards: [(key: String, terms: [(name: String, postings: [Int32])])]) {
        self.documents = documents
        self.termKeys = termKeys
        self.chunkStarts = chunkStarts
        self.fileBudget = fileBudget
        let table = SearchTermTable()
        var flat: [Int32] = []
        var starts = [0]
        var shardTerms: [String: [Int]] = [:]
        for (key, terms) in shards {
            var ids: [Int] = []
            for (name, postings) in terms where !postings.isEmpty {
                guard table.intern(name) == starts.count - 1 else { return nil }
                let t = starts.count - 1
                flat += postings
                starts.append(flat.count)
                ids.append(t)
            }
            if !ids.isEmpty { shardTerms[key] = ids }
        }
        terms = table
        postings = PostingLists(flat: flat, starts: starts)
        self.shardTerms = shardTerms
    }

    /// The patched index of `documents` (`keys`: their `termKey`s, `layoutKeys` and `sizes` their chunk
    /// layout), or nil when the saved index was made with another file budget, cannot be read, or more
    /// documents changed than a patch is worth.
    static func patch(_ saved: SavedSearchIndex, documents: [SearchDocument], keys: [ContentHash], layoutKeys: [ContentHash],
                      sizes: [Int], fileBudget: Int) -> SearchIndexPatch? {
        guard saved.fileBudget == fileBudget else { return nil }
        let n = documents.count, m = saved.documentCount
        var changed: [Int] = []
        for d in 0..<max(n, m) where d >= n || d >= m || keys[d] != saved.termKeys[d] { changed.append(d) }
        guard changed.count <= max(Self.patchLimit(n), SearchIndexPatch.minimumChanges) else { return nil }
        var next = saved
        next.termKeys = keys
        next.sourceKeys = Array(repeating: ContentHash(high: 0, low: 0), count: n)
        next.layoutKeys = layoutKeys
        next.sizes = sizes.map { Int32(clamping: $0) }
        // each changed place's terms before and after, and the postings that change: shard → term → (doc, weight; 0: gone)
        var reader = SearchTermReader(id: 0)
        var changes: [String: [String: [(doc: Int32, weight: Int32)]]] = [:]
        var newTerms: [Int: [(name: String, weight: Int32)]] = [:]
        var known: [String: Int] = [:]  // names of terms met, by number
        do {
            for d in changed {
                var before: [String: Int32] = [:]
                if d < m {
                    for (t, w) in try saved.terms(ofDocument: d) {
                        let name = saved.name(t)
                        before[name] = w
                        known[name] = t
                    }
                }
                var after: [(name: String, weight: Int32)] = []
                if d < n {
                    let e = reader.weightedTerms(of: documents[d])
                    for i in stride(from: 0, to: e.count, by: 2) { after.append((reader.names[Int(e[i])], e[i + 1])) }
                    newTerms[d] = after
                }
                for (name, w) in after where before.removeValue(forKey: name) != w {
                    changes[shardKey(name), default: [:]][name, default: []].append((Int32(d), w))
                }
                for (name, _) in before { changes[shardKey(name), default: [:]][name, default: []].append((Int32(d), 0)) }
            }
        } catch { return nil }
        // the touched shards: their saved postings with the changes
        // (the touched shards' numbers found among the saved names: a table of the thousand Arabic keys, hashed as
        // strings, was 1.9 M instructions of an edit touching seven)
        var number: [String: Int] = [:]
        var savedShards = SearchByteTable()
        savedShards.reserveCapacity(saved.shardNames.count)
        for (s, name) in saved.shardNames.enumerated() {
            var name = name
            name.withUTF8 { b in
                let h = SearchByteTable.hash(b)
                let (found, slot) = savedShards.find(b, hash: h)
                if found == nil { savedShards.add(b, hash: h, slot: slot, value: Int32(s)) }
            }
        }
        var touched = Set<Int>()
        var patched: [(key: String, terms: [(name: String, postings: [Int32])])] = []
        var idOfPatched: [[Int]] = []
        for (key, termChanges) in changes.sorted(by: { $0.key < $1.key }) {
            let s: Int
            var bytes = key
            if let old = bytes.withUTF8({ savedShards.find($0, hash: SearchByteTable.hash($0)).value }) { s = Int(old) } else { s = next.appendShard(key) }
            number[key] = s
            touched.insert(s)
            var terms: [(term: Int, postings: [Int32])]
            do { terms = s < saved.shardNames.count ? try saved.terms(ofShard: s) : [] } catch { return nil }
            // the shard's terms by their names' bytes (as `SearchTermTable` tells terms apart), read where they are saved
            var at = SearchByteTable()
            at.reserveCapacity(terms.count + termChanges.count)
            for (k, term) in terms.enumerated() {
                let unique = saved.withName(term.term) { b in
                    let h = SearchByteTable.hash(b)
                    let (found, slot) = at.find(b, hash: h)
                    if found != nil { return false }
                    at.add(b, hash: h, slot: slot, value: Int32(k))
                    return true
                }
                guard unique else { return nil }
            }
            for (name, list) in termChanges.sorted(by: { $0.key < $1.key }) {
                let k: Int
                var bytes = name
                let (found, slot, h) = bytes.withUTF8 { b in
                    let h = SearchByteTable.hash(b)
                    let (found, slot) = at.find(b, hash: h)
                    return (found, slot, h)
                }
                if let found { k = Int(found) } else {
                    let t = known[name] ?? next.termCount
                    if t == next.termCount { next.appendName(name) }
                    k = terms.count
                    terms.append((t, []))
                    bytes.withUTF8 { at.add($0, hash: h, slot: slot, value: Int32(k)) }
                }
                known[name] = terms[k].term
                terms[k].postings = Self.applying(list, to: terms[k].postings)
            }
            terms.removeAll { $0.postings.isEmpty }
            patched.append((key, terms.map { (next.name($0.term), $0.postings) }))
            idOfPatched.append(terms.map(\.term))
        }
        guard let index = SearchIndex(documents: documents, termKeys: keys, chunkStarts: chunkStarts(sizes: sizes, fileBudget: fileBudget),
                                      fileBudget: fileBudget, shards: patched) else { return nil }
        // the saved index brought up to date: touched shards and changed documents encoded again (held beside the
        // saved bytes, which are left as they are)
        var encoded: [Int: [UInt8]] = [:]
        var offset = 0
        for (key, terms) in patched {
            let s = number[key]!
            let list = zip(idOfPatched[offset], terms).map { (term: $0, postings: $1.postings) }
            offset += 1
            encoded[s] = SavedSearchIndex.encodeShard(list)
            next.setShard(s, encoded[s]!)
            next.shardContent[s] = list.isEmpty ? ContentHash(high: 0, low: 0) : index.shardContentKey(key)
            next.shardParts[s] = 0  // (known once its files are made)
        }
        next.keepDocuments(n)
        for (d, terms) in newTerms where d < n {
            next.setDocumentTerms(d, SavedSearchIndex.encodeDocument(terms.map { (known[$0.name]!, $0.weight) }.sorted { $0.0 < $1.0 }))
        }
        // shards with terms: the untouched ones that had terms, and the patched ones that have
        // (kept as numbers, and sorted as positions: a dictionary of a thousand Arabic keys, and their sorting as strings,
        // were a sixth of a one-article edit's patch)
        var withTerms: [Int] = []
        for s in next.shardNames.indices {
            // (a shard without terms is stored as its term count alone, one byte)
            if next.shardHasTerms(s) { withTerms.append(s) }
        }
        let order = shardKeyOrder(withTerms.map { next.shardNames[$0] })
        return SearchIndexPatch(index: index, shardKeys: order.map { next.shardNames[withTerms[$0]] }, saved: next,
                                shardNumbers: order.map { withTerms[$0] }, touched: touched)
    }

    /// Items `0 ..< count` of `bytes` (item i: `bytes[starts[i] ..< starts[i + 1]]`, or none past `starts`' end) with the
    /// items of `replacing` put in their places, and the new starts. The runs of items between the replaced ones are
    /// copied a run at a time (an edit replaces a few of 17k documents, or of a thousand shards).
    static func spliced<Start: FixedWidthInteger>(_ bytes: [UInt8], starts: [Start], count: Int,
                                                  replacing: [Int: [UInt8]]) -> (bytes: [UInt8], starts: [Start]) {
        let made = bytes.withUnsafeBufferPointer { spliced($0, starts: starts, count: count, replacing: replacing) }
        return (made.bytes, made.starts)
    }

    /// `spliced` of the bytes `bytes` (a saved index's, mapped), giving the starts first.
    static func spliced<Start: FixedWidthInteger>(_ bytes: UnsafeBufferPointer<UInt8>, starts: [Start], count: Int,
                                                  replacing: [Int: [UInt8]]) -> (starts: [Start], bytes: [UInt8]) {
        let known = starts.count - 1
        let replaced = replacing.keys.filter { $0 < count }.sorted()
        // (filled through buffers: appended an item at a time, the starts of 17k documents were 4 M instructions)
        var total = 0, r = 0
        for i in 0..<count {
            if r < replaced.count && replaced[r] == i { total += replacing[i]!.count; r += 1 } else if i < known { total += Int(starts[i + 1] - starts[i]) }
        }
        var outStarts = [Start](repeating: 0, count: count + 1)
        let out = [UInt8](unsafeUninitializedCapacity: total) { out, filled in
            do {
                let old = bytes
                starts.withUnsafeBufferPointer { starts in
                    outStarts.withUnsafeMutableBufferPointer { outStarts in
                        var i = 0, at = 0
                        func copy(_ from: UnsafeBufferPointer<UInt8>) {
                            if !from.isEmpty { UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(from: from.baseAddress!, byteCount: from.count) }
                            at += from.count
                        }
                        for r in replaced + [count] {
                            // items i ..< r as they are (those the old bytes have), then item r replaced
                            let end = min(r, known)
                            if i < end {
                                let shift = at - Int(starts[i])
                                copy(UnsafeBufferPointer(rebasing: old[Int(starts[i])..<Int(starts[end])]))
                                for k in i + 1...end { outStarts[k] = Start(Int(starts[k]) + shift) }
                            }
                            for k in max(i, end)..<r { outStarts[k + 1] = Start(at) }  // (items the old bytes lack: none)
                            if r < count {
                                replacing[r]!.withUnsafeBufferPointer { copy($0) }
                                outStarts[r + 1] = Start(at)
                            }
                            i = r + 1
                        }
                        filled = at
                    }
                }
            }
        }
        return (outStarts, out)
    }

    static func patchLimit(_ documents: Int) -> Int { documents / SearchIndexPatch.changeShare }

    /// Postings with the pairs `changes` laid over them (a document's pair replaced, a weight of 0 taking it out).
    private static func applying(_ changes: [(doc: Int32, weight: Int32)], to postings: [Int32]) -> [Int32] {
        let docs = Set(changes.map(\.doc))
        var pairs: [(doc: Int32, weight: Int32)] = []
        pairs.reserveCapacity(postings.count / 2 + changes.count)
        for i in stride(from: 0, to: postings.count, by: 2) where !docs.contains(postings[i]) { pairs.append((postings[i], postings[i + 1])) }
        pairs += changes.filter { $0.weight > 0 }
        pairs.sort { $0.doc < $1.doc }
        return pairs.flatMap { [$0.doc, $0.weight] }
    }

    /// The saved form of this full index (`contents[k]`: the content key of shard `shardKeys[k]`; `sourceKeys`:
    /// the documents' `SearchDocumentSource.sourceKey`s, unknown when nil).
    func saved(shardKeys: [String], contents: [ContentHash], layoutKeys: [ContentHash], sizes: [Int],
               sourceKeys: [ContentHash]? = nil, parts: [Int]? = nil) -> SavedSearchIndex {
        // each document's terms are encoded as they come (`SavedSearchIndex.encodeDocument`: term numbers rise from shard
        // to shard), not gathered as pairs first: a 16-byte pair per posting was most of a cached build's peak at 10k
        var docTerms = [DocumentTermsWriter](repeating: DocumentTermsWriter(), count: documents.count)
        var nameBytes: [UInt8] = [], nameStarts: [UInt32] = [0]
        var blobs: [UInt8] = [], blobStarts: [UInt64] = [0]
        for key in shardKeys {
            var list: [(term: Int, postings: PostingList)] = []
            for t in shardTerms[key] ?? [] where !postings[t].isEmpty {
                let number = nameStarts.count - 1
                nameBytes += terms.names[t].utf8
                nameStarts.append(UInt32(nameBytes.count))
                let p = postings[t]
                for i in stride(from: 0, to: p.count, by: 2) { docTerms[Int(p[i])].append(term: number, weight: p[i + 1]) }
                list.append((number, p))
            }
            blobs += SavedSearchIndex.encodeShard(list)
            blobStarts.append(UInt64(blobs.count))
        }
        var docBytes: [UInt8] = [], docStarts: [UInt32] = [0]
        docBytes.reserveCapacity(docTerms.reduce(0) { $0 + $1.bytes.count })
        for d in docTerms.indices {
            docBytes += docTerms[d].bytes
            docTerms[d] = DocumentTermsWriter()
            docStarts.append(UInt32(docBytes.count))
        }
        return SavedSearchIndex(fileBudget: fileBudget,
                                sourceKeys: sourceKeys ?? Array(repeating: ContentHash(high: 0, low: 0), count: documents.count),
                                termKeys: termKeys.count == documents.count ? termKeys : documents.indices.map(termKey(ofDocument:)), layoutKeys: layoutKeys, sizes: sizes.map { Int32(clamping: $0) },
                                nameStarts: nameStarts, nameBytes: nameBytes, docStarts: docStarts, docBytes: docBytes,
                                shardNames: shardKeys, shardContent: contents, shardParts: parts, blobStarts: blobStarts, blobBytes: blobs)
    }
}

/// One document's terms encoded as `SavedSearchIndex.encodeDocument` encodes them, a pair at a time (terms in rising order).
struct DocumentTermsWriter {
    private var writer = BinaryWriter()
    private var previous = 0

    mutating func append(term: Int, weight: Int32) {
        writer.uvarint(term - previous)
        writer.uvarint(Int(weight))
        previous = term
    }

    var bytes: [UInt8] { writer.bytes }
}
