#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The part of a `CorpusGazetteer` that `EntityExtractor.extract` reads, so an incremental build can
/// tell whose extraction a change of the corpus gazetteer can reach.
///
/// `extract` reads the gazetteer in two places only:
/// - `names.matches(in:)`: which trie keys exist, the type and cue of each (never the count), and the
///   longest name's token count (it bounds the walk);
/// - `typeOfKey[c.key]` for each candidate it keeps, and every kept candidate becomes a mention with
///   that key.
/// Everything else it computes (the surname pass, sentence splitting, quotes) follows from the
/// document and those results.
public struct GazetteerView: Sendable, Equatable {
    /// Type and cue of a pooled name.
    public struct Name: Sendable, Equatable {
        public var type: EntityType
        public var cue: String?
        public init(type: EntityType, cue: String?) {
            self.type = type
            self.cue = cue
        }
    }

    /// By trie key (the name's match-key words, spaces removed).
    public var names: [String: Name]
    public var typeOfKey: [String: EntityType]
    public var maxTokens: Int

    public init(names: [String: Name], typeOfKey: [String: EntityType], maxTokens: Int) {
        self.names = names
        self.typeOfKey = typeOfKey
        self.maxTokens = maxTokens
    }

    public init(_ g: CorpusGazetteer) {
        var names: [String: Name] = [:]
        names.reserveCapacity(g.names.count)
        g.names.forEachEntry { key, value in names[key] = Name(type: value.type, cue: value.cue) }
        self.init(names: names, typeOfKey: g.typeOfKey, maxTokens: g.names.maxTokens)
    }
}

/// How the gazetteer `extract` reads changed between two builds, and which documents that can reach.
///
/// A trie match of name key K in a document walks K through the concatenated match keys of
/// consecutive word and number tokens (the first token possibly without proclitics), or "ا" + that
/// walk when the alef of ال is restored ("للعراق" → "العراق"). So a document whose token key text
/// (`DocumentEvidence.tokenKeyText`) contains neither K nor K without its leading "ا" can neither
/// gain, lose nor see a different match of K: a sound over-approximation. A change of `typeOfKey[K]`
/// reaches exactly the documents with a mention keyed K. A change of the longest name's length (it
/// bounds the trie walk) or too many changes at once count as reaching every document.
public struct GazetteerChanges: Sendable {
    /// True when every document must be extracted again.
    public private(set) var everything = false
    /// UTF-8 byte strings whose presence in a token key text marks a document as reached.
    public private(set) var patterns: [[UInt8]] = []
    /// Mention keys whose pooled type changed (or appeared or went away).
    public private(set) var typeKeys: Set<String> = []

    /// The changes from `old` (nil: unknown, so everything changed) to `new`; more than `limit`
    /// changed keys count as everything.
    public init(from old: GazetteerView?, to new: GazetteerView, limit: Int = 500) {
        guard let old, old.maxTokens == new.maxTokens else { everything = true; return }
        var names: [String] = []
        for (key, value) in new.names where old.names[key] != value { names.append(key) }
        for key in old.names.keys where new.names[key] == nil { names.append(key) }
        for (key, type) in new.typeOfKey where old.typeOfKey[key] != type { typeKeys.insert(key) }
        for key in old.typeOfKey.keys where new.typeOfKey[key] == nil { typeKeys.insert(key) }
        guard names.count + typeKeys.count <= limit else { everything = true; typeKeys = []; return }
        for key in names.sorted() {
            patterns.append(Array(key.utf8))
            if key.hasPrefix("ا") { patterns.append(Array(key.utf8.dropFirst("ا".utf8.count))) }
        }
    }

    /// True when nothing `extract` reads changed.
    public var isEmpty: Bool { !everything && patterns.isEmpty && typeKeys.isEmpty }

    /// Number of changed name keys and mention keys (0 when `everything`).
    public var count: Int { everything ? 0 : patterns.count + typeKeys.count }

    /// Whether the extraction of a document with this token key text and these mentions may differ.
    public func reaches(tokenKeyText: [UInt8], mentions: [Mention]) -> Bool {
        if everything { return true }
        if !typeKeys.isEmpty, mentions.contains(where: { typeKeys.contains($0.key) }) { return true }
        return tokenKeyText.withUnsafeBufferPointer { text in
            patterns.contains { p in p.withUnsafeBufferPointer { Self.occurs($0, in: text) } }
        }
    }

    /// Whether `pattern` occurs in `text` (byte by byte; texts are a few kilobytes).
    static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard text.count >= pattern.count else { return false }
        var i = 0
        let last = text.count - pattern.count
        while i <= last {
            if text[i] == first && memcmp(text.baseAddress! + i, pattern.baseAddress!, pattern.count) == 0 { return true }
            i += 1
        }
        return false
    }
}

extension DocumentEvidence {
    /// The match keys of the document's word and number tokens as UTF-8, a 0 byte after each run of
    /// them (at punctuation and block ends): every trie walk of `extract` stays inside one run.
    /// Needs the analyses `EntityExtractor.discover(in:)` keeps.
    public var tokenKeyText: [UInt8] {
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
}
