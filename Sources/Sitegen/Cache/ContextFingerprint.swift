import Foundation

/// Fingerprints a page's template context (`[String: Any]` of strings, numbers, flags, arrays and
/// dictionaries) independently of the order of each dictionary's entries, so that the same context
/// always gives the same hash.
///
/// A page is a pure function of its template and its context; when both fingerprints match the
/// previous build's, the page's previous file can be reused without rendering it again.
enum ContextFingerprint {
    static func hash(template: String, context: [String: Any], seed: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine(seed)
        h.combine(template)
        feed(context, into: &h)
        return h.finalize()
    }

    /// The fingerprint of a context made of a base part, fingerprinted by the caller as `base` (what
    /// it is made from), with `context` laid over it.
    static func hash(template: String, context: [String: Any], seed: ContentHash, base: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine(seed)
        h.combine(template)
        h.combine(base)
        feed(context, into: &h)
        return h.finalize()
    }

    // A value of one of the common types, exactly, is told by its type (`exactContextValue`: one comparison of type
    // metadata each, no runtime cast: a chain of failing `as?` casts was half of a page's fingerprint);
    // anything else goes through `feedCast`, which feeds the same items for the same value.
    private static func feed(_ value: Any, into h: inout ContentHasher) {
        switch _openExistential(value, do: exactContextValue) {
        case .string(let s): h.combine(1); h.combine(s)
        case .dictionary(let dict): feed(dict, into: &h)
        case .dictionaries(let array):
            h.combine(7)
            h.combine(array.count)
            for item in array { feed(item, into: &h) }
        case .strings(let array):
            h.combine(7)
            h.combine(array.count)
            for item in array { h.combine(1); h.combine(item) }
        case .bool(let b): h.combine(b ? 3 : 2)
        case .int(let i): h.combine(4); h.combine(i)
        case .deferred(let deferred): h.combine(10); h.combine(deferred.key)
        case .other: feedCast(value, into: &h)
        }
    }

    // Any other value by casts (an optional, a `[String: String]`, an array of mixed values…): the casts
    // unwrap optionals and convert collections, so the items fed are the same as for the exact types above.
    private static func feedCast(_ value: Any, into h: inout ContentHasher) {
        if let s = value as? String {
            h.combine(1); h.combine(s)
        } else if let dict = value as? [String: Any] {
            feed(dict, into: &h)
        } else if let array = value as? [[String: Any]] {
            h.combine(7)
            h.combine(array.count)
            for item in array { feed(item, into: &h) }
        } else if let array = value as? [String] {
            h.combine(7)
            h.combine(array.count)
            for item in array { h.combine(1); h.combine(item) }
        } else {
            feedOther(value, into: &h)
        }
    }

    /// A dictionary's entries are fingerprinted one by one and their hashes added (wrapping), which
    /// does not depend on the order they come in: sorting them was a third of a page's fingerprint.
    private static func feed(_ dict: [String: Any], into h: inout ContentHasher) {
        h.combine(6)
        h.combine(dict.count)
        var high: UInt64 = 0, low: UInt64 = 0
        for (key, value) in dict {
            var entry = ContentHasher()
            entry.combine(key)
            feed(value, into: &entry)
            let x = entry.finalize()
            high &+= x.high
            low &+= x.low
        }
        h.combine(ContentHash(high: high, low: low))
    }

    private static func feedOther(_ value: Any, into h: inout ContentHasher) {
        switch value {
        case let s as Substring: h.combine(1); h.combine(String(s))
        case let b as Bool: h.combine(b ? 3 : 2)
        case let i as Int: h.combine(4); h.combine(i)
        case let d as Double: h.combine(5); h.combine(Int(truncatingIfNeeded: Int64(bitPattern: d.bitPattern)))
        case let deferred as DeferredValue: h.combine(10); h.combine(deferred.key)
        case let array as [Any]:
            h.combine(7)
            h.combine(array.count)
            for item in array { feed(item, into: &h) }
        case Optional<Any>.none: h.combine(8)
        default:
            // Any other value renders through its description, so that is what decides the page.
            h.combine(9)
            h.combine(String(describing: value))
        }
    }
}

/// A context value of a common type, taken as it is.
enum ExactContextValue {
    case string(String), dictionary([String: Any]), dictionaries([[String: Any]]), strings([String])
    case bool(Bool), int(Int), deferred(DeferredValue), other
}

/// `value` as an `ExactContextValue` when its type is exactly one of those (called with an opened `Any`;
/// a global function: a static one referenced in `_openExistential` crashes the 6.3 compiler).
func exactContextValue<T>(_ value: T) -> ExactContextValue {
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == [String: Any].self { return .dictionary(unsafeBitCast(value, to: [String: Any].self)) }
    if T.self == [[String: Any]].self { return .dictionaries(unsafeBitCast(value, to: [[String: Any]].self)) }
    if T.self == [String].self { return .strings(unsafeBitCast(value, to: [String].self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == DeferredValue.self { return .deferred(unsafeBitCast(value, to: DeferredValue.self)) }
    return .other
}
