import Foundation

/// Wall-clock time of each pipeline stage, for `--timings` and benchmarks.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    public init() {}

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// One line per stage, "name   1.234 s", names padded to one column (`%-10@` does not pad on Linux).
    public var report: String {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { stage in
            stage.name + String(repeating: " ", count: width - stage.name.count) + String(format: " %8.3f s", stage.seconds)
        }.joined(separator: "\n")
    }
}
