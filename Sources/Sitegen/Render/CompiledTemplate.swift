/// A Mustache template parsed once into nodes that `CompiledRenderer` walks without the library's
/// dynamic lookups. Only the built-in theme's templates are compiled (`TemplateSet` decides): the
/// parser below follows swift-mustache's parser (`Template+Parser.swift`) step by step — standalone
/// lines, the whitespace before tags, partial indentation, inheritance blocks — for the subset of
/// Mustache those templates use, and refuses anything else (`CompiledTemplate.Unsupported`), so a
/// template it cannot reproduce byte for byte is rendered by the library as before.
/// `CompiledTemplateTests` renders every built-in page template both ways and compares the bytes.
indirect enum TemplateNode {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`; `empty` is the `empty(name)` transform.
    case variable(name: TemplateName, escaped: Bool, empty: Bool)
    case section(name: TemplateName, empty: Bool, inverted: Bool, body: [TemplateNode])
    /// `{{$name}}default{{/name}}` in a template that a child may override.
    case blockExpansion(name: String, body: [TemplateNode], indentation: String)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
    case partial(name: String, indentation: String?, inherits: [String: [TemplateNode]]?)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: only collected into the partial's `inherits`.
    case blockDefinition(name: String, body: [TemplateNode])
}

/// A name a template looks up, with its `Field` (for typed contexts) found once, when it is compiled.
struct TemplateName {
    let text: String
    /// nil: no typed context holds the name.
    let field: Field?
    let isDot: Bool

    init(_ text: String) {
        self.text = text
        field = Field(rawValue: text)
        isDot = text == "."
    }
}

enum CompiledTemplate {
    struct Unsupported: Error {}

    /// Parses `text` (the pragma line included, as registered with the library).
    static func parse(_ text: String) throws(Unsupported) -> [TemplateNode] {
        // Other line ends ("\r\n", U+2028 …) are told apart differently in places by the library.
        guard var parser = TemplateCharacters(text) else { throw Unsupported() }
        return try parse(&parser, state: ParserState())
    }

    struct ParserState {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        /// The number of white space characters before the first line of a partial definition's body.
        var partialDefinitionIndent: Int?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> ParserState {
            var s = self
            s.sectionName = name
            s.sectionTransforms = transforms
            s.isPartialDefinitionTopLevel = false
            if !newLine { s.newLine = false }
            return s
        }

        func withInheritancePartial(_ name: String) -> ParserState {
            var s = self
            s.sectionName = name
            s.sectionTransforms = []
            s.newLine = true
            s.isPartialDefinition = true
            s.isPartialDefinitionTopLevel = true
            return s
        }
    }

    private static let newline = UInt8(ascii: "\n")

    private static func parse(_ parser: inout TemplateCharacters, state initial: ParserState) throws(Unsupported) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        // (only " " and "\t" characters: their bytes)
        var whiteSpaceBefore: [UInt8] = []
        while !parser.reachedEnd {
            if state.newLine {
                let whiteSpace = parser.bytes(parser.read { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
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
            if parser.current == newline {
                nodes.append(.text(whiteSpaceBefore + parser.bytes(text) + [newline]))
                state.newLine = true
                parser.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + parser.bytes(text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if parser.reachedEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
            }
            switch parser.current {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = parser.current == UInt8(ascii: "^")
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                if isStandalone(&parser, state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(name: TemplateName(name), empty: !transforms.isEmpty, inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Unsupported() }
                if !isStandalone(&parser, state) { flushWhiteSpace() }
                return nodes
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = parser.current == UInt8(ascii: "{")
                flushWhiteSpace()
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                if triple { guard parser.current == UInt8(ascii: "}") else { throw Unsupported() }; parser.advance() }
                nodes.append(.variable(name: TemplateName(name), escaped: false, empty: !transforms.isEmpty))
            case UInt8(ascii: ">"):
                parser.advance()
                _ = parser.read(while: TemplateCharacters.isWhiteSpace)
                guard parser.current != UInt8(ascii: "*") else { throw Unsupported() }
                let name = try parsePartialName(&parser)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(&parser, state) {
                    setNewLine = true
                    nodes.append(.partial(name: name, indentation: String(decoding: whiteSpaceBefore, as: UTF8.self), inherits: nil))
                } else {
                    nodes.append(.partial(name: name, indentation: nil, inherits: nil))
                }
                whiteSpaceBefore = []
            case UInt8(ascii: "<"):
                parser.advance()
                _ = parser.read(while: TemplateCharacters.isWhiteSpace)
                let name = try parsePartialName(&parser)
                guard name.first != "*" else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
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
                nodes.append(.partial(name: name, indentation: String(decoding: whiteSpaceBefore, as: UTF8.self), inherits: inherits))
                whiteSpaceBefore = []
            case UInt8(ascii: "$"):
                parser.advance()
                let (name, transforms) = try parseName(&parser)
                guard transforms.isEmpty else { throw Unsupported() }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(&parser, state) { setNewLine = true }
                    let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(&parser, state) { setNewLine = true }
                    let body = try parse(&parser, state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockExpansion(name: name, body: body, indentation: String(decoding: whiteSpaceBefore, as: UTF8.self)))
                    whiteSpaceBefore = []
                }
            case UInt8(ascii: "%"):
                // The content-type pragma: every template escapes with `Escape.markup` (TemplateSet).
                parser.advance()
                let tag = parser.string(parser.read { $0 != UInt8(ascii: "}") })
                guard tag.trimmingCharacters(in: .whitespaces) == "CONTENT_TYPE: SITEGEN_HTML",
                      parser.readBraces() else { throw Unsupported() }
                setNewLine = isStandalone(&parser, state)
            default:
                // comments, delimiter changes and dynamic names are not used by the built-in theme
                guard parser.current != UInt8(ascii: "!"), parser.current != UInt8(ascii: "=") else { throw Unsupported() }
                flushWhiteSpace()
                let (name, transforms) = try parseName(&parser)
                nodes.append(.variable(name: TemplateName(name), escaped: true, empty: !transforms.isEmpty))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return nodes
    }

    private static func isStandalone(_ parser: inout TemplateCharacters, _ state: ParserState) -> Bool {
        guard state.newLine else { return false }
        if parser.reachedEnd { return true }
        var probe = parser.position
        while probe < parser.codes.count, parser.codes[probe] == UInt8(ascii: " ") || parser.codes[probe] == UInt8(ascii: "\t") { probe += 1 }
        guard probe < parser.codes.count, parser.codes[probe] == newline else { return false }
        parser.position = probe + 1
        return true
    }

    /// `0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*`, and `/` when `slash`.
    @inline(__always)
    private static func isNameCharacter(_ c: UInt8, slash: Bool) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"):
            return true
        case UInt8(ascii: "/"):
            return slash
        default:
            return false
        }
    }

    /// A name and its transforms; only plain names, `.` and `empty(name)` are accepted.
    private static func parseName(_ parser: inout TemplateCharacters) throws(Unsupported) -> (String, [String]) {
        _ = parser.read(while: TemplateCharacters.isWhiteSpace)
        let text = parser.string(parser.read { isNameCharacter($0, slash: false) })
        _ = parser.read(while: TemplateCharacters.isWhiteSpace)
        guard parser.readBraces() else { throw Unsupported() }
        if text.hasPrefix("empty("), text.hasSuffix(")") {
            let inner = String(text.dropFirst(6).dropLast())
            guard isPlainName(inner) else { throw Unsupported() }
            return (inner, ["empty"])
        }
        guard isPlainName(text) else { throw Unsupported() }
        return (text, [])
    }

    /// `.`, or ASCII letters, digits, `_` and `-` (`name` is of name characters only).
    private static func isPlainName(_ name: String) -> Bool {
        name == "." || (!name.isEmpty && !name.utf8.contains { !(isNameCharacter($0, slash: false) && $0 != UInt8(ascii: ".")
            && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: "*")) })
    }

    private static func parsePartialName(_ parser: inout TemplateCharacters) throws(Unsupported) -> String {
        _ = parser.read(while: TemplateCharacters.isWhiteSpace)
        let name = parser.string(parser.read { isNameCharacter($0, slash: true) })
        _ = parser.read(while: TemplateCharacters.isWhiteSpace)
        guard parser.readBraces() else { throw Unsupported() }
        return name
    }
}

/// A template's `Character`s as the parser reads them (as swift-mustache does, so that combining marks group the same
/// way), each classed once: `codes[k]` is Character k's byte when it is one ASCII scalar, `other` for any other, or
/// `otherWhiteSpace` for another that is white space; its bytes are `utf8[offsets[k] ..< offsets[k + 1]]`. (Read as
/// `[Character]`, each compared and copied as a string, the 22 templates cost a build 43 M instructions.)
struct TemplateCharacters {
    static let other: UInt8 = 0x80
    static let otherWhiteSpace: UInt8 = 0x81

    let codes: [UInt8]
    let offsets: [Int32]
    let utf8: [UInt8]
    var position = 0

    /// nil when the text holds a newline other than "\n".
    init?(_ text: String) {
        let utf8 = Array(text.utf8)
        let n = utf8.count
        var codes: [UInt8] = []
        var offsets: [Int32] = []
        codes.reserveCapacity(n)
        offsets.reserveCapacity(n + 1)
        var a = 0  // the byte offset of the next Character
        while a < n {
            let first = utf8[a]
            offsets.append(Int32(a))
            // An ASCII scalar followed by another (or by the end) is a Character of its own unless it is the CR of "\r\n":
            // every other rule that joins scalars (Prepend, Extend, SpacingMark, ZWJ, Hangul, regional indicators)
            // involves one that is not ASCII. (A grapheme break looked up for each of a template's ASCII bytes was most
            // of the parse.)
            if first < 0x80, first != 0x0D, a + 1 == n || utf8[a + 1] < 0x80 {
                // (Character.isNewline of one ASCII scalar: LF, VT, FF, CR)
                if first == 0x0B || first == 0x0C { return nil }
                codes.append(first)
                a += 1
                continue
            }
            let i = text.utf8.index(text.utf8.startIndex, offsetBy: a)
            let next = text.index(after: i)
            let b = a + text.utf8.distance(from: i, to: next)
            if b - a == 1, first < 0x80 {
                if first == 0x0B || first == 0x0C || first == 0x0D { return nil }
                codes.append(first)
            } else {
                let c = text[i]
                if c.isNewline { return nil }
                codes.append(c.isWhitespace ? Self.otherWhiteSpace : Self.other)
            }
            a = b
        }
        offsets.append(Int32(n))
        self.codes = codes
        self.offsets = offsets
        self.utf8 = utf8
    }

    /// `Character.isWhitespace` of a classed Character.
    static func isWhiteSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || (c >= 0x09 && c <= 0x0D) || c == otherWhiteSpace
    }

    var reachedEnd: Bool { position == codes.count }
    /// The current Character's code (0 at the end, as "\0").
    var current: UInt8 { reachedEnd ? 0 : codes[position] }
    mutating func advance() { position += 1 }

    /// The Characters read while `keep` holds.
    mutating func read(while keep: (UInt8) -> Bool) -> Range<Int> {
        let start = position
        while position < codes.count && keep(codes[position]) { position += 1 }
        return start..<position
    }

    /// Reads "}}" if it comes next.
    mutating func readBraces() -> Bool {
        guard position + 2 <= codes.count, codes[position] == UInt8(ascii: "}"), codes[position + 1] == UInt8(ascii: "}") else { return false }
        position += 2
        return true
    }

    /// Text up to a newline (left unread) or past the next "{{".
    mutating func readUntilTagOrNewline() -> Range<Int> {
        let start = position
        while position < codes.count {
            let c = codes[position]
            if c == UInt8(ascii: "\n") { break }
            if c == UInt8(ascii: "{"), position + 1 < codes.count, codes[position + 1] == UInt8(ascii: "{") {
                position += 2
                return start..<position - 2
            }
            position += 1
        }
        return start..<position
    }

    /// The bytes of Characters `range`.
    func bytes(_ range: Range<Int>) -> [UInt8] {
        Array(utf8[Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])])
    }

    /// The Characters `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])], as: UTF8.self)
    }
}
