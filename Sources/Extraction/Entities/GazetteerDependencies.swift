import Foundation

/// The part of a `CorpusGazetteer` that `EntityExtractor.extract` reads, so an incremental build can
/// tell whose extraction a change of the corpus gazetteer can reach.
///
/// `extract` reads the gazetteer in three places only:
/// - `names.matches(in:)`: which trie keys exist, the type and cue of each (never the count), and the
///   longest name's token count (it bounds the walk);
/// - `typeOfKey[c.key]` for each candidate it keeps, and every kept candidate becomes a mention with
///   that key;
/// - `trims[c.key]` for each local candidate (a trimmed candidate's key occurs in the token key text).
/// Everything else it computes (the surname pass, sentence splitting, quotes) follows from the
/// document and those results.
public struct GazetteerView: Sendable, Equatable {
    /// A pooled name: its trie key (the name's match-key words, spaces removed), type and cue, as UTF-8
    /// (bytes, not `String` equality: a cue spelled differently but canonically equal still changes
    /// the output).
    public struct Name: Sendable, Equatable {
        public var key: [UInt8]
        public var type: EntityType
        public var cue: [UInt8]?
        public init(key: [UInt8], type: EntityType, cue: [UInt8]?) {
            self.key = key
            self.type = type
            self.cue = cue
        }
    }

    /// A pooled type by mention key (UTF-8).
    public struct KeyType: Sendable, Equatable {
        public var key: [UInt8]
        public var type: EntityType
        public init(key: [UInt8], type: EntityType) {
            self.key = key
            self.type = type
        }
    }

    /// A trimmed candidate key (UTF-8) and the words it keeps (`CorpusGazetteer.trims`).
    public struct KeyTrim: Sendable, Equatable {
        public var key: [UInt8]
        public var words: Int
        public init(key: [UInt8], words: Int) {
            self.key = key
            self.words = words
        }
    }

    /// Sorted by key bytes.
    public var names: [Name]
    /// Sorted by key bytes.
    public var typeOfKey: [KeyType]
    /// Sorted by key bytes.
    public var trims: [KeyTrim]
    /// Tokens of the longest name.
    public var maxTokens: Int

    public init(names: [Name], typeOfKey: [KeyType], trims: [KeyTrim] = [], maxTokens: Int) {
        self.names = names
        self.typeOfKey = typeOfKey
        self.trims = trims
        self.maxTokens = maxTokens
    }

    public init(_ g: CorpusGazetteer) {
        var names: [Name] = []
        names.reserveCapacity(g.names.count)
        g.names.forEachEntry { key, value in names.append(Name(key: key, type: value.type, cue: value.cue.map { Array($0.utf8) })) }
        let types = g.typeOfKey.map { KeyType(key: Array($0.key.utf8), type: $0.value) }
            .sorted { GazetteerChanges.compare($0.key, $1.key) < 0 }
        let trims = g.trims.map { KeyTrim(key: Array($0.key.utf8), words: $0.value) }
            .sorted { GazetteerChanges.compare($0.key, $1.key) < 0 }
        self.init(names: names, typeOfKey: types, trims: trims, maxTokens: g.names.maxTokens)
    }
}

/// How the gazetteer `extract` reads changed between two builds, and which documents that can reach.
///
/// A trie match of name key K in a document walks K through the concatenated match keys of
/// consecutive word and number tokens (the first token possibly without proclitics), or "ا" + that
/// walk when the alef of ال is restored ("للعراق" → "العراق"). So a document whose token key text
/// (`DocumentEvidence.tokenKeyText`) contains neither K nor K without its leading "ا" can neither
/// gain, lose nor see a different match of K: a sound over-approximation. A change of `typeOfKey[K]`
/// reaches the documents with a mention keyed K (`String` equality, so compared through a hash of
/// the canonical form). A change of the longest name's length (it bounds the trie walk) or too many
/// changes at once count as reaching every document.
public struct GazetteerChanges: Sendable {
    /// True when every document must be extracted again.
    public private(set) var everything = false
    /// UTF-8 byte strings whose presence in a token key text marks a document as reached.
    private(set) var patterns: [BytePattern] = []
    /// `canonicalHash` of the mention keys whose pooled type changed (or appeared or went away).
    public private(set) var typeKeys: Set<UInt64> = []
    /// Number of changed name keys and mention keys (0 when `everything`).
    public private(set) var count = 0

    /// The changes from `old` (nil: unknown, so everything changed) to `new`; more than `limit`
    /// changed keys count as everything.
    public init(from old: GazetteerView?, to new: GazetteerView, limit: Int = 500) {
        guard let old, old.maxTokens == new.maxTokens else { everything = true; return }
        // a trimmed candidate's key is its tokens' keys run together, so it is found like a name's
        let names = Self.changedKeys(old.names, new.names, key: \.key) + Self.changedKeys(old.trims, new.trims, key: \.key)
        let types = Self.changedKeys(old.typeOfKey, new.typeOfKey, key: \.key)
        count = names.count + types.count
        guard count <= limit else { everything = true; count = 0; return }
        let alef = Array("ا".utf8)
        for key in names {
            patterns.append(BytePattern(key))
            if key.starts(with: alef) { patterns.append(BytePattern(Array(key.dropFirst(alef.count)))) }
        }
        typeKeys = Set(types.map { Self.canonicalHash(String(decoding: $0, as: UTF8.self)) })
    }

    /// Keys present in only one of two sorted lists, or with different entries.
    static func changedKeys<T: Equatable>(_ old: [T], _ new: [T], key: (T) -> [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            let c = i == old.count ? 1 : j == new.count ? -1 : compare(key(old[i]), key(new[j]))
            if c < 0 {
                out.append(key(old[i])); i += 1
            } else if c > 0 {
                out.append(key(new[j])); j += 1
            } else {
                if old[i] != new[j] { out.append(key(new[j])) }
                i += 1; j += 1
            }
        }
        return out
    }

    /// Three-way comparison of byte strings.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = min(a.count, b.count)
        let c = a.withUnsafeBytes { x in b.withUnsafeBytes { y in n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n) } }
        return c != 0 ? Int(c) : a.count - b.count
    }

    /// A hash equal for canonically equivalent strings (as `String` equality is): of the UTF-8 of the
    /// NFC form, which is the text itself when it has only ASCII and Arabic base letters.
    static func canonicalHash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var lead: UInt8 = 0
        for b in s.utf8 {
            // ASCII, or U+0621…U+063F (D8 A1…BF), U+0640…U+064A (D9 80…8A)
            let plain = lead == 0 ? b < 0x80 || b == 0xD8 || b == 0xD9 : lead == 0xD8 ? b >= 0xA1 && b <= 0xBF : b <= 0x8A
            guard plain else {
                h = 0xCBF2_9CE4_8422_2325
                for b in s.precomposedStringWithCanonicalMapping.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
                return h
            }
            lead = lead == 0 && b >= 0x80 ? b : 0
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// True when nothing `extract` reads changed.
    public var isEmpty: Bool { !everything && patterns.isEmpty && typeKeys.isEmpty }

    /// Whether the extraction of a document with this token key text and these mentions may differ.
    public func reaches(tokenKeyText: [UInt8], mentions: [Mention]) -> Bool {
        if everything { return true }
        if !typeKeys.isEmpty, mentions.contains(where: { typeKeys.contains(Self.canonicalHash($0.key)) }) { return true }
        return tokenKeyText.withUnsafeBufferPointer { text in
            patterns.contains { $0.occurs(in: text) }
        }
    }

}

/// A byte string to look for in texts, with its Horspool shift table (Arabic UTF-8 has a lead byte
/// every other byte, so scanning for the first byte would stop almost everywhere).
struct BytePattern: Sendable {
    let bytes: [UInt8]
    private let shift: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var shift = [Int](repeating: max(bytes.count, 1), count: 256)
        for (k, b) in bytes.dropLast().enumerated() { shift[Int(b)] = bytes.count - 1 - k }
        self.shift = shift
    }

    /// Whether the pattern occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = bytes.count
        guard m > 0 else { return true }
        guard text.count >= m else { return false }
        return bytes.withUnsafeBufferPointer { p in
            shift.withUnsafeBufferPointer { shift in
                let lastByte = p[m - 1]
                var i = 0
                while i <= text.count - m {
                    let c = text[i + m - 1]
                    if c == lastByte && memcmp(text.baseAddress! + i, p.baseAddress!, m - 1) == 0 { return true }
                    i += shift[Int(c)]
                }
                return false
            }
        }
    }
}

extension DocumentEvidence {
    /// The match keys of the document's word and number tokens as UTF-8, a 0 byte after each run of
    /// them (at punctuation and block ends): every trie walk of `extract` stays inside one run.
    /// Made from the analyses `EntityExtractor.discover(in:)` keeps (or saved by `droppingAnalyses`).
    public var tokenKeyText: [UInt8] {
        if let savedTokenKeyText { return savedTokenKeyText }
        var out: [UInt8] = []
        for a in analyses {
            for t in a.tokens {
                if t.kind == .punct {
                    if out.last != 0 { out.append(0) }
                } else {
                    out.append(contentsOf: t.key.utf8)
                }
            }
            if out.last != 0 { out.append(0) }
        }
        return out
    }

    /// The evidence without its block analyses, most of its memory (tokens, scalars, lexicon units):
    /// what the corpus holds from discovery until extraction stays small. `extract` analyses the blocks
    /// again. With `keepingTokenKeyText`, `tokenKeyText` is computed first and kept.
    public func droppingAnalyses(keepingTokenKeyText: Bool) -> DocumentEvidence {
        var e = self
        if keepingTokenKeyText { e.savedTokenKeyText = tokenKeyText }
        e.analyses = []
        return e
    }
}
