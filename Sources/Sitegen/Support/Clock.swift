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

    public var report: String {
        stages.map { String(format: "%-10@ %7.3f s", $0.name as NSString, $0.seconds) }.joined(separator: "\n")
    }
}
