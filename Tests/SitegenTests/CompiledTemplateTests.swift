import Foundation
import Mustache
import Testing
@testable import Sitegen

/// The compiled renderer (`CompiledTemplate`, `CompiledRenderer`) gives the bytes swift-mustache gives.
@Suite struct CompiledTemplateTests {
    /// The repository's `Templates/` folder with a standalone comment line put before every template:
    /// it renders as nothing, but the files are no longer the built-in ones, so none is compiled.
    static func templatesForTheLibrary() throws -> TempDir {
        let dir = TempDir()
        for rel in Theme.visibleFiles(in: Repo.templates) {
            var data = try Data(contentsOf: Repo.templates.appendingPathComponent(rel))
            if rel.hasSuffix(".mustache") { data = Data("{{! rendered by the library }}\n".utf8) + data }
            dir.write(rel, data)
        }
        return dir
    }

    /// Every file of two builds of the same corpus: the built-in theme (compiled templates) against
    /// the same templates changed by a comment line, so rendered by the library.
    func compareSites(input: URL, sizes: ListSizes) throws {
        let builtin = TempDir(), library = TempDir(), templates = try Self.templatesForTheLibrary()
        var o = BuildOptions(input: input, output: builtin.url.appendingPathComponent("site"))
        o.jobs = 2
        o.listSizes = sizes
        _ = try SiteBuilder(options: o).build()
        o.output = library.url.appendingPathComponent("site")
        o.templates = templates.url
        #expect(try TemplateSet(folder: templates.url).compiled.templates.isEmpty)
        _ = try SiteBuilder(options: o).build()
        let a = builtin.url.appendingPathComponent("site"), b = library.url.appendingPathComponent("site")
        let files = Theme.visibleFiles(in: a)
        #expect(files == Theme.visibleFiles(in: b))
        #expect(files.filter { $0.hasSuffix(".html") }.count > 20)
        for file in files where file != "build-info.json" {
            let x = FileManager.default.contents(atPath: a.appendingPathComponent(file).path)
            let y = FileManager.default.contents(atPath: b.appendingPathComponent(file).path)
            #expect(x == y, "\(file) differs between the compiled and the library renderer")
        }
    }

    @Test func theSampleSiteIsTheSameBytesEitherWay() throws {
        try compareSites(input: Repo.seeds, sizes: ListSizes())
    }

    /// Small list sizes: every list paged (pager, letter and year bars, index parts, entity extras).
    @Test func aPagedSiteIsTheSameBytesEitherWay() throws {
        try compareSites(input: Repo.seeds, sizes: ListSizes.all(2))
    }

    /// Each built-in template compiles (none is left to the library).
    @Test func everyBuiltinTemplateCompiles() throws {
        let set = try TemplateSet(folder: nil)
        #expect(Set(set.compiled.templates.keys) == set.names)
    }

    /// Mustache's whitespace rules and scoping on made-up templates: both renderers, same bytes.
    @Test func tagsWhitespaceAndScopesMatchTheLibrary() throws {
        let templates: [String: String] = [
            "page": "{{<frame}}\n{{$body}}\n  <p>{{name}} & {{{raw}}}</p>\n    {{#items}}<i>{{.}}</i>{{/items}}\n{{/body}}\n{{/frame}}\n",
            "frame": "<html>\n  {{>partials/list}}\n<b>{{$body}}default{{/body}}</b>\n{{^empty(rows)}}\n<ul>\n{{#rows}}\n  <li>{{title}}{{#flag}} ✓{{/flag}}{{^flag}} ✗{{/flag}} {{count}} {{name}}</li>\n{{/rows}}\n</ul>\n{{/empty(rows)}}\n{{^missing}}none{{/missing}}{{#empty(none)}}empty{{/empty(none)}}\n</html>",
            "partials/list": "<ol>\n{{#rows}}\n<li>{{title}}</li>\n{{/rows}}\n</ol>\n",
        ]
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        for (name, text) in templates {
            try library.register(TemplateSet.escapingPragma + text, named: name)
            compiled[name] = try CompiledTemplate.parse(TemplateSet.escapingPragma + text)
        }
        let renderer = CompiledRenderer(templates: compiled)
        let contexts: [[String: Any]] = [
            ["name": "<a \"b\" 'c'>", "raw": "<em>", "items": ["x&y", "z"], "none": [String](),
             "rows": [["title": "أ", "flag": true, "count": 3], ["title": "ب", "flag": false, "count": 0, "name": "inner"]]],
            ["name": "", "rows": [[String: Any]](), "items": [String](), "missing": true, "none": ["a"]],
        ]
        for context in contexts {
            let viaLibrary = library.render(context, withTemplate: "page")
            let viaCompiled = renderer.render("page", context)
            #expect(viaCompiled != nil)
            #expect(viaCompiled == viaLibrary)
        }
    }

    /// A value the compiled renderer does not model (here a Double) sends the page to the library.
    @Test func anUnmodelledValueFallsBackToTheLibrary() throws {
        let renderer = CompiledRenderer(templates: ["t": try CompiledTemplate.parse("{{x}}")])
        #expect(renderer.render("t", ["x": 1.5]) == nil)
        #expect(renderer.render("t", ["x": "1.5"]) == "1.5")
    }

    /// A `--templates` folder holding the built-in templates unchanged (the repository's `Templates/`,
    /// or what `sitegen init --templates` wrote) keeps every template compiled.
    @Test func unchangedCopiesOfTheBuiltinTemplatesAreCompiled() throws {
        let set = try TemplateSet(folder: Repo.templates)
        #expect(Set(set.compiled.templates.keys) == set.names)
        let dir = TempDir()
        dir.write("partials/nav.mustache", String(decoding: try Data(contentsOf: Repo.templates.appendingPathComponent("partials/nav.mustache")), as: UTF8.self) + " ")
        #expect(try TemplateSet(folder: dir.url).compiled.templates["partials/nav"] == nil)
    }

    /// A page whose partial a `--templates` folder replaced is rendered by the library, with that partial.
    @Test func anOverriddenPartialIsNotCompiled() throws {
        let dir = TempDir()
        dir.write("partials/nav.mustache", "<nav class=\"mine\"></nav>\n")
        let set = try TemplateSet(folder: dir.url)
        #expect(set.compiled.templates["partials/nav"] == nil)
        #expect(set.compiled.templates["base"] != nil)
        let html = set.render("404", PageContextStub.minimal)
        #expect(html.contains("<nav class=\"mine\"></nav>"))
    }
}

enum PageContextStub {
    static var minimal: [String: Any] { ["root": "./", "site_title": "ملف", "page_title": "غير موجود",
                                         "full_title": "غير موجود | ملف", "description": "", "home_link": "./",
                                         "nav": [[String: Any]](), "breadcrumbs": [[String: Any]]()] }
}
