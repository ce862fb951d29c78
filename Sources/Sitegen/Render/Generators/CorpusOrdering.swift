import ArabicDates

/// Orders of the resolved corpus that several pages share (home, index, search, feeds).
extension SiteModel {
    /// Entity indexes, most mentioned first (then by id, so the order never depends on the build).
    /// (Sorted on the counts and ids taken out first: comparing two entities copied out of the corpus was 12 M
    /// instructions at 10k, for each page that asks.)
    var entitiesByMentions: [Int] {
        var counts: [Int] = [], ids: [String] = []
        counts.reserveCapacity(corpus.entities.count)
        ids.reserveCapacity(corpus.entities.count)
        corpus.entities.withUnsafeBufferPointer { entities in
            for e in entities.indices {  // (read in place: key paths and copies of each entity cost more than the sort)
                counts.append(entities[e].mentions.count)
                ids.append(entities[e].id)
            }
        }
        return counts.indices.sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : ids[a] < ids[b] }
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
