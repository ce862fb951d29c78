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
        guard let pages = residentPages() else { return (peak, peak) }
        let rss = pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        return (rss, max(peak, rss))  // (the peak was read first: the current size may pass it)
    }

    /// The resident pages of the process: the second number of `/proc/self/statm` (what `/proc/self/status` gives as
    /// `VmRSS` in kB, without the kernel writing the rest of that file and a `String` split into lines each stage).
    static func residentPages() -> Int? {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer -> Int? in
            let n = read(fd, buffer.baseAddress, buffer.count)
            guard n > 0 else { return nil }
            return parseStatmResident(UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
    }

    /// The second space-separated decimal number of `statm`'s text (nil if there is none).
    static func parseStatmResident(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var field = 0, value = 0, digits = 0
        for b in text {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") {
                if field == 1 { break }
                field += 1
                continue
            }
            guard field == 1 else { continue }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), digits < 18 else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
