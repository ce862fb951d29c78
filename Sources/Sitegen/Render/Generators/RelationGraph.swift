import Foundation
import Extraction

/// Who appears with whom: entity co-occurrence, edge weight = number of sentences naming both.
///
/// Built once per site model (see `RelationGraph.of(_:)`), then read by the overview page and by
/// entity pages through `RelationGraph.neighbourhoodSVG(site:entity:from:)`.
struct RelationGraph: Sendable {
    /// An undirected edge between entities `a < b`.
    struct Edge: Hashable, Sendable {
        var a: Int
        var b: Int
        var weight: Int
    }

    let entityCount: Int
    /// All edges, heaviest first (then by entity indexes).
    let edges: [Edge]
    /// `neighbours[e]` = (other entity, weight), heaviest first.
    let neighbours: [[(entity: Int, weight: Int)]]
    /// The site's `CrossReferences.sharedSentences`: each entity's neighbours in ascending order, with the weights.
    private let rows: [[(entity: Int, sentences: Int)]]

    /// Sentences shared by two entities (0 when none): found in the smaller one's row by halving (a table of every
    /// edge, made for this, was a third of the graph's cost and its look-ups most of an entity graph's layout).
    func weight(_ x: Int, _ y: Int) -> Int {
        let (a, b) = x < y ? (x, y) : (y, x)
        return CrossReferences.sentences(rows, a, b)
    }

    /// Edges come from the sentence co-occurrence counts the site model already holds
    /// (`CrossReferences.sharedSentences`), so the counting is done once per build.
    init(site: SiteModel) {
        entityCount = site.corpus.entities.count
        let rows = site.references.sharedSentences
        self.rows = rows
        var edges: [Edge] = []
        for (a, row) in rows.enumerated() {
            for r in row where a < r.entity { edges.append(Edge(a: a, b: r.entity, weight: r.sentences)) }
        }
        edges = Self.heaviestFirst(edges)
        var neighbours = Array(repeating: [(entity: Int, weight: Int)](), count: entityCount)
        // (an entity's neighbours are its row: room for them made at once)
        for a in neighbours.indices where a < rows.count { neighbours[a].reserveCapacity(rows[a].count) }
        for e in edges {
            neighbours[e.a].append((e.b, e.weight))
            neighbours[e.b].append((e.a, e.weight))
        }
        self.edges = edges
        self.neighbours = neighbours
    }

    /// `edges` heaviest first, then by `a`, then by `b` (each pair once): sorted as numbers, `(2^24 - 1 - weight) << 40 |
    /// a << 20 | b`, when weights and entities fit (a comparison closure on three fields was most of the graph's cost);
    /// else by the closure.
    static func heaviestFirst(_ edges: [Edge]) -> [Edge] {
        let fits = edges.allSatisfy { $0.weight >= 0 && $0.weight < 1 << 24 && $0.a >= 0 && $0.a < 1 << 20 && $0.b >= 0 && $0.b < 1 << 20 }
        guard fits else { return edges.sorted { ($1.weight, $0.a, $0.b) < ($0.weight, $1.a, $1.b) } }
        var keys = edges.map { e in UInt64((1 << 24) - 1 - e.weight) << 40 | UInt64(e.a) << 20 | UInt64(e.b) }
        keys.sort()
        return keys.map { k in
            Edge(a: Int(k >> 20 & 0xF_FFFF), b: Int(k & 0xF_FFFF), weight: (1 << 24) - 1 - Int(k >> 40))
        }
    }

    /// The graph of a site model, computed once and shared by every page of the build.
    static func of(_ site: SiteModel) -> RelationGraph {
        cache.lock.withLock {
            if let g = cache.graph, cache.site === site { return g }
            let g = RelationGraph(site: site)
            cache.site = site
            cache.graph = g
            return g
        }
    }

    private final class Cache: @unchecked Sendable {
        let lock = NSLockBox()
        weak var site: SiteModel?
        var graph: RelationGraph?
    }
    private static let cache = Cache()

    /// The overview: up to `maxNodes` most mentioned entities that have relations, and up to `maxEdges`
    /// heaviest edges among them (nodes left without an edge are dropped).
    func overview(site: SiteModel, maxNodes: Int = 60, maxEdges: Int = 160) -> (nodes: [Int], edges: [Edge]) {
        let ranked = site.entitiesByMentions.filter { !neighbours[$0].isEmpty }.prefix(maxNodes)
        let chosen = Set(ranked)
        let kept = Array(edges.lazy.filter { chosen.contains($0.a) && chosen.contains($0.b) }.prefix(maxEdges))
        let linked = Set(kept.flatMap { [$0.a, $0.b] })
        return (ranked.filter { linked.contains($0) }, kept)
    }
}

/// A deterministic force-directed layout (Fruchterman–Reingold) in a `width` × `height` box.
///
/// Start positions come from a hash of each node's stable id, so the picture never depends on the
/// order of files or threads; iterations and cooling are fixed.
struct ForceLayout {
    var width: Double = 1000
    var height: Double = 640
    var iterations = 400
    var margin: Double = 70

    /// Positions of `ids.count` nodes joined by `edges` (index pairs with weights).
    func positions(ids: [String], edges: [(Int, Int, Int)]) -> [(x: Double, y: Double)] {
        let n = ids.count
        guard n > 0 else { return [] }
        if n == 1 { return [(width / 2, height / 2)] }
        return fit(settled(ids: ids, edges: edges))
    }

    /// The positions after the iterations, before `fit` (for 2 or more nodes).
    func settled(ids: [String], edges: [(Int, Int, Int)]) -> [(x: Double, y: Double)] {
        let n = ids.count
        let pos = ids.map { id -> (x: Double, y: Double) in
            let h = UInt64(Slugs.shortHash(id), radix: 16)!, g = UInt64(Slugs.shortHash(id + "/y"), radix: 16)!
            return (Double(h % 10_000) / 10_000 * width, Double(g % 10_000) / 10_000 * height)
        }
        let k = (width * height / Double(n)).squareRoot() * 0.75
        // (coordinates and displacements in flat buffers, each pair's force worked out once and a node's sums kept in
        // registers while its pairs are walked: the same operations in the same order as the tuple arrays it replaces,
        // at a third of the instructions; `ForceLayoutTests` keeps that code)
        let kk = k * k
        let pull = edges.map { (a: $0.0, b: $0.1, factor: 1 + log(Double($0.2)) * 0.5) }
        var px = pos.map(\.x), py = pos.map(\.y)
        var dispX = [Double](repeating: 0, count: n), dispY = [Double](repeating: 0, count: n)
        var temperature = width / 8
        let cool = temperature / Double(iterations)
        px.withUnsafeMutableBufferPointer { px in
            py.withUnsafeMutableBufferPointer { py in
                dispX.withUnsafeMutableBufferPointer { dispX in
                    dispY.withUnsafeMutableBufferPointer { dispY in
                        for _ in 0..<iterations {
                            dispX.update(repeating: 0)
                            dispY.update(repeating: 0)
                            for i in 0..<n {
                                let xi = px[i], yi = py[i]
                                var sx = dispX[i], sy = dispY[i]
                                for j in (i + 1)..<n {
                                    var dx = xi - px[j], dy = yi - py[j]
                                    var d = (dx * dx + dy * dy).squareRoot()
                                    if d < 0.01 { dx = 0.01 * Double(i - j); dy = 0.01; d = 0.02 }
                                    let f = kk / d
                                    let fx = dx / d * f, fy = dy / d * f
                                    sx += fx; sy += fy
                                    dispX[j] -= fx; dispY[j] -= fy
                                }
                                dispX[i] = sx; dispY[i] = sy
                            }
                            for (a, b, factor) in pull {
                                let dx = px[a] - px[b], dy = py[a] - py[b]
                                let d = max((dx * dx + dy * dy).squareRoot(), 0.01)
                                let f = d * d / k * factor
                                let fx = dx / d * f, fy = dy / d * f
                                dispX[a] -= fx; dispY[a] -= fy
                                dispX[b] += fx; dispY[b] += fy
                            }
                            for i in 0..<n {
                                // gravity keeps separate clusters on the page
                                dispX[i] -= (px[i] - width / 2) * 0.02 * k / 10
                                dispY[i] -= (py[i] - height / 2) * 0.02 * k / 10
                                let d = max((dispX[i] * dispX[i] + dispY[i] * dispY[i]).squareRoot(), 0.01)
                                let step = min(d, temperature)
                                px[i] += dispX[i] / d * step
                                py[i] += dispY[i] / d * step
                            }
                            temperature = max(temperature - cool, 0.5)
                        }
                    }
                }
            }
        }
        return (0..<n).map { (px[$0], py[$0]) }
    }

    /// Scales positions into the box, keeping `margin` free for labels.
    func fit(_ pos: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        let xs = pos.map(\.x), ys = pos.map(\.y)
        let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let sx = (width - 2 * margin) / max(x1 - x0, 1), sy = (height - 2 * margin) / max(y1 - y0, 1)
        return pos.map { ((($0.x - x0) * sx + margin).rounded(), (($0.y - y0) * sy + margin).rounded()) }
    }
}
