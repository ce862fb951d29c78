import Foundation

/// A cache file holding one value made from inputs whose digest is its key: the tool identity
/// (`CacheFile`), a magic string naming the format, the key, then the value. A damaged or foreign file,
/// one written for other inputs, or one with bytes left after the value reads as nothing.
struct KeyedCacheFile: Sendable {
    let file: URL
    let magic: String
    let toolIdentity: ContentHash

    /// The value written for `key`, decoded by `body` (which returns nil for a value that does not fit).
    func read<T>(_ key: ContentHash, _ body: (inout BinaryReader) throws -> T?) -> T? {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return nil }
        do {
            guard try r.shortString() == magic, try r.hash() == key, let value = try body(&r), r.atEnd else { return nil }
            return value
        } catch { return nil }
    }

    /// Writes the value `body` encodes for `key`, replacing what the file held.
    func write(_ key: ContentHash, _ body: (inout BinaryWriter) -> Void) {
        var w = BinaryWriter()
        w.shortString(magic)
        w.hash(key)
        body(&w)
        CacheFile.write(file, identity: toolIdentity, w.bytes)
    }
}
