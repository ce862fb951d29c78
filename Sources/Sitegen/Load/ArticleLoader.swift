import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ArabicDates

/// Reads one input file into articles: `.txt` and `.md` (with an optional sidecar `.yml` beside a
/// `.txt` or `.html`), `.html`/`.htm` saved pages, and `.jsonl`/`.csv` files of many records.
public struct ArticleLoader: Sendable {
    /// What loading one file produced: its articles (none when the file could not be used) and messages.
    public struct Outcome: Sendable {
        /// One article for .txt, .md and .html files, one per good record for .jsonl and .csv.
        public var articles: [Article]
        public var diagnostics: [Diagnostic]

        public init(articles: [Article], diagnostics: [Diagnostic]) {
            self.articles = articles
            self.diagnostics = diagnostics
        }

        public init(article: Article?, diagnostics: [Diagnostic]) {
            self.init(articles: article.map { [$0] } ?? [], diagnostics: diagnostics)
        }

        /// The file's article (the first one, for a file of records).
        public var article: Article? { articles.first }
    }

    /// Field names of `.jsonl` and `.csv` records.
    public var fields: RecordFields

    public init(fields: RecordFields = RecordFields()) { self.fields = fields }

    /// Articles larger than this are skipped with an error (a news article is a few kilobytes; a file
    /// this large is a dump or a mistake, and would make one page of hundreds of megabytes).
    public static let maxArticleBytes = 16 << 20
    /// A file of records (.jsonl, .csv) may hold many articles, each up to `maxArticleBytes`.
    public static let maxRecordFileBytes = 512 << 20

    /// The extensions read as articles (lowercased).
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson", "csv"]

    /// A sidecar metadata file (`NAME.yml` beside `NAME.txt`): its name for messages and its bytes.
    public struct Sidecar: Sendable {
        public var name: String
        public var data: Data
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// Loads `relativePath` under `root`. Never throws: problems come back as diagnostics naming the file.
    public func load(root: URL, relativePath: String) -> Outcome {
        load(root: root, rootPath: root.path, relativePath: relativePath)
    }

    /// `load(root:relativePath:)` with `root.path` made once by the caller (it loads many files under one root).
    func load(root: URL, rootPath: String, relativePath: String) -> Outcome {
        let path = FileBytes.path(root: rootPath, relativePath)
        func fail(_ message: String) -> Outcome {
            Outcome(articles: [], diagnostics: [.error(message, file: relativePath)])
        }
        let limit = Self.isRecordFile(relativePath) ? Self.maxRecordFileBytes : Self.maxArticleBytes
        // stat follows symbolic links: a link to a device or pipe (/dev/zero, a FIFO) is never read.
        var st = stat()
        let found = stat(path, &st) == 0
        if found {
            guard (st.st_mode & S_IFMT) == S_IFREG else { return fail("not a regular file (a device, pipe or socket); skipped") }
            if Int(st.st_size) > limit {
                return fail("file is too large (\(Int(st.st_size) / 1_000_000) MB; files over \(limit >> 20) MB are skipped)")
            }
        }
        let url = { root.appendingPathComponent(relativePath) }
        let data: Data
        if found, let bytes = FileBytes.read(path, expected: Int(st.st_size)) {
            data = bytes
        } else {
            do { data = try Data(contentsOf: url()) } catch {
                return fail("cannot read the file: \(error.localizedDescription)")
            }
        }
        var sidecar: Sidecar?
        if Self.takesSidecar(relativePath), let sidecarURL = Self.sidecarURL(for: url()) {
            let folder = (relativePath as NSString).deletingLastPathComponent
            let name = folder.isEmpty ? sidecarURL.lastPathComponent : folder + "/" + sidecarURL.lastPathComponent
            guard let bytes = try? Data(contentsOf: sidecarURL) else {
                return Outcome(articles: [], diagnostics: [.error("cannot read sidecar file", file: name)])
            }
            sidecar = Sidecar(name: name, data: bytes)
        }
        return load(data: data, relativePath: relativePath, sidecar: sidecar)
    }

    /// Loads articles from a file's bytes (and its sidecar's); the format follows the file extension.
    public func load(data: Data, relativePath: String, sidecar: Sidecar? = nil) -> Outcome {
        var diags: [Diagnostic] = []
        func fail(_ d: Diagnostic) -> Outcome {
            var all = diags + [d]
            for i in all.indices where all[i].file == nil { all[i].file = relativePath }
            return Outcome(articles: [], diagnostics: all)
        }
        let limit = Self.isRecordFile(relativePath) ? Self.maxRecordFileBytes : Self.maxArticleBytes
        if data.count > limit {
            return fail(.error("file is too large (\(data.count / 1_000_000) MB; files over \(limit >> 20) MB are skipped)"))
        }
        let kind = Self.kind(relativePath)
        let text: String
        var legacyCharset: String?
        switch TextDecoding.decodeReporting(data) {
        case .success(let decoded):
            text = decoded.text
            if decoded.removedControls > 0 {
                diags.append(.warning("\(decoded.removedControls) control character\(decoded.removedControls == 1 ? "" : "s") removed",
                                      line: decoded.firstControlLine))
            }
        case .failure(.invalidUTF8) where kind == .html && HTMLCharset.declared(in: data) != nil:
            text = ""  // a page in a legacy encoding its <meta charset> names: libxml2 decodes it
            legacyCharset = HTMLCharset.declared(in: data)
        case .failure(.binary): return fail(.error("not a text file (binary content); skipped"))
        case .failure(.invalidUTF8(let line)): return fail(.error("invalid UTF-8 (save the file as UTF-8); skipped", line: line))
        case .failure(.invalidUTF16(let line)): return fail(.error("invalid UTF-16 (save the file as UTF-8); skipped", line: line))
        }
        if legacyCharset == nil, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return fail(.error("empty file; skipped"))
        }
        var articles: [Article]
        do {
            switch kind {
            case .markdown:
                articles = [try markdownArticle(text, file: relativePath, warnings: &diags)]
            case .text:
                articles = [plainTextArticle(text, file: relativePath)]
            case .html:
                guard let root = legacyCharset.map({ HTMLDocument.parse([UInt8](data), encoding: $0) })
                                 ?? HTMLDocument.parse(Array(text.utf8), encoding: "UTF-8") else {
                    return fail(.error("the page could not be read as HTML; skipped"))
                }
                articles = [try HTMLArticleReader.article(root: root, file: relativePath)]
            case .records:
                let records = Self.isCSV(relativePath) ? CSVReader.records(text, file: relativePath, diagnostics: &diags)
                                                       : JSONLinesReader.records(text, file: relativePath, diagnostics: &diags)
                var maker = RecordArticles(file: relativePath, fields: fields)
                articles = []
                for record in records {
                    do { articles.append(try maker.article(record, warnings: &diags)) } catch { diags.append(error) }
                }
                if articles.isEmpty {
                    return fail(.error("no article could be read from the file (\(records.count) record\(records.count == 1 ? "" : "s")); skipped"))
                }
            }
            if let sidecar, articles.count == 1 { try applySidecar(sidecar, to: &articles[0], warnings: &diags) }
        } catch {
            return fail(error)
        }
        for i in articles.indices {
            if let u = articles[i].url, !Self.isWebURL(u) {
                diags.append(.warning("url '\(MetadataCleaning.singleLine(u))' is not a plain http(s) address; dropped",
                                      file: relativePath, line: kind == .records ? articles[i].bodyLine : nil))
                articles[i].url = nil
            }
            MetadataCleaning.clean(&articles[i])
            if kind == .html || kind == .records {
                articles[i].markdown = TextDecoding.removingControls(articles[i].markdown).text
                articles[i].sourceText = TextDecoding.removingControls(articles[i].sourceText).text
            }
        }
        for i in diags.indices where diags[i].file == nil { diags[i].file = relativePath }
        return Outcome(articles: articles, diagnostics: diags)
    }

    enum Kind { case text, markdown, html, records }

    static func kind(_ path: String) -> Kind {
        switch articleExtension(path) {
        case .md, .markdown: return .markdown
        case .html, .htm: return .html
        case .jsonl, .ndjson, .csv: return .records
        case .txt, .other: return .text
        }
    }

    /// The extensions of `extensions`, and any other (or none).
    enum Extension: CaseIterable { case txt, md, markdown, html, htm, jsonl, ndjson, csv, other }

    /// Which of `extensions` `pathExtension(path)` is: read on the bytes without making the extension's strings when it is
    /// ASCII (once per article file in a rebuild's scan and fingerprint: the strings and their comparisons cost more than
    /// the rest of the file's look-up). Otherwise by the string, lowercased as `pathExtension` does (a non-ASCII letter
    /// may lowercase to an ASCII one: the Kelvin sign to "k").
    static func articleExtension(_ path: String) -> Extension {
        var path = path
        let ascii: Extension?? = path.withUTF8 { bytes in
            var end = bytes.count
            while end > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            let start = (bytes[..<end].lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot > start else { return .some(.other) }
            guard end - dot - 1 <= 8 else { return bytes[(dot + 1)..<end].contains { $0 >= 0x80 } ? .none : .some(.other) }
            // the extension's bytes, lowercased, in one word (first byte lowest)
            var word: UInt64 = 0
            for (k, b) in bytes[(dot + 1)..<end].enumerated() {
                guard b < 0x80 else { return .none }
                guard b != 0 else { return .some(.other) }  // (no name of `extensions` holds one; a zero adds nothing to the word)
                word |= UInt64(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b) << (8 * k)
            }
            return .some(extensionOfWord(word))
        }
        if case .some(.some(let e)) = ascii { return e }
        return extensionNamed[pathExtension(path)] ?? .other
    }

    /// Each of `extensions` by its name.
    private static let extensionNamed: [String: Extension] = [
        "txt": .txt, "md": .md, "markdown": .markdown, "html": .html, "htm": .htm, "jsonl": .jsonl, "ndjson": .ndjson, "csv": .csv,
    ]

    /// Which of `extensions` the word `articleExtension` reads is (its bytes, first lowest), if any. (A switch on the
    /// numbers: a table of them was hashed for each file; `ArticleExtensionTests` checks the numbers against the names.)
    static func extensionOfWord(_ word: UInt64) -> Extension {
        switch word {
        case 0x74_7874: return .txt
        case 0x646D: return .md
        case 0x6E77_6F64_6B72_616D: return .markdown
        case 0x6C6D_7468: return .html
        case 0x6D_7468: return .htm
        case 0x6C_6E6F_736A: return .jsonl
        case 0x6E6F_736A_646E: return .ndjson
        case 0x76_7363: return .csv
        default: return .other
        }
    }

    /// True for files of many records (.jsonl, .csv).
    static func isRecordFile(_ path: String) -> Bool { kind(path) == .records }

    /// `NSString.pathExtension`, lowercased, read on UTF-8 bytes (bridging to `NSString` cost more than
    /// hashing the file when every article of a rebuild is looked at): what follows the last dot of the
    /// last path component, unless that dot starts the component ("dir/.md" has none).
    /// (The bytes are read in place: a copy of them into an array was most of its cost, asked three times a file.)
    static func pathExtension(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            var end = bytes.count
            while end > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            let start = (bytes[..<end].lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot > start else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]), as: UTF8.self).lowercased()
        }
    }

    static func isCSV(_ path: String) -> Bool { path.lowercased().hasSuffix(".csv") }

    /// True for the files a sidecar `NAME.yml` can give metadata to (.txt, .html).
    static func takesSidecar(_ path: String) -> Bool { kind(path) == .text || kind(path) == .html }

    /// (the scheme compared without case on the bytes and the scalars tested as written: lowercasing the whole
    /// URL, Arabic words and all, cost 50,000 instructions an article; no scalar outside ASCII lowercases to
    /// a letter of "https" or to one of the refused scalars, and lowercasing changes none of them, so the
    /// answer is the same as `lowercased()`'s)
    static func isWebURL(_ s: String) -> Bool {
        let trimmed = s.trimmingWhitespaces
        let u = trimmed.utf8
        func scheme(_ p: StaticString) -> Bool {
            guard u.count >= p.utf8CodeUnitCount else { return false }
            var i = u.startIndex
            for k in 0..<p.utf8CodeUnitCount {
                var c = u[i]
                if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { c += 0x20 }
                guard c == p.utf8Start[k] else { return false }
                i = u.index(after: i)
            }
            return true
        }
        guard scheme("http://") || scheme("https://") else { return false }
        return !trimmed.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" }
    }

    // MARK: - Markdown

    private func markdownArticle(_ text: String, file: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> Article {
        var meta = ArticleMetadata()
        var body = Substring(text)
        var bodyLine = 1
        if let fm = try FrontMatter.split(text) {
            meta = try FrontMatter.parse(fm.yaml, firstLine: 2, warnings: &warnings)
            body = fm.body
            bodyLine = fm.bodyLine
        }
        var markdown = String(body)
        var title = meta.title?.trimmingWhitespacesAndNewlines
        if title?.isEmpty ?? true {
            if let heading = Self.leadingHeading(markdown) {
                title = heading.title
                markdown = String(markdown[heading.rest...])
            } else {
                title = TitleMaker.title(fromFirstSentenceOf: Self.firstTextLine(markdown))
            }
        }
        // (the scalars before the body, counted on the UTF-8 bytes of the front matter: the body runs to the end)
        var bytes = text
        let frontBytes = text.utf8.distance(from: text.startIndex, to: body.startIndex)
        let bodyOffset = bytes.withUTF8 { b in b[..<frontBytes].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        return Article(file: file, format: .markdown, title: title ?? file, date: meta.date,
                       dateSource: meta.date == nil ? .unknown : .metadata, source: meta.source, url: meta.url,
                       author: meta.author, tags: meta.tags, markdown: markdown, bodyOffset: bodyOffset,
                       bodyLine: bodyLine, sourceText: text)
    }

    /// A first-line ATX heading ("# Title") becomes the title when front matter has none.
    private static func leadingHeading(_ md: String) -> (title: String, rest: String.Index)? {
        let trimmed = md.drop { $0 == "\n" }
        guard trimmed.hasPrefix("# ") else { return nil }
        let end = trimmed.firstIndex(of: "\n") ?? trimmed.endIndex
        let title = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<end].trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : (title, end)
    }

    private static func firstTextLine(_ md: String) -> String {
        md.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    // MARK: - Plain text

    private func plainTextArticle(_ text: String, file: String) -> Article {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstIndex = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return Article(file: file, format: .text, title: file, markdown: "", sourceText: text)
        }
        let first = lines[firstIndex].trimmingCharacters(in: .whitespaces)
        if TitleMaker.isTitleLine(first) && lines.count > firstIndex + 1 {
            let rest = lines[(firstIndex + 1)...].joined(separator: "\n")
            let offset = lines[...firstIndex].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            return Article(file: file, format: .text, title: first, markdown: ArticleBody.markdown(fromPlainText: rest),
                           bodyOffset: offset, bodyLine: firstIndex + 2, sourceText: text)
        }
        return Article(file: file, format: .text, title: TitleMaker.title(fromFirstSentenceOf: first),
                       markdown: ArticleBody.markdown(fromPlainText: text), sourceText: text)
    }

    static func sidecarURL(for url: URL) -> URL? {
        let base = url.deletingPathExtension()
        for ext in ["yml", "yaml"] {
            let candidate = base.appendingPathExtension(ext)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private func applySidecar(_ sidecar: Sidecar, to article: inout Article, warnings: inout [Diagnostic]) throws(Diagnostic) {
        let sidecarName = sidecar.name
        guard case .success(let yaml) = TextDecoding.decode(sidecar.data) else {
            throw Diagnostic.error("sidecar is not UTF-8 text", file: sidecarName)
        }
        var w: [Diagnostic] = []
        let meta: ArticleMetadata
        do { meta = try FrontMatter.parse(yaml, firstLine: 1, warnings: &w) } catch {
            var e = error
            e.file = sidecarName
            throw e
        }
        warnings += w.map { var d = $0; d.file = sidecarName; return d }
        if let t = meta.title, !t.isEmpty { article.title = t }
        if let d = meta.date { article.date = d; article.dateSource = .metadata }
        article.source = meta.source ?? article.source
        article.url = meta.url ?? article.url
        article.author = meta.author ?? article.author
        if !meta.tags.isEmpty { article.tags = meta.tags }
    }
}
