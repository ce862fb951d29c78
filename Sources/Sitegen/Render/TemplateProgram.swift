/// Compiled templates laid out flat for `CompiledRenderer`: one array of operations holding every template,
/// text as ranges of one byte pool, a section's body as the operations up to its `end`, names and partials
/// resolved to table indices when the renderer is made.
///
/// The tree of `TemplateNode`s (an indirect enum) cost each node walked a retain and a release of its box
/// and, for text, of its bytes (957,000 nodes at 1k), and each partial a hash of its name (25,000); an
/// operation here is plain data, read in place.
struct TemplateProgram {
    enum Op {
        /// `bytes[start ..< end]`; `lines`: text nodes joined after a newline (cut there again under an indentation)
        case text(start: Int32, end: Int32, lines: Bool)
        /// `names[name]`
        case variable(name: Int32, escaped: Bool, empty: Bool)
        /// The body is the operations after this one, up to `end`.
        case section(name: Int32, empty: Bool, inverted: Bool, end: Int32)
        /// `{{$block}}`: the operations after this one, up to `end`, unless a partial's inherited block replaces them;
        /// `indentation`: `strings[indentation]` (-1: none).
        case blockExpansion(block: Int32, indentation: Int32, end: Int32)
        /// `{{>name}}` or `{{<name}}`: `template` is the index of `entries` (-1: not compiled), `indentation` of
        /// `strings` (-1: none or empty), `inherits` of `inherits` (-1: none); the inherited blocks' bodies are the operations
        /// after this one, up to `end`.
        case partial(template: Int32, indentation: Int32, inherits: Int32, end: Int32)
        /// A block definition outside a `{{<parent}}` (the library's job: rendering it throws).
        case unsupported
    }

    /// A block a partial's parent inherits: its id (`blockIDs`) and the operations of its body.
    struct InheritedBlock {
        let block: Int32
        let start: Int32
        let end: Int32
    }

    private(set) var ops: [Op] = []
    private(set) var bytes: [UInt8] = []
    private(set) var names: [TemplateName] = []
    private(set) var strings: [String] = []
    private(set) var inherits: [[InheritedBlock]] = []
    /// Each template's operations, by template index (`templateIndex`).
    private(set) var entries: [Range<Int32>] = []
    private(set) var templateIndex: [String: Int32] = [:]
    private var nameIndex: [String: Int32] = [:]
    private var stringIndex: [String: Int32] = [:]
    private var blockIDs: [String: Int32] = [:]

    /// Whether text nodes that follow one another are one operation (`emit(_:)`; false only in the tests that compare
    /// the two layouts).
    private let joinsText: Bool

    init(templates: [String: [TemplateNode]], joinsText: Bool = true) {
        self.joinsText = joinsText
        let order = templates.keys.sorted()
        for (i, name) in order.enumerated() { templateIndex[name] = Int32(i) }
        for name in order {
            let start = Int32(ops.count)
            emit(templates[name]!)
            entries.append(start..<Int32(ops.count))
        }
    }

    /// The nodes of one list (a template, a section's body, a block): text nodes that follow one another are one
    /// operation (a line of text was a node, and an operation of its own: 564,000 of a 1k build's 958,000), which
    /// `RenderState.appendIndented` cuts at its newlines again under a partial's indentation.
    private mutating func emit(_ nodes: [TemplateNode]) {
        var afterText = false
        for node in nodes {
            if joinsText, case .text(let b) = node, afterText, case .text(let start, _, let lines) = ops[ops.count - 1] {
                let afterNewline = bytes.last == UInt8(ascii: "\n")
                bytes.append(contentsOf: b)
                ops[ops.count - 1] = .text(start: start, end: Int32(bytes.count), lines: lines || afterNewline)
                continue
            }
            emit(node)
            if case .text = node { afterText = true } else { afterText = false }
        }
    }

    private mutating func emit(_ node: TemplateNode) {
        switch node {
        case .text(let b):
            let start = Int32(bytes.count)
            bytes.append(contentsOf: b)
            ops.append(.text(start: start, end: Int32(bytes.count), lines: false))
        case .variable(let name, let escaped, let empty):
            ops.append(.variable(name: slot(of: name), escaped: escaped, empty: empty))
        case .section(let name, let empty, let inverted, let body):
            let at = ops.count, n = slot(of: name)
            ops.append(.unsupported)
            emit(body)
            ops[at] = .section(name: n, empty: empty, inverted: inverted, end: Int32(ops.count))
        case .blockExpansion(let name, let body, let indentation):
            let at = ops.count, block = blockID(name), indent = string(indentation)
            ops.append(.unsupported)
            emit(body)
            ops[at] = .blockExpansion(block: block, indentation: indent, end: Int32(ops.count))
        case .partial(let name, let indentation, let inherited):
            let at = ops.count
            ops.append(.unsupported)
            var table: Int32 = -1
            if let inherited {
                var blocks: [InheritedBlock] = []
                for block in inherited.keys.sorted() {
                    let start = Int32(ops.count)
                    emit(inherited[block]!)
                    blocks.append(InheritedBlock(block: blockID(block), start: start, end: Int32(ops.count)))
                }
                table = Int32(inherits.count)
                inherits.append(blocks)
            }
            ops[at] = .partial(template: templateIndex[name] ?? -1, indentation: indentation.map { string($0) } ?? -1,
                               inherits: table, end: Int32(ops.count))
        case .blockDefinition:
            ops.append(.unsupported)
        }
    }

    private mutating func slot(of name: TemplateName) -> Int32 {
        if let n = nameIndex[name.text] { return n }
        let n = Int32(names.count)
        names.append(name)
        nameIndex[name.text] = n
        return n
    }

    /// The index of `s` in `strings`; -1 for "" (an indentation that adds nothing).
    private mutating func string(_ s: String) -> Int32 {
        if s.isEmpty { return -1 }
        if let n = stringIndex[s] { return n }
        let n = Int32(strings.count)
        strings.append(s)
        stringIndex[s] = n
        return n
    }

    private mutating func blockID(_ name: String) -> Int32 {
        if let n = blockIDs[name] { return n }
        let n = Int32(blockIDs.count)
        blockIDs[name] = n
        return n
    }
}
