import Foundation
import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// A new file renamed over an old one, the old file removed on a thread of its own.
///
/// Freeing a file's blocks can wait for the disk: on a file system mounted with `discard` (this machine's ext4, without
/// a journal) the kernel discards them before the call returns, ≈ 1–9 ms for a cache file (`search-index.bin`, 10 MB:
/// ≈ 9 ms), and a `rename` over a file frees the old one's. An edit replaces ten cache files so, ≈ 15–20 ms of its wall
/// time with no CPU in it. Here the new file is exchanged with the old one (`renameat2(RENAME_EXCHANGE)`: the new one is
/// in place atomically, as with `rename`) and the old one, now under the new one's temporary name, is unlinked on a
/// thread of its own while the build goes on. `finish` waits for those removals (the end of a build: no temporary
/// file is left behind). Where the exchange cannot be made (another system, a file system without it, no old file or
/// not a regular file) it is a plain `rename`.
enum ReplacedFiles {
    private static let removals = DispatchQueue(label: "sitegen.replaced-files")
    private static let pending = DispatchGroup()

    /// Renames the file `new` to `target`, replacing what `target` held; false (with `errno` set) when it cannot.
    static func move(_ new: String, over target: String) -> Bool {
        var st = Glibc.stat()
        if lstat(target, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, sitegen_exchange_paths(new, target) == 0 {
            // (`new` now names the old file)
            removals.async(group: pending) { _ = unlink(new) }
            return true
        }
        return rename(new, target) == 0
    }

    /// Waits until the old files replaced so far are removed.
    static func finish() {
        pending.wait()
    }
}
