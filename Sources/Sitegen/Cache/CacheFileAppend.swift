import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Cache files kept as a log: written whole (`CacheFile.write`), then records appended to them, so a build that changed
/// a few entries writes those instead of all of them (`FileKeyMemo`, `BuildCache`'s articles).
extension CacheFile {
    /// The size of a file `CacheFile.write` wrote with these body parts.
    static func writtenSize(bodyCount: Int) -> Int { identityBytes(ContentHash(high: 0, low: 0)).count + bodyCount }

    /// Appends `bytes` to `file` if it still is the file this tool wrote or read at `expectedSize` bytes (same identity,
    /// same size: nothing else wrote it since); the new size, or nil when it did not append (the caller then writes the
    /// whole file). A failed write is cut off again, so the file is never left with half a record.
    static func append(_ file: URL, identity: ContentHash, expectedSize: Int, _ bytes: [UInt8]) -> Int? {
        let fd = open(file.path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == expectedSize else { return nil }
        let head = identityBytes(identity)
        var found = [UInt8](repeating: 0, count: head.count)
        let n = found.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, head.count, 0) }
        guard n == head.count, found == head else { return nil }
        guard FileWrites.writeAll(fd, bytes) else {
            _ = ftruncate(fd, off_t(expectedSize))
            return nil
        }
        return expectedSize + bytes.count
    }

    /// The bytes `write` puts before a file's body.
    private static func identityBytes(_ identity: ContentHash) -> [UInt8] {
        var w = BinaryWriter()
        w.hash(identity)
        return w.bytes
    }
}
