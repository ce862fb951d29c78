import Foundation
import Extraction

extension RelationGraph {
    /// Inline SVG of one entity and its strongest relations, for the entity's page at `page`:
    /// the entity in the centre, up to `limit` neighbours around it (heaviest relation at the top,
    /// going right to left), lines as thick as the number of shared sentences, every node a link.
    /// Empty when the entity appears with nobody.
    static func neighbourhoodSVG(site: SiteModel, entity: Int, from page: SitePath, limit: Int = 12) -> String {
        neighbourhood(site: site, entity: entity, from: page, limit: limit)?.render() ?? ""
    }

    /// The neighbourhood graph of an entity, laid out but not drawn (nil: no neighbours).
    static func neighbourhood(site: SiteModel, entity: Int, from page: SitePath, limit: Int = 12) -> GraphSVG? {
        let graph = of(site)
        guard entity < graph.neighbours.count else { return nil }
        let around = Array(graph.neighbours[entity].prefix(limit))
        guard !around.isEmpty else { return nil }
        let (w, h) = (720.0, 460.0)
        let (cx, cy) = (w / 2, h / 2)
        var nodes = [entity]
        var pos: [(x: Double, y: Double)] = [(cx, cy)]
        nodes.reserveCapacity(around.count + 1)
        pos.reserveCapacity(around.count + 1)
        for (i, n) in around.enumerated() {
            // clockwise from the top, i.e. right-to-left along the upper half first
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(around.count)
            nodes.append(n.entity)
            pos.append(((cx + cos(angle) * 270).rounded(), (cy + sin(angle) * 170).rounded()))
        }
        var edges: [(Int, Int, Int)] = []
        edges.reserveCapacity(around.count * (around.count + 1) / 2)
        for (i, n) in around.enumerated() { edges.append((0, i + 1, n.weight)) }
        // Edges among the neighbours themselves: a lookup per pair (at most limit² / 2), in a fixed order.
        for i in 1..<nodes.count {
            for j in (i + 1)..<max(i + 1, nodes.count) {
                let w = graph.weight(nodes[i], nodes[j])
                if w > 0 { edges.append((i, j, w)) }
            }
        }
        let name = site.corpus.entities[entity].name
        return GraphSVG(site: site, page: page, width: w, height: h, nodes: nodes, positions: pos, edges: edges,
                        label: "شبكة علاقات " + name + ": من يرد معه في الجمل نفسها", focus: entity, tooltips: false)
    }
}

/// Draws entities and weighted edges as inline SVG (no script, no external file). Colours come from
/// the stylesheet (`.graph .person` …), so print and screen themes can differ.
struct GraphSVG {
    let site: SiteModel
    let page: SitePath
    let width: Double
    let height: Double
    /// Entity indexes.
    let nodes: [Int]
    let positions: [(x: Double, y: Double)]
    /// (node index, node index, weight).
    let edges: [(Int, Int, Int)]
    let label: String
    var focus: Int?
    /// Hover titles on edges and nodes (the overview has them; an entity's page lists the same names
    /// and counts right above its graph, so its graph goes without, and its centre is not a link to itself).
    var tooltips = true

    /// Everything `render` reads, fingerprinted.
    var key: ContentHash { key(positions: true) }

    /// `key`, the positions left out when `positions` is false (for a graph keyed before it is laid out: the caller
    /// then keys what the layout reads; `positions` is not read).
    func key(positions withPositions: Bool) -> ContentHash {
        var h = ContentHasher()
        h.combine(page.folder)
        h.combine(Int(width.bitPattern))
        h.combine(Int(height.bitPattern))
        h.combine(label)
        h.combine(focus ?? -1)
        h.combine(tooltips ? 1 : 0)
        h.combine(nodes.count)
        let sizes = sizeLevels
        // (each node's name, type and path by its link digest, made once per entity: not hashed again for every graph)
        let links = LinkDigests.of(site).entities
        for (i, e) in nodes.enumerated() {
            h.combine(e)
            h.combine(links[e])
            h.combine(sizes[i])
            if withPositions {
                h.combine(Int(positions[i].x.bitPattern))
                h.combine(Int(positions[i].y.bitPattern))
            }
        }
        h.combine(withPositions ? 1 : 0)
        h.combine(edges.count)
        for (a, b, w) in edges { h.combine(a); h.combine(b); h.combine(w) }
        return h.finalize()
    }

    /// Each node's size, 0…8: the square root of its mention count relative to the most mentioned node,
    /// in coarse steps, so that one more mention somewhere rarely changes the drawing (and the pages
    /// that show it need not be written again).
    var sizeLevels: [Int] {
        let counts = nodes.map { site.corpus.entities[$0].mentions.count }
        let top = Double(max(1, counts.max() ?? 1))
        return counts.map { Int((8 * (Double($0) / top).squareRoot()).rounded()) }
    }

    func render() -> String { String(decoding: renderBytes(), as: UTF8.self) }

    /// `render`'s UTF-8 bytes (an entity page's template prints them as they are).
    func renderBytes() -> [UInt8] {
        let entities = site.corpus.entities
        let maxWeight = Double(edges.map(\.2).max() ?? 1)
        let sizes = sizeLevels
        // Written as UTF-8 bytes, piece by piece (a `String` grown by interpolations made and copied a
        // string for every attribute: most of an entity page's graph).
        // Literal pieces are copied from their static bytes and numbers written as digits (appending a
        // `String`'s UTF-8 view, or making one for a number, cost a few hundred instructions a piece).
        // Into a buffer of its own (`PageBytes`): through `[UInt8]`'s generic `append(contentsOf:)` each of a graph's ~200
        // pieces cost ~90 instructions before its copy.
        var s = PageBytes(capacity: 512 + 160 * edges.count + 256 * nodes.count)
        defer { s.deallocate() }
        // (the pieces through static functions taking the buffer `inout`: nested functions capturing it had every
        // access checked for exclusivity at run time, and as calls each literal cost ~60 instructions before its copy)
        Self.lit("<svg class=\"graph\" viewBox=\"0 0 ", to: &s); Self.put(Int(width), to: &s); Self.lit(" ", to: &s); Self.put(Int(height), to: &s)
        Self.lit("\" role=\"img\" aria-label=\"", to: &s); Self.put(Escape.html(label), to: &s); Self.lit("\">\n", to: &s)
        Self.lit("<g class=\"edges\">", to: &s)
        for (a, b, wgt) in edges {
            let stroke = 1 + 5 * (Double(wgt) / maxWeight).squareRoot()
            Self.lit("<line x1=\"", to: &s); Self.put(Int(positions[a].x), to: &s); Self.lit("\" y1=\"", to: &s); Self.put(Int(positions[a].y), to: &s)
            Self.lit("\" x2=\"", to: &s); Self.put(Int(positions[b].x), to: &s); Self.lit("\" y2=\"", to: &s); Self.put(Int(positions[b].y), to: &s); Self.lit("\"", to: &s)
            Self.lit(" stroke-width=\"", to: &s); Self.putOneDecimal(stroke, to: &s); Self.lit("\"", to: &s)
            if tooltips {
                let names = entities[nodes[a]].name + " — " + entities[nodes[b]].name + ": " + Format.sentences(wgt)
                Self.lit("><title>", to: &s); Self.put(Escape.html(names), to: &s); Self.lit("</title></line>", to: &s)
            } else {
                Self.lit("/>", to: &s)
            }
        }
        Self.lit("</g>\n<g class=\"nodes\">", to: &s)
        let depth = page.depth
        // (the entity's fields read in place through the buffer, its link and class written as bytes: a copy of the
        // entity, a link string and a class string for each node were a fifth of a graph's instructions)
        entities.withUnsafeBufferPointer { entities in
        for (i, e) in nodes.enumerated() {
            let type = entities[e].type
            let r = 6 + 1.5 * Double(sizes[i]) + (e == focus ? 6 : 0)
            let (x, y) = (Int(positions[i].x), Int(positions[i].y))
            let linked = tooltips || e != focus
            if linked {
                Self.lit("<a href=\"", to: &s); page.appendLink(to: site.entityPaths[e], depth: depth, into: &s); Self.lit("\" class=\"", to: &s)
            } else {
                Self.lit("<g class=\"", to: &s)
            }
            Self.put(type.rawValue, to: &s); if e == focus { Self.lit(" focus", to: &s) }; Self.lit("\">", to: &s)
            if tooltips { Self.lit("<title>", to: &s); Self.put(Escape.html(entities[e].name + " (" + type.arabicName + ")"), to: &s); Self.lit("</title>", to: &s) }
            Self.lit("<circle cx=\"", to: &s); Self.put(x, to: &s); Self.lit("\" cy=\"", to: &s); Self.put(y, to: &s); Self.lit("\" r=\"", to: &s); Self.putOneDecimal(r, to: &s); Self.lit("\"/>", to: &s)
            Self.lit("<text x=\"", to: &s); Self.put(x, to: &s); Self.lit("\" y=\"", to: &s); Self.put(y + Int(r) + 16, to: &s); Self.lit("\" text-anchor=\"middle\">", to: &s)
            Self.put(Escape.html(entities[e].name), to: &s); Self.lit("</text>", to: &s); if linked { Self.lit("</a>", to: &s) } else { Self.lit("</g>", to: &s) }
        }
        }
        Self.lit("</g>\n</svg>", to: &s)
        return s.bytes
    }

    @inline(__always) private static func lit(_ text: StaticString, to s: inout PageBytes) {
        s.appendBytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
    @inline(__always) private static func put(_ text: String, to s: inout PageBytes) { s.append(text) }
    @inline(__always) private static func put(_ n: Int, to s: inout PageBytes) { appendDecimal(n, to: &s) }
    @inline(__always) private static func putOneDecimal(_ v: Double, to s: inout PageBytes) { appendOneDecimal(v, to: &s) }

    /// `v` as C's `%.1f` writes it (the same bytes as `String(format: "%.1f", v)`, which formats through
    /// CoreFoundation's format parser: a tenth of an entity page's time when graphs are drawn).
    ///
    /// Worked out on the exact binary value, as glibc's printf does: v = M·2^-k (M the 53-bit
    /// significand), 10·v = 10M / 2^k, rounded to the nearest integer, a tie to the even one. (`vsnprintf`
    /// itself cost 7,000 instructions a number.) Values of 10^15 or more, infinities and NaN go to it.
    static func oneDecimal(_ v: Double) -> String {
        if let tenths = tenths(v) {
            return (v.sign == .minus ? "-" : "") + String(tenths / 10) + "." + String(tenths % 10)
        }
        return printfOneDecimal(v)
    }

    /// `oneDecimal(v)`'s bytes appended to `out` (in one piece).
    static func appendOneDecimal<Out: ByteAppending>(_ v: Double, to out: inout Out) {
        guard let tenths = tenths(v) else {
            var text = printfOneDecimal(v)
            return text.withUTF8 { out.appendBytes($0) }
        }
        // written from the end: the tenth, ".", the units' digits, the sign
        var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { d in
            var i = d.count - 2
            d[i + 1] = UInt8(ascii: "0") + UInt8(tenths % 10)
            d[i] = UInt8(ascii: ".")
            var m = tenths / 10
            repeat { i -= 1; d[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 } while m > 0
            if v.sign == .minus { i -= 1; d[i] = UInt8(ascii: "-") }
            out.appendBytes(UnsafeBufferPointer(start: d.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, count: d.count - i))
        }
    }

    /// The decimal digits of `n` (with "-" when negative), as `String(n)` writes them, appended to `out` (in one piece).
    static func appendDecimal<N: BinaryInteger, Out: ByteAppending>(_ n: N, to out: inout Out) {
        if n >= 0 && n < 1000 {
            // (most numbers of a page are coordinates, counts and paragraph numbers: their digits written at once)
            let m = Int(n)
            if m >= 100 { out.appendByte(UInt8(ascii: "0") + UInt8(m / 100)) }
            if m >= 10 { out.appendByte(UInt8(ascii: "0") + UInt8(m / 10 % 10)) }
            out.appendByte(UInt8(ascii: "0") + UInt8(m % 10))
            return
        }
        var m = UInt64(n.magnitude)
        var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // a sign and up to 20 digits, written from the end
        withUnsafeMutableBytes(of: &bytes) { d in
            var i = d.count
            repeat { i -= 1; d[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 } while m > 0
            if n < 0 { i -= 1; d[i] = UInt8(ascii: "-") }
            out.appendBytes(UnsafeBufferPointer(start: d.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, count: d.count - i))
        }
    }

    /// |v| in tenths, rounded as printf rounds (nil: left to printf, for 10^15 and above, infinities and NaN).
    private static func tenths(_ v: Double) -> UInt64? {
        let a = v.magnitude
        guard a < 1e15, !v.isNaN else { return nil }
        var tenths: UInt64 = 0
        if a >= 0.05 {  // (below, 10·|v| < 0.5 rounds to 0)
            let k = 52 - Int(a.exponent)  // a = M·2^-k, a normal number here
            let m = (UInt64(1) << 52 | a.significandBitPattern) &* 10
            if k <= 0 {
                tenths = m << UInt64(-k)
            } else {
                tenths = m >> UInt64(k)
                let rest = m & ((UInt64(1) << UInt64(k)) - 1), half = UInt64(1) << UInt64(k - 1)
                if rest > half || (rest == half && tenths & 1 == 1) { tenths += 1 }
            }
        }
        return tenths
    }

    private static func printfOneDecimal(_ v: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        guard n > 0, n < buffer.count else { return String(format: "%.1f", v) }
        return String(decoding: buffer[..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

}

/// The overview graph page (`graph.html`): the most mentioned entities and their strongest relations,
/// laid out at build time, plus the strongest relations as a table. Written only when there are relations.
struct RelationGraphPage: SiteGenerator {
    let site: SiteModel
    var name: String { "graph" }
    var sections: [String] { Self.hasEdges(site) ? ["graph"] : [] }

    /// Whether two entities share a sentence (the graph has an edge, as `RelationGraph.init` makes them): read off the
    /// rows, not the graph made for it (an edit that keeps the page needs no graph).
    static func hasEdges(_ site: SiteModel) -> Bool {
        site.references.sharedSentences.enumerated().contains { a, row in row.contains { a < $0.entity } }
    }

    static let path = SitePath("graph")

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (an edit that changes no entity keeps the page: `FamilyPageMemo`)
        let memo = FamilyPageMemo.session(\.graph, site, out)
        if let memo, memo.keepAll(out) { return }
        defer { memo?.finish(out) }
        let graph = RelationGraph.of(site)
        guard !graph.edges.isEmpty else { return }
        defer { memo?.made(Self.path) }
        let path = Self.path
        let (nodes, edges) = graph.overview(site: site)
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let pairs = edges.map { (index[$0.a]!, index[$0.b]!, $0.weight) }
        let layout = ForceLayout()
        let ids = nodes.map { site.corpus.entities[$0].id }
        func svg(_ positions: [(x: Double, y: Double)]) -> GraphSVG {
            GraphSVG(site: site, page: path, width: layout.width, height: layout.height, nodes: nodes,
                     positions: positions, edges: pairs, label: "شبكة العلاقات بين أكثر الكيانات ذكرًا في الملف")
        }
        let strongestEdges = graph.edges.prefix(40)
        // the page is laid out (400 rounds over 60 nodes: most of its time) and drawn only when what it shows changed
        try out.page(path, template: "graph", inputs: Self.inputs(svg([]), layout: layout, ids: ids, strongest: strongestEdges,
                                                                  edgeCount: edges.count, site: site)) {
            let drawn = svg(layout.positions(ids: ids, edges: pairs)).render()
            let entities = site.corpus.entities
            let strongest = strongestEdges.map { e -> [String: Any] in
                ["a": entities[e.a].name, "a_href": path.link(to: site.entityPaths[e.a]), "a_kind": entities[e.a].type.rawValue,
                 "b": entities[e.b].name, "b_href": path.link(to: site.entityPaths[e.b]), "b_kind": entities[e.b].type.rawValue,
                 "weight": e.weight]
            }
            return OutputSink.PageSpec(title: "شبكة العلاقات",
                                       description: "من يرد مع من في الأخبار: شبكة العلاقات بين الأشخاص والمنظمات والأماكن",
                                       section: "graph", context: [
                                           "svg": drawn, "relations": strongest,
                                           "shown_text": Format.entities(nodes.count), "edges_text": "\(edges.count)",
                                       ])
        }
    }

    /// Everything the page reads: the graph's key without positions (`GraphSVG.key(positions:)`), what the layout reads
    /// (its settings, the nodes' ids and the edges, which that key holds), the strongest relations listed (each end's
    /// name, type and path by its link digest, and the weight) and the count of edges shown.
    static func inputs(_ svg: GraphSVG, layout: ForceLayout, ids: [String], strongest: ArraySlice<RelationGraph.Edge>,
                       edgeCount: Int, site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine(svg.key(positions: false))
        h.combine(Int(layout.width.bitPattern))
        h.combine(Int(layout.height.bitPattern))
        h.combine(layout.iterations)
        h.combine(Int(layout.margin.bitPattern))
        h.combine(ids)
        let links = LinkDigests.of(site).entities
        h.combine(strongest.count)
        for e in strongest {
            h.combine(e.a)
            h.combine(links[e.a])
            h.combine(e.b)
            h.combine(links[e.b])
            h.combine(e.weight)
        }
        h.combine(edgeCount)
        return h.finalize()
    }
}
