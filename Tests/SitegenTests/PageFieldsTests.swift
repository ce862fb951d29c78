import Foundation
import Mustache
import Testing
@testable import Sitegen
import TestSupport

/// Typed page contexts (`PageFields`): the compiled renderer reads them as swift-mustache reads the same
/// context as a dictionary, and the typed makers give the dictionaries their `[String: Any]` twins give.
@Suite struct PageFieldsTests {
    @Test func everyFieldHasABit() {
        #expect(Field.allCases.count <= 128)
        var seen: Set<String> = []
        for f in Field.allCases {
            let (l, h) = f.bit
            #expect(l.nonzeroBitCount + h.nonzeroBitCount == 1)
            #expect(seen.insert("\(l),\(h)").inserted)
        }
    }

    @Test func fieldsAreSetReplacedAndRemoved() {
        var f: PageFields = [.title: "أ", .count: 2]
        #expect(f.count == 2)
        f[.title] = "ب"
        f[.pages] = .list([])
        #expect(f.count == 3)
        guard case .string("ب")? = f[.title] else { Issue.record("title not replaced"); return }
        f[.count] = nil
        #expect(f[.count] == nil)
        #expect(!f.has(.count))
        #expect(f.count == 2)
        f.merge([.title: "ج", .current: true])
        guard case .string("ج")? = f[.title], case .bool(true)? = f[.current] else { Issue.record("merge"); return }
        #expect(f[.name] == nil)
        #expect(f.dictionary["title"] as? String == "ج")
        #expect((f.dictionary["pages"] as? [[String: Any]])?.isEmpty == true)
    }

    /// Fields kept in field order (a look-up counts the fields before it) set, replaced, removed and merged as a
    /// dictionary of them would be: random operations on random fields, every field asked after each.
    @Test func fieldsInFieldOrderActAsADictionary() {
        var r = SeededRandom(seed: 2026)
        let all = Field.allCases
        for _ in 0..<300 {
            var f = PageFields(), model: [Field: Int] = [:]
            for _ in 0..<(1 + r.below(40)) {
                let field = all[r.below(all.count)], v = r.below(1_000)
                switch r.below(4) {
                case 0, 1:
                    f[field] = .int(v); model[field] = v
                case 2:
                    f[field] = nil; model[field] = nil
                default:
                    var other = PageFields()
                    for _ in 0..<r.below(12) {
                        let g = all[r.below(all.count)], w = r.below(1_000)
                        other[g] = .int(w)
                        model[g] = w
                    }
                    f.merge(other)
                }
                #expect(f.count == model.count)
                for field in all {
                    let got: Int? = { if case .int(let n)? = f[field] { return n } else { return nil } }()
                    #expect(got == model[field], "\(field)")
                    #expect(f.has(field) == (model[field] != nil))
                }
                #expect(f.entries.map(\.field.index) == f.entries.map(\.field.index).sorted())
            }
        }
    }

    static let templates: [String: String] = [
        "page": "{{<frame}}\n{{$main}}\n  <p>{{name}} & {{{body}}} {{rows}}</p>\n    {{#tags}}<i>{{.}}</i>{{/tags}}{{^tags}}no tags{{/tags}}\n{{/main}}\n{{/frame}}\n",
        "frame": "<html>\n  {{>partials/list}}\n<b>{{$main}}default{{/main}}</b>\n{{^empty(items)}}\n<ul>\n{{#items}}\n  <li>{{title}}{{#current}} ✓{{/current}}{{^current}} ✗{{/current}} {{count}} {{name}}{{#pager}}{{page}}{{/pager}}</li>\n{{/items}}\n</ul>\n{{/empty(items)}}\n{{^continuation}}none{{/continuation}}{{#empty(pages)}}empty{{/empty(pages)}}{{#pager}}[{{label}} {{page}} {{title}}]{{/pager}}{{^pager}}no pager{{/pager}}{{#date}}({{.}}){{/date}}\n</html>",
        "partials/list": "<ol>\n{{#items}}\n<li>{{title}}</li>\n{{/items}}\n</ol>\n",
    ]

    /// `templates` registered with swift-mustache and compiled, as `TemplateSet` does.
    static func libraryAndRenderer(_ templates: [String: String]) throws -> (MustacheLibrary, CompiledRenderer) {
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        for (name, text) in templates {
            try library.register(TemplateSet.escapingPragma + text, named: name)
            compiled[name] = try CompiledTemplate.parse(TemplateSet.escapingPragma + text)
        }
        return (library, CompiledRenderer(templates: compiled))
    }

    /// Whitespace, scopes (names not found in a typed frame are looked for further out), lists of strings and of
    /// contexts, booleans, numbers and `empty`: the typed context renders as its dictionary does in the library.
    @Test func aTypedContextRendersAsItsDictionaryInTheLibrary() throws {
        let (library, renderer) = try Self.libraryAndRenderer(Self.templates)
        let contexts: [PageFields] = [
            [.name: "<a \"b\" 'c'>", .body: "<em>", .tags: .strings(["x&y", "z"]), .pages: .list([]), .date: "٥ يناير",
             .items: .list([[.title: "أ", .current: true, .count: 3], [.title: "ب", .current: false, .count: 0, .name: "inner"]]),
             .pager: .fields([.label: "ص", .page: 2])],
            [.name: "", .items: .list([]), .tags: .strings([]), .continuation: true, .pages: .list([[.number: 1]]), .pager: false],
        ]
        for context in contexts {
            let viaLibrary = library.render(context.dictionary, withTemplate: "page")
            let viaCompiled = renderer.renderBytes("page", fields: context).map { String(decoding: $0, as: UTF8.self) }
            #expect(viaCompiled != nil)
            #expect(viaCompiled == viaLibrary)
        }
        // typed parts inside a dictionary context (an entity's events section on a page of its own)
        let item: PageFields = [.title: "د", .current: true], pager: PageFields = [.label: "ل", .page: 1]
        let mixed: [String: Any] = ["name": "x", "items": [item], "pager": pager]
        let viaCompiled = renderer.render("page", mixed)
        #expect(viaCompiled != nil)
        #expect(viaCompiled == library.render(PageFields.plain(mixed), withTemplate: "page"))
    }

    /// A page whose partial a theme replaced goes to the library with the typed context as a dictionary.
    @Test func aThemesTemplateGetsTheTypedContextFromTheLibrary() throws {
        let dir = TempDir()
        dir.write("partials/nav.mustache", "<nav class=\"mine\">{{#nav}}<a href=\"{{href}}\">{{title}}</a>{{/nav}}</nav>\n")
        let set = try TemplateSet(folder: dir.url)
        #expect(set.compiled.templates["partials/nav"] == nil)
        var fields = PageFields()
        for (k, v) in PageContextStub.minimal where k != "nav" && k != "breadcrumbs" {
            fields[Field(rawValue: k)!] = .string(v as! String)
        }
        fields[.nav] = .list([[.title: "الرئيسية", .href: "index.html"]])
        fields[.breadcrumbs] = .list([])
        let html = String(decoding: set.renderBytes("404", fields: fields), as: UTF8.self)
        #expect(html.contains("<nav class=\"mine\"><a href=\"index.html\">الرئيسية</a></nav>"))
        #expect(html == set.renderWithLibrary("404", fields.dictionary))
    }

    static func fingerprint(_ d: [String: Any]) -> ContentHash {
        ContextFingerprint.hash(template: "t", context: d, seed: ContentHasher().finalize())
    }

    /// The typed base context is the dictionary one, with and without a base URL, on home and deeper pages.
    @Test func theTypedBaseContextIsTheDictionaryOne() {
        for base in [nil, "https://example.org:8080/ملف/"] {
            let site = PublishFixture.site(baseURL: base)
            let sections = PageContext.sections(for: site, available: ["home", "people", "articles", "search"])
            let navigation = PageContext.NavigationLinks()
            // (pages of one depth and section share the parts made once: home and "people" are both at depth 0)
            for path in [SitePath.home, SitePath("articles/x"), SitePath("entities/a/page/2"), SitePath("people"), SitePath("articles/y")] {
                for crumbs in [[], [("المقالات", SitePath("articles")), ("س", SitePath("entities/a"))]] {
                    let d = PageContext.make(site: site, path: path, title: "عنوان", description: path == .home ? nil : "وصف",
                                             section: "articles", crumbs: crumbs, sections: sections, navigation: navigation)
                    let f = PageContext.fields(site: site, path: path, title: "عنوان", description: path == .home ? nil : "وصف",
                                               section: "articles", crumbs: crumbs, sections: sections, navigation: navigation)
                    #expect(d.count == f.count)
                    #expect(Self.fingerprint(d) == Self.fingerprint(f.dictionary))
                }
            }
        }
    }

    /// Entity, event and article links and snippets: typed and dictionary makers agree.
    @Test func typedLinksAreTheDictionaryOnes() {
        let site = PublishFixture.site()
        let path = SitePath("entities/iraq")
        for e in site.corpus.entities.indices {
            #expect(Self.fingerprint(site.entityLink(e, from: path)) == Self.fingerprint(site.entityFields(e, from: path).dictionary))
        }
        for i in site.corpus.events.indices {
            #expect(Self.fingerprint(site.eventLink(i, from: path)) == Self.fingerprint(site.eventFields(i, from: path).dictionary))
        }
        for a in site.articles.indices {
            for block in [nil, 0, 1] {
                #expect(Self.fingerprint(site.articleLink(a, from: path, block: block))
                        == Self.fingerprint(site.articleFields(a, from: path, block: block).dictionary))
                let href = block.map { site.link(from: path, article: a, block: $0) } ?? path.link(to: site.articlePaths[a])
                #expect(Self.fingerprint(site.articleFields(a, from: path, block: block).dictionary)
                        == Self.fingerprint(site.articleFields(a, from: path, href: href, room: 1).dictionary))
            }
        }
    }
}
