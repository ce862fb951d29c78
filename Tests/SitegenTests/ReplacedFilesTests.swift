import Foundation
import Testing
@testable import Sitegen

/// A cache file written over an old one is in place when the write returns; the old file, exchanged with the new one,
/// is removed on a thread of its own, and none is left once `finish` returns (`ReplacedFiles`).
@Suite struct ReplacedFilesTests {
    static func names(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    @Test func aFileMovedOverAnotherReplacesItAndLeavesNothingBehind() throws {
        let dir = TempDir()
        let target = dir.write("c/a.bin", "قديم").path
        for i in 0..<20 {
            dir.write("c/new-\(i)", "جديد \(i)")
            #expect(ReplacedFiles.move(dir.url.appendingPathComponent("c/new-\(i)").path, over: target))
            #expect(dir.read("c/a.bin") == "جديد \(i)")  // in place at once
        }
        ReplacedFiles.finish()
        #expect(Self.names(dir.url.appendingPathComponent("c")) == ["a.bin"])
    }

    @Test func withoutAnOldFileOrOverAFolderItIsARename() throws {
        let dir = TempDir()
        dir.write("c/new", "جديد")
        #expect(ReplacedFiles.move(dir.url.appendingPathComponent("c/new").path, over: dir.url.appendingPathComponent("c/a.bin").path))
        #expect(dir.read("c/a.bin") == "جديد")
        dir.write("c/folder/inside", "x")
        dir.write("c/other", "y")
        // (as `rename`: a file is not moved over a folder, and the folder is left as it was)
        #expect(!ReplacedFiles.move(dir.url.appendingPathComponent("c/other").path, over: dir.url.appendingPathComponent("c/folder").path))
        ReplacedFiles.finish()
        #expect(Self.names(dir.url.appendingPathComponent("c")) == ["a.bin", "folder", "other"])
        #expect(dir.read("c/folder/inside") == "x")
    }

    @Test func aCacheFileReplacedWhileMappedStaysReadable() throws {
        let dir = TempDir()
        let file = dir.url.appendingPathComponent("cache/x.bin")
        let identity = ContentHash(high: 3, low: 4)
        CacheFile.write(file, identity: identity, Array("الأول".utf8))
        var first = try #require(CacheFile.read(file, identity: identity))
        CacheFile.write(file, identity: identity, Array("الثاني".utf8))
        ReplacedFiles.finish()
        var second = try #require(CacheFile.read(file, identity: identity))
        let a = try first.readRest(), b = try second.readRest()
        #expect(String(decoding: a, as: UTF8.self) == "الأول")
        #expect(String(decoding: b, as: UTF8.self) == "الثاني")
        #expect(Self.names(dir.url.appendingPathComponent("cache")) == ["x.bin"])
    }
}

private extension BinaryReader {
    /// The bytes from the reader's position to the end.
    mutating func readRest() throws -> [UInt8] {
        let start = offset
        while !atEnd { _ = try bool() }
        return bytes(from: start)
    }
}
