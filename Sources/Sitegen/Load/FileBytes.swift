import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A regular file's bytes read with `open` and `read` on a path string.
///
/// Loading 10,000 articles through `URL.appendingPathComponent` and `Data(contentsOf:)` spent a tenth of the
/// load stage's CPU in Foundation's URL and file-reading layers (session 35); the bytes are the same. Any
/// failure returns nil, and the caller reads the file the Foundation way, for its error message.
enum FileBytes {
    /// The bytes of the file at `path`, `expected` (its `stat` size) long, or nil when it cannot be opened or read,
    /// or is not `expected` bytes long when read.
    static func read(_ path: String, expected: Int) -> Data? {
        guard expected >= 0 else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // one byte more than expected: a file that grew since its `stat` is read the Foundation way
        var data = Data(count: expected + 1)
        let got = data.withUnsafeMutableBytes { buffer -> Int in
            var filled = 0
            while filled < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                if n == 0 { break }
                filled += n
            }
            return filled
        }
        guard got == expected else { return nil }
        data.count = expected
        return data
    }

    /// `root` joined with a relative path, for the file system calls (`URL.appendingPathComponent(_:).path` names
    /// the same file).
    static func path(root: String, _ relativePath: String) -> String {
        root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
    }
}
