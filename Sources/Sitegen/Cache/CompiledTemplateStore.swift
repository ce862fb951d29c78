import Foundation

/// The built-in templates as `CompiledTemplate.parse` makes them, kept in the cache folder (`compiled-templates.bin`)
/// under the digest of their names and texts: a cached build reads the nodes back instead of parsing the templates
/// Character by Character again (31 KB of templates cost ≈ 43 M instructions, a sixtieth of a one-article edit).
///
/// Parsing is a function of the text, so nodes read under the same key are the ones parsing would make; a template
/// that did not parse is not stored, and reads as not parsed (`TemplateSet` then registers it with the library, as
/// when the parse fails). A damaged or foreign file reads as nothing and the templates are parsed.
struct CompiledTemplateStore: Sendable {
    private let store: KeyedCacheFile

    static let magic = "sitegen-compiled-templates-1"

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("compiled-templates.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// The digest of the templates' bytes (each parsed as the text they decode to, after `TemplateSet.escapingPragma`,
    /// which is the tool's own: in the tool identity), in name order.
    static func key(_ templates: [String: [UInt8]]) -> ContentHash {
        var h = ContentHasher()
        h.combine(templates.count)
        for name in templates.keys.sorted() {
            h.combine(name)
            h.combine(templates[name]!)
        }
        return h.finalize()
    }

    /// The templates that parsed, with their nodes, as written under `key`.
    func read(_ key: ContentHash) -> [String: [TemplateNode]]? {
        store.read(key) { r -> [String: [TemplateNode]]? in
            let n = try r.count(atMost: r.remaining)
            var out: [String: [TemplateNode]] = [:]
            for _ in 0..<n { out[try r.shortString()] = try Self.nodes(&r) }
            return out.count == n ? out : nil
        }
    }

    /// Writes the templates that parsed under `key`, replacing what the file held.
    func write(_ key: ContentHash, _ compiled: [String: [TemplateNode]]) {
        store.write(key) { w in
            w.uvarint(compiled.count)
            for name in compiled.keys.sorted() {
                w.shortString(name)
                Self.encode(compiled[name]!, &w)
            }
        }
    }

    // MARK: - Nodes

    static func encode(_ nodes: [TemplateNode], _ w: inout BinaryWriter) {
        w.uvarint(nodes.count)
        for node in nodes { encode(node, &w) }
    }

    private static func encode(_ node: TemplateNode, _ w: inout BinaryWriter) {
        switch node {
        case .text(let bytes):
            w.uvarint(0)
            w.uvarint(bytes.count)
            w.raw(bytes)
        case .variable(let name, let escaped, let empty):
            w.uvarint(1)
            w.shortString(name.text)
            w.bool(escaped)
            w.bool(empty)
        case .section(let name, let empty, let inverted, let body):
            w.uvarint(2)
            w.shortString(name.text)
            w.bool(empty)
            w.bool(inverted)
            encode(body, &w)
        case .blockExpansion(let name, let body, let indentation):
            w.uvarint(3)
            w.shortString(name)
            encode(body, &w)
            w.shortString(indentation)
        case .partial(let name, let indentation, let inherits):
            w.uvarint(4)
            w.shortString(name)
            w.bool(indentation != nil)
            if let indentation { w.shortString(indentation) }
            w.bool(inherits != nil)
            if let inherits {
                w.uvarint(inherits.count)
                for block in inherits.keys.sorted() {
                    w.shortString(block)
                    encode(inherits[block]!, &w)
                }
            }
        case .blockDefinition(let name, let body):
            w.uvarint(5)
            w.shortString(name)
            encode(body, &w)
        }
    }

    static func nodes(_ r: inout BinaryReader) throws -> [TemplateNode] {
        let n = try r.count(atMost: r.remaining)
        var out: [TemplateNode] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try node(&r)) }
        return out
    }

    private static func node(_ r: inout BinaryReader) throws -> TemplateNode {
        switch try r.uvarint() {
        case 0: return .text(try r.bytes(try r.count(atMost: r.remaining)))
        case 1: return .variable(name: TemplateName(try r.shortString()), escaped: try r.bool(), empty: try r.bool())
        case 2:
            let name = TemplateName(try r.shortString())
            let empty = try r.bool(), inverted = try r.bool()
            return .section(name: name, empty: empty, inverted: inverted, body: try nodes(&r))
        case 3:
            let name = try r.shortString()
            let body = try nodes(&r)
            return .blockExpansion(name: name, body: body, indentation: try r.shortString())
        case 4:
            let name = try r.shortString()
            let indentation: String? = try r.bool() ? try r.shortString() : nil
            var inherits: [String: [TemplateNode]]?
            if try r.bool() {
                let count = try r.count(atMost: r.remaining)
                var blocks: [String: [TemplateNode]] = [:]
                for _ in 0..<count { blocks[try r.shortString()] = try nodes(&r) }
                guard blocks.count == count else { throw BinaryReader.Corrupt() }
                inherits = blocks
            }
            return .partial(name: name, indentation: indentation, inherits: inherits)
        case 5:
            let name = try r.shortString()
            return .blockDefinition(name: name, body: try nodes(&r))
        default: throw BinaryReader.Corrupt()
        }
    }
}
