/// An article's Markdown: a `String`, or, for an article taken from the build cache, the UTF-8 bytes of one in the
/// cache file's buffer with their digest. A cached article's text becomes a `String` only when something reads it
/// (its page rendered, its text analysed): a one-article edit reads the Markdown of a few articles, and decoding and
/// validating the other 10k was a tenth of its instructions. Whatever needs only to know whether the text changed
/// (the analysis key, the grouping's signature key, page inputs) combines `digest`.
public struct ArticleMarkdown: Sendable {
    private enum Storage: Sendable {
        case text(String)
        /// Bytes that hashed to `digest` when the cache file was read (`BuildCache`), so the valid UTF-8 written.
        case cached(CachedBytes, digest: ContentHash)
    }

    private var storage: Storage

    public init(_ text: String) { storage = .text(text) }

    /// Cached bytes, if they hash to `digest` (nil: the entry is damaged).
    init?(cachedUTF8 bytes: CachedBytes, digest: ContentHash) {
        guard bytes.withUnsafeBytes({ Self.digest(ofUTF8: $0) }) == digest else { return nil }
        storage = .cached(bytes, digest: digest)
    }

    /// A copy of cached bytes, if they hash to `digest` (nil: the entry is damaged).
    init?(cachedUTF8 bytes: ArraySlice<UInt8>, digest: ContentHash) { self.init(cachedUTF8: CachedBytes(copying: bytes), digest: digest) }

    /// The Markdown (decoded each time for a cached one: callers keep what they need).
    public var string: String {
        switch storage {
        case .text(let s): return s
        case .cached(let bytes, _): return bytes.withUnsafeBytes { CacheStrings.string($0) }
        }
    }

    /// The length of the UTF-8 text.
    var utf8Count: Int {
        switch storage {
        case .text(let s): return s.utf8.count
        case .cached(let bytes, _): return bytes.count
        }
    }

    /// A fingerprint of the text: the same for the same Markdown whether it is held as a string or as bytes.
    var digest: ContentHash {
        switch storage {
        case .text(let s):
            var h = ContentHasher()
            h.combine(s)
            return h.finalize()
        case .cached(_, let digest): return digest
        }
    }

    /// Calls `body` with the UTF-8 bytes, without making a `String` of cached ones.
    func withUTF8<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch storage {
        case .text(let s):
            var s = s
            return s.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .cached(let bytes, _):
            return bytes.withUnsafeBytes(body)
        }
    }

    /// What `digest` is for these bytes (the hash `ContentHasher.combine(String)` makes of their string).
    static func digest(ofUTF8 bytes: ArraySlice<UInt8>) -> ContentHash { bytes.withUnsafeBytes { digest(ofUTF8: $0) } }

    static func digest(ofUTF8 bytes: UnsafeRawBufferPointer) -> ContentHash {
        var h = ContentHasher()
        h.combine(bytes)
        return h.finalize()
    }
}
