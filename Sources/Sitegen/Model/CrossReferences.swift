import Extraction
import Resolution

/// Who appears with whom and where: indexes computed once from the resolved corpus, so every page
/// generator can answer "which events involve this entity?" without scanning everything.
struct CrossReferences {
    /// Per entity: the other entities it shares sentences with, in ascending order, and how many sentences.
    /// (Rows made from one sorted array of pairs: a table per entity, grown pair by pair, was most of this step, and the
    /// relation graph and each entity's related names read the rows in order.)
    var sharedSentences: [[(entity: Int, sentences: Int)]]
    /// Per entity: events it takes part in (place, actor or target), by date.
    var eventsOfEntity: [[Int]]
    /// Per article: entities it mentions, most mentioned first.
    var entitiesOfArticle: [[Int]]
    /// Per article: events it reports.
    var eventsOfArticle: [[Int]]
    /// Per entity: number of distinct articles that mention it.
    var articleCount: [Int]
    /// Per entity: quotes whose speaker resolved to it, as (article, quote index), in article order.
    var quotesOfEntity: [[(article: Int, quote: Int)]]

    init(corpus: ResolvedCorpus, extractions: [DocumentExtraction]) {
        let n = corpus.entities.count
        var entitiesOfArticle: [[Int]] = []
        entitiesOfArticle.reserveCapacity(extractions.count)
        var quotes = Array(repeating: [(article: Int, quote: Int)](), count: n)
        // articles come in order, so an entity's distinct articles are counted by noting the last one
        var articleCount = [Int](repeating: 0, count: n)
        var lastArticle = [Int](repeating: -1, count: n)
        // (sentence, entity) of each resolved mention as one word, `sentence << 32 | entity`, sorted: sentences' entity
        // sets and per-entity counts without a dictionary of sets per article (which was most of this step), and
        // without a comparison closure on tuples
        var pairs: [UInt64] = []
        var entities: [UInt64] = [], counted: [UInt64] = []
        var sentenceEntities: [UInt64] = []
        // every ordered pair of entities sharing a sentence, once per sentence, as `x << 32 | y`: counted by one sort
        // after the last article instead of a dictionary look-up (and growth) per pair and sentence
        var sharedPairs: [UInt64] = []
        for (a, ex) in extractions.enumerated() {
            let map = a < corpus.entityOfMention.count ? corpus.entityOfMention[a] : []
            pairs.removeAll(keepingCapacity: true)
            for (m, mention) in ex.mentions.enumerated() {
                guard m < map.count, let e = map[m] else { continue }
                pairs.append(UInt64(UInt32(truncatingIfNeeded: mention.sentence)) << 32 | UInt64(UInt32(truncatingIfNeeded: e)))
                if lastArticle[e] != a {
                    lastArticle[e] = a
                    articleCount[e] += 1
                }
            }
            for (q, quote) in ex.quotes.enumerated() {
                if let s = quote.speaker, s < map.count, let e = map[s] { quotes[e].append((a, q)) }
            }
            pairs.sort()
            // each sentence's distinct entities: every ordered pair of two of them shares one more sentence
            var i = 0
            while i < pairs.count {
                let sentence = pairs[i] >> 32
                sentenceEntities.removeAll(keepingCapacity: true)
                while i < pairs.count && pairs[i] >> 32 == sentence {
                    let e = pairs[i] & 0xFFFF_FFFF
                    if sentenceEntities.last != e { sentenceEntities.append(e) }
                    i += 1
                }
                if sentenceEntities.count > 1 {
                    for x in sentenceEntities { for y in sentenceEntities where x != y { sharedPairs.append(x << 32 | y) } }
                }
            }
            entitiesOfArticle.append(Self.byMentions(pairs, scratch: &entities, counted: &counted))
        }
        var eventsOfEntity = Array(repeating: [Int](), count: n)
        var eventsOfArticle = Array(repeating: [Int](), count: extractions.count)
        var ids: [Int] = []
        for (i, ev) in corpus.events.enumerated() {
            // (each entity and article once per event, in ascending order: the lists get `i` once, whatever the order)
            ids.removeAll(keepingCapacity: true)
            ids += ev.places
            ids += ev.actors
            ids += ev.targets
            ids.sort()
            for (k, e) in ids.enumerated() where e < n && (k == 0 || ids[k - 1] != e) { eventsOfEntity[e].append(i) }
            ids.removeAll(keepingCapacity: true)
            for s in ev.sources { ids.append(s.article) }
            ids.sort()
            for (k, a) in ids.enumerated() where a < extractions.count && (k == 0 || ids[k - 1] != a) { eventsOfArticle[a].append(i) }
        }
        sharedSentences = Self.rows(&sharedPairs, entityCount: n)
        self.eventsOfEntity = eventsOfEntity
        self.entitiesOfArticle = entitiesOfArticle
        self.eventsOfArticle = eventsOfArticle
        self.articleCount = articleCount
        quotesOfEntity = quotes
    }

    /// The entities of an article's sorted `sentence << 32 | entity` words, most mentioned first (ties: smaller entity
    /// first). `scratch` and `counted` are buffers kept between articles.
    static func byMentions(_ pairs: [UInt64], scratch: inout [UInt64], counted: inout [UInt64]) -> [Int] {
        guard !pairs.isEmpty else { return [] }
        scratch.removeAll(keepingCapacity: true)
        for p in pairs { scratch.append(p & 0xFFFF_FFFF) }
        scratch.sort()
        // each entity once with its count, as `(UInt32.max - count) << 32 | entity`: ascending is most mentioned first
        counted.removeAll(keepingCapacity: true)
        var i = 0
        while i < scratch.count {
            let e = scratch[i]
            var j = i + 1
            while j < scratch.count && scratch[j] == e { j += 1 }
            counted.append(UInt64(UInt32.max - UInt32(truncatingIfNeeded: j - i)) << 32 | e)
            i = j
        }
        counted.sort()
        return counted.map { Int($0 & 0xFFFF_FFFF) }
    }

    /// Per entity x, each y of the `x << 32 | y` words (in any order), ascending, with the number of times it appears.
    /// The words are given back (emptied) once filed, so the two arrays are not held together with the rows.
    /// (Two counting passes: the words' x's filed by y, then each placed in its x's run in that order, so each run comes
    /// out ascending, in time linear in the words; filed by x and each run sorted, the sorts were a quarter of the model
    /// in an edit. A y past the entities, which no resolved corpus makes, takes the sorts: `rowsBySorting`.)
    static func rows(_ sharedPairs: inout [UInt64], entityCount n: Int) -> [[(entity: Int, sentences: Int)]] {
        guard n > 0 else { sharedPairs = []; return Array(repeating: [], count: n) }
        // where each x's words start in `ys`, and each y's in `xs` (words of an x past the entities are left out, as the
        // rows have no place)
        var starts = [Int](repeating: 0, count: n + 1), yStarts = [Int](repeating: 0, count: n + 1)
        for p in sharedPairs where Int(p >> 32) < n {
            let y = Int(p & 0xFFFF_FFFF)
            guard y < n else { return rowsBySorting(&sharedPairs, entityCount: n) }
            starts[Int(p >> 32) + 1] += 1
            yStarts[y + 1] += 1
        }
        for x in 0..<n {
            starts[x + 1] += starts[x]
            yStarts[x + 1] += yStarts[x]
        }
        var xs = [UInt32](repeating: 0, count: yStarts[n])
        var next = yStarts
        for p in sharedPairs where Int(p >> 32) < n {
            let y = Int(p & 0xFFFF_FFFF)
            xs[next[y]] = UInt32(truncatingIfNeeded: p >> 32)
            next[y] += 1
        }
        sharedPairs = []
        var ys = [UInt32](repeating: 0, count: starts[n])
        next = starts
        for y in 0..<n {
            for k in yStarts[y]..<yStarts[y + 1] {
                let x = Int(xs[k])
                ys[next[x]] = UInt32(y)
                next[x] += 1
            }
        }
        xs = []
        return rows(ofRuns: &ys, starts: starts)
    }

    /// `rows` by filing the words by x and sorting each x's run (any y).
    static func rowsBySorting(_ sharedPairs: inout [UInt64], entityCount n: Int) -> [[(entity: Int, sentences: Int)]] {
        guard n > 0 else { sharedPairs = []; return Array(repeating: [], count: n) }
        var starts = [Int](repeating: 0, count: n + 1)
        for p in sharedPairs where Int(p >> 32) < n { starts[Int(p >> 32) + 1] += 1 }
        for x in 0..<n { starts[x + 1] += starts[x] }
        var ys = [UInt32](repeating: 0, count: starts[n])
        var next = starts
        for p in sharedPairs where Int(p >> 32) < n {
            let x = Int(p >> 32)
            ys[next[x]] = UInt32(truncatingIfNeeded: p)
            next[x] += 1
        }
        sharedPairs = []
        ys.withUnsafeMutableBufferPointer { all in
            for x in 0..<n where starts[x + 1] > starts[x] {
                var run = UnsafeMutableBufferPointer(rebasing: all[starts[x]..<starts[x + 1]])
                run.sort()
            }
        }
        return rows(ofRuns: &ys, starts: starts)
    }

    /// Each x's ascending run `ys[starts[x]..<starts[x + 1]]` as its distinct ys with how many times each appears.
    private static func rows(ofRuns ys: inout [UInt32], starts: [Int]) -> [[(entity: Int, sentences: Int)]] {
        let n = starts.count - 1
        var rows = Array(repeating: [(entity: Int, sentences: Int)](), count: n)
        ys.withUnsafeBufferPointer { all in
            for x in 0..<n where starts[x + 1] > starts[x] {
                let run = UnsafeBufferPointer(rebasing: all[starts[x]..<starts[x + 1]])
                var distinct = 1
                for k in 1..<run.count where run[k] != run[k - 1] { distinct += 1 }
                var row: [(entity: Int, sentences: Int)] = []
                row.reserveCapacity(distinct)
                var i = 0
                while i < run.count {
                    var k = i + 1
                    while k < run.count && run[k] == run[i] { k += 1 }
                    row.append((Int(run[i]), k - i))
                    i = k
                }
                rows[x] = row
            }
        }
        ys = []
        return rows
    }

    /// Per entity: other entity → number of sentences they share (`sharedSentences` as tables).
    var cooccurrence: [[Int: Int]] {
        sharedSentences.map { row in
            var d = [Int: Int](minimumCapacity: row.count)
            for r in row { d[r.entity] = r.sentences }
            return d
        }
    }

    /// The number of sentences `x` and `y` share (0: none), found in `x`'s row by halving.
    static func sentences(_ rows: [[(entity: Int, sentences: Int)]], _ x: Int, _ y: Int) -> Int {
        guard x >= 0, x < rows.count else { return 0 }
        return rows[x].withUnsafeBufferPointer { row in
            var lo = 0, hi = row.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if row[mid].entity < y { lo = mid + 1 } else { hi = mid }
            }
            return lo < row.count && row[lo].entity == y ? row[lo].sentences : 0
        }
    }

    /// The entities most often in the same sentence as `entity`, strongest first.
    /// (Most sentences first, then the smaller entity: each of the row's places keyed `(UInt32.max - sentences) << 32 |
    /// place`, the row being in ascending entity order, and the keys sorted as numbers.)
    func related(to entity: Int, limit: Int = 12) -> [(entity: Int, sentences: Int)] {
        let row = sharedSentences[entity]
        var keys = [UInt64]()
        keys.reserveCapacity(row.count)
        for (place, r) in row.enumerated() {
            keys.append(UInt64(UInt32.max - UInt32(clamping: r.sentences)) << 32 | UInt64(place))
        }
        keys.sort()
        return keys.prefix(limit).map { row[Int($0 & 0xFFFF_FFFF)] }
    }
}
