import ArabicDates
import Resolution

/// Republished articles: copies of one story (the same text, or nearly: a paragraph added, a line
/// changed, another title) are grouped, and only one of them goes on through the pipeline. Its page
/// lists the others with their source and date, and the story's names, co-occurrences and event
/// sources count once, however many outlets ran it.
///
/// Two texts are copies when at least `similarity` (default 0.9) of the shorter text's five-word
/// sequences are also in the other one, and the shorter one has at least half as many: words are
/// compared normalized (hamza forms, ى/ي, ة/ه, diacritics, digits), so spelling variants do not count
/// as changes. Texts under `minimumWords` words are copies only when their title and text are the
/// same. Groups are closed under "is a copy of".
///
/// At scale it never compares all pairs: identical texts are found by hashing; the others are
/// compared only when their MinHash signatures (48 hash functions over the five-word sequences)
/// agree on one of 16 bands of 3 values (locality-sensitive hashing), which two copies do with
/// near certainty; each such candidate pair is then measured exactly.
struct RepublishedGroups {
    static let defaultSimilarity = 0.9
    static let minimumWords = 20
    static let shingleWords = 5
    /// 16 bands of 3 values: the 48 values of a signature (`TextShingles.signatureLength`).
    static let bands = 16, rowsPerBand = 3
    /// The shorter text must have at least this share of the longer one's sequences.
    static let minimumLengthRatio = 0.5
    /// Members of one LSH bucket each compared with at most this many others (a bucket of thousands
    /// of near-identical bulletins stays linear; their group forms through the first ones).
    static let maxComparisonsPerBucket = 32

    /// Article indexes of each group of two or more copies: the one whose page is kept first (the
    /// longest text; the earliest, then the first by file, when several are as long), then the
    /// others by date and file. Groups are ordered by their first member.
    let groups: [[Int]]

    /// What the grouping keeps of one article's text (and `RepublishedSignatureCache` between builds).
    struct Summary: Sendable, Equatable {
        var wordCount: Int
        /// Hash of the whole text (with the title, for a short text).
        var identity: UInt64
        /// For a text of `minimumWords` or more: its MinHash signature (else empty).
        var signature: [UInt32] = []
    }

    /// `signatures`: the summaries of texts met by earlier builds and the last grouping (nil: every text is read).
    /// When the articles differ from the last grouping's only in texts that stood alone and stand alone again (see
    /// `LastGrouping`), its groups are taken as they are: only the changed texts are read.
    init(articles: [Article], similarity: Double?, jobs: Int, signatures: RepublishedSignatureCache? = nil) {
        guard let similarity, articles.count > 1 else { groups = []; return }
        var placement: [ContentHash] = []
        if let signatures {
            placement = parallelMap(articles.count, jobs: jobs) { LastGrouping.placementKey(articles, $0) }
            if let last = signatures.lastGrouping(),
               let placed = last.placing(articles, keys: placement, similarity: similarity) {
                groups = placed.grouping.groups
                signatures.keep(placed.grouping, hits: articles.count - placed.changed)
                return
            }
        }
        var keys: [ContentHash] = [], kept: [Summary?] = []
        if let signatures {
            keys = parallelMap(articles.count, jobs: jobs) { RepublishedSignatureCache.key(title: articles[$0].title, markdown: articles[$0].markdownText) }
            kept = signatures.summaries(keys)
        }
        // The five-word sequences (32-bit hashes) of the texts read now, kept for the comparisons.
        let read = parallelMap(articles.count, jobs: jobs) { i -> (summary: Summary, shingles: [UInt32]?) in
            if let summary = kept.isEmpty ? nil : kept[i] { return (summary, nil) }
            return Self.read(articles[i])
        }
        let prints = read.map(\.summary)
        signatures?.store(keys, prints)
        var sets = UnionFind(articles.count)
        // Identical texts (short texts with their titles).
        var firstWithIdentity: [UInt64: Int] = [:]
        var distinct: [Int] = []  // one article per distinct long text
        var alone = [Bool](repeating: true, count: signatures == nil ? 0 : articles.count)
        for i in articles.indices {
            if let first = firstWithIdentity[prints[i].identity] {
                sets.union(first, i)
                if !alone.isEmpty { alone[first] = false; alone[i] = false }
            } else {
                firstWithIdentity[prints[i].identity] = i
                if !prints[i].signature.isEmpty { distinct.append(i) }
            }
        }
        // Near-identical texts: pairs that share a band of their signatures, measured exactly unless
        // they are in one group already. Only the texts of such pairs have their sequences sorted.
        let bandKeys = Self.bandKeys(distinct.map { prints[$0].signature })
        let buckets = Self.buckets(bandKeys: bandKeys, count: distinct.count)
        let compared = Array(Set(buckets.joined())).sorted()
        let sortedShingles = parallelMap(compared.count, jobs: jobs) { k in
            let i = distinct[compared[k]]
            return TextShingles.unique((read[i].shingles ?? Self.read(articles[i]).shingles ?? []).sorted())
        }
        var setOf: [Int: Int] = [:]
        for (k, d) in compared.enumerated() { setOf[distinct[d]] = k }
        var unlike = Set<UInt64>()
        for bucket in buckets {
            for x in bucket.indices {
                for y in (x + 1)..<min(bucket.count, x + 1 + Self.maxComparisonsPerBucket) {
                    let a = distinct[bucket[x]], b = distinct[bucket[y]]
                    let pair = UInt64(a) << 32 | UInt64(b)
                    guard sets.find(a) != sets.find(b), !unlike.contains(pair) else { continue }
                    if TextShingles.containment(sortedShingles[setOf[a]!], sortedShingles[setOf[b]!],
                                                minimumLengthRatio: Self.minimumLengthRatio) >= similarity {
                        sets.union(a, b)
                    } else {
                        unlike.insert(pair)
                    }
                }
            }
        }
        groups = Self.orderedGroups(sets, articles: articles, wordCounts: prints.map(\.wordCount))
        if let signatures {
            for d in compared { alone[distinct[d]] = false }
            signatures.keep(LastGrouping(similarity: similarity, keys: placement, identities: prints.map(\.identity),
                                         distinct: distinct, bandKeys: bandKeys, alone: alone, groups: groups),
                            hits: nil)
        }
    }

    /// An article's summary, and its five-word sequences when it is long enough to have a signature.
    static func read(_ article: Article) -> (summary: Summary, shingles: [UInt32]?) {
        let text = TextShingles(article.markdown)
        guard text.words.count >= minimumWords else {
            return (Summary(wordCount: text.words.count, identity: TextShingles(article.title).sequenceKey &* 31 &+ text.sequenceKey), nil)
        }
        let shingles = text.shingles(size: shingleWords)
        return (Summary(wordCount: text.words.count, identity: text.sequenceKey, signature: TextShingles.signature(of: shingles)),
                shingles.map { UInt32(truncatingIfNeeded: $0 >> 32) })
    }

    private static let indexMask: UInt64 = (1 << 24) - 1

    /// Groups of two or more signatures (indexes, ascending) that agree on all the values of one band.
    static func buckets(_ signatures: [[UInt32]]) -> [[Int]] {
        buckets(bandKeys: bandKeys(signatures), count: signatures.count)
    }

    /// The key of each band of each signature (`bandKey`), band after band of the first signature, then of the second…
    static func bandKeys(_ signatures: [[UInt32]]) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(signatures.count * bands)
        for s in signatures { for band in 0..<bands { keys.append(bandKey(s, band: band)) } }
        return keys
    }

    /// The band's hash in the high 40 bits (the low 24 zero, for an index): two signatures whose keys of one band are equal
    /// are measured (two bands that only agree on those 40 bits make a pair that is measured for nothing, a few times in a
    /// million).
    @inline(__always)
    static func bandKey(_ signature: [UInt32], band: Int) -> UInt64 {
        var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for r in 0..<rowsPerBand { h = TextShingles.mix(h ^ UInt64(signature[band * rowsPerBand + r])) }
        return h & ~indexMask
    }

    /// Groups of two or more of `count` signatures (indexes, ascending) whose `bandKeys` (as `bandKeys(_:)` lays them out)
    /// agree on one band.
    static func buckets(bandKeys: [UInt64], count: Int) -> [[Int]] {
        var buckets: [[Int]] = []
        guard UInt64(count) <= indexMask, bandKeys.count == count * bands else { return [] }  // over 16 million texts: identical ones only
        for band in 0..<bands {
            // the band's key with the index in the low 24 bits
            var keyed: [UInt64] = (0..<count).map { i in bandKeys[i * bands + band] | UInt64(i) }
            keyed.sort()
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count && keyed[end] & ~indexMask == keyed[start] & ~indexMask { end += 1 }
                if end - start > 1 { buckets.append(keyed[start..<end].map { Int($0 & indexMask) }) }
                start = end
            }
        }
        return buckets
    }

    /// The groups of `sets` with two or more members, each in page order (see `groups`).
    private static func orderedGroups(_ sets: UnionFind, articles: [Article], wordCounts: [Int]) -> [[Int]] {
        var sets = sets
        var byRoot: [Int: [Int]] = [:]
        for i in articles.indices { byRoot[sets.find(i), default: []].append(i) }
        func earlier(_ a: Int, _ b: Int) -> Bool {
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return articles[a].file < articles[b].file
            }
        }
        return byRoot.values.filter { $0.count > 1 }.map { group in
            let kept = group.min { a, b in wordCounts[a] != wordCounts[b] ? wordCounts[a] > wordCounts[b] : earlier(a, b) }!
            return [kept] + group.filter { $0 != kept }.sorted(by: earlier)
        }.sorted { $0.min()! < $1.min()! }
    }

    /// The articles that keep a page (in their original order) and, for each, its copies.
    func apply(to articles: [Article]) -> (pages: [Article], copies: [[Article]]) {
        var copiesOf: [Int: [Int]] = [:]
        var isCopy = Set<Int>()
        for g in groups {
            copiesOf[g[0]] = Array(g.dropFirst())
            isCopy.formUnion(g.dropFirst())
        }
        var pages: [Article] = [], copies: [[Article]] = []
        for i in articles.indices where !isCopy.contains(i) {
            pages.append(articles[i])
            copies.append((copiesOf[i] ?? []).map { articles[$0] })
        }
        return (pages, copies)
    }

    /// Number of articles that are copies (they have no page of their own).
    var copyCount: Int { groups.reduce(0) { $0 + $1.count - 1 } }
}

