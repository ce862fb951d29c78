import ArabicText
import Extraction

/// What the corpus says around each name, for `EntityConfidence`: the word right before and right after
/// every mention, and how the mentioned names nest (a name that is the start or the end of longer names
/// found elsewhere, or that is a shorter name plus one word).
///
/// A cut name betrays itself by its neighbours: «وكالة تونس» is followed by «افريقيا» nearly every time,
/// «الطاهر البوعزيزي» preceded by «علي»; a glued one by its parts: «ميركل النأي» is «ميركل», a name found
/// many times, and one more word.
struct NameContext {
    /// A neighbouring word: its match key, and whether it may be part of a name (`EntityConfidence.isNameWord`).
    struct Neighbour {
        var key: String
        var nameWord: Bool
    }
    /// Per article and mention: the word just before and just after it in its block, nil where
    /// punctuation, a number or the block's edge comes first.
    var before: [[Neighbour?]]
    var after: [[Neighbour?]]
    /// Mentions per name (word keys joined by a space), and mentions of longer names starting or ending
    /// with a name.
    /// (Keyed by UTF-8 bytes: `String` hashing normalizes Arabic text on every call.)
    private var count: [UTF8Key: Int] = [:]
    private var asPrefix: [UTF8Key: Int] = [:]
    private var asSuffix: [UTF8Key: Int] = [:]

    init(documents: [Document], extractions: [DocumentExtraction]) {
        // articles in a few chunks on their own threads, each with its own memo of word tests
        let chunks = ParallelChunks.map(extractions.count, minChunk: 512) { range -> ([[Neighbour?]], [[Neighbour?]], [UTF8Key: Int]) in
            var before: [[Neighbour?]] = [], after: [[Neighbour?]] = [], surfaces: [UTF8Key: Int] = [:]
            var nameWord: [UTF8Key: Bool] = [:]
            func neighbour(_ key: String?) -> Neighbour? {
                guard let key else { return nil }
                if let known = nameWord[UTF8Key(key)] { return Neighbour(key: key, nameWord: known) }
                let v = EntityConfidence.isNameWord(key)
                nameWord[UTF8Key(key)] = v
                return Neighbour(key: key, nameWord: v)
            }
            for a in range {
                let ex = extractions[a]
                var b = [Neighbour?](repeating: nil, count: ex.mentions.count)
                var n = [Neighbour?](repeating: nil, count: ex.mentions.count)
                var scalarsOfBlock: [Int: [Unicode.Scalar]] = [:]
                for (i, m) in ex.mentions.enumerated() {
                    surfaces[UTF8Key(m.surface), default: 0] += 1
                    guard a < documents.count, m.span.block < documents[a].blocks.count else { continue }
                    let scalars = scalarsOfBlock[m.span.block] ?? Array(documents[a].blocks[m.span.block].unicodeScalars)
                    scalarsOfBlock[m.span.block] = scalars
                    b[i] = neighbour(Tokenizer.edgeWordKey(in: scalars, from: max(0, m.span.start - 32), to: m.span.start, last: true))
                    n[i] = neighbour(Tokenizer.edgeWordKey(in: scalars, from: m.span.end, to: min(scalars.count, m.span.end + 32), last: false))
                }
                before.append(b)
                after.append(n)
            }
            return (before, after, surfaces)
        }
        before = chunks.flatMap(\.0)
        after = chunks.flatMap(\.1)
        var surfaces: [UTF8Key: Int] = [:]
        for c in chunks { surfaces.merge(c.2, uniquingKeysWith: +) }
        for (surface, c) in surfaces {
            let keys = Self.keys(surface.text)
            guard !keys.isEmpty else { continue }
            count[UTF8Key(keys.joined(separator: " ")), default: 0] += c
            guard keys.count > 1 else { continue }
            for k in 1..<keys.count {
                asPrefix[UTF8Key(keys[..<k].joined(separator: " ")), default: 0] += c
                asSuffix[UTF8Key(keys[k...].joined(separator: " ")), default: 0] += c
            }
        }
    }

    /// The word keys of a name.
    static func keys(_ name: String) -> [String] {
        Tokenizer.tokenize(name).filter { $0.kind == .word }.map(\.key)
    }

    /// Mentions of the name with these word keys.
    func mentions(of keys: [String]) -> Int { count[UTF8Key(keys.joined(separator: " "))] ?? 0 }
    /// Mentions of longer names that start with these words.
    func mentionsStarting(with keys: [String]) -> Int { asPrefix[UTF8Key(keys.joined(separator: " "))] ?? 0 }
    /// Mentions of longer names that end with these words.
    func mentionsEnding(with keys: [String]) -> Int { asSuffix[UTF8Key(keys.joined(separator: " "))] ?? 0 }
}
