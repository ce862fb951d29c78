import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport
@testable import Sitegen

/// Cache files read mapped (`ReadBytes`, `BinaryReader` on a pointer) read what the array reader read, and an output
/// file's status read through the output folder's descriptor (`OutputReuse`) decides as the joined path did.
@Suite struct MappedCacheReadTests {
    /// The reader before session 44: an array and indexes (kept to check the pointer reader against).
    struct ArrayReader {
        struct Corrupt: Error {}
        let bytes: [UInt8]
        var at = 0

        mutating func int() throws -> Int {
            guard at + 8 <= bytes.count else { throw Corrupt() }
            var u: UInt64 = 0
            for k in 0..<8 { u |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return Int(Int64(bitPattern: u))
        }

        mutating func bool() throws -> Bool {
            guard at < bytes.count else { throw Corrupt() }
            at += 1
            return bytes[at - 1] != 0
        }

        mutating func string() throws -> String {
            let n = try int()
            guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
            defer { at += n }
            return String(decoding: bytes[at..<at + n], as: UTF8.self)
        }

        mutating func blob() throws -> [UInt8] {
            let n = try int()
            guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
            defer { at += n }
            return Array(bytes[at..<at + n])
        }

        mutating func uvarint() throws -> Int {
            var u: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard at < bytes.count, shift < 64 else { throw Corrupt() }
                let b = bytes[at]
                at += 1
                u |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            return Int(Int64(bitPattern: u))
        }

        mutating func optionalVarint() throws -> Int? {
            let u = UInt64(UInt(bitPattern: try uvarint()))
            guard u != 0 else { return nil }
            let z = u &- 1
            return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
        }

        mutating func shortString() throws -> String {
            let n = try uvarint()
            guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
            defer { at += n }
            return String(decoding: bytes[at..<at + n], as: UTF8.self)
        }

        mutating func numbers() throws -> [UInt32] {
            let n = try uvarint()
            guard n >= 0, n <= (bytes.count - at) / 4 else { throw Corrupt() }
            var out: [UInt32] = []
            for k in 0..<n {
                var v: UInt32 = 0
                for b in 0..<4 { v |= UInt32(bytes[at + 4 * k + b]) << (8 * UInt32(b)) }
                out.append(v)
            }
            at += 4 * n
            return out
        }
    }

    /// One read of either reader, as text (a throw is "corrupt"), so that the two can be compared step by step.
    static func step(_ op: Int, _ r: inout BinaryReader) -> String {
        do {
            switch op {
            case 0: return try "i\(r.int())"
            case 1: return try "b\(r.bool())"
            case 2: return try "s\(r.string())"
            case 3: return try "B\(r.blob())"
            case 4: return try "v\(r.uvarint())"
            case 5: return try "o\(String(describing: r.optionalVarint()))"
            case 6: return try "S\(r.shortString())"
            case 7: return try "n\(r.numbers(UInt32.self))"
            default:
                var copy = ""
                try r.blobSlice().withUnsafeBytes { copy = "B\(Array($0))" }
                return copy
            }
        } catch { return "corrupt" }
    }

    static func step(_ op: Int, _ r: inout ArrayReader) -> String {
        do {
            switch op {
            case 0: return try "i\(r.int())"
            case 1: return try "b\(r.bool())"
            case 2: return try "s\(r.string())"
            case 3, 8: return try "B\(r.blob())"
            case 4: return try "v\(r.uvarint())"
            case 5: return try "o\(String(describing: r.optionalVarint()))"
            case 6: return try "S\(r.shortString())"
            default: return try "n\(r.numbers())"
            }
        } catch { return "corrupt" }
    }

    /// Seeded writes read back in the written order, in a shuffled order (reads of the wrong kind) and from damaged
    /// bytes: the mapped reader, the pointer reader of an array and the array reader give the same values, throw alike
    /// and end at the same offset.
    @Test func mappedReadsEqualTheArrayReader() throws {
        var random = SeededRandom(seed: 4404)
        let dir = TempDir()
        let words = ["", "a", "خبر", "تونس", "😀", "x\u{0}y", "é"]
        for round in 0..<300 {
            var w = BinaryWriter()
            var ops: [Int] = []
            for _ in 0..<random.below(40) {
                let op = random.below(9)
                ops.append(op)
                switch op {
                case 0: w.int(Int(bitPattern: UInt(random.nextState())) >> random.below(64))
                case 1: w.bool(random.below(2) == 0)
                case 2: w.string(random.text(of: words, maxPieces: 6))
                case 3, 8: w.blob((0..<random.below(300)).map { _ in UInt8(random.below(256)) })
                case 4: w.uvarint(Int(random.nextState() >> UInt64(1 + random.below(63))))
                case 5: w.optionalVarint(random.below(4) == 0 ? nil : Int(bitPattern: UInt(random.nextState())) >> random.below(64))
                case 6: w.shortString(random.text(of: words, maxPieces: 9))
                default: w.numbers((0..<random.below(20)).map { _ in UInt32(truncatingIfNeeded: random.nextState()) })
                }
            }
            var bytes = w.bytes
            if round % 3 == 1 {  // reads of other kinds than written: damaged files
                for i in ops.indices.reversed() { ops.swapAt(i, random.below(i + 1)) }
            }
            if round % 3 == 2, !bytes.isEmpty {
                for _ in 0..<(1 + random.below(4)) { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
                if random.below(2) == 0 { bytes.removeLast(random.below(bytes.count)) }
            }
            let identity = ContentHash(high: 44, low: UInt64(round))
            let file = dir.url.appendingPathComponent("f-\(round).bin")
            CacheFile.write(file, identity: identity, bytes)
            var mapped = try #require(CacheFile.read(file, identity: identity))
            var fromArray = BinaryReader(bytes)
            var old = ArrayReader(bytes: bytes)
            for (k, op) in ops.enumerated() {
                let expected = Self.step(op, &old)
                #expect(Self.step(op, &mapped) == expected, "round \(round), read \(k)")
                #expect(Self.step(op, &fromArray) == expected, "round \(round), read \(k)")
                if expected == "corrupt" { break }
                #expect(mapped.offset == 16 + old.at && fromArray.offset == old.at)  // (the mapped file begins with the identity)
                #expect(mapped.remaining == bytes.count - old.at && mapped.atEnd == (old.at >= bytes.count))
            }
            #expect(CacheFile.read(file, identity: ContentHash(high: 45, low: 0)) == nil)
        }
        // an empty file (nothing to map) reads as empty; a missing file or a folder as nothing
        CacheFile.write(dir.url.appendingPathComponent("empty.bin"), identity: ContentHash(high: 1, low: 1))
        let empty = try #require(CacheFile.read(dir.url.appendingPathComponent("empty.bin"), identity: ContentHash(high: 1, low: 1)))
        #expect(empty.atEnd)
        dir.write("zero", "")
        #expect(CacheFile.mapped(dir.url.appendingPathComponent("zero").path)?.count == 0)
        #expect(CacheFile.mapped(dir.url.appendingPathComponent("missing").path) == nil)
        #expect(CacheFile.mapped(dir.url.path) == nil)
    }

    /// Bytes taken from a mapped file (`blobSlice`, `readBytes(from:)`) outlive its reader and equal the written bytes.
    @Test func bytesTakenFromAMappedFileOutliveItsReader() throws {
        let dir = TempDir()
        let file = dir.url.appendingPathComponent("slices.bin")
        let text = Array("نص المقال كاملا\n\nفقرة ثانية".utf8)
        var w = BinaryWriter()
        w.blob(text)
        w.shortString("بعد")
        CacheFile.write(file, identity: ContentHash(high: 2, low: 3), w.bytes)
        var slice: CachedBytes?
        var tail: ReadBytes?
        do {
            var r = try #require(CacheFile.read(file, identity: ContentHash(high: 2, low: 3)))
            slice = try r.blobSlice()
            let start = r.offset
            _ = try r.shortString()
            tail = r.readBytes(from: start)
        }
        try FileManager.default.removeItem(at: file)  // (the mapping keeps the removed file's pages)
        #expect(slice?.withUnsafeBytes { Array($0) } == text)
        var r = BinaryReader(try #require(tail))
        #expect(try r.shortString() == "بعد")
        #expect(r.atEnd)
        let bytes = try #require(slice)
        let markdown = try #require(ArticleMarkdown(cachedUTF8: bytes, digest: ArticleMarkdown.digest(ofUTF8: text[...])))
        #expect(markdown.string == String(decoding: text, as: UTF8.self))
        #expect(ArticleMarkdown(cachedUTF8: bytes, digest: ContentHash(high: 0, low: 0)) == nil)
    }

    /// A previous output file is kept when its recorded key, size, modification time and inode still hold, as with
    /// `lstat` of the joined path: not when it changed, is gone, is a folder or a link, or for another key; a path with
    /// a leading slash is read as the joined path read it. A build that made the last build's files and no other
    /// records the state the digest of its paths gives.
    @Test func outputStatusThroughTheFolderDecidesAsTheJoinedPath() throws {
        let dir = TempDir()
        let out = dir.url.appendingPathComponent("site")
        func entry(_ path: String, key: ContentHash) -> OutputReuse.Entry {
            var st = Glibc.stat()
            #expect(lstat(out.path + "/" + path, &st) == 0)
            return OutputReuse.Entry(key: key, size: Int(st.st_size), mtimeNanos: st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec,
                                     inode: UInt64(st.st_ino))
        }
        let k = ContentHash(high: 7, low: 7)
        let paths = ["index.html", "entities/a/index.html", "entities/b.html", "changed.html", "gone.html", "dir.html",
                     "link.html", "deep/x/y/z.json"]
        for p in paths { dir.write("site/" + p, "<p>\(p)</p>") }
        var previous: [String: OutputReuse.Entry] = [:]
        for p in paths { previous[p] = entry(p, key: k) }
        previous["/index.html"] = previous["index.html"]
        dir.write("site/changed.html", "<p>longer than before</p>")
        try FileManager.default.removeItem(at: out.appendingPathComponent("gone.html"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("dir.html"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("dir.html"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: out.appendingPathComponent("link.html"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("link.html").path, withDestinationPath: "index.html")
        let state = dir.url.appendingPathComponent("state.bin")
        let reuse = OutputReuse(output: out, previous: previous, pageSeed: k, stateFile: state)
        #expect(reuse.isRecordedUnchanged("index.html", key: k))
        #expect(reuse.isRecordedUnchanged("/index.html", key: k))
        #expect(reuse.isRecordedUnchanged("entities/a/index.html", key: k))
        #expect(reuse.isRecordedUnchanged("deep/x/y/z.json", key: k))
        #expect(!reuse.isRecordedUnchanged("entities/b.html", key: ContentHash(high: 1, low: 7)))
        for p in ["changed.html", "gone.html", "dir.html", "link.html", "missing.html", "x\u{0}.html"] {
            #expect(!reuse.isRecordedUnchanged(p, key: k), "\(p)")
        }
        // every previous path made again, and no other: the state holds the digest of those paths, made the first time
        // (no state recorded yet), taken from the check of the recorded state the second
        let fd = open(out.appendingPathComponent("index.html").path, O_RDONLY)
        defer { close(fd) }
        for round in 0..<2 {
            let again = round == 0 ? reuse : OutputReuse(output: out, previous: previous, pageSeed: k, stateFile: state)
            for p in previous.keys where !again.keepIfRecorded(p, key: k) { again.recordWritten(p, key: k, fd: fd) }
            again.recordCommitted()
            #expect(Set(again.entries.keys) == Set(previous.keys))
            #expect(OutputState.read(state) == OutputState.current(folder: out.standardizedFileURL.path, paths: previous.keys), "round \(round)")
        }
        // a build that made one more file: the digest of the new paths
        let more = OutputReuse(output: out, previous: previous, pageSeed: k, stateFile: state)
        #expect(more.previousListsOutput)
        for p in previous.keys { more.recordWritten(p, key: k, fd: fd) }
        more.recordWritten("new.html", key: k, fd: fd)
        more.recordCommitted()
        #expect(OutputState.read(state) == OutputState.current(folder: out.standardizedFileURL.path, paths: more.entries.keys))
        #expect(OutputState.read(state) != OutputState.current(folder: out.standardizedFileURL.path, paths: previous.keys))
    }
}
