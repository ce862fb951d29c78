import ArabicDates

/// Orders of the resolved corpus that several pages share (home, index, search, feeds).
extension SiteModel {
    /// Entity indexes, most mentioned first (then by id, so the order never depends on the build).
    var entitiesByMentions: [Int] {
        corpus.entities.indices.sorted { a, b in
            let (x, y) = (corpus.entities[a], corpus.entities[b])
            return x.mentions.count != y.mentions.count ? x.mentions.count > y.mentions.count : x.id < y.id
        }
    }

    /// Event indexes, newest first (undated last, then by id).
    var eventsByDate: [Int] {
        corpus.events.indices.sorted { a, b in
            let (x, y) = (corpus.events[a], corpus.events[b])
            return Self.newerFirst(x.date, y.date) ?? (x.id < y.id)
        }
    }

    /// True when `a` is newer than `b`, false when older; dated before undated; nil when equal.
    static func newerFirst(_ a: PartialDate?, _ b: PartialDate?) -> Bool? {
        switch (a, b) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }
}
