import Foundation
#if canImport(Glibc)
import Glibc
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Wall-clock time of each pipeline stage, for `--timings` and benchmarks, with the CPU time the
/// process used during the stage (all threads; steadier than wall time on a shared machine) and the
/// resident memory when it ended.
public struct StageTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var seconds: Double
        /// User + system CPU seconds of the whole process during the stage.
        public var cpuSeconds: Double
        /// Resident set size when the stage ended, and the peak so far (bytes).
        public var residentBytes: Int
        public var peakResidentBytes: Int
    }

    public private(set) var stages: [Stage] = []
    public init() {}

    public mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpu = Self.cpuSeconds()
        defer { record(name, since: start, cpu: cpu) }
        return try body()
    }

    /// Adds a stage that began at `start` (`DispatchTime` nanoseconds) when the process had used `cpu` seconds.
    public mutating func record(_ name: String, since start: UInt64, cpu: Double) {
        let (rss, peak) = Self.residentBytes()
        stages.append(Stage(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                            cpuSeconds: Self.cpuSeconds() - cpu, residentBytes: rss, peakResidentBytes: peak))
    }

    /// The stages' seconds added up.
    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// One line per stage, "name   1.234 s  cpu 2.345 s  rss 123 MB  peak 150 MB", names padded to one
    /// column (`%-10@` does not pad on Linux).
    public var report: String {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { stage in
            stage.name + String(repeating: " ", count: width - stage.name.count)
                + String(format: " %8.3f s  cpu %8.3f s  rss %6d MB  peak %6d MB", stage.seconds, stage.cpuSeconds,
                         stage.residentBytes >> 20, stage.peakResidentBytes >> 20)
        }.joined(separator: "\n")
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// (current, peak) resident set size in bytes (Linux: /proc/self/status; elsewhere the peak twice).
    static func residentBytes() -> (Int, Int) {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let peak = Int(usage.ru_maxrss) * 1024
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return (peak, peak) }
        return (kb * 1024, max(peak, kb * 1024))  // (the peak was read first: the current size may pass it)
    }
}
