import Foundation

/// The field names of `.jsonl` and `.csv` records, one list of accepted names per article field
/// (matched without regard to case; the first name a record has wins).
///
/// `sitegen.yml` maps other names:
/// ```yaml
/// fields:
///   title: headline
///   text: [content, article_body]
/// ```
public struct RecordFields: Sendable, Equatable {
    public var id = ["id"]
    public var title = ["title"]
    public var date = ["date"]
    public var text = ["text", "body"]
    public var url = ["url"]
    public var source = ["source"]
    public var author = ["author"]
    public var tags = ["tags"]
    /// "markdown" when the record's text is Markdown, "html" when it is HTML; plain text otherwise.
    public var format = ["format"]

    public init() {}

    /// The article fields a mapping can name, in the order they are documented.
    public static let keys = ["id", "title", "date", "text", "url", "source", "author", "tags", "format"]

    /// Sets the names of field `key` (one of `keys`); false for an unknown key.
    public mutating func set(_ key: String, names: [String]) -> Bool {
        let names = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch key {
        case "id": id = names
        case "title": title = names
        case "date": date = names
        case "text": text = names
        case "url": url = names
        case "source": source = names
        case "author": author = names
        case "tags": tags = names
        case "format": format = names
        default: return false
        }
        return true
    }

    /// A fingerprint of the mapping (the article cache keys record files by it).
    var fingerprint: String {
        [id, title, date, text, url, source, author, tags, format].map { $0.joined(separator: "\u{1}") }.joined(separator: "\u{2}")
    }
}

/// One value of a record field: text, or a list of texts (tags).
enum RecordValue: Sendable, Equatable {
    case text(String)
    case list([String])

    var text: String? {
        switch self {
        case .text(let s): return s
        case .list(let items): return items.isEmpty ? nil : items.joined(separator: "، ")
        }
    }
}

/// One record of a `.jsonl` or `.csv` file, before it becomes an article.
struct ArticleRecord {
    /// Field name (lowercased) → value.
    var values: [String: RecordValue]
    /// 1-based line of the file the record starts on.
    var line: Int
}

/// Turns records into articles: the fields `RecordFields` names, a stable id per record, messages
/// naming the file and the record's line.
struct RecordArticles {
    let file: String
    let fields: RecordFields
    /// Ids given so far in this file (a repeated id gets a suffix, so every record keeps a page).
    private var usedIDs = Set<String>()

    init(file: String, fields: RecordFields) {
        self.file = file
        self.fields = fields
    }

    /// The article of `record`; throws an error naming the record's line when it cannot be one.
    mutating func article(_ record: ArticleRecord, warnings: inout [Diagnostic]) throws(Diagnostic) -> Article {
        func value(_ names: [String]) -> RecordValue? {
            for n in names { if let v = record.values[n.lowercased()] { return v } }
            return nil
        }
        func text(_ names: [String]) -> String? {
            value(names)?.text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let body = text(fields.text) else {
            throw .error("record has no text (no field \(fields.text.map { "'\($0)'" }.joined(separator: " or ")) with a value); skipped",
                         file: file, line: record.line)
        }
        guard body.utf8.count <= ArticleLoader.maxArticleBytes else {
            throw .error("record text is too large (over \(ArticleLoader.maxArticleBytes >> 20) MB); skipped", file: file, line: record.line)
        }
        let format = text(fields.format)?.lowercased() ?? "text"
        var article: Article
        switch format {
        case "markdown", "md", "gfm", "commonmark":
            article = Article(file: "", format: .markdown, title: "", markdown: body, bodyLine: record.line, sourceText: body)
        case "html", "htm":
            let plain = HTMLText.paragraphs(ofFragment: body).joined(separator: "\n")
            article = Article(file: "", format: .text, title: "", markdown: ArticleBody.markdown(fromPlainText: plain),
                              bodyLine: record.line, sourceText: plain)
        default:
            if !["text", "plain", "txt", "plaintext"].contains(format) {
                warnings.append(.warning("unknown format '\(MetadataCleaning.singleLine(format))' (known: text, markdown, html); read as plain text",
                                         file: file, line: record.line))
            }
            article = Article(file: "", format: .text, title: "", markdown: ArticleBody.markdown(fromPlainText: body),
                              bodyLine: record.line, sourceText: body)
        }
        article.title = text(fields.title) ?? TitleMaker.title(fromFirstSentenceOf: Self.firstLine(article.sourceText, format: article.format))
        if let d = text(fields.date) {
            if let date = PublicationDate.parse(d) {
                article.date = date
                article.dateSource = .metadata
            } else {
                warnings.append(.warning("date '\(MetadataCleaning.singleLine(d))' is not a date (use YYYY-MM-DD or an ISO 8601 time); the date is inferred from the text",
                                         file: file, line: record.line))
            }
        }
        article.url = text(fields.url)
        article.source = text(fields.source)
        article.author = text(fields.author)
        switch value(fields.tags) {
        case .list(let items)?: article.tags = items
        case .text(let s)?: article.tags = Self.splitTags(s)
        case nil: break
        }
        article.file = file + "#" + uniqueID(text(fields.id), url: article.url, title: article.title, body: body)
        return article
    }

    /// The record's id: its `id` field (letters, digits, "-", "_" and "." kept, anything else a "-"; at
    /// most 80 characters), else a hash of its URL, else of its title and text; a repeated id gets
    /// "-2", "-3"… in file order.
    private mutating func uniqueID(_ given: String?, url: String?, title: String, body: String) -> String {
        var base = String(given.map(Self.tidyID) ?? "")
        if base.isEmpty { base = Slugs.shortHash(url ?? title + "\n" + body) }
        var id = base, n = 2
        while !usedIDs.insert(id).inserted {
            id = base + "-\(n)"
            n += 1
        }
        return id
    }

    static func tidyID(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for s in raw.unicodeScalars {
            let kept = s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "."
            if kept { out.append(s) } else if out.last != "-" { out.append("-") }
            if out.count >= 80 { break }
        }
        return String(String(out).trimmingCharacters(in: CharacterSet(charactersIn: "-")))
    }

    /// Tags given as one text: "سياسة، العراق" or "a, b; c | d".
    static func splitTags(_ s: String) -> [String] {
        s.split { $0 == "," || $0 == "،" || $0 == ";" || $0 == "؛" || $0 == "|" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func firstLine(_ body: String, format: Article.Format) -> String {
        let line = body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        return format == .markdown ? String(line.drop { $0 == "#" || $0 == " " }) : String(line)
    }
}
