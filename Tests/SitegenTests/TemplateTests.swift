import Foundation
import Testing
@testable import Sitegen
import BuiltinTheme

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

    @Test func aTemplateTheFolderLacksComesFromTheBuiltinTheme() throws {
        let dir = copyOfTemplates()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("article.mustache"))
        let set = try TemplateSet(folder: dir.url)
        #expect(set.has("article"))
        #expect(set.theme.files["article.mustache"]?.isBuiltin == true)
        #expect(set.theme.files["home.mustache"]?.isBuiltin == false)
        #expect(set.theme.files["home.mustache"]?.hasBuiltinBytes == true)
    }

    @Test func missingPageTemplateIsAnError() throws {
        #expect(throws: Diagnostic.self) { try TemplateSet(folder: nil, required: ["no-such-page"]) }
    }

    /// The theme built into the binary is the repository's Templates/ folder, file for file, byte for byte.
    @Test func builtinThemeEqualsTheTemplatesFolder() throws {
        let onDisk = Theme.visibleFiles(in: Repo.templates)
        #expect(!onDisk.isEmpty)
        #expect(onDisk == BuiltinTheme.files.keys.sorted())
        for path in onDisk {
            let bytes = try Data(contentsOf: Repo.templates.appendingPathComponent(path))
            #expect(BuiltinTheme.files[path] == [UInt8](bytes), "\(path) differs from the built-in copy")
        }
    }

    /// With no templates folder at all, a build uses the built-in theme, assets included.
    @Test func aBuildWithoutTemplatesUsesTheBuiltinTheme() throws {
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص عن بغداد.\n")
        let out = TempDir()
        var o = BuildOptions(input: input.url, output: out.url.appendingPathComponent("site"))
        o.jobs = 1
        _ = try SiteBuilder(options: o).build()
        #expect(out.read("site/index.html")?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        let css = try Data(contentsOf: Repo.templates.appendingPathComponent("assets/style.css"))
        #expect(FileManager.default.contents(atPath: out.url.appendingPathComponent("site/assets/style.css").path) == css)
    }

    /// A folder holding one changed template and one changed asset: those two are its own, the rest built in.
    @Test func aFolderOverridesFileByFile() throws {
        let dir = TempDir()
        dir.write("partials/nav.mustache", "<nav class=\"mine\">{{#nav}}<a href=\"{{href}}\">{{title}}</a>{{/nav}}</nav>\n")
        dir.write("assets/style.css", "body { color: black; }\n")
        let input = TempDir()
        input.write("a.txt", "عنوان\nنص عن بغداد.\n")
        let out = TempDir()
        var o = BuildOptions(input: input.url, output: out.url.appendingPathComponent("site"), templates: dir.url)
        o.jobs = 1
        _ = try SiteBuilder(options: o).build()
        #expect(out.read("site/index.html")?.contains("<nav class=\"mine\">") == true)
        #expect(out.read("site/assets/style.css") == "body { color: black; }\n")
        #expect(out.exists("site/assets/search.js"))
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
