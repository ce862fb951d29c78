import Foundation
import Testing
@testable import Sitegen

/// The staging folder's top-level folders are made under a name of their own and renamed into place
/// (`StagedOutput.makeFolder`): the site must come out with the same folders and files, with nothing left behind,
/// also when threads ask for the same folders at once.
@Suite struct StagedOutputFoldersTests {
    /// Every path under `root` (folders and files), and the files alone.
    private func listing(_ root: URL) -> (all: [String], files: Set<String>) {
        let e = FileManager.default.enumerator(atPath: root.path)
        var all: [String] = [], files = Set<String>()
        while let p = e?.nextObject() as? String {
            all.append(p)
            if e?.fileAttributes?[.type] as? FileAttributeType == .typeRegular { files.insert(p) }
        }
        return (all.sorted(), files)
    }

    @Test func twoThreadsWritingIntoTheSameNewFoldersLeaveTheSiteAndNoTemporaryFolder() throws {
        let dir = TempDir()
        let output = dir.url.appendingPathComponent("site")
        let staged = try StagedOutput(output: output)
        let folders = ["articles", "entities", "events", "search", "a-z/ا", "entities/deep/er"]
        let perThread = 200
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for i in 0..<perThread {
                let folder = folders[i % folders.count]
                try? staged.write("\(folder)/t\(thread)-\(i).html", "صفحة \(thread) \(i)")
            }
        }
        try staged.write("index.html", "الرئيسية")
        try staged.commit()
        let (paths, files) = listing(output)
        #expect(!paths.contains { $0.contains(".folder-") }, "a temporary folder was left: \(paths.filter { $0.contains(".folder-") })")
        var expected = Set(["index.html"])
        for thread in 0..<2 {
            for i in 0..<perThread { expected.insert("\(folders[i % folders.count])/t\(thread)-\(i).html") }
        }
        #expect(files == expected)
        #expect(Set(paths).subtracting(files) == ["articles", "entities", "events", "search", "a-z", "a-z/ا", "entities/deep", "entities/deep/er"])
        let sample = try String(contentsOf: output.appendingPathComponent("a-z/ا/t1-4.html"), encoding: .utf8)
        #expect(sample == "صفحة 1 4")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(".site.staging-\(getpid())").path))
    }

    @Test func makingAFolderThatExistsSucceedsAndLeavesNoTemporaryFolder() throws {
        let dir = TempDir()
        let full = dir.url.appendingPathComponent("articles").path
        #expect(StagedOutput.makeFolder(full, spreadFrom: dir.url.path))
        #expect(StagedOutput.makeFolder(full, spreadFrom: dir.url.path))
        #expect(StagedOutput.makeFolder(full, spreadFrom: nil))
        #expect(listing(dir.url).all == ["articles"])
        // A parent that does not exist is an error, reported through errno, with nothing made.
        let orphan = dir.url.appendingPathComponent("missing/articles").path
        #expect(!StagedOutput.makeFolder(orphan, spreadFrom: dir.url.appendingPathComponent("missing").path))
        #expect(listing(dir.url).all == ["articles"])
    }
}
