import Foundation
import Mustache
import Testing
@testable import Sitegen

/// The byte-level escapers, and the template content type built on them.
@Suite struct EscapingTests {
    static let samples = [
        "", "نص عربي بلا رموز", "plain ASCII", "<b>\"x\" & 'y'</b>", "&&&", "<", "قال: \"لا\" <و> 'نعم' & غيرها",
        "emoji 👩🏽‍💻 & flags 🇮🇶 <", "a\u{301}<b\u{0651}>", "tab\tnew\nline", "Ø<Ł>&€", "'",
    ]

    @Test func markupEscapesTheFiveCharacters() {
        #expect(Escape.markup("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Escape.markup("قاسم سليماني") == "قاسم سليماني")
        #expect(Escape.markup("") == "")
        #expect(Escape.markup("a\u{1}b") == "a\u{1}b")
    }

    @Test func htmlAlsoDropsControlCharacters() {
        #expect(Escape.html("a\u{1}b\u{1F}c\rd") == "abcd")
        #expect(Escape.html("x\ny\tz") == "x\ny\tz")
        #expect(Escape.html("\u{7}\u{8}") == "")
        #expect(Escape.html("<\u{0}>") == "&lt;&gt;")
    }

    /// `{{name}}` output must not change with the faster escaper: compare with the library's own.
    @Test(arguments: samples) func markupMatchesMustacheEscaping(_ text: String) throws {
        let library = try MustacheTemplate(string: "{{x}}").render(["x": text])
        #expect(Escape.markup(text) == library)
    }

    @Test func templatesEscapeWithTheByteLevelContentType() throws {
        let dir = TempDir()
        dir.write("page.mustache", "<p title=\"{{t}}\">{{t}}</p>{{{t}}}{{>partials/item}}")
        dir.write("partials/item.mustache", "<i>{{t}}</i>")
        let set = try TemplateSet(folder: dir.url, required: ["page"])
        let html = set.render("page", ["t": "<«و» & 'ن'>"])
        let e = "&lt;«و» &amp; &#39;ن&#39;&gt;"
        #expect(html == "<p title=\"\(e)\">\(e)</p><«و» & 'ن'><i>\(e)</i>")
    }

    @Test func templateErrorLineIsTheFileLine() throws {
        let dir = TempDir()
        dir.write("page.mustache", "سطر أول\n{{/close}}\n")
        #expect {
            try TemplateSet(folder: dir.url, required: ["page"])
        } throws: { e in
            (e as? Diagnostic)?.line == 2 && (e as? Diagnostic)?.file == "page.mustache"
        }
    }
}
