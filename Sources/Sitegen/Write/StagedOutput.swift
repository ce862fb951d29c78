import Foundation
import CSystem
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site into a staging folder beside the output, then swaps it in.
///
/// Each file is written once, straight into the staging folder; atomicity comes from the final
/// swap (`renameat2(RENAME_EXCHANGE)` on Linux, two renames elsewhere), so a failed build leaves the
/// previous site exactly as it was.
///
/// With `reuse` set (incremental builds) and an existing output, only changed files are staged, and
/// committing patches them into the output instead of swapping the whole folder (see `OutputReuse`).
public final class StagedOutput: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    /// `staging.path`, asked for every file written.
    private let stagingPath: String
    /// The folders made in the staging folder ("" is the staging folder), each with a descriptor files are
    /// created relative to (`openat`: the kernel then looks up one name, not every folder of the path), or -1
    /// past `maxFolderDescriptors` (those files are opened by their full path).
    private var folders: [String: Int32] = [:]
    private static let maxFolderDescriptors = 256
    private let lock = NSLock()
    private(set) var filesWritten = 0
    private(set) var bytesWritten = 0
    /// Keeps unchanged files of the previous output (nil: write every file).
    var reuse: OutputReuse?
    /// Files written into the staging folder (for a patch commit): each output path with the name it was staged under.
    private var written: [(path: String, staged: String)] = []

    /// Refuses an output folder that is the input folder or contains it (swapping it in would replace
    /// the articles). An output inside the input folder is fine: the scan never enters it (`site/` in
    /// a folder of articles is the default).
    public static func checkPlacement(output: URL, input: URL) throws(Diagnostic) {
        let o = canonicalPath(output), i = canonicalPath(input)
        if o == i { throw .error("the output folder is the input folder; choose another --output", file: output.path) }
        if i.hasPrefix(o + "/") || o == "/" { throw .error("the output folder contains the input folder; choose another --output", file: output.path) }
    }

    /// The real path of a file or folder that may not exist yet: symbolic links are resolved in the
    /// deepest part that exists (so "link-to-input/site" is seen to lie inside the input).
    static func canonicalPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().standardizedFileURL.path
        for component in rest { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }

    public init(output: URL) throws(Diagnostic) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let fm = FileManager.default
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw .error("cannot create the output's parent folder: \(error.localizedDescription)", file: parent.path)
        }
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        stagingPath = staging.path
        try? fm.removeItem(at: staging)
        do { try fm.createDirectory(at: staging, withIntermediateDirectories: false) } catch {
            throw .error("cannot write next to the output folder (permissions?): \(error.localizedDescription)", file: parent.path)
        }
        let top = Self.openFolder(stagingPath)
        if top >= 0 { _ = sitegen_mark_top_of_hierarchy(top) }
        folders[""] = top
    }

    deinit { closeFolders() }

    /// A descriptor of the folder at `path` for `openat` (-1 when it cannot be opened).
    private static func openFolder(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    /// Closes the folders' descriptors (before the staging folder is swapped in or thrown away); a write after
    /// that opens them again.
    private func closeFolders() {
        lock.lock()
        for fd in folders.values where fd >= 0 { close(fd) }
        folders.removeAll()
        lock.unlock()
    }

    /// Writes `data` at `path` (relative, "/"-separated) inside the staging folder. `key` identifies
    /// what the bytes were made from (a page's fingerprint); by default it is their content hash.
    public func write(_ path: String, _ bytes: [UInt8], key: ContentHash? = nil) throws(Diagnostic) {
        guard Self.isSafeRelativePath(path) else {
            throw .error("refusing to write outside the output folder: unsafe path '\(path)'")
        }
        let key = reuse == nil ? nil : key ?? ContentHasher.hash(bytes)
        if let reuse, let key, reuse.keepIfRecorded(path, key: key) || reuse.keepIfEqual(path, key: key, bytes: bytes) {
            return
        }
        try bytes.withUnsafeBufferPointer { (b) throws(Diagnostic) in try create(path, b, key: key) }
    }

    /// `write(_:_:key:)` of bytes the caller holds in a buffer of its own (a page where it was rendered): copied into an
    /// array only when the previous output may keep the file (a cached build hashes or compares them).
    func write(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, key: ContentHash? = nil) throws(Diagnostic) {
        guard reuse == nil else { return try write(path, Array(bytes), key: key) }
        guard Self.isSafeRelativePath(path) else {
            throw .error("refusing to write outside the output folder: unsafe path '\(path)'")
        }
        try create(path, bytes, key: nil)
    }

    /// Creates the file `path` in the staging folder with `bytes` (`key`: recorded for the reuse of the next build).
    ///
    /// When patching, the file is staged flat, under a number of its own in the staging folder itself: the commit renames
    /// each staged file into its folder of the output, so folders made in the staging folder would only be removed again.
    /// (Each folder removed frees its block, which costs a wait of ≈ 4 ms on a file system mounted with `discard`, as
    /// this machine's is: an edit made and removed six, ≈ 25 ms of its wall time. BENCHMARKS.md, session 46.)
    private func create(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, key: ContentHash?) throws(Diagnostic) {
        let flat = reuse?.patching ?? false
        let staged = flat ? "p" + String(lock.withLock { stagedFlat += 1; return stagedFlat }) : path
        let (parent, name) = flat ? ("", staged) : Self.split(path)
        let folder = try ensureFolder(parent)
        let fd = folder >= 0 ? openat(folder, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            : open(stagingPath + "/" + staged, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .error("cannot create file: \(String(cString: strerror(errno)))", file: stagingPath + "/" + staged) }
        defer { close(fd) }
        guard FileWrites.writeAll(fd, bytes) else {
            throw .error("cannot write file: \(String(cString: strerror(errno)))", file: stagingPath + "/" + staged)
        }
        if let key { reuse?.recordWritten(path, key: key, fd: fd) }
        lock.lock()
        filesWritten += 1
        bytesWritten += bytes.count
        written.append((path, staged))
        lock.unlock()
    }

    /// How many files were staged flat (`create` when patching): the next one's number.
    private var stagedFlat = 0

    public func write(_ path: String, _ text: String, key: ContentHash? = nil) throws(Diagnostic) {
        try write(path, Array(text.utf8), key: key)
    }

    /// Keeps the previous output's file at `path` if it was made from `key` and is untouched;
    /// returns whether it did (then the caller need not produce the file at all).
    func reuseUnchanged(_ path: String, key: ContentHash) -> Bool {
        reuse?.keepIfRecorded(path, key: key) ?? false
    }

    /// Copies a file from elsewhere (assets) into the staging folder.
    public func copy(from source: URL, to path: String) throws(Diagnostic) {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw .error("cannot read file", file: source.path)
        }
        try write(path, [UInt8](data))
    }

    /// True for a relative "/"-separated path that stays inside the folder it is resolved against:
    /// no leading "/", no empty, "." or ".." component, no backslash, NUL or other control character.
    /// (On the UTF-8 bytes: the separators and characters refused are ASCII, and "." and ".." have no
    /// other spelling under canonical equivalence. Splitting the `String` cost 20,000 instructions a file.)
    static func isSafeRelativePath(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { b in
            guard b.count > 0, b.count < 4096 else { return false }
            var start = 0
            for i in 0...b.count {
                if i == b.count || b[i] == UInt8(ascii: "/") {
                    let n = i - start
                    if n == 0 || n > 255 { return false }
                    if b[start] == UInt8(ascii: "."), n == 1 || (n == 2 && b[start + 1] == UInt8(ascii: ".")) { return false }
                    start = i + 1
                } else if b[i] < 0x20 || b[i] == 0x7F || b[i] == UInt8(ascii: "\\") {
                    return false
                }
            }
            return true
        }
    }

    /// The folder of a safe relative path ("a/b/c" → "a/b", "c" → ""): what `NSString`'s
    /// `deletingLastPathComponent` gives for a path without empty components, without bridging it.
    static func parentFolder(_ path: String) -> String {
        var path = path
        return path.withUTF8 { b in
            guard let slash = b.lastIndex(of: UInt8(ascii: "/")) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<slash]), as: UTF8.self)
        }
    }

    /// The folder and the name of a safe relative path ("a/b/c" → ("a/b", "c"), "c" → ("", "c")).
    static func split(_ path: String) -> (folder: String, name: String) {
        var path = path
        return path.withUTF8 { b in
            guard let slash = b.lastIndex(of: UInt8(ascii: "/")) else { return ("", String(decoding: b, as: UTF8.self)) }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[..<slash]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: b[(slash + 1)...]), as: UTF8.self))
        }
    }

    /// Makes `folder` (and its parents) in the staging folder once; its descriptor, or -1 (`folders`).
    @discardableResult
    private func ensureFolder(_ folder: String) throws(Diagnostic) -> Int32 {
        lock.lock()
        let known = folders[folder]
        lock.unlock()
        if let known { return known }
        if !folder.isEmpty {
            let parent = Self.parentFolder(folder)
            if parent != folder { try ensureFolder(parent) }
        }
        let full = folder.isEmpty ? stagingPath : stagingPath + "/" + folder
        if !folder.isEmpty, !Self.makeFolder(full, spreadFrom: folder.utf8.contains(UInt8(ascii: "/")) ? nil : stagingPath) {
            throw .error("cannot create folder: \(String(cString: strerror(errno)))", file: full)
        }
        lock.lock()
        defer { lock.unlock() }
        if let made = folders[folder] { return made }  // another thread made it meanwhile
        let fd = folders.count < Self.maxFolderDescriptors ? Self.openFolder(full) : -1
        folders[folder] = fd
        return fd
    }

    /// Makes the folder `full` (an existing one is fine); false with `errno` set when it cannot.
    ///
    /// With `spreadFrom` (the staging folder, marked as the top of a hierarchy in `init`), the folder is made under a
    /// name of its own and renamed into place. ext4 places a sub-folder of a top-of-hierarchy folder in a block group
    /// chosen from a hash of its name, so under its final name ("articles") every build would put its folders, and the
    /// thousands of files in them, in the groups where the previous build's output, just deleted, lay; on ext4
    /// without a journal each new inode then skips every recently freed inode of its group (`recently_deleted` in
    /// fs/ext4/ialloc.c, seconds of system time per build: BENCHMARKS.md, "Where a build's inodes land"). A name
    /// made for this build spreads them elsewhere. Other file systems ignore the flag; the names are the same.
    static func makeFolder(_ full: String, spreadFrom staging: String?) -> Bool {
        if let staging {
            let temporary = staging + "/.folder-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            if mkdir(temporary, 0o755) == 0 {
                if sitegen_rename_no_replace(temporary, full) == 0 { return true }
                let renameError = errno
                rmdir(temporary)
                if renameError == EEXIST { return true }  // another thread made it meanwhile
            }
        }
        return mkdir(full, 0o755) == 0 || errno == EEXIST
    }

    /// Puts the staged site in place of the output folder; the old site is removed afterwards.
    public func commit() throws(Diagnostic) {
        closeFolders()
        let fm = FileManager.default
        if let reuse, reuse.patching {
            try reuse.applyPatch(staging: staging, written: lock.withLock { written })
            try? fm.removeItem(at: staging)
            return
        }
        reuse?.outputWillChange()
        if fm.fileExists(atPath: output.path) {
            if sitegen_exchange_paths(staging.path, output.path) == 0 {
                try? fm.removeItem(at: staging)  // now holds the previous site
                return
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            do {
                try fm.moveItem(at: output, to: old)
                try fm.moveItem(at: staging, to: output)
            } catch {
                throw .error("cannot replace the output folder: \(error.localizedDescription)", file: output.path)
            }
            try? fm.removeItem(at: old)
        } else {
            do { try fm.moveItem(at: staging, to: output) } catch {
                throw .error("cannot move the site into place: \(error.localizedDescription)", file: output.path)
            }
        }
    }

    /// Throws the staged files away (after a failure); the previous site stays.
    public func discard() {
        closeFolders()
        try? FileManager.default.removeItem(at: staging)
    }
}
