import ArabicDates

/// Stores what loading one article file produced (its articles, errors and warnings) in the build
/// cache, so an unchanged file is not decoded and parsed again.
///
/// An article's `sourceText` (the decoded file, for `sitegen extract`'s source offsets) is not kept:
/// a build reads only the body and drops it (`SiteBuilder.load`), and storing it doubled the files
/// and the text every cached build decoded. The Markdown is kept as bytes with their digest and read back
/// without being decoded (`ArticleMarkdown`); bytes that do not hash to their digest make the shard damaged.
///
/// An article's file, most often the path the entry is stored under, is then a flag (its string taken from the path's,
/// not made again), and its date's source a number.
extension ArticleLoader.Outcome {
    /// The outcome of loading the file at `path`.
    func encode(into w: inout BinaryWriter, path: String) {
        w.int(diagnostics.count)
        for d in diagnostics { w.diagnostic(d) }
        w.int(articles.count)
        for a in articles { Self.encode(a, into: &w, path: path) }
    }

    private static let dateSources: [DateSource] = [.metadata, .inferred, .unknown]

    private static func encode(_ a: Article, into w: inout BinaryWriter, path: String) {
        w.bool(a.file == path)
        if a.file != path { w.string(a.file) }
        w.bool(a.format == .markdown)
        w.string(a.title)
        w.optionalInt(a.date?.year)
        w.optionalInt(a.date?.month)
        w.optionalInt(a.date?.day)
        w.uvarint(dateSources.firstIndex(of: a.dateSource)!)
        w.optionalString(a.source)
        w.optionalString(a.url)
        w.optionalString(a.author)
        w.int(a.tags.count)
        for t in a.tags { w.string(t) }
        // the Markdown's bytes and digest: a cached build takes them as they are (`ArticleMarkdown`)
        a.markdownText.withUTF8 { w.int($0.count); w.raw($0) }
        w.hash(a.markdownText.digest)
        w.int(a.bodyOffset)
        w.int(a.bodyLine)
    }

    /// The outcome `encode(into:path:)` wrote of the file at `path`.
    static func decode(from r: inout BinaryReader, path: String) throws(BinaryReader.Corrupt) -> ArticleLoader.Outcome {
        var diagnostics: [Diagnostic] = []
        let count = try r.int()
        guard count >= 0 else { throw BinaryReader.Corrupt() }
        for _ in 0..<count { diagnostics.append(try r.diagnostic()) }
        let articleCount = try r.int()
        guard articleCount >= 0 else { throw BinaryReader.Corrupt() }
        var articles: [Article] = []
        articles.reserveCapacity(min(articleCount, r.remaining))
        for _ in 0..<articleCount { articles.append(try decodeArticle(from: &r, path: path)) }
        return ArticleLoader.Outcome(articles: articles, diagnostics: diagnostics)
    }

    private static func decodeArticle(from r: inout BinaryReader, path: String) throws(BinaryReader.Corrupt) -> Article {
        let file = try r.bool() ? path : try r.string()
        let format: Article.Format = try r.bool() ? .markdown : .text
        let title = try r.string()
        let year = try r.optionalInt(), month = try r.optionalInt(), day = try r.optionalInt()
        let dateSource = dateSources[try r.count(atMost: dateSources.count - 1)]
        let source = try r.optionalString(), url = try r.optionalString(), author = try r.optionalString()
        var tags: [String] = []
        let tagCount = try r.int()
        guard tagCount >= 0 else { throw BinaryReader.Corrupt() }
        for _ in 0..<tagCount { tags.append(try r.string()) }
        // (a text whose bytes no longer hash to their digest is damaged: the shard is then read no further)
        guard let markdown = ArticleMarkdown(cachedUTF8: try r.blobSlice(), digest: try r.hash()) else { throw BinaryReader.Corrupt() }
        return Article(file: file, format: format, title: title, date: year.map { PartialDate(year: $0, month: month, day: day) },
                       dateSource: dateSource, source: source, url: url, author: author, tags: tags,
                       markdownText: markdown, bodyOffset: try r.int(), bodyLine: try r.int())
    }
}

extension BinaryWriter {
    mutating func diagnostic(_ d: Diagnostic) {
        bool(d.severity == .error)
        optionalString(d.file)
        optionalInt(d.line)
        string(d.message)
    }
}

extension BinaryReader {
    mutating func diagnostic() throws(Corrupt) -> Diagnostic {
        let severity: Diagnostic.Severity = try bool() ? .error : .warning
        let file = try optionalString(), line = try optionalInt()
        return Diagnostic(severity, file: file, line: line, try string())
    }
}
