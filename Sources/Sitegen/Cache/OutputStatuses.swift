import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which of the last build's output files no longer have the status the manifest recorded for them (size, mtime,
/// inode: `OutputReuse.Entry`), read before the pages are rendered.
///
/// `OutputReuse` keeps a previous file only when it is untouched since the last build, which an edit asks of every
/// page: ≈ 20k `fstatat`s at 10k, ≈ 40 ms of system time spread over the render stages. Read here, on a thread of their
/// own from the load to the model (stages that leave a core idle), they are a set look-up by the time a page asks. Each
/// is read as `OutputReuse` read it (`OutputReuse.status`: a file is untouched when it is a regular file, not a link,
/// with the recorded size, mtime and inode).
///
/// Nothing else writes into the output folder between this read and the render's decisions (changed files are staged
/// elsewhere and moved in at the swap), so a status read here is the one a page would have read.
final class OutputStatuses: @unchecked Sendable {
    /// The manifest whose files are read (a copy of the dictionary `OutputReuse` gets as `previous`: `isFor`).
    private let manifest: [String: OutputReuse.Entry]
    /// The output folder (as `OutputReuse.outputRoot`: standardized).
    let root: String
    private let lock = NSLock()
    /// The manifest's paths whose file differs from their entry or cannot be read (nil until read).
    private var differing: Set<String>?
    /// Left when the reading thread is done (nil: read on first use, on the asking thread).
    private let reading: DispatchGroup?

    /// Starts reading the statuses of `manifest`'s files in `output` on a thread of its own when `background` (else
    /// they are read at the first question).
    init(output: URL, manifest: [String: OutputReuse.Entry], background: Bool) {
        self.manifest = manifest
        root = output.standardizedFileURL.path
        guard background, !manifest.isEmpty else {
            reading = nil
            return
        }
        let group = DispatchGroup()
        reading = group
        group.enter()
        let this = UncheckedSendable(self), done = UncheckedSendable(group)
        Thread.detachNewThread {
            let found = Self.readDiffering(root: this.value.root, manifest: this.value.manifest)
            this.value.lock.withLock { this.value.differing = found }
            done.value.leave()
        }
    }

    /// Whether these statuses were read for `previous` in `root`: the same dictionary (a copy sharing its storage, so
    /// the very same paths and entries), in the same folder.
    func isFor(_ previous: [String: OutputReuse.Entry], root: String) -> Bool {
        guard root == self.root, previous.count == manifest.count else { return false }
        var a = previous, b = manifest
        return withUnsafeBytes(of: &a) { x in withUnsafeBytes(of: &b) { y in x.elementsEqual(y) } }
    }

    /// Whether the file at `path`, a path of the manifest, had the status its entry records. (Waits for the reading
    /// thread, or reads every status at the first question.)
    func isUnchanged(_ path: String) -> Bool {
        let set = differingPaths()
        return set.isEmpty || !set.contains(path)
    }

    private func differingPaths() -> Set<String> {
        if let found = lock.withLock({ differing }) { return found }
        if let reading {
            reading.wait()
            return lock.withLock { differing! }
        }
        return lock.withLock { () -> Set<String> in
            if let found = differing { return found }
            let found = Self.readDiffering(root: root, manifest: manifest)
            differing = found
            return found
        }
    }

    /// The paths of `manifest` whose file in `root` is not a regular file with the entry's size, mtime and inode.
    /// (Each read through the output folder's descriptor as a page read it: grouping the paths by folder, to look up one
    /// name per file, saved less system time than the grouping cost in instructions.)
    static func readDiffering(root: String, manifest: [String: OutputReuse.Entry]) -> Set<String> {
        var differ = Set<String>()
        let rootFolder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if rootFolder >= 0 { close(rootFolder) } }
        let rootPrefix = Array(root.utf8) + [UInt8(ascii: "/")]
        for (path, entry) in manifest {
            let status = OutputReuse.status(of: path, through: rootFolder, rootPrefix: rootPrefix)
            if !Self.matches(status, entry) { differ.insert(path) }
        }
        return differ
    }

    private static func matches(_ status: OutputReuse.FileStatus?, _ entry: OutputReuse.Entry) -> Bool {
        guard let status else { return false }
        return status.size == entry.size && status.mtimeNanos == entry.mtimeNanos && status.inode == entry.inode
    }
}
