import Testing
@testable import Sitegen

/// `FrontMatterLines` answers only what Yams would: for every YAML below, either nil or the metadata
/// `FrontMatter.composed` (Yams) reads from it.
@Suite struct FrontMatterLinesTests {
    static let simple: [String] = [
        "title: \"آبل\\\" تحتفل بالعيد العاشر لـ\\\"آيفون\\\"\"\ndate: 2017-01-09\nsource: \"Jawhara FM\"\nurl: \"http://www.jawharafm.net/ar/article/آبل-تحتفل/94/75393\"\n",
        "title: \"a \\\\ b\"\ndate: \"2020-02-29\"\n",
        "date: 2020-03\nauthor: \"كاتب\"\n",
        "date: 2021\n",
        "title: \"#not a comment: still text\"\n",
        "title: \"emoji 👍🏽 and \u{00A0}nbsp\"\n",
        "title:    \"several spaces\"\nurl: \"https://x.org/a?b=c&d=%D8%A7\"",
        "title: plainWord\n",
        "title: \"\"\n",
    ]
    static let refused: [String] = [
        "",
        "tags: [a, b]\n",
        "title: 'single'\n",
        "title: \"a\" # comment\n",
        "title: \"a\" \n",
        "title: \"tab\there\"\n",
        "title: \"esc \\n newline\"\n",
        "title: \"esc \\u0041\"\n",
        "title: \"line\u{2028}sep\"\n",
        "title: \"nel\u{0085}\"\n",
        "title: \"bom\u{FEFF}\"\n",
        "title: \"open\n  continued\"\n",
        "title: plain words\n",
        "title: -dash\n",
        "title: \"a\"\ntitle: \"b\"\n",
        "title: \"a\"\n\ndate: 2020\n",
        "date: 2020-13-01\n",
        "date: \" 2020\"\n",
        "other: \"x\"\n",
        "title: \"a\"\r\n",
        "Title: \"a\"\n",
        "title:\"a\"\n",
        "title: \"a\" \"b\"\n",
        "title: \"a\\\"\n",
        "- a\n",
    ]

    @Test func simpleLinesReadAsYamsReadsThem() throws {
        for yaml in Self.simple {
            let fast = try #require(FrontMatterLines.parse(yaml), "\(yaml)")
            var w: [Diagnostic] = []
            let slow = try FrontMatter.composed(yaml, firstLine: 2, warnings: &w)
            #expect(fast == slow, "\(yaml)")
            #expect(w.isEmpty)
        }
    }

    @Test func otherShapesGoToYams() throws {
        for yaml in Self.refused {
            #expect(FrontMatterLines.parse(yaml) == nil, "\(yaml)")
        }
        // and parse gives Yams's answer (or error) for them
        var w: [Diagnostic] = []
        let meta = try FrontMatter.parse("title: 'single'\ntags: [a, b]\n", firstLine: 2, warnings: &w)
        #expect(meta.title == "single" && meta.tags == ["a", "b"])
        #expect(throws: Diagnostic.self) { try FrontMatter.parse("date: 2020-13-01\n", firstLine: 2, warnings: &w) }
    }

    @Test func webURLSchemeWithoutCase() {
        #expect(ArticleLoader.isWebURL("  HTTPS://مثال.com/خبر  "))
        #expect(ArticleLoader.isWebURL("Http://a.b/c"))
        #expect(!ArticleLoader.isWebURL("ftp://a.b"))
        #expect(!ArticleLoader.isWebURL("https://a b"))
        #expect(!ArticleLoader.isWebURL("https://a\"b"))
        #expect(!ArticleLoader.isWebURL("http:/a"))
        #expect(!ArticleLoader.isWebURL("\u{212A}ttp://a"))
    }
}
