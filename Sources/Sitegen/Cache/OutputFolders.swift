import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Open descriptors of the output's folders, so that `OutputReuse` reads the status of a file it may keep with
/// `fstatat` on the file's name in its folder instead of `lstat` on the whole path. An edit asks this of every
/// page (≈ 20.7k at 10k): by path, the kernel walked every component each time, about a tenth of the edit's
/// time (perf, session 42). A folder is opened the first time a file in it is asked for; the descriptors are
/// closed with this object.
final class OutputFolders: @unchecked Sendable {
    /// At most this many folders are held open (a 10k site has ≈ 440); a file in another is read by its path.
    static let limit = 512

    private struct Folder {
        var bytes: [UInt8]
        /// -1 when it could not be opened.
        var fd: Int32
    }

    private let root: String
    private let limit: Int
    private let lock = NSLock()
    /// Folders (relative to `root`; empty for `root`) by the FNV-1a hash of their UTF-8, with their descriptors.
    /// (Hashed on the bytes: a `Substring` key cost a thousand instructions a look-up, twice the `stat` it saves.)
    private var folders: [UInt64: Folder] = [:]

    init(root: String, limit: Int = OutputFolders.limit) {
        self.root = root
        self.limit = limit
    }

    deinit {
        for f in folders.values where f.fd >= 0 { close(f.fd) }
    }

    /// The descriptor of `folder` (UTF-8 of a path relative to `root`, without a trailing slash; empty for `root`); nil
    /// when it cannot be opened, too many are open, or another folder took its hash (read the file by its path then).
    func descriptor(of folder: UnsafeBufferPointer<UInt8>) -> Int32? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in folder { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let fd: Int32? = lock.withLock {
            if let known = folders[hash] { return known.bytes.elementsEqual(folder) ? known.fd : nil }
            guard folders.count < limit else { return nil }
            let path = folder.isEmpty ? root : root + "/" + String(decoding: folder, as: UTF8.self)
            let opened = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            folders[hash] = Folder(bytes: Array(folder), fd: opened)
            return opened
        }
        guard let fd, fd >= 0 else { return nil }
        return fd
    }
}
