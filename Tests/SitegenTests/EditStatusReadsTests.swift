import Foundation
import Testing
import TestSupport
@testable import Sitegen
#if canImport(Glibc)
import Glibc
#endif

/// What an edit reads more cheaply since session 42 (the inputs' statuses once, by the scan; cache files straight into
/// their arrays; the saved search index in parts; `statm`; path extensions in place), each against the way it was read before.
@Suite struct EditStatusReadsTests {
    /// The resident pages read from `statm`'s numbers, against a split of the text as `/proc/self/status`'s line was read.
    @Test func statmResidentIsTheSecondNumber() {
        func split(_ text: String) -> Int? {
            let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            return fields.count > 1 ? Int(fields[1]) : nil
        }
        var random = SeededRandom(seed: 7)
        var samples = ["1234 567 89 1 0 300 0\n", "1 2", "5\n", "", "12 x 3", "7 00042 1\n"]
        for _ in 0..<300 {
            samples.append((0..<random.below(8)).map { _ in String(random.below(1_000_000)) }.joined(separator: " ") + "\n")
        }
        for text in samples {
            let bytes = Array(text.utf8)
            let parsed = bytes.withUnsafeBufferPointer { StageTimings.parseStatmResident($0) }
            #expect(parsed == split(text), "\(text)")
        }
        #expect((StageTimings.residentPages() ?? 0) > 0)
    }

    /// `ArticleLoader.pathExtension` before session 42: the same reading on a copy of the bytes.
    private func pathExtensionOnACopy(_ path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        guard let dot = bytes[start...].lastIndex(of: UInt8(ascii: ".")), dot > start else { return "" }
        return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// `pathExtension` on the bytes in place, against the copy it replaced, on random paths of slashes, dots and letters.
    @Test func pathExtensionOnRandomPaths() {
        var random = SeededRandom(seed: 16)
        for _ in 0..<3000 {
            let path = random.text(of: ["/", ".", "a", "MD", "md", "خبر", "x.", ".y", "//", "Html"], maxPieces: 9)
            #expect(ArticleLoader.pathExtension(path) == pathExtensionOnACopy(path), "\(path)")
        }
        for path in ["", "/", "//", ".", "a.", ".md", "a/.md", "a.md/", "a.md//", "/x.MD"] {
            #expect(ArticleLoader.pathExtension(path) == pathExtensionOnACopy(path), "\(path)")
        }
    }

    /// `SavedSearchIndex.encode` before session 42: everything through one writer.
    private func encodedInOneWriter(_ s: SavedSearchIndex) -> [UInt8] {
        var w = BinaryWriter()
        w.shortString(SavedSearchIndex.magic)
        w.hash(ContentHash(high: 0, low: 0))  // (the stamp of an index made in memory)
        w.uvarint(s.fileBudget)
        w.numbers(s.sourceKeys.flatMap { [$0.high, $0.low] })
        w.numbers(s.termKeys.flatMap { [$0.high, $0.low] })
        w.numbers(s.layoutKeys.flatMap { [$0.high, $0.low] })
        w.numbers(s.sizes)
        w.numbers(s.nameStarts)
        w.blob(s.nameBytes)
        w.numbers(s.docStarts)
        w.blob(s.docBytes)
        w.uvarint(s.shardNames.count)
        for (name, content) in zip(s.shardNames, s.shardContent) {
            w.shortString(name)
            w.hash(content)
            w.uvarint(0)  // (its files not counted)
        }
        w.numbers(s.blobStarts)
        w.blob(s.blobBytes)
        return w.bytes
    }

    /// The saved search index written in parts is the bytes one writer made, read back alike, and a cache file
    /// written from parts reads back as their concatenation (`CacheFile.contents`, `CacheFile.read`).
    @Test func searchIndexPartsAreTheOneWriterBytes() throws {
        var random = SeededRandom(seed: 99)
        let dir = TempDir()
        for round in 0..<40 {
            func bytes(_ n: Int) -> [UInt8] { (0..<random.below(n)).map { _ in UInt8(random.below(256)) } }
            func hashes(_ n: Int) -> [ContentHash] { (0..<n).map { _ in ContentHash(high: random.nextState(), low: random.nextState()) } }
            /// `n + 1` rising offsets into `count` bytes, from 0.
            func starts(_ n: Int, within count: Int) -> [Int] { [0] + (0..<n).map { _ in random.below(count + 1) }.sorted() }
            let docs = random.below(30), shards = random.below(6)
            let names = bytes(round == 0 ? 1 : 300), docBytes = bytes(3000), blobs = bytes(round == 1 ? 1 : 70_000)
            let saved = SavedSearchIndex(
                fileBudget: random.below(200_000), sourceKeys: hashes(docs), termKeys: hashes(docs), layoutKeys: hashes(docs),
                sizes: (0..<docs).map { _ in Int32(random.below(9000)) },
                nameStarts: starts(random.below(9), within: names.count).map(UInt32.init), nameBytes: names,
                docStarts: starts(docs, within: docBytes.count).map(UInt32.init), docBytes: docBytes,
                shardNames: (0..<shards).map { "s\($0)" + (random.below(2) == 0 ? "ب" : "") }, shardContent: hashes(shards),
                blobStarts: starts(shards, within: blobs.count).map(UInt64.init), blobBytes: blobs)
            let expected = encodedInOneWriter(saved)
            #expect(saved.encode() == expected, "round \(round)")
            let file = dir.url.appendingPathComponent("index-\(round).bin")
            let identity = ContentHash(high: 5, low: UInt64(round))
            CacheFile.write(file, identity: identity, parts: saved.encodedParts(stamp: ContentHash(high: 0, low: 0)))
            var head = BinaryWriter()
            head.hash(identity)
            #expect(CacheFile.contents(file.path) == head.bytes + expected)
            #expect(CacheFile.contents(file.path) == FileManager.default.contents(atPath: file.path).map { [UInt8]($0) })
            var r = try #require(CacheFile.read(file, identity: identity))
            #expect(try SavedSearchIndex(decoding: &r).encode() == expected)
            #expect(CacheFile.read(file, identity: ContentHash(high: 6, low: 0)) == nil)
        }
        #expect(CacheFile.contents(dir.url.appendingPathComponent("missing").path) == nil)
        #expect(CacheFile.contents(dir.url.path) == nil)  // a folder
        dir.write("empty", "")
        #expect(CacheFile.contents(dir.url.appendingPathComponent("empty").path) == [])
    }
}
