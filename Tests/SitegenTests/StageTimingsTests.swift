import Testing
@testable import Sitegen

@Suite struct StageTimingsTests {
    @Test func reportHasOneAlignedLinePerStageInOrder() {
        var t = StageTimings()
        t.measure("load") { }
        let n = t.measure("render:entity-lists") { 42 }
        #expect(n == 42)
        let lines = t.report.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("load ") && lines[1].hasPrefix("render:entity-lists "))
        // wall seconds, CPU seconds, resident and peak memory, in columns at the same place on every line
        #expect(lines.allSatisfy { $0.contains(" s  cpu ") && $0.contains(" s  rss ") && $0.hasSuffix(" MB") })
        #expect(lines[0].count == lines[1].count)
        #expect(t.stages.allSatisfy { $0.cpuSeconds >= 0 && $0.peakResidentBytes >= $0.residentBytes && $0.residentBytes > 0 })
        #expect(t.stages.map(\.name) == ["load", "render:entity-lists"])
    }
}
