import Foundation
import Testing
import TestSupport
@testable import Sitegen

/// `CompiledTemplate.parse` reads a template's Characters classed once as bytes (`TemplateCharacters`): the same nodes,
/// or the same refusal, as the parser on `[Character]` it replaces (`CharacterTemplateParser`), on the built-in
/// templates and on random ones full of tags, white space, line ends and combining marks next to them.
@Suite struct CompiledTemplateParserTests {
    /// Both parsers' answers, as `CompiledTemplateStore` encodes nodes (nil: refused).
    private static func both(_ text: String) -> (new: [UInt8]?, old: [UInt8]?) {
        func encoded(_ nodes: [TemplateNode]?) -> [UInt8]? {
            guard let nodes else { return nil }
            var w = BinaryWriter()
            CompiledTemplateStore.encode(nodes, &w)
            return w.bytes
        }
        return (encoded(try? CompiledTemplate.parse(text)), encoded(try? CharacterTemplateParser.parse(text)))
    }

    @Test func builtinTemplatesParseAsBefore() throws {
        let files = FileManager.default.enumerator(at: Repo.templates, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "mustache" }
        #expect(files.count > 15)
        for file in files {
            let text = TemplateSet.escapingPragma + String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let (new, old) = Self.both(text)
            #expect(new != nil, "\(file.lastPathComponent)")
            #expect(new == old, "\(file.lastPathComponent)")
        }
    }

    private static let pieces = [
        "{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{#empty(a)}}", "{{/empty(a)}}", "{{^empty(b)}}", "{{/empty(b)}}",
        "{{/b}}", "{{x}}", "{{ x }}", "{{{y}}}", "{{&y}}", "{{.}}", "{{>p}}", "{{> p/q }}", "{{>*p}}", "{{<p}}", "{{/p}}",
        "{{$b}}", "{{$c}}", "{{/c}}", "{{!c}}", "{{=<% %>=}}", "{{%CONTENT_TYPE: SITEGEN_HTML}}", "{{% CONTENT_TYPE: X}}", "{{x.y}}",
        "{{a-b_c}}", "{{a?}}", "{{empty(.)}}", " ", " ", "  ", "\t", "\n", "\n", "\n", "\r\n", "\r", "\u{B}", "\u{C}", "\u{85}",
        "\u{2028}", "\u{301}", "\u{200D}", "\u{600}", "\u{A0}", "\u{3000}", "ا", "عنوان", "x", "<p>", "</p>", "{", "}", "#", "/", "^",
        "&", ">", "<", "$", "%", "!", "=", "*", ".", "(", ")", "e\u{301}", "👍🏽", "\u{0}",
    ]

    @Test func randomTemplatesParseAsBefore() {
        var r = SeededRandom(seed: 4_402)
        var parsed = 0, refused = 0
        for _ in 0..<20_000 {
            var text = r.text(of: Self.pieces, maxPieces: 30)
            if r.below(3) == 0 { text = TemplateSet.escapingPragma + text }
            let (new, old) = Self.both(text)
            #expect(new == old, "\(text.debugDescription)")
            if new != nil { parsed += 1 } else { refused += 1 }
        }
        // (both kinds of answer must be compared many times)
        #expect(parsed > 500 && refused > 2_000, "\(parsed) \(refused)")
    }

    /// White space, line ends and marks where the parser tells Characters apart: other white space inside tags (skipped
    /// as the Character parser skips it), a combining mark after a space or brace, a Prepend before a brace, CR LF.
    @Test func charactersNextToTagsParseAsBefore() {
        let parsed = ["{{\u{A0}x\u{3000}}}", "{{>\u{2003}p}}", "{{#\u{A0}s}}x{{/s}}", "{{ \u{301}x}}", "{{&\u{2003}y}}",
                      "{{<\u{A0}p}}{{/p}}"]
        for text in parsed {
            let (new, old) = Self.both(text)
            #expect(new != nil && new == old, "\(text.debugDescription)")
        }
        for text in [" \u{301}{{x}}\n", "{\u{301}{x}}", "\u{600}{{x}}", "{{x}\u{301}}", "a\r\nb", "a\u{2028}b", "a\rb",
                     "  {{>p}}\u{301}\n", "\t\u{301}{{#s}}\n{{/s}}", "{{%CONTENT_TYPE: SITEGEN_HTML\u{A0}}}\n", "x\u{B}y", "\u{C}", "{{&\u{85}y}}"] {
            let (new, old) = Self.both(text)
            #expect(new == old, "\(text.debugDescription)")
        }
    }

    /// Templates built from well-formed sections, partials and blocks (random pieces rarely nest): most parse.
    @Test func randomNestedTemplatesParseAsBefore() {
        var r = SeededRandom(seed: 4_403)
        let fillers = [" ", "  ", "\t", "\n", "\n  ", "x", "عنوان", "{{v}}", "{{{w}}}", " \u{301}", "{\u{301}{v}}", "\u{600}{{v}}",
                       "{{>p}}", "  {{>q}}\n", "{{.}}", "\u{A0}"]
        func fill(_ depth: Int) -> String {
            var s = ""
            for _ in 0..<r.below(6) {
                switch depth < 3 ? r.below(8) : 7 {
                case 0: s += "{{#s\(depth)}}" + (r.below(2) == 0 ? "\n" : "") + fill(depth + 1) + "{{/s\(depth)}}"
                case 1: s += "  {{^empty(e\(depth))}}\n" + fill(depth + 1) + "\n  {{/empty(e\(depth))}}\n"
                case 2: s += "{{<p}}\n  {{$b}}\n" + fill(depth + 1) + "\n  {{/b}}\n{{/p}}\n"
                case 3: s += "{{$k}}" + fill(depth + 1) + "{{/k}}"
                default: s += fillers[r.below(fillers.count)]
                }
            }
            return s
        }
        var parsed = 0
        for _ in 0..<5_000 {
            let text = TemplateSet.escapingPragma + fill(0)
            let (new, old) = Self.both(text)
            #expect(new == old, "\(text.debugDescription)")
            if new != nil { parsed += 1 }
        }
        #expect(parsed > 2_500, "\(parsed)")
    }
}
