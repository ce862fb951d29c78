/// Union–find over indexes (entity groups here, republished articles in `Sitegen`).
public struct UnionFind: Sendable {
    var parent: [Int]
    public init(_ n: Int) { parent = Array(0..<n) }
    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    /// Joins two sets; the smaller index stays the root (deterministic). Returns false if already joined.
    @discardableResult public mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
        return true
    }
}
