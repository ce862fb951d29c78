import Foundation
import Testing
import TestSupport
@testable import Sitegen
#if canImport(Glibc)
import Glibc
#endif

/// The statuses an edit reads of every input and output file, read more cheaply (session 42): the output's through
/// its folders' descriptors (`OutputFolders`), the inputs' once, by the scan (`InputInventory.articleStatuses`).
/// Each is checked against the way it was read before.
@Suite struct EditStatusReadsTests {
    /// What `OutputReuse.statInOutput` read before: `lstat` of the joined path, regular files only.
    private func lstatByPath(_ root: String, _ path: String) -> (size: Int, mtimeNanos: Int, inode: UInt64)? {
        var st = Glibc.stat()
        guard lstat(root + "/" + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(st.st_size), st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec, UInt64(st.st_ino))
    }

    /// A random tree of files, folders, symbolic links and names that are not there; every name asked of
    /// `OutputReuse` reads the status `lstat` reads by path.
    @Test func outputStatusesAreTheStatusesByPath() throws {
        var random = SeededRandom(seed: 42)
        for round in 0..<6 {
            let dir = TempDir()
            let root = dir.url.standardizedFileURL.path
            let folders = ["", "a", "a/b", "entities", "entities/x/page", "c d", "مقالات"]
            var asked: [String] = []
            for i in 0..<60 {
                let folder = folders[random.below(folders.count)]
                let name = "f\(i)" + [".html", ".json", "", ".x.y"][random.below(4)]
                let path = folder.isEmpty ? name : folder + "/" + name
                asked.append(path)
                switch random.below(5) {
                case 0: continue  // not there
                case 1: try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
                case 2:
                    dir.write(path + ".target", String(repeating: "t", count: random.below(50)))
                    symlink(root + "/" + path + ".target", root + "/" + path)
                default: dir.write(path, String(repeating: "x", count: random.below(300)))
                }
            }
            asked += ["missing/f.html", "a/missing/f.html", "a", "a/b"]
            // (the folders' descriptors are opened on first use: ask twice, in two orders)
            let reuse = OutputReuse(output: dir.url, previous: [:], pageSeed: ContentHash(high: 1, low: 2))
            for path in asked + asked.reversed() {
                let fast = reuse.statInOutput(path), slow = lstatByPath(root, path)
                #expect(fast?.size == slow?.size && fast?.mtimeNanos == slow?.mtimeNanos && fast?.inode == slow?.inode,
                        "round \(round): \(path)")
            }
        }
    }

    /// Past its limit of open folders, a file is read by its path; a folder that cannot be opened gives no descriptor.
    @Test func foldersPastTheLimitAreReadByPath() {
        let dir = TempDir()
        for f in ["a", "b", "c"] { dir.write(f + "/x.html", "x") }
        func descriptor(_ folders: OutputFolders, _ folder: String) -> Int32? {
            Array(folder.utf8).withUnsafeBufferPointer { folders.descriptor(of: $0) }
        }
        let folders = OutputFolders(root: dir.url.path, limit: 2)
        let a = descriptor(folders, "a")
        #expect(a != nil)
        #expect(descriptor(folders, "") != nil)  // the root, the second folder
        #expect(descriptor(folders, "c") == nil)  // past the limit
        #expect(descriptor(folders, "a") == a)  // already open
        #expect(descriptor(OutputFolders(root: dir.url.path), "missing") == nil)
    }

    /// The scan's status of every article is the one `FileKeyMemo` read of it by path, in the articles' order.
    @Test func scannedStatusesAreTheFilesStatuses() throws {
        let input = TempDir()
        input.write("b.md", "---\ntitle: ب\n---\nنص.\n")
        input.write("a/z.txt", "عنوان\nنص.\n")
        input.write("a/z.yml", "title: ملف مرافق\n")
        input.write("A.md", "نص.\n")
        input.write("مقالات/خبر.md", "نص.\n")
        input.write("entities/x.md", "---\nname: س\n---\n")
        input.write("notes.pdf", "x")
        let inventory = InputScanner().scan(input.url)
        #expect(inventory.articles == ["A.md", "a/z.txt", "b.md", "مقالات/خبر.md"])
        #expect(inventory.articleStatuses.count == inventory.articles.count)
        for (path, status) in zip(inventory.articles, inventory.articleStatuses) {
            #expect(status == FileKeyMemo.Status(path: input.url.path + "/" + path), "\(path)")
        }
        #expect(inventory.scannedAt > 0 && inventory.scannedAt <= FileKeyMemo.now())
    }

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
            CacheFile.write(file, identity: identity, parts: saved.encodedParts())
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
