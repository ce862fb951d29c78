import Foundation
import Mustache
import Testing
@testable import Sitegen
import TestSupport

/// The flat layout of compiled templates (`TemplateProgram`) renders what swift-mustache renders: random
/// templates of every construct the compiled renderer takes (text lines, escaped and raw names, sections
/// and inverted sections over lists, booleans and strings, `empty(…)`, partials standalone and inline with
/// their indentation, parents with blocks overridden or not, a parent inheriting from another, nested through partials).
@Suite struct TemplateProgramTests {
    struct Maker {
        var rng: SplitMix64
        /// Names printed by `{{…}}` (a list printed is the library's job: the compiled renderer returns nil).
        let names = ["x", "y", "flag", "missing", "n", "x", "y"]

        mutating func pick<T>(_ a: [T]) -> T { a.randomElement(using: &rng)! }

        mutating func indent() -> String { pick(["", "", "  ", "    ", "\t", " "]) }

        /// Lines of a template body, `depth` levels of sections at most.
        mutating func body(depth: Int, partials: [String], blocks: Bool) -> String {
            var s = ""
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                switch Int.random(in: 0..<(depth > 0 ? 10 : 6), using: &rng) {
                case 0: s += indent() + pick(["<p>", "نص ", "a & b", ""]) + "{{" + pick(names) + "}}" + pick(["", " tail", "</p>"]) + "\n"
                case 1: s += indent() + "{{{" + pick(names) + "}}}" + pick(["", "{{&x}}", " "]) + pick(["\n", ""])
                case 2: s += indent() + pick(["plain text", "", "<div>", "</div>"]) + "\n"
                case 3 where !partials.isEmpty: s += indent() + "{{>" + pick(partials) + "}}" + pick(["\n", " after\n", ""])
                case 4 where blocks: s += indent() + "{{$b" + String(Int.random(in: 1...2, using: &rng)) + "}}" + pick(["default\n", "\n  d {{x}}\n", ""])
                    s += indent() + "{{/" + (s.components(separatedBy: "{{$").last!.prefix(2)) + "}}\n"
                case 5: s += indent() + pick(["{{#empty(tags)}}e{{/empty(tags)}}", "{{^empty(items)}}ne{{/empty(items)}}", "{{#n}}[{{.}}]{{/n}}"]) + pick(["\n", ""])
                default:
                    guard depth > 0 else { continue }
                    let name = pick(["items", "tags", "flag", "none", "missing", "x", "items"])
                    let open = pick(["#", "#", "^"])
                    s += indent() + "{{" + open + name + "}}" + pick(["\n", ""])
                    s += body(depth: depth - 1, partials: partials, blocks: false)
                    s += indent() + "{{/" + name + "}}" + pick(["\n", ""])
                }
            }
            return s
        }

        mutating func templates() -> [String: String] {
            var t: [String: String] = [:]
            t["leaf"] = body(depth: 2, partials: [], blocks: false)
            t["mid"] = body(depth: 2, partials: ["leaf"], blocks: false) + indent() + "{{>leaf}}\n"
            t["inner"] = body(depth: 1, partials: ["leaf"], blocks: false) + indent() + "{{$b1}}inner one{{/b1}}\n"
                + indent() + "{{$b2}}\n" + indent() + "inner two {{y}}\n{{/b2}}\n"
            t["parent"] = body(depth: 1, partials: ["leaf", "mid"], blocks: true)
                + indent() + "{{$b1}}\n" + indent() + "default one {{x}}\n{{/b1}}\n" + indent() + "{{>mid}}\n"
            // a parent inheriting in turn: the blocks the page gives win over the parent's own (outer ones first)
            t["parent"]! += indent() + "{{<inner}}\n" + pick(["{{$b1}}\nparent one\n{{/b1}}\n", "", "{{$b2}}parent two{{/b2}}\n"])
                + pick(["", "{{$b1}}\n" + indent() + "parent's b1 {{x}}\n{{/b1}}\n"]) + "{{/inner}}\n"
            var page = body(depth: 2, partials: ["leaf", "mid"], blocks: false)
            page += indent() + "{{<parent}}\n"
            if Bool.random(using: &rng) { page += "{{$b1}}\n" + body(depth: 1, partials: ["leaf"], blocks: false) + "{{/b1}}\n" }
            if Bool.random(using: &rng) { page += "{{$b2}}" + pick(["inline {{x}}", "\nlines\n  {{>leaf}}\n"]) + "{{/b2}}\n" }
            page += "{{/parent}}\n" + body(depth: 2, partials: ["mid"], blocks: false)
            t["page"] = page
            return t
        }

        mutating func context() -> [String: Any] {
            var c: [String: Any] = ["x": pick(["<a \"b\">", "", "ن & م"]), "flag": Bool.random(using: &rng), "none": [String](), "n": 7]
            if Bool.random(using: &rng) { c["y"] = "y'" }
            c["tags"] = Bool.random(using: &rng) ? ["t<1>", "t2"] : [String]()
            c["items"] = (0..<Int.random(in: 0...3, using: &rng)).map { i -> [String: Any] in
                i % 2 == 0 ? ["x": "i\(i)", "flag": i == 0] : ["y": "j\(i)", "tags": ["k"]]
            }
            return c
        }
    }

    /// The templates registered with the library and compiled, or nil when either refuses one.
    static func compiled(_ texts: [String: String]) -> (MustacheLibrary, [String: [TemplateNode]])? {
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        for (name, text) in texts {
            guard (try? library.register(TemplateSet.escapingPragma + text, named: name)) != nil,
                  let nodes = try? CompiledTemplate.parse(TemplateSet.escapingPragma + text) else { return nil }
            compiled[name] = nodes
        }
        return (library, compiled)
    }

    @Test func randomTemplatesRenderAsInTheLibrary() throws {
        var maker = Maker(rng: SplitMix64(seed: 0x7E3A_1E45_0000_0001))
        var compared = 0, fellBack = 0
        for _ in 0..<400 {
            let texts = maker.templates()
            guard let (library, compiled) = Self.compiled(texts) else { continue }
            let renderer = CompiledRenderer(templates: compiled)
            for _ in 0..<3 {
                let context = maker.context()
                // nil: a value the compiled renderer leaves to the library (a list printed where an item has no `x`)
                guard let viaCompiled = renderer.render("page", context) else { fellBack += 1; continue }
                #expect(viaCompiled == library.render(context, withTemplate: "page"), "\(texts)")
                compared += 1
            }
        }
        #expect(compared > 500, "\(compared) compared, \(fellBack) left to the library")
    }

    /// Text nodes that follow one another are one operation (`TemplateProgram.emit`), cut at its newlines again under
    /// a partial's indentation (`RenderState.appendIndented`): the same bytes as the layout of one operation a node
    /// (kept: `joinsText: false`) and as the library, on seeded random templates with indented partials.
    @Test func joinedTextRendersAsTextNodeByNode() throws {
        var maker = Maker(rng: SplitMix64(seed: 0x5E55_1045_7E47_0002))
        var compared = 0, joined = 0, indented = 0
        for _ in 0..<400 {
            let texts = maker.templates()
            guard let (library, compiled) = Self.compiled(texts) else { continue }
            let renderer = CompiledRenderer(templates: compiled)
            let nodeByNode = CompiledRenderer(templates: compiled, joinsText: false)
            if renderer.program.ops.count < nodeByNode.program.ops.count { joined += 1 }
            if texts.values.contains(where: { $0.contains("  {{>") || $0.contains("\t{{>") }) { indented += 1 }
            for _ in 0..<3 {
                let context = maker.context()
                let viaJoined = renderer.render("page", context)
                #expect(viaJoined == nodeByNode.render("page", context), "\(texts)")
                guard let viaJoined else { continue }
                #expect(viaJoined == library.render(context, withTemplate: "page"), "\(texts)")
                compared += 1
            }
        }
        #expect(compared > 500 && joined > 300 && indented > 100, "\(compared) compared, \(joined) joined, \(indented) indented")
    }

    /// Sections' bodies end where their operations say, partials and parents are resolved to their entries.
    @Test func sectionsAndPartialsAreLaidOutFlat() throws {
        let compiled: [String: [TemplateNode]] = [
            "a": try CompiledTemplate.parse("{{#s}}x{{y}}{{/s}}z{{>b}}"),
            "b": try CompiledTemplate.parse("{{>missing}}"),
        ]
        let program = TemplateProgram(templates: compiled)
        let a = program.entries[Int(program.templateIndex["a"]!)]
        let ops = Array(program.ops[Int(a.lowerBound)..<Int(a.upperBound)])
        #expect(ops.count == 5)
        guard case .section(_, false, false, let end) = ops[0] else { Issue.record("\(ops)"); return }
        #expect(end == a.lowerBound + 3)
        guard case .partial(let b, -1, -1, _) = ops[4] else { Issue.record("\(ops)"); return }
        #expect(b == program.templateIndex["b"]!)
        let bOps = program.entries[Int(b)]
        guard case .partial(-1, _, _, _) = program.ops[Int(bOps.lowerBound)] else { Issue.record("\(program.ops)"); return }
        #expect(CompiledRenderer(templates: compiled).render("a", ["s": true, "y": "1"]) == nil)  // a partial not compiled
    }
}
