import Foundation
import Testing
@testable import Sitegen

@Suite struct TemplateTests {
    func copyOfTemplates() -> TempDir {
        let dir = TempDir()
        let fm = FileManager.default
        for name in try! fm.contentsOfDirectory(atPath: Repo.templates.path) {
            try! fm.copyItem(at: Repo.templates.appendingPathComponent(name), to: dir.url.appendingPathComponent(name))
        }
        return dir
    }

    @Test func defaultTemplatesLoadAndEscape() throws {
        let set = try TemplateSet(folder: Repo.templates)
        #expect(set.has("article") && set.has("home") && set.has("articles"))
        let html = set.render("articles", ["articles": [["title": "<script>x</script>", "href": "a"]], "count_text": "1", "root": ""])
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    }

    @Test func parseErrorNamesTemplateAndLine() throws {
        let dir = copyOfTemplates()
        dir.write("home.mustache", "سطر\nسطر\n{{#open}}\n")
        #expect {
            try TemplateSet(folder: dir.url)
        } throws: { e in
            let d = e as! Diagnostic
            return d.file == "home.mustache" && d.line != nil
        }
    }

    @Test func missingPartialNamesTemplateAndLine() throws {
        let dir = copyOfTemplates()
        dir.write("articles.mustache", "{{<base}}\n{{$main}}\n{{>partials/nope}}\n{{/main}}{{/base}}\n")
        #expect {
            try TemplateSet(folder: dir.url)
        } throws: { e in
            let d = e as! Diagnostic
            return d.file == "articles.mustache" && d.line == 3 && d.message.contains("partials/nope")
        }
    }

    @Test func missingPageTemplateIsAnError() throws {
        let dir = copyOfTemplates()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("article.mustache"))
        #expect(throws: Diagnostic.self) { try TemplateSet(folder: dir.url) }
    }

    @Test func userTemplatesChangeTheLookWithoutRecompiling() throws {
        let dir = copyOfTemplates()
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص.\n")
        var home = try String(contentsOf: dir.url.appendingPathComponent("home.mustache"), encoding: .utf8)
        home = home.replacingOccurrences(of: "أحدث المقالات", with: "آخر ما نُشر")
        dir.write("home.mustache", home)
        let out = TempDir()
        var o = BuildOptions(input: input.url, output: out.url.appendingPathComponent("site"), templates: dir.url)
        o.jobs = 1
        _ = try SiteBuilder(options: o).build()
        #expect(out.read("site/index.html")?.contains("آخر ما نُشر") == true)
    }
}
