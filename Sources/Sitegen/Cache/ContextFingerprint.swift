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

    // The common shapes are tested first, and arrays of dictionaries or strings are walked as they
    // are: casting them to `[Any]` would box every element into a new array.
    private static func feed(_ value: Any, into h: inout ContentHasher) {
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
