import ArabicText

/// Assigns URL slugs: ASCII, stable across builds and unique.
///
/// A slug comes from the title alone (romanized); when several items share one, each gets a suffix
/// from a hash of its own stable key (its file path), so no slug depends on the order of files.
public enum Slugs {
    /// `titles[i]` and `keys[i]` (unique stable keys, e.g. file paths) → slug of item i. A slug that is
    /// `reserved` (a name the folder uses for something else) gets the hash suffix as shared ones do.
    public static func assign(titles: [String], keys: [String], fallbackPrefix: String, maxLength: Int = 48,
                              reserved: (String) -> Bool = { _ in false }) -> [String] {
        var base = titles.indices.map { i -> String in
            let s = wordBoundaryPrefix(Transliterator.slug(titles[i], maxLength: maxLength + 20), maxLength)
            return s.isEmpty ? fallbackPrefix + "-" + shortHash(keys[i]) : s
        }
        var groups: [String: [Int]] = [:]
        for (i, s) in base.enumerated() { groups[s, default: []].append(i) }
        for (slug, members) in groups where members.count > 1 || reserved(slug) {
            for i in members { base[i] += "-" + shortHash(keys[i]) }
        }
        // Two hashes colliding is vanishingly rare; make it impossible anyway, in key order.
        var seen: [String: Int] = [:]
        for i in titles.indices.sorted(by: { keys[$0] < keys[$1] }) {
            var s = base[i]
            var n = 2
            while seen[s] != nil { s = base[i] + "-\(n)"; n += 1 }
            seen[s] = i
            base[i] = s
        }
        return base
    }

    /// Cuts a slug at the last dash that keeps it within `limit` characters.
    static func wordBoundaryPrefix(_ slug: String, _ limit: Int) -> String {
        guard slug.utf8.count > limit else { return slug }
        let head = slug.prefix(limit)
        if let dash = head.lastIndex(of: "-"), head.distance(from: head.startIndex, to: dash) >= limit / 2 {
            return String(head[..<dash])
        }
        return String(head)
    }

    /// 8 hex digits of FNV-1a over the UTF-8 bytes.
    public static func shortHash(_ s: String) -> String {
        var h: UInt32 = 0x811C9DC5
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 0x01000193 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
