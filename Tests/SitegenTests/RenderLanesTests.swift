import Dispatch
import Foundation
import Testing
@testable import Sitegen

/// The generators on two lanes (`RenderLanes`), the values they share (`SharedValues`) and `concurrently`.
@Suite struct RenderLanesTests {
    static let names = ["home", "articles", "entities", "entity-lists", "events", "data", "index-letters", "search",
                        "feeds", "sitemap", "build-info"]

    @Test func theSerialGeneratorsGoBesideThePagesAndTheSitemapLast() {
        let (pages, beside, last) = RenderLanes.partition(Self.names, jobs: 2)
        #expect(pages.map { Self.names[$0] } == ["home", "articles", "entities", "events", "feeds"])
        #expect(beside.map { Self.names[$0] } == ["entity-lists", "data", "index-letters", "search"])
        #expect(last.map { Self.names[$0] } == ["sitemap", "build-info"])
    }

    @Test func oneJobRunsEveryGeneratorInOrder() {
        let (pages, beside, last) = RenderLanes.partition(Self.names, jobs: 1)
        #expect(beside.isEmpty)
        #expect(pages + last == Array(Self.names.indices))
    }

    @Test func aGeneratorAfterTheSitemapStaysAfterIt() {
        let names = ["articles", "sitemap", "search", "build-info"]
        let (pages, beside, last) = RenderLanes.partition(names, jobs: 2)
        #expect(pages == [0] && beside.isEmpty && last == [1, 2, 3])
    }

    /// A generator that records when it ran, and may fail.
    struct Probe: SiteGenerator {
        let name: String
        let log: Log
        var fails = false
        var pause = 0.0
        func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            log.add(name)
            if fails { throw .error("\(name) failed") }
        }
    }

    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ name: String) { lock.lock(); names.append(name); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return names }
    }

    static func sink(_ dir: TempDir) throws -> OutputSink {
        let site = SiteModel(config: SiteConfig(), articles: [], bodies: [])
        return OutputSink(staged: try StagedOutput(output: dir.url.appendingPathComponent("site")), templates: try TemplateSet(folder: nil),
                          site: site, sections: [])
    }

    @Test func bothLanesRunAndTheSitemapComesAfterThem() throws {
        let dir = TempDir()
        let log = Log()
        // the page lane is slow: the second lane's generators run before it ends, the sitemap after both
        let gens: [any SiteGenerator] = [Probe(name: "articles", log: log, pause: 0.2), Probe(name: "search", log: log),
                                         Probe(name: "data", log: log), Probe(name: "sitemap", log: log)]
        var timings = StageTimings()
        try RenderLanes.run(gens, into: try Self.sink(dir), jobs: 2, progress: nil, timings: &timings)
        #expect(log.all == ["search", "data", "articles", "sitemap"])
        #expect(timings.stages.map(\.name) == ["render:articles", "render:search (lane 2)", "render:data (lane 2)",
                                               "render (2 lanes)", "render:sitemap"])
        let lanes = timings.stages.first { $0.name == "render (2 lanes)" }!
        #expect(lanes.seconds >= timings.stages[0].seconds)
    }

    @Test func theFirstErrorInTheGeneratorsOrderIsThrownOnceBothLanesStopped() throws {
        let dir = TempDir()
        let log = Log()
        // the second lane fails first in time, but the page lane's failure comes first in the generators' order
        let gens: [any SiteGenerator] = [Probe(name: "articles", log: log, fails: true, pause: 0.2), Probe(name: "search", log: log, fails: true),
                                         Probe(name: "data", log: log), Probe(name: "entities", log: log), Probe(name: "sitemap", log: log)]
        var timings = StageTimings()
        #expect(throws: Diagnostic.error("articles failed")) {
            try RenderLanes.run(gens, into: try Self.sink(dir), jobs: 2, progress: nil, timings: &timings)
        }
        // each lane stopped at its failure; nothing ran after
        #expect(log.all == ["search", "articles"])
    }

    @Test func concurrentlyReturnsBothResults() {
        for jobs in [1, 2] {
            let (a, b) = concurrently(jobs: jobs, { (0..<1000).reduce(0, +) }, { "b" + String(jobs) })
            #expect(a == 499_500 && b == "b\(jobs)")
        }
    }

    struct First { let v: Int }
    struct Second { let v: Int }

    @Test func makingOneSharedValueDoesNotHoldUpAnother() {
        let shared = SharedValues()
        let secondMade = DispatchSemaphore(value: 0)
        let box = UncheckedSendable(shared)
        var waited = DispatchTimeoutResult.timedOut
        // the first value is made only once the second one was, on another thread
        Thread {
            _ = box.value.value(Second.self) { Second(v: 2) }
            secondMade.signal()
        }.start()
        let first = shared.value(First.self) {
            waited = secondMade.wait(timeout: .now() + 10)
            return First(v: 1)
        }
        #expect(waited == .success)
        #expect(first.v == 1 && shared.value(Second.self) { Second(v: 0) }.v == 2)
        #expect(shared.value(First.self) { First(v: 0) }.v == 1)  // made once
    }
}
