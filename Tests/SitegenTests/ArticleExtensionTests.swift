import Testing
import TestSupport
@testable import Sitegen

/// The article extension read on bytes equals the one of the lowercased extension string it replaces (kept here), on
/// edge cases and seeded random paths of ASCII in any case, non-ASCII letters (the Kelvin sign lowercases to "k"), dots,
/// slashes and zero bytes.
@Suite struct ArticleExtensionTests {
    static func byString(_ path: String) -> ArticleLoader.Extension {
        switch ArticleLoader.pathExtension(path) {
        case "txt": return .txt
        case "md": return .md
        case "markdown": return .markdown
        case "html": return .html
        case "htm": return .htm
        case "jsonl": return .jsonl
        case "ndjson": return .ndjson
        case "csv": return .csv
        default: return .other
        }
    }

    static func kindByString(_ path: String) -> ArticleLoader.Kind {
        switch ArticleLoader.pathExtension(path) {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "jsonl", "ndjson", "csv": return .records
        default: return .text
        }
    }

    @Test func extensionOnBytesIsTheStringOne() {
        let edge = ["", "/", "a", "a.", ".md", "dir/.md", "a.md", "A.MD", "x/y.Markdown", "x.md/", "x.md//", "a.b.htm", "a.HtMl",
                    "a.jsonl", "a.NDJSON", "a.csv", "a.txt", "a.txt.bak", "a.mdx", "a.m", "a.markdowns", "a.mar\u{212A}down",
                    "a.\u{212A}", "a.md\u{0}", "a.m\u{0}d", "a.ht\u{130}m", "ملف.md", "ملف.مد", "a.csv ", "a. csv", "x.y/z"]
        for path in edge {
            #expect(ArticleLoader.articleExtension(path) == Self.byString(path), "\(path.debugDescription)")
            #expect(ArticleLoader.kind(path) == Self.kindByString(path))
        }
        #expect(ArticleLoader.articleExtension("a.mar\u{212A}down") == .markdown)
        let pieces = ["a", "B", ".", "/", "md", "MD", "mark", "DOWN", "htm", "l", "L", "json", "nd", "csv", "txt", "T",
                      "\u{212A}", "\u{130}", "ب", "é", "\u{0}", " ", "x"]
        var random = SeededRandom(seed: 1646)
        var known = 0
        let names = ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson", "csv"]
        for round in 0..<20_000 {
            var path = random.text(of: pieces, maxPieces: 9)
            if round % 2 == 0 {
                // a name of `extensions`, its letters' case flipped at random, sometimes with a piece more
                var ext = String(names[random.below(names.count)].map { random.below(2) == 0 ? Character($0.uppercased()) : $0 })
                if random.below(4) == 0 { ext += pieces[random.below(pieces.count)] }
                path += "." + ext
            }
            let expected = Self.byString(path)
            if expected != .other { known += 1 }
            #expect(ArticleLoader.articleExtension(path) == expected, "\(path.debugDescription)")
            #expect(ArticleLoader.kind(path) == Self.kindByString(path))
        }
        #expect(known > 6000)
    }

    @Test func extensionWordsAreTheNames() {
        for name in ["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson", "csv"] {
            var word: UInt64 = 0
            for (k, b) in name.utf8.enumerated() { word |= UInt64(b) << (8 * k) }
            #expect(ArticleLoader.extensionOfWord(word) != .other && ArticleLoader.extensionOfWord(word) == Self.byString("a." + name))
        }
        #expect(ArticleLoader.extensionOfWord(0) == .other && ArticleLoader.extensionOfWord(0x6D) == .other)
    }
}
