#if canImport(Glibc)
import Glibc
#endif

/// Writing bytes to an open file descriptor.
enum FileWrites {
    /// Writes all of `bytes` to `fd` (again after an interrupted or short write); false on an error, with
    /// `errno` set.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { writeAll(fd, $0) }
    }

    /// `writeAll` of the bytes of a buffer.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let buffer = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
}
