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
    static let stopSet = Set(stopWords)
    /// Score added per occurrence in a title (per occurrence in the text: 1).
    static let titleWeight = 8
    static let maxWeight = 999

    /// `shards[shardKey][term]` = flat [doc, weight, doc, weight…], docs ascending.
    private(set) var shards: [String: [String: [Int]]] = [:]
    let documents: [SearchDocument]

    /// Tokenizing is done per document on `jobs` threads; postings are then gathered in document
    /// order, so the index is the same for any number of threads.
    init(documents: [SearchDocument], jobs: Int = 1) {
        self.documents = documents
        let weighted: [[(term: String, weight: Int)]] = parallelMap(documents.count, jobs: jobs) { d in
            let doc = documents[d]
            var weights: [String: Int] = [:]
            for title in [doc.title] + doc.altTitles {
                for term in Self.terms(of: title) { weights[term, default: 0] += Self.titleWeight }
            }
            for term in Self.terms(of: doc.text) { weights[term, default: 0] += 1 }
            return weights.map { ($0.key, min($0.value, Self.maxWeight)) }
        }
        for (d, terms) in weighted.enumerated() {
            for (term, w) in terms {
                shards[Self.shardKey(term), default: [:]][term, default: []].append(contentsOf: [d, w])
            }
        }
    }

    /// Every indexed term of a text, with repeats (one per occurrence and proclitic reading).
    static func terms(of text: String) -> [String] {
        var out: [String] = []
        for token in Tokenizer.tokenize(text) where token.kind != .punct {
            let key = token.key
            for reading in Clitics.readings(of: key) {
                let stem = reading.stem
                guard stem.unicodeScalars.count >= 2, !stopSet.contains(stem) else { continue }
                out.append(stem)
            }
        }
        return out
    }

    /// The shard a term lives in: its first two scalars, or three when it starts with the article ال
    /// (otherwise a third of all terms would share one shard). Every term that starts with a query
    /// word of two or more scalars has the query word's shard key.
    static func shardKey(_ term: String) -> String {
        let s = term.unicodeScalars
        var it = s.makeIterator()
        let first = it.next(), second = it.next()
        let n = (first == "ا" && second == "ل" && s.count >= 3) ? 3 : 2
        return String(String.UnicodeScalarView(s.prefix(n)))
    }

    /// A file-name-safe name of a shard key: its scalars in hex ("عر" → "639-631").
    static func shardFileName(_ key: String) -> String {
        key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    /// The data script of one shard: `sitegenSearchLoaded("t:<key>", {suffix: postings, …})`.
    ///
    /// Terms are written without the shard key they all start with. Postings are compact: doc ids as
    /// gaps from the previous id (first from 0), each followed by `-weight` only when the weight is not 1
    /// ("العراق": docs 0, 1, 4 with weights 7, 1, 2 → `[0,-7,1,3,-2]`).
    func shardScript(_ key: String) -> String {
        var s = "sitegenSearchLoaded(" + JSONText.string("t:" + key) + ",{"
        let drop = key.unicodeScalars.count
        let terms = (shards[key] ?? [:]).sorted { $0.key < $1.key }
        for (n, (term, postings)) in terms.enumerated() {
            if n > 0 { s += "," }
            s += JSONText.string(String(String.UnicodeScalarView(term.unicodeScalars.dropFirst(drop)))) + ":["
            var previous = 0
            var i = 0
            while i < postings.count {
                if i > 0 { s += "," }
                s += String(postings[i] - previous)
                previous = postings[i]
                if postings[i + 1] != 1 { s += ",-" + String(postings[i + 1]) }
                i += 2
            }
            s += "]"
        }
        return s + "});\n"
    }

    /// Documents per data file: one file per document would mean tens of thousands of small files.
    static let documentsPerChunk = 50

    var chunkCount: Int { (documents.count + Self.documentsPerChunk - 1) / Self.documentsPerChunk }

    /// The data script of documents `k*chunk ..< (k+1)*chunk`:
    /// `sitegenSearchLoaded("c:<k>", [[title, label, kind, url, date, text], …])`, with URLs relative
    /// to the search page `from`.
    func documentChunkScript(_ k: Int, from page: SitePath) -> String {
        let range = (k * Self.documentsPerChunk)..<min(documents.count, (k + 1) * Self.documentsPerChunk)
        let docs = range.map { d -> String in
            let doc = documents[d]
            let fields = [doc.title, doc.label, doc.kind.rawValue, page.link(to: doc.path), doc.date ?? "", doc.text]
            return "[" + fields.map(JSONText.string).joined(separator: ",") + "]"
        }
        return "sitegenSearchLoaded(\"c:\(k)\",[" + docs.joined(separator: ",\n") + "]);\n"
    }

    /// The manifest script: document count, shard keys, stop words.
    func manifestScript() -> String {
        let keys = shards.keys.sorted().map(JSONText.string).joined(separator: ",")
        let stops = Self.stopWords.map(JSONText.string).joined(separator: ",")
        return "sitegenSearchLoaded(\"manifest\",{\"docs\":\(documents.count),\"chunk\":\(Self.documentsPerChunk),\"shards\":[\(keys)],\"stop\":[\(stops)]});\n"
    }
}

/// Minimal JSON text output (strings only; numbers are written directly).
enum JSONText {
    /// A JSON string literal, also safe inside a JavaScript file (U+2028/2029 escaped).
    static func string(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in s.unicodeScalars {
            switch u {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                } else {
                    out.append(u)
                }
            }
        }
        out.append("\"")
        return String(out)
    }
}
