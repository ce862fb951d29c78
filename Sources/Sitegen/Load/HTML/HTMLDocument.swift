import CLibXML2

/// One node of a parsed HTML page: an element (lowercased name, attributes, children) or text.
/// Comments, processing instructions and doctypes are not kept.
struct HTMLNode: Sendable {
    /// Lowercased tag name; nil for a text node.
    var name: String?
    /// The text of a text node (entities decoded); empty for an element.
    var text: String = ""
    /// Attributes (lowercased names), in document order.
    var attributes: [(name: String, value: String)] = []
    var children: [HTMLNode] = []

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Every element of the subtree, depth first, in document order (this one included).
    func elements(named name: String) -> [HTMLNode] {
        var out: [HTMLNode] = []
        collect(into: &out) { $0.name == name }
        return out
    }

    func collect(into out: inout [HTMLNode], where match: (HTMLNode) -> Bool) {
        guard self.name != nil else { return }
        if match(self) { out.append(self) }
        for c in children { c.collect(into: &out, where: match) }
    }
}

/// Parses HTML with libxml2's HTML parser (recovering from any markup error, no network access, no
/// error output) into `HTMLNode`s.
enum HTMLDocument {
    /// libxml2 must be initialised once, before threads parse at the same time.
    private static let initialised: Void = { xmlInitParser() }()

    /// Elements nested deeper than this are dropped (libxml2 stops at 256 levels itself).
    static let maxDepth = 512

    /// The root `<html>` element of `bytes`, read as `encoding` (an IANA name such as "UTF-8" or
    /// "windows-1256"; nil lets the page's `<meta charset>` decide). Nil when nothing could be parsed.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLNode? {
        _ = initialised
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return convert(root, depth: 0)
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return HTMLNode(name: nil, text: String(cString: content))
        case XML_ELEMENT_NODE:
            guard depth < maxDepth, let rawName = node.pointee.name else { return nil }
            var element = HTMLNode(name: String(cString: rawName).lowercased())
            var attr = node.pointee.properties
            while let a = attr {
                if let n = a.pointee.name { element.attributes.append((String(cString: n).lowercased(), textContent(a.pointee.children))) }
                attr = a.pointee.next
            }
            var child = node.pointee.children
            while let c = child {
                if let converted = convert(c, depth: depth + 1) { element.children.append(converted) }
                child = c.pointee.next
            }
            return element
        default:
            return nil  // comments, processing instructions, doctypes, entity declarations
        }
    }

    /// The text of an attribute's value nodes.
    private static func textContent(_ first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if let content = n.pointee.content { out += String(cString: content) }
            node = n.pointee.next
        }
        return out
    }
}
