/// The readable text of HTML, as paragraphs: what a reader of the page sees as the article, without
/// navigation, footers, scripts, forms, share buttons and the like. Only text comes out; no markup
/// of the page ever reaches a site page (the paragraphs are then read as plain text).
enum HTMLText {
    /// Elements whose content is never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "nav", "footer", "aside", "header", "menu", "dialog", "form", "button", "select", "option", "input",
        "textarea", "label", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas",
        "audio", "video", "picture", "figure", "img", "map",
    ]

    /// Elements that begin and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "br", "address",
        "figcaption", "center", "details", "summary", "body", "html",
    ]

    /// ARIA roles of page furniture.
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                                            "search", "dialog", "alertdialog", "form", "toolbar"]

    /// Words of a class or id that mark page furniture ("share-buttons", "related_posts", "ad-slot")…
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "related", "comment", "comments", "advert", "advertisement", "ads", "ad",
        "promo", "newsletter", "breadcrumb", "breadcrumbs", "subscribe", "cookie", "cookies", "sidebar", "menu",
        "nav", "navbar", "navigation", "footer", "popup", "modal", "banner", "widget", "sponsored", "outbrain",
        "taboola", "recommended", "trending", "masthead", "pagination", "pager", "toolbar", "hidden", "byline",
        "author", "tags",
    ]
    /// …unless it also has one of these, which mark the article itself ("article-share" stays dropped
    /// only if nothing says it is the article: "post-content has-share" is kept).
    static let contentWords: Set<String> = ["article", "body", "content", "main", "story", "text", "entry", "post"]

    /// True when the element and everything in it is page furniture rather than article text.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        guard let name = node.name else { return false }
        if dropped.contains(name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let role = node.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
        let style = node.attribute("style")?.lowercased().filter { $0 != " " } ?? ""
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            .split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.contains(where: furnitureWords.contains) && !words.contains(where: contentWords.contains)
    }

    /// The paragraphs of `node`'s text, furniture left out: each block element (paragraph, heading,
    /// list item, cell, line break…) ends one; white space inside a paragraph collapses to one space
    /// (line breaks of `<pre>` end paragraphs).
    static func paragraphs(of node: HTMLNode) -> [String] {
        var collector = ParagraphCollector()
        collector.visit(node, preformatted: false)
        collector.flush()
        return collector.paragraphs
    }

    /// The paragraphs of an HTML fragment (a record's `html` text).
    static func paragraphs(ofFragment html: String) -> [String] {
        guard let root = HTMLDocument.parse(Array(html.utf8), encoding: "UTF-8") else { return [] }
        return paragraphs(of: root)
    }

    /// Number of letters and digits in the paragraphs (how much article text there is).
    static func weight(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + $1.unicodeScalars.count { $0.properties.isAlphabetic || ("0"..."9").contains($0) } }
    }

    private struct ParagraphCollector {
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false

        mutating func visit(_ node: HTMLNode, preformatted: Bool) {
            guard let name = node.name else {
                append(node.text, preformatted: preformatted)
                return
            }
            if HTMLText.isFurniture(node) { return }
            let isBlock = HTMLText.blocks.contains(name)
            if isBlock { flush() }
            for child in node.children { visit(child, preformatted: preformatted || name == "pre") }
            if isBlock { flush() }
        }

        mutating func append(_ text: String, preformatted: Bool) {
            for s in text.unicodeScalars {
                if s == "\n" && preformatted {
                    flush()
                } else if s.properties.isWhitespace {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current.append(" "); pendingSpace = false }
                    current.append(s)
                }
            }
        }

        mutating func flush() {
            if !current.isEmpty { paragraphs.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
    }
}
