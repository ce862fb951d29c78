import ArabicDates

/// Where an article's date came from.
public enum DateSource: String, Codable, Sendable {
    /// Front matter or a sidecar file.
    case metadata
    /// Found in the text by the date stage, and marked as inferred wherever it is shown.
    case inferred
    case unknown
}

/// One loaded article, before extraction.
public struct Article: Sendable {
    public enum Format: String, Sendable { case text, markdown }

    /// Path relative to the input folder, with "/" separators ("2021/khazali.md").
    public var file: String
    public var format: Format
    public var title: String
    public var date: PartialDate?
    public var dateSource: DateSource
    /// The outlet ("رويترز", "Reuters").
    public var source: String?
    /// Original URL; only http(s) URLs are kept.
    public var url: String?
    public var author: String?
    public var tags: [String]
    /// The body as Markdown (plain-text articles are escaped so every character is literal).
    public var markdown: String {
        get { markdownText.string }
        set { markdownText = ArticleMarkdown(newValue) }
    }
    /// The body as it is held: a cached article's Markdown is decoded only when read (see `ArticleMarkdown`).
    public var markdownText: ArticleMarkdown
    /// Scalar offset of the body inside the decoded file (after front matter), for `sitegen extract`.
    public var bodyOffset: Int
    /// 1-based line of the file on which the body starts, for messages.
    public var bodyLine: Int
    /// The decoded file text.
    public var sourceText: String

    public init(file: String, format: Format, title: String, date: PartialDate? = nil, dateSource: DateSource = .unknown,
                source: String? = nil, url: String? = nil, author: String? = nil, tags: [String] = [],
                markdown: String, bodyOffset: Int = 0, bodyLine: Int = 1, sourceText: String = "") {
        self.init(file: file, format: format, title: title, date: date, dateSource: dateSource, source: source, url: url,
                  author: author, tags: tags, markdownText: ArticleMarkdown(markdown), bodyOffset: bodyOffset, bodyLine: bodyLine)
        self.sourceText = sourceText
    }

    /// An article whose Markdown is held as it is (a cached one's bytes, `LoadOutcomeCoding`: made in place, not set on a
    /// copy).
    init(file: String, format: Format, title: String, date: PartialDate?, dateSource: DateSource, source: String?, url: String?,
         author: String?, tags: [String], markdownText: ArticleMarkdown, bodyOffset: Int, bodyLine: Int) {
        self.file = file
        self.format = format
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.url = url
        self.author = author
        self.tags = tags
        self.markdownText = markdownText
        self.bodyOffset = bodyOffset
        self.bodyLine = bodyLine
        sourceText = ""
    }
}
