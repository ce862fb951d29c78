import Foundation
import Testing
@testable import Sitegen

/// A patch build stages its files flat in the staging folder (no folders made there, to be removed again) and renames
/// each into its folder of the output; the output state is written without Foundation's `fsync`.
@Suite struct StagedPatchTests {
    @Test func aPatchStagesItsFilesFlatAndLeavesNoStagingFolder() throws {
        let dir = TempDir()
        let output = dir.url.appendingPathComponent("site")
        dir.write("site/index.html", "قديم")
        let reuse = OutputReuse(output: output, previous: [:], pageSeed: ContentHash(high: 1, low: 2))
        #expect(reuse.patching)
        let staged = try StagedOutput(output: output)
        staged.reuse = reuse
        try staged.write("index.html", "جديد")
        try staged.write("articles/a.html", "مقال")
        try staged.write("a-z/ا/page/2.html", "فهرس")
        #expect(try FileManager.default.contentsOfDirectory(atPath: staged.staging.path).sorted() == ["p1", "p2", "p3"])
        try staged.commit()
        #expect(!FileManager.default.fileExists(atPath: staged.staging.path))
        #expect(dir.read("site/index.html") == "جديد")
        #expect(dir.read("site/articles/a.html") == "مقال")
        #expect(dir.read("site/a-z/ا/page/2.html") == "فهرس")
        #expect(reuse.entries.count == 3)
    }

    @Test func theOutputStateIsWrittenAndReadBack() throws {
        let dir = TempDir()
        dir.write("site/index.html", "a")
        let root = dir.url.appendingPathComponent("site").standardizedFileURL.path
        let state = try #require(OutputState.current(folder: root, paths: ["index.html"]))
        let file = dir.url.appendingPathComponent("cache/state.bin")
        state.write(file)
        #expect(OutputState.read(file) == state)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("cache").path) == ["state.bin"])
        state.write(file)  // over the last one
        #expect(OutputState.read(file) == state)
    }
}
