import Foundation

/// Renders compiled templates (`TemplateNode`) from the same `[String: Any]` contexts the Mustache
/// library takes, or from typed contexts (`PageFields`, names matched by the `Field` each template name
/// was given when it was compiled: no hashing, no casts), with the library's semantics for the values page generators put in them (strings,
/// booleans, integers, dictionaries, arrays) but without its per-name dynamic casts to protocols,
/// into one UTF-8 buffer. A value of any other type, or a partial that is not compiled (a
/// `--templates` folder changed it), makes `render` return nil, and the page goes to the library.
struct CompiledRenderer: @unchecked Sendable {
    /// Compiled templates by name; only built-in templates are here.
    let templates: [String: [TemplateNode]]
    /// The same templates laid out flat, as they are rendered.
    let program: TemplateProgram

    struct Unsupported: Error {}

    init(templates: [String: [TemplateNode]], joinsText: Bool = true) {
        self.templates = templates
        program = TemplateProgram(templates: templates, joinsText: joinsText)
    }

    /// The page `name` rendered from `context`, or nil when the library must render it.
    func render(_ name: String, _ context: [String: Any]) -> String? {
        renderBytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The page's UTF-8 bytes, as they are written (no `String` made and taken apart again).
    func renderBytes(_ name: String, _ context: [String: Any]) -> [UInt8]? {
        render(name, .dict(context))
    }

    /// The page of a typed context (`PageFields`), or nil when the library must render it (from `fields.dictionary`).
    func renderBytes(_ name: String, fields: PageFields) -> [UInt8]? {
        render(name, .fields(fields))
    }

    /// The page of a typed context in the renderer's own buffer, which the caller frees (`PageBytes.deallocate`), or nil
    /// when the library must render it: a page written from its buffer is not copied into an array first.
    func pageBytes(_ name: String, fields: PageFields) -> PageBytes? {
        page(name, .fields(fields))
    }

    /// `pageBytes(_:fields:)` of a `[String: Any]` context.
    func pageBytes(_ name: String, _ context: [String: Any]) -> PageBytes? {
        page(name, .dict(context))
    }

    private func render(_ name: String, _ top: Frame) -> [UInt8]? {
        guard let page = page(name, top) else { return nil }
        defer { page.deallocate() }
        return page.bytes
    }

    private func page(_ name: String, _ top: Frame) -> PageBytes? {
        guard let t = program.templateIndex[name] else { return nil }
        let entry = program.entries[Int(t)]
        return program.ops.withUnsafeBufferPointer { ops in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.names.withUnsafeBufferPointer { names in
                    var state = RenderState(program: program, ops: ops, bytes: bytes, names: names)
                    state.stack.append(top)
                    do {
                        try state.render(entry.lowerBound, entry.upperBound, indentation: "")
                    } catch {
                        state.out.deallocate()
                        return nil
                    }
                    return state.out
                }
            }
        }
    }
}

/// A context stack entry: dictionaries (typed or not) are looked into, anything else is skipped by name
/// look-ups (the library's `Mirror` finds no labelled children in strings, numbers, booleans or arrays).
private enum Frame {
    case dict([String: Any])
    case fields(PageFields)
    /// Row `row` of text rows (`PageValue.rows`).
    case row(TextRows, Int)
    case value(Value)
}

extension Frame {
    /// The value of `name` in this frame (nil: look further out).
    /// (`name` is read in place: a copy of it was a retain and a release of its text for every look-up)
    func value(of name: UnsafePointer<TemplateName>) throws(CompiledRenderer.Unsupported) -> Value? {
        switch self {
        case .dict(let d):
            guard let v = d[name.pointee.text] else { return nil }
            return try Value(v)
        case .fields(let f):
            guard let field = name.pointee.field, let v = f[field] else { return nil }
            return Value(v)
        case .row(let rows, let row):
            // (a `{{name}}` of the innermost row is printed from it: `RenderState.topRow`; here a section or `empty`)
            guard let field = name.pointee.field, let cell = rows.cell(field, row: row) else { return nil }
            return .bytes(Array(rows.value(cell)))
        case .value:
            return nil
        }
    }
}

/// A looked-up value, classified once.
private enum Value {
    case string(String)
    case bool(Bool)
    case int(Int)
    case dict([String: Any])
    /// A list of dictionaries as generators make it (kept as it is: as `[Any]` it was copied and each
    /// element cast back).
    case dicts([[String: Any]])
    case list([Any])
    case fields(PageFields)
    case fieldsList([PageFields])
    case strings([String])
    /// `PageValue.bytes`: printed as they are, a string anywhere else (also as a section's frame: `{{.}}` in
    /// it prints the bytes; a `String` made of them cost a graph's page 20,000 instructions).
    case bytes([UInt8])
    /// `PageValue.rows`: a list of rows, each a frame of its own (`Frame.row`).
    case rows(TextRows)

    /// The number of elements of a list value; nil for any other value.
    var listCount: Int? {
        switch self {
        case .dicts(let a): a.count
        case .list(let a): a.count
        case .fieldsList(let a): a.count
        case .strings(let a): a.count
        case .rows(let r): r.count
        default: nil
        }
    }

    init(_ any: Any) throws(CompiledRenderer.Unsupported) {
        // The types generators put in contexts are taken out of the opened existential by their exact
        // type (`exactContextValue`): a dynamic cast cost a few hundred instructions a value. Anything
        // else (an optional, a bridged value, another list) goes through the casts as before.
        switch _openExistential(any, do: exactContextValue) {
        case .string(let s): self = .string(s); return
        case .bool(let b): self = .bool(b); return
        case .int(let i): self = .int(i); return
        case .dictionary(let d): self = .dict(d); return
        case .dictionaries(let a): self = .dicts(a); return
        case .strings(let a): self = .strings(a); return
        case .deferred, .other: break
        }
        // typed parts in a `[String: Any]` context (an entity's events section on a page of its own)
        if type(of: any) == PageFields.self { self = .fields(any as! PageFields); return }
        if type(of: any) == [PageFields].self { self = .fieldsList(any as! [PageFields]); return }
        if let s = any as? String { self = .string(s) }
        else if let b = any as? Bool { self = .bool(b) }
        else if let i = any as? Int { self = .int(i) }
        else if let d = any as? [String: Any] { self = .dict(d) }
        else if let a = any as? [[String: Any]] { self = .dicts(a) }
        else if let a = any as? [String] { self = .strings(a) }
        else if let a = any as? [Any] { self = .list(a) }
        else { throw CompiledRenderer.Unsupported() }
    }

    init(_ v: PageValue) {
        switch v {
        case .string(let s): self = .string(s)
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .fields(let f): self = .fields(f)
        case .list(let l): self = .fieldsList(l)
        case .strings(let s): self = .strings(s)
        case .bytes(let b): self = .bytes(b)
        case .rows(let r): self = .rows(r)
        }
    }

    /// The value printed by `{{name}}` (escaped) or `{{{name}}}`; a list or a context throws (the library's job).
    consuming func append(escaped: Bool, to out: inout PageBytes) throws(CompiledRenderer.Unsupported) {
        // (each case printed where its payload is bound, the value consumed: no copy of it)
        switch consume self {
        case .bytes(let b):
            if escaped { b.withUnsafeBufferPointer { MarkupBytes.append($0, to: &out) } } else { out.append(b) }
        case .string(let s):
            if escaped { MarkupBytes.append(s, to: &out) } else { out.append(s) }
        case .bool(let b):
            out.append(b ? "true" : "false")
        case .int(let n):
            GraphSVG.appendDecimal(n, to: &out)
        case .dict, .dicts, .list, .fields, .fieldsList, .strings, .rows: throw CompiledRenderer.Unsupported()
        }
    }

    var frame: Frame {
        switch self {
        case .dict(let d): return .dict(d)
        case .fields(let f): return .fields(f)
        default: return .value(self)
        }
    }
}

private struct RenderState {
    let program: TemplateProgram
    /// `program`'s operations, text bytes and names, read in place.
    let ops: UnsafeBufferPointer<TemplateProgram.Op>
    let bytes: UnsafeBufferPointer<UInt8>
    let names: UnsafeBufferPointer<TemplateName>
    var out = PageBytes(capacity: 32 * 1024)
    var stack: [Frame] = []
    /// The blocks the partials being rendered inherit (outer ones first: the first of a block wins).
    var inherited: [TemplateProgram.InheritedBlock]? = nil
    /// The innermost row of text rows on the stack (`topRows`, row `topRow`, its frame the `topRowDepth`th): while
    /// it is the innermost frame, `{{name}}` of one of its fields prints the value's bytes from the rows (the frame
    /// keeps them alive). (Plain properties, set only by rows: an optional tuple was copied through the runtime's
    /// generic witnesses, and saving it for every frame cost more than it saved.)
    var topRows: TextRows? = nil
    var topRow = 0
    var topRowDepth = 0

    init(program: TemplateProgram, ops: UnsafeBufferPointer<TemplateProgram.Op>, bytes: UnsafeBufferPointer<UInt8>,
         names: UnsafeBufferPointer<TemplateName>) {
        self.program = program
        self.ops = ops
        self.bytes = bytes
        self.names = names
    }

    /// The library's `MustacheTemplate.render(context:)` of the operations `start ..< end`: with an indentation,
    /// every non-empty token output that starts a new line of this template's own output is indented.
    mutating func render(_ start: Int32, _ end: Int32, indentation: String) throws(CompiledRenderer.Unsupported) {
        var i = Int(start)
        let end = Int(end)
        if indentation.isEmpty {
            while i < end {
                // (text, most of the operations, copied here: through `render(at:)` each paid its call's ~20 instructions)
                if case .text(let start, let end, _) = ops[i] {
                    out.appendBytes(UnsafeBufferPointer(start: bytes.baseAddress! + Int(start), count: Int(end &- start)))
                    i += 1
                } else {
                    i = try render(at: i, indentation: indentation)
                }
            }
            return
        }
        let first = out.count
        while i < end {
            let position = out.count
            i = try render(at: i, indentation: indentation)
            if out.count > position, position > first, out[position - 1] == UInt8(ascii: "\n") {
                out.insert(indentation, at: position)
            }
        }
    }

    /// The value of `name` in the innermost frame that has it. (`mutating`, as `value(_:empty:)`, only so that the state
    /// is passed by its address: a non-mutating call copied its 192 bytes for every look-up.)
    private mutating func lookup(_ name: UnsafePointer<TemplateName>) throws(CompiledRenderer.Unsupported) -> Value? {
        if name.pointee.isDot {
            switch stack.last! {
            case .dict(let d): return .dict(d)
            case .fields(let f): return .fields(f)
            case .row(let rows, let row): return .fields(rows.fields(at: row))
            case .value(let v): return v
            }
        }
        // (through the buffer, each frame asked in place: a frame switched on was copied, its payload retained)
        return try stack.withUnsafeBufferPointer { b throws(CompiledRenderer.Unsupported) -> Value? in
            var i = b.count
            while i > 0 {
                i -= 1
                if let v = try b[i].value(of: name) { return v }
            }
            return nil
        }
    }

    /// The value of name `n`, with the `empty` transform applied when asked.
    private mutating func value(_ n: Int32, empty: Bool) throws(CompiledRenderer.Unsupported) -> Value? {
        guard let v = try lookup(names.baseAddress! + Int(n)) else { return nil }
        guard empty else { return v }
        switch v {
        case .string(let s): return .bool(s.isEmpty)
        case .bytes(let b): return .bool(b.isEmpty)
        case .dicts(let a): return .bool(a.isEmpty)
        case .list(let a): return .bool(a.isEmpty)
        case .fieldsList(let a): return .bool(a.isEmpty)
        case .strings(let a): return .bool(a.isEmpty)
        case .rows(let r): return .bool(r.isEmpty)
        default: throw CompiledRenderer.Unsupported()
        }
    }

    /// Renders operation `i` (with its body); returns the index of the operation after them.
    private mutating func render(at i: Int, indentation: String) throws(CompiledRenderer.Unsupported) -> Int {
        switch ops[i] {
        case .text(let start, let end, let lines):
            let text = UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
            if lines && !indentation.isEmpty { appendIndented(text, indentation) } else { out.appendBytes(text) }
            return i + 1
        case .variable(let name, let escaped, let empty):
            if stack.count == topRowDepth, let rows = topRows, !empty, let field = (names.baseAddress! + Int(name)).pointee.field, let cell = rows.cell(field, row: topRow) {
                // a value of the innermost row, printed from its bytes (no `Value` made)
                let b = rows.value(cell)
                if escaped { MarkupBytes.append(b, to: &out) } else { out.appendBytes(b) }
                return i + 1
            }
            // (the look-up straight from here when there is no `empty(…)`)
            guard let v = try empty ? value(name, empty: true) : lookup(names.baseAddress! + Int(name)) else { return i + 1 }
            try v.append(escaped: escaped, to: &out)
            return i + 1
        case .section(let name, let empty, let inverted, let end):
            try section(name, empty: empty, inverted: inverted, body: Int32(i + 1), end, indentation: indentation)
            return Int(end)
        case .blockExpansion(let block, let indented, let end):
            let more = indented >= 0 ? indentation + program.strings[Int(indented)] : indentation
            if let b = inherited?.first(where: { $0.block == block }) {
                try render(b.start, b.end, indentation: more)
            } else {
                try render(Int32(i + 1), end, indentation: more)
            }
            return Int(end)
        case .partial(let template, let indented, let inherits, let end):
            guard template >= 0 else { throw CompiledRenderer.Unsupported() }
            let saved = inherited
            if inherits >= 0 {
                // the blocks given further out win (`originalInherits.merging(inheriting) { value, _ in value }`)
                let blocks = program.inherits[Int(inherits)]
                if let outer = inherited {
                    inherited = outer + blocks.filter { b in !outer.contains { $0.block == b.block } }
                } else {
                    inherited = blocks
                }
            }
            defer { inherited = saved }
            let entry = program.entries[Int(template)]
            try render(entry.lowerBound, entry.upperBound,
                       indentation: indented >= 0 ? indentation + program.strings[Int(indented)] : indentation)
            return Int(end)
        case .unsupported:
            throw CompiledRenderer.Unsupported()
        }
    }

    /// A text operation's bytes under a partial's indentation: the operation is the text tokens of one list of nodes
    /// joined (`TemplateProgram`), each token after the first starting after a newline ("\n" ends a token, and no token
    /// holds one elsewhere), so the indentation the library puts before each such token goes after every newline but
    /// the last byte's (the first token's is `render(_:_:indentation:)`'s).
    private mutating func appendIndented(_ text: UnsafeBufferPointer<UInt8>, _ indentation: String) {
        guard let base = text.baseAddress else { return }
        let last = text.count - 1  // (a newline there ends the operation: no token of it follows)
        var from = 0
        // (found by `memchr`, and only in text that has such newlines: a test of each byte of all was 15 M instructions of a
        // 1k build, `memchr` on all 6.7 M)
        while from < last, let newline = memchr(base + from, Int32(UInt8(ascii: "\n")), last - from) {
            let k = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline))
            out.appendBytes(UnsafeBufferPointer(start: base + from, count: k + 1 - from))
            out.append(indentation)
            from = k + 1
        }
        out.appendBytes(UnsafeBufferPointer(start: base + from, count: text.count - from))
    }

    /// A section over the operations `start ..< end`.
    private mutating func section(_ name: Int32, empty: Bool, inverted: Bool, body start: Int32, _ end: Int32,
                                  indentation: String) throws(CompiledRenderer.Unsupported) {
        let v = try value(name, empty: empty)
        if inverted {
            switch v {
            case let list? where list.listCount != nil:
                guard list.listCount == 0 else { return }
                try withFrame(.value(list)) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            case .bool(let b)?:
                if !b { try render(start, end, indentation: indentation) }
            case nil:
                try render(start, end, indentation: indentation)
            default:
                return
            }
            return
        }
        switch v {
        case .dicts(let a)?:
            for element in a {
                try withFrame(.dict(element)) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            }
        case .fieldsList(let a)?:
            for element in a {
                try withFrame(.fields(element)) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            }
        case .rows(let r)?:
            for row in 0..<r.count {
                try withRow(r, row) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            }
        case .strings(let a)?:
            for element in a {
                try withFrame(.value(.string(element))) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            }
        case .list(let a)?:
            for element in a {
                let frame: Frame
                if type(of: element) == [String: Any].self {
                    frame = .dict(element as! [String: Any])
                } else if let d = element as? [String: Any] {
                    frame = .dict(d)
                } else {
                    frame = try Value(element).frame  // an element of another type: library's job (Value throws)
                }
                try withFrame(frame) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
            }
        case .bool(let b)?:
            if b { try render(start, end, indentation: indentation) }
        case let other?:
            try withFrame(other.frame) { (s: inout RenderState) throws(CompiledRenderer.Unsupported) in try s.render(start, end, indentation: indentation) }
        case nil:
            return
        }
    }

    private mutating func withFrame(_ frame: Frame, _ body: (inout RenderState) throws(CompiledRenderer.Unsupported) -> Void) throws(CompiledRenderer.Unsupported) {
        stack.append(frame)
        defer { stack.removeLast() }
        try body(&self)
    }

    /// `withFrame(.row(rows, row))`, the row also the innermost (`topRow`).
    private mutating func withRow(_ rows: TextRows, _ row: Int, _ body: (inout RenderState) throws(CompiledRenderer.Unsupported) -> Void) throws(CompiledRenderer.Unsupported) {
        stack.append(.row(rows, row))
        let (outerRows, outerRow, outerDepth) = (topRows, topRow, topRowDepth)
        (topRows, topRow, topRowDepth) = (rows, row, stack.count)
        defer {
            stack.removeLast()
            (topRows, topRow, topRowDepth) = (outerRows, outerRow, outerDepth)
        }
        try body(&self)
    }
}
