import ArabicDates
import Foundation

/// Reads a saved web page (`.html`, `.htm`) as an article.
///
/// - Metadata from JSON-LD (`NewsArticle` and the other `Article` types: headline, datePublished,
///   author, publisher, url, keywords), else Open Graph and `article:` meta tags, else `<title>`
///   (without the site's name), the first `<h1>`, or the first sentence.
/// - Text from the page's main content: the `<article>` with the most text, else `<main>`, else the
///   element whose own paragraphs hold the most text (with its sibling blocks); navigation, headers, footers, asides, forms,
///   scripts, styles, comments and blocks marked as share/related/ad… are dropped (see `HTMLText`).
///   When the page has no such text, JSON-LD's `articleBody` is used.
/// The text is then read as plain text, so no markup of the page reaches the site.
enum HTMLArticleReader {
    /// Paragraph text below this many letters does not make an `<article>` or `<main>` the content.
    static let minimumContentWeight = 200

    static func article(root: HTMLNode, file: String) throws(Diagnostic) -> Article {
        let meta = PageMetadata(root: root)
        let content = mainContent(of: root)
        var paragraphs = HTMLText.paragraphs(of: content)
        if HTMLText.weight(paragraphs) < minimumContentWeight, let body = meta.articleBody {
            let fromJSON = body.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if HTMLText.weight(fromJSON) > HTMLText.weight(paragraphs) { paragraphs = fromJSON }
        }
        let h1 = root.elements(named: "h1").lazy.map { HTMLText.paragraphs(of: $0).joined(separator: " ") }.first { !$0.isEmpty }
        var title = meta.headline ?? meta.pageTitle.map { cleanTitle($0, site: meta.siteName, h1: h1) } ?? h1
        // The headline repeated at the top of the text is dropped.
        if let first = paragraphs.first, first == title || first == h1 { paragraphs.removeFirst() }
        guard HTMLText.weight(paragraphs) > 0 else {
            throw .error("no article text found in the page (no <article>, <main> or block of paragraphs); skipped", file: file)
        }
        if title?.isEmpty ?? true { title = TitleMaker.title(fromFirstSentenceOf: paragraphs[0]) }
        let text = paragraphs.joined(separator: "\n")
        var article = Article(file: file, format: .text, title: title ?? file, markdown: ArticleBody.markdown(fromPlainText: text),
                              sourceText: text)
        let date = meta.date ?? firstTime(in: content)
        if let date { article.date = date; article.dateSource = .metadata }
        article.source = meta.siteName
        article.url = meta.url
        article.author = meta.author
        article.tags = meta.tags
        return article
    }

    /// The element holding the article's text (see the type's documentation).
    static func mainContent(of root: HTMLNode) -> HTMLNode {
        func heaviest(_ nodes: [HTMLNode]) -> HTMLNode? {
            let weighed = nodes.map { ($0, HTMLText.weight(HTMLText.paragraphs(of: $0))) }
            guard let best = weighed.max(by: { $0.1 < $1.1 }), best.1 >= minimumContentWeight else { return nil }
            return best.0
        }
        var articles: [HTMLNode] = []
        root.collect(into: &articles) { $0.name == "article" && !HTMLText.isFurniture($0) }
        if let a = heaviest(articles) { return a }
        var mains: [HTMLNode] = []
        root.collect(into: &mains) { ($0.name == "main" || $0.attribute("role")?.lowercased() == "main") && !HTMLText.isFurniture($0) }
        if let m = heaviest(mains) { return m }
        return densestBlock(in: root) ?? root
    }

    /// The element whose own paragraphs (`<p>` children and text directly inside it) hold the most
    /// text; its parent instead when the parent's other children hold at least half as much again in
    /// paragraphs of their own (a text split over sibling blocks is taken whole).
    static func densestBlock(in root: HTMLNode) -> HTMLNode? {
        var nodes: [(node: HTMLNode, parent: Int?, own: Int)] = []
        func visit(_ node: HTMLNode, parent: Int?) {
            guard node.name != nil, !HTMLText.isFurniture(node) else { return }
            var own = 0
            for child in node.children where child.name == nil || child.name == "p" {
                own += child.name == nil ? HTMLText.weight([child.text]) : HTMLText.weight(HTMLText.paragraphs(of: child))
            }
            nodes.append((node, parent, own))
            let index = nodes.count - 1
            for child in node.children where child.name != nil { visit(child, parent: index) }
        }
        visit(root, parent: nil)
        guard let best = nodes.indices.max(by: { nodes[$0].own < nodes[$1].own }), nodes[best].own > 0 else { return nil }
        guard let parent = nodes[best].parent else { return nodes[best].node }
        let siblings = nodes.indices.filter { $0 != best && nodes[$0].parent == parent && nodes[$0].own * 4 >= nodes[best].own }
        let siblingWeight = siblings.reduce(0) { $0 + nodes[$1].own }
        return siblingWeight * 2 >= nodes[best].own ? nodes[parent].node : nodes[best].node
    }

    /// `<title>` without the site's name ("العنوان - الموقع", "الموقع | العنوان"); the `<h1>` when it is
    /// one side of the title.
    static func cleanTitle(_ title: String, site: String?, h1: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if let h1, parts.contains(h1) { return h1 }
            if let site, let last = parts.last, let first = parts.first {
                if last == site { return parts.dropLast().joined(separator: separator) }
                if first == site { return parts.dropFirst().joined(separator: separator) }
            }
        }
        return title
    }

    /// The date of the first `<time datetime>` inside the content.
    private static func firstTime(in node: HTMLNode) -> PartialDate? {
        node.elements(named: "time").lazy.compactMap { $0.attribute("datetime").flatMap(PublicationDate.parse) }.first
    }
}
