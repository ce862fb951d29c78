import Foundation
@testable import Sitegen

/// `CompiledTemplate.parse` as it was until session 44: the same steps on the template's `Character`s (the parser now
/// reads its bytes, each Character classed once: `TemplateCharacters`). Kept for `CompiledTemplateParserTests`, which
/// compares the two on the built-in templates and on random ones.
enum CharacterTemplateParser {
    typealias Unsupported = CompiledTemplate.Unsupported

    /// Parses `text` (the pragma line included, as registered with the library).
    static func parse(_ text: String) throws(Unsupported) -> [TemplateNode] {
        let chars = Array(text)
        // Other line ends ("\r\n", U+2028 …) are told apart differently in places by the library.
        guard !chars.contains(where: { $0.isNewline && $0 != "\n" }) else { throw Unsupported() }
        var parser = CharacterReader(chars)
        return try parse(&parser, state: ParserState())
    }

    /// (The same state as the byte parser's: the indentation of a partial definition's first line kept as a count.)
    typealias ParserState = CompiledTemplate.ParserState

    private static func text(_ chars: [Character]) -> TemplateNode { .text(Array(String(chars).utf8)) }

    private static func parse(_ parser: inout CharacterReader, state initial: ParserState) throws(Unsupported) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore: [Character] = []
        while !parser.reachedEnd {
            if state.newLine {
                let whiteSpace = parser.read { $0 == " " || $0 == "\t" }
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = Array(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = parser.readUntilTagOrNewline()
            if parser.current == "\n" {
                nodes.append(Self.text(whiteSpaceBefore + text + ["\n"]))
                state.newLine = true
                parser.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(Self.text(whiteSpaceBefore + text))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if parser.reachedEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(Self.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
            }
            switch parser.current {
            case "#", "^":
                let inverted = parser.current == "^"
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                if isStandalone(&parser, state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(name: TemplateName(name), empty: !transforms.isEmpty, inverted: inverted, body: body))
            case "/":
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Unsupported() }
                if !isStandalone(&parser, state) { flushWhiteSpace() }
                return nodes
            case "{", "&":
                let triple = parser.current == "{"
                flushWhiteSpace()
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                if triple { guard parser.current == "}" else { throw Unsupported() }; parser.advance() }
                nodes.append(.variable(name: TemplateName(name), escaped: false, empty: !transforms.isEmpty))
            case ">":
                parser.advance()
                _ = parser.read { $0.isWhitespace }
                guard parser.current != "*" else { throw Unsupported() }
                let name = try parsePartialName(&parser)
                if !whiteSpaceBefore.isEmpty { nodes.append(Self.text(whiteSpaceBefore)) }
                if isStandalone(&parser, state) {
                    setNewLine = true
                    nodes.append(.partial(name: name, indentation: String(whiteSpaceBefore), inherits: nil))
                } else {
                    nodes.append(.partial(name: name, indentation: nil, inherits: nil))
                }
                whiteSpaceBefore = []
            case "<":
                parser.advance()
                _ = parser.read { $0.isWhitespace }
                let name = try parsePartialName(&parser)
                guard name.first != "*" else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { nodes.append(Self.text(whiteSpaceBefore)) }
                if isStandalone(&parser, state) { setNewLine = true }
                let body = try parse(&parser, state: state.withInheritancePartial(name))
                var inherits: [String: [TemplateNode]] = [:]
                for node in body {
                    switch node {
                    case .blockDefinition(let block, let nodes): inherits[block] = nodes
                    case .text: break
                    default: throw Unsupported()
                    }
                }
                nodes.append(.partial(name: name, indentation: String(whiteSpaceBefore), inherits: inherits))
                whiteSpaceBefore = []
            case "$":
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                guard transforms.isEmpty else { throw Unsupported() }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(&parser, state) { setNewLine = true }
                    let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(Self.text(whiteSpaceBefore)) }
                    if isStandalone(&parser, state) { setNewLine = true }
                    let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockExpansion(name: name, body: body, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
            case "%":
                // The content-type pragma: every template escapes with `Escape.markup` (TemplateSet).
                parser.advance()
                let tag = parser.read { $0 != "}" }
                guard String(tag).trimmingCharacters(in: .whitespaces) == "CONTENT_TYPE: SITEGEN_HTML",
                      parser.readString("}}") else { throw Unsupported() }
                setNewLine = isStandalone(&parser, state)
            default:
                // comments, delimiter changes and dynamic names are not used by the built-in theme
                guard parser.current != "!", parser.current != "=" else { throw Unsupported() }
                flushWhiteSpace()
                let (name, transforms) = try parseName(&parser)
                nodes.append(.variable(name: TemplateName(name), escaped: true, empty: !transforms.isEmpty))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return nodes
    }

    private static func isStandalone(_ parser: inout CharacterReader, _ state: ParserState) -> Bool {
        guard state.newLine else { return false }
        if parser.reachedEnd { return true }
        var probe = parser
        _ = probe.read { $0 == " " || $0 == "\t" }
        guard probe.current == "\n" else { return false }
        probe.advance()
        parser = probe
        return true
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")

    /// A name and its transforms; only plain names, `.` and `empty(name)` are accepted.
    private static func parseName(_ parser: inout CharacterReader) throws(Unsupported) -> (String, [String]) {
        _ = parser.read { $0.isWhitespace }
        let text = String(parser.read { nameCharacters.contains($0) })
        _ = parser.read { $0.isWhitespace }
        guard parser.readString("}}") else { throw Unsupported() }
        if text.hasPrefix("empty("), text.hasSuffix(")") {
            let inner = String(text.dropFirst(6).dropLast())
            guard isPlainName(inner) else { throw Unsupported() }
            return (inner, ["empty"])
        }
        guard isPlainName(text) else { throw Unsupported() }
        return (text, [])
    }

    private static func isPlainName(_ name: String) -> Bool {
        name == "." || (!name.isEmpty && !name.contains { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-")) })
    }

    private static func parsePartialName(_ parser: inout CharacterReader) throws(Unsupported) -> String {
        let chars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
        _ = parser.read { $0.isWhitespace }
        let name = String(parser.read { chars.contains($0) })
        _ = parser.read { $0.isWhitespace }
        guard parser.readString("}}") else { throw Unsupported() }
        return name
    }
}

/// Reads a template's Characters (as swift-mustache does, so that "\r\n" and combining marks group
/// the same way; a template with a newline other than "\n" is refused by `TemplateSet`).
struct CharacterReader {
    let chars: [Character]
    var position = 0

    init(_ chars: [Character]) { self.chars = chars }

    var reachedEnd: Bool { position == chars.count }
    var current: Character { reachedEnd ? "\0" : chars[position] }
    mutating func advance() { position += 1 }

    mutating func read(while keep: (Character) -> Bool) -> [Character] {
        let start = position
        while position < chars.count && keep(chars[position]) { position += 1 }
        return Array(chars[start..<position])
    }

    mutating func readString(_ s: String) -> Bool {
        let wanted = Array(s)
        guard position + wanted.count <= chars.count, Array(chars[position..<position + wanted.count]) == wanted else { return false }
        position += wanted.count
        return true
    }

    /// Text up to a newline (left unread) or past the next "{{".
    mutating func readUntilTagOrNewline() -> [Character] {
        var text: [Character] = []
        while !reachedEnd {
            let c = chars[position]
            if c == "\n" { break }
            if c == "{" {
                if readString("{{") { break }
                text.append(c)
                position += 1
                continue
            }
            text.append(c)
            position += 1
        }
        return text
    }
}
