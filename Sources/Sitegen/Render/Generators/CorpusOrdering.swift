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
    var eventsNewestFirst: [Int] {
        let dated = eventsByDate.filter { corpus.events[$0].date != nil }
        return dated.reversed() + eventsByDate.filter { corpus.events[$0].date == nil }
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
