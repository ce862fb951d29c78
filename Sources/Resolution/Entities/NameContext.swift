import ArabicText
import Extraction

/// What the corpus says around each name, for `EntityConfidence`: the word right before and right after
/// every mention, and how the mentioned names nest (a name that is the start or the end of longer names
/// found elsewhere, or that is a shorter name plus one word).
///
/// A cut name betrays itself by its neighbours: «وكالة تونس» is followed by «افريقيا» nearly every time,
/// «الطاهر البوعزيزي» preceded by «علي»; a glued one by its parts: «ميركل النأي» is «ميركل», a name found
/// many times, and one more word.
///
/// How far around a mention these readers look is what `MentionReadWindow` (Sitegen target) hashes for the resolution
/// cache: a reader that looks farther must widen the window too.
///
/// A class: the verdict of every entity reads it, and its closures capture it; a struct of nine tables was copied
/// (nine retains and releases) at each of those ~10 captures per entity.
final class NameContext: Sendable {
    /// A neighbouring word: its match key, and whether it may be part of a name (`EntityConfidence.isNameWord`).
    struct Neighbour {
        var key: String
        var nameWord: Bool
        /// An organization, facility or area head (`NameEvidence.isPlaceOrInstitutionHead`).
        var head: Bool
    }
    /// Per article and mention: the word just before and just after it in its block, nil where
    /// punctuation, a number or the block's edge comes first.
    let before: [[Neighbour?]]
    let after: [[Neighbour?]]
    /// Per article and mention: the mention stands between quote marks («"العهد"»).
    let quoted: [[Bool]]
    /// Per article and mention: the mention opens a quote that goes on with a number before it closes
    /// («"آي بي سي- 24"»): it is a cut of a numbered title (a channel, a model), not the shorter name.
    let cutInQuote: [[Bool]]
    /// Per article and mention: a hyphen joins the mention, with no space, to a word of the same written name
    /// («كاترين جورينج-إكارت», «غرانت-سنت»): it is cut from that longer name.
    let hyphenJoined: [[Bool]]
    /// Per article and mention: the mention is quoted right after an organization or outlet head («جمعية
    /// "إفريقيّة"», «صحيفة "الرياض"»): it names that body, whatever place the lexicon gives the word.
    let quotedAfterOrganizationHead: [[Bool]]

    /// Mentions per name (word keys joined by a space), and mentions of longer names starting or ending
    /// with a name.
    /// (Keyed by UTF-8 bytes: `String` hashing normalizes Arabic text on every call.)
    private let count: [UTF8Key: Int]
    private let asPrefix: [UTF8Key: Int]
    private let asSuffix: [UTF8Key: Int]

    /// `jobs`: threads at most (`EntityResolver.jobs`); `surfaceChunk`: the fewest distinct surfaces a thread takes
    /// when their forms are worked out (tests: 1).
    init(documents: [Document], extractions: [DocumentExtraction], jobs: Int, surfaceChunk: Int = 512) {
        // articles in a few chunks on their own threads, each with its own memo of word tests
        let chunks = ParallelChunks.map(extractions.count, jobs: jobs, minChunk: 512) { range -> ([[Neighbour?]], [[Neighbour?]], [[Bool]], [UTF8Key: Int], [[Bool]], [[Bool]], [[Bool]]) in
            var before: [[Neighbour?]] = [], after: [[Neighbour?]] = [], quoted: [[Bool]] = [], surfaces: [UTF8Key: Int] = [:]
            var cut: [[Bool]] = [], afterHead: [[Bool]] = [], hyphened: [[Bool]] = []
            var wordTests: [UTF8Key: (Bool, Bool)] = [:]
            func neighbour(_ key: String?) -> Neighbour? {
                guard let key else { return nil }
                if let known = wordTests[UTF8Key(key)] { return Neighbour(key: key, nameWord: known.0, head: known.1) }
                let v = (EntityConfidence.isNameWord(key), NameEvidence.isPlaceOrInstitutionHead(key))
                wordTests[UTF8Key(key)] = v
                return Neighbour(key: key, nameWord: v.0, head: v.1)
            }
            for a in range {
                let ex = extractions[a]
                var b = [Neighbour?](repeating: nil, count: ex.mentions.count)
                var n = [Neighbour?](repeating: nil, count: ex.mentions.count)
                var q = [Bool](repeating: false, count: ex.mentions.count)
                var c = [Bool](repeating: false, count: ex.mentions.count)
                var h = [Bool](repeating: false, count: ex.mentions.count)
                var j = [Bool](repeating: false, count: ex.mentions.count)
                var scalarsOfBlock: [Int: [Unicode.Scalar]] = [:]
                // where mentions start and end, per block (a hyphen between two mentions joins two names of a list)
                let adjacent = AdjacentMentions(ex.mentions)
                for (i, m) in ex.mentions.enumerated() {
                    surfaces[UTF8Key(m.surface), default: 0] += 1
                    guard a < documents.count, m.span.block < documents[a].blocks.count else { continue }
                    let scalars = scalarsOfBlock[m.span.block] ?? ScalarString.scalars(of: documents[a].blocks[m.span.block])
                    scalarsOfBlock[m.span.block] = scalars
                    b[i] = neighbour(Tokenizer.edgeWordKey(in: scalars, from: max(0, m.span.start - 32), to: m.span.start, last: true))
                    n[i] = neighbour(Tokenizer.edgeWordKey(in: scalars, from: m.span.end, to: min(scalars.count, m.span.end + 32), last: false))
                    // «على», «إلى» as written are prepositions, though their keys are the names علي, الي
                    if b[i]?.nameWord == true, Self.isWrittenPreposition(scalars, before: m.span.start) { b[i]?.nameWord = false }
                    if n[i]?.nameWord == true, Self.isWrittenPreposition(scalars, after: m.span.end) { n[i]?.nameWord = false }
                    q[i] = Self.isQuote(scalars, before: m.span.start) && Self.isQuote(scalars, after: m.span.end)
                    c[i] = !q[i] && Self.isQuote(scalars, before: m.span.start, marks: Self.doubleQuoteMarks)
                        && Self.quoteClosesAfterANumber(scalars, from: m.span.end)
                    h[i] = q[i] && Self.organizationHeadBeforeQuote(scalars, start: m.span.start)
                    j[i] = Self.isHyphenJoined(scalars, start: m.span.start, end: m.span.end,
                                               mentionAfter: adjacent.startsAfter(m), mentionBefore: adjacent.endsBefore(m))
                }
                before.append(b)
                after.append(n)
                quoted.append(q)
                cut.append(c)
                afterHead.append(h)
                hyphened.append(j)
            }
            return (before, after, quoted, surfaces, cut, afterHead, hyphened)
        }
        before = chunks.flatMap(\.0)
        after = chunks.flatMap(\.1)
        quoted = chunks.flatMap(\.2)
        cutInQuote = chunks.flatMap(\.4)
        quotedAfterOrganizationHead = chunks.flatMap(\.5)
        hyphenJoined = chunks.flatMap(\.6)
        var surfaces: [UTF8Key: Int] = [:]
        for c in chunks { surfaces.merge(c.3, uniquingKeysWith: +) }
        // each distinct surface's name and the shorter names it starts and ends with, worked out on all the cores
        // (tokenizing and joining was most of this step when serial), then counted in one pass (sums: the order of
        // the surfaces does not matter)
        let counted = Array(surfaces)
        let forms = ParallelChunks.map(counted.count, jobs: jobs, minChunk: surfaceChunk) { range in range.map { Self.nameForms(counted[$0].key.text) } }
        var count: [UTF8Key: Int] = [:], asPrefix: [UTF8Key: Int] = [:], asSuffix: [UTF8Key: Int] = [:]
        var i = 0
        for chunk in forms {
            for f in chunk {
                defer { i += 1 }
                guard let f else { continue }
                let c = counted[i].value
                count[UTF8Key(f.whole), default: 0] += c
                for p in f.prefixes { asPrefix[UTF8Key(p), default: 0] += c }
                for s in f.suffixes { asSuffix[UTF8Key(s), default: 0] += c }
            }
        }
        self.count = count
        self.asPrefix = asPrefix
        self.asSuffix = asSuffix
    }

    /// The word keys of `surface` joined by spaces, and those of its first and last k words for every k shorter
    /// than the name (nil: no words).
    static func nameForms(_ surface: String) -> (whole: String, prefixes: [String], suffixes: [String])? {
        let keys = Self.keys(surface)
        guard !keys.isEmpty else { return nil }
        let whole = keys.joined(separator: " ")
        var prefixes: [String] = [], suffixes: [String] = []
        if keys.count > 1 {
            prefixes.reserveCapacity(keys.count - 1)
            suffixes.reserveCapacity(keys.count - 1)
            // the first k words joined are the bytes of `whole` before the k-th space, the others those after it
            // (cut out of the one string instead of joined again for every k)
            let bytes = whole.utf8
            var space = bytes.startIndex
            for k in 1..<keys.count {
                space = bytes.index(space, offsetBy: keys[k - 1].utf8.count)
                prefixes.append(String(whole[..<space]))
                suffixes.append(String(whole[bytes.index(after: space)...]))
                space = bytes.index(after: space)
            }
        }
        return (whole, prefixes, suffixes)
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "«", "»", "“", "”", "„", "'", "‘", "’"]

    /// The word before the quote mark that opens at `start` (spaces skipped) is an organization or outlet head.
    static func organizationHeadBeforeQuote(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        var i = start - 1
        while i >= 0, scalars[i] == " " { i -= 1 }
        guard i > 0, let key = Tokenizer.edgeWordKey(in: scalars, from: max(0, i - 32), to: i, last: true) else { return false }
        return NameEvidence.isOrganizationHead(key) || NameEvidence.isMediaHead(key)
    }

    /// One of `marks` right before `start` (spaces skipped).
    static func isQuote(_ scalars: [Unicode.Scalar], before start: Int, marks: Set<Unicode.Scalar> = quoteMarks) -> Bool {
        var i = start - 1
        while i >= 0, scalars[i] == " " { i -= 1 }
        return i >= 0 && marks.contains(scalars[i])
    }

    /// A quote mark right after `end` (spaces skipped).
    static func isQuote(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        var i = end
        while i < scalars.count, scalars[i] == " " { i += 1 }
        return i < scalars.count && quoteMarks.contains(scalars[i])
    }

    /// After `end`: a hyphen or spaces, a number, and a closing quote mark («- 24"»). (Not a word: the quote
    /// «"أبو عياض التونسي"» goes on with a nisba of the same man.)
    static func quoteClosesAfterANumber(_ scalars: [Unicode.Scalar], from end: Int) -> Bool {
        var i = end
        while i < scalars.count, scalars[i] == " " || scalars[i] == "-" { i += 1 }
        let start = i
        while i < scalars.count, scalars[i].properties.numericType != nil { i += 1 }
        guard i > start else { return false }
        while i < scalars.count, scalars[i] == " " { i += 1 }
        return i < scalars.count && doubleQuoteMarks.contains(scalars[i])
    }

    /// A hyphen right after the mention with a letter right after it, or right before it with a letter right
    /// before it, no space either side: «جورينج-إكارت» is one surname. (A hyphen between spaces is a dash; one
    /// between two mentions, `mentionAfter` or `mentionBefore`, separates the names of a list: «ناطر-إيهاب المساكني».)
    /// A first name across the hyphen starts or ends another name of the list too («ناطر-وائل بالغالي»).
    static func isHyphenJoined(_ scalars: [Unicode.Scalar], start: Int, end: Int, mentionAfter: Bool, mentionBefore: Bool) -> Bool {
        if !mentionAfter, end + 1 < scalars.count, scalars[end] == "-", letterRange.contains(scalars[end + 1].value),
           !(Tokenizer.edgeWordKey(in: scalars, from: end + 1, to: min(scalars.count, end + 33), last: false).map(NameEvidence.isFirstName) ?? false) {
            return true
        }
        return !mentionBefore && start >= 2 && scalars[start - 1] == "-" && letterRange.contains(scalars[start - 2].value)
            && !(Tokenizer.edgeWordKey(in: scalars, from: max(0, start - 33), to: start - 1, last: true).map(NameEvidence.isFirstName) ?? false)
    }

    /// Quote marks that are no apostrophe (a minute mark in «36' خليل الصقلي 56'» is no quote).
    static let doubleQuoteMarks: Set<Unicode.Scalar> = ["\"", "«", "»", "“", "”", "„"]

    static let letterRange: ClosedRange<UInt32> = 0x0621...0x064A

    /// The word right before `start` (spaces skipped) is a preposition as written («على»).
    static func isWrittenPreposition(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var end = start
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var begin = end
        while begin > 0, letterRange.contains(scalars[begin - 1].value) { begin -= 1 }
        return begin < end && isWrittenPreposition(scalars[begin..<end])
    }

    /// The word right after `end` (spaces skipped) is a preposition as written.
    static func isWrittenPreposition(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        var begin = end
        while begin < scalars.count, scalars[begin] == " " { begin += 1 }
        var stop = begin
        while stop < scalars.count, letterRange.contains(scalars[stop].value) { stop += 1 }
        return begin < stop && isWrittenPreposition(scalars[begin..<stop])
    }

    /// `EntityConfidence.writtenPrepositions` holds the word of `letters` (scalars of U+0621…U+064A), compared scalar by
    /// scalar: such a word, like every preposition of the set, is its own NFC form, so `String` equality is equality of
    /// the scalars (a `String` made of them and hashed cost ~7,000 instructions a word).
    static func isWrittenPreposition(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        writtenPrepositionScalars.contains { $0.elementsEqual(letters) }
    }
    static let writtenPrepositionScalars: [[Unicode.Scalar]] = EntityConfidence.writtenPrepositions.map { Array($0.unicodeScalars) }

    /// The word keys of a name.
    static func keys(_ name: String) -> [String] {
        // (`NameSkeleton.words`: the same keys, split on the bytes when the name is plain letters, marks and spaces)
        NameSkeleton.words(name)
    }

    /// Mentions of the name with these word keys.
    func mentions(of keys: [String]) -> Int { count[UTF8Key(keys.joined(separator: " "))] ?? 0 }
    /// Mentions of longer names that start with these words.
    func mentionsStarting(with keys: [String]) -> Int { asPrefix[UTF8Key(keys.joined(separator: " "))] ?? 0 }
    /// Mentions of longer names that end with these words.
    func mentionsEnding(with keys: [String]) -> Int { asSuffix[UTF8Key(keys.joined(separator: " "))] ?? 0 }
    /// `mentions(of:)`, `mentionsStarting(with:)` and `mentionsEnding(with:)` of these words, joined once.
    func nesting(of keys: [String]) -> (own: Int, starting: Int, ending: Int) {
        let joined = UTF8Key(keys.joined(separator: " "))
        return (count[joined] ?? 0, asPrefix[joined] ?? 0, asSuffix[joined] ?? 0)
    }
}
