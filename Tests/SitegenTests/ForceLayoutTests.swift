import Foundation
import Testing
import TestSupport
@testable import Sitegen

/// The force layout on flat buffers (`ForceLayout.settled`) gives the very positions of the tuple arrays it replaced
/// (kept here), bit for bit, on seeded random graphs.
@Suite struct ForceLayoutTests {
    /// The layout's iterations as they were written before (session 42), without `fit`.
    private static func settledBefore(_ layout: ForceLayout, ids: [String], edges: [(Int, Int, Int)]) -> [(x: Double, y: Double)] {
        let (width, height, iterations) = (layout.width, layout.height, layout.iterations)
        let n = ids.count
        var pos = ids.map { id -> (x: Double, y: Double) in
            let h = UInt64(Slugs.shortHash(id), radix: 16)!, g = UInt64(Slugs.shortHash(id + "/y"), radix: 16)!
            return (Double(h % 10_000) / 10_000 * width, Double(g % 10_000) / 10_000 * height)
        }
        let k = (width * height / Double(n)).squareRoot() * 0.75
        var temperature = width / 8
        let cool = temperature / Double(iterations)
        for _ in 0..<iterations {
            var disp = Array(repeating: (x: 0.0, y: 0.0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y
                    var d = (dx * dx + dy * dy).squareRoot()
                    if d < 0.01 { dx = 0.01 * Double(i - j); dy = 0.01; d = 0.02 }
                    let f = k * k / d
                    disp[i].x += dx / d * f; disp[i].y += dy / d * f
                    disp[j].x -= dx / d * f; disp[j].y -= dy / d * f
                }
            }
            for (a, b, w) in edges {
                let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y
                let d = max((dx * dx + dy * dy).squareRoot(), 0.01)
                let f = d * d / k * (1 + log(Double(w)) * 0.5)
                disp[a].x -= dx / d * f; disp[a].y -= dy / d * f
                disp[b].x += dx / d * f; disp[b].y += dy / d * f
            }
            for i in 0..<n {
                disp[i].x -= (pos[i].x - width / 2) * 0.02 * k / 10
                disp[i].y -= (pos[i].y - height / 2) * 0.02 * k / 10
                let d = max((disp[i].x * disp[i].x + disp[i].y * disp[i].y).squareRoot(), 0.01)
                let step = min(d, temperature)
                pos[i].x += disp[i].x / d * step
                pos[i].y += disp[i].y / d * step
            }
            temperature = max(temperature - cool, 0.5)
        }
        return pos
    }

    @Test func sameBitsAsTheTupleArrays() {
        var r = SplitMix64(seed: 4301)
        for round in 0..<60 {
            let n = round < 3 ? [2, 3, 60][round] : Int.random(in: 2...40, using: &r)
            // (duplicate ids put two nodes on one spot: the `d < 0.01` case)
            let ids = (0..<n).map { i in Int.random(in: 0..<10, using: &r) == 0 ? "dup" : "e\(Int.random(in: 0..<1_000_000, using: &r))-\(i)" }
            var edges: [(Int, Int, Int)] = []
            for _ in 0..<Int.random(in: 0...(3 * n), using: &r) {
                edges.append((Int.random(in: 0..<n, using: &r), Int.random(in: 0..<n, using: &r), Int.random(in: 1...50, using: &r)))
            }
            var layout = ForceLayout()
            if round % 4 == 3 { layout.iterations = Int.random(in: 1...60, using: &r); layout.width = 400; layout.height = 900 }
            let got = layout.settled(ids: ids, edges: edges), want = Self.settledBefore(layout, ids: ids, edges: edges)
            #expect(got.map(\.x.bitPattern) == want.map(\.x.bitPattern) && got.map(\.y.bitPattern) == want.map(\.y.bitPattern),
                    "round \(round)")
        }
    }
}
