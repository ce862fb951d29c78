import ArabicText

/// The votes of a run of documents added up (the first, serial half of `EntityExtractor.pool(votes:jobs:)`): every
/// voted key's tally in order of first appearance, the surnames' spellings (the last document's), and in how many
/// documents each follower word stands. `of(_:jobs:)` tallies the two halves of the documents on two cores and
/// appends the second half's to the first's: the same tallies, in the same order, as one pass over all of them.
struct PoolTallies {
    struct Tally: Equatable {
        var key: String; var surface: String; var votes = TypeVotes(); var cues: [CueCount] = []; var count = 0
        /// Documents that voted, and the last one (to count each once).
        var documents = 0; var lastDocument = -1

        /// Counts one more vote with `cue`.
        mutating func countCue(_ cue: String) { Self.add(CueCount(canonical: CanonicalKeyIndex.canonical(cue), cue: cue, count: 1), to: &cues) }

        /// Adds `c` to the count of its cue (as `String` equality groups cues), or appends it.
        static func add(_ c: CueCount, to cues: inout [CueCount]) {
            if let i = cues.firstIndex(where: { $0.canonical == c.canonical }) { cues[i].count += c.count } else { cues.append(c) }
        }

        /// The cue most votes give (the smaller cue on a tie), as `EntityExtractor.mostVoted` reads a `[String: Int]`.
        var topCue: String? {
            cues.max { $0.count == $1.count ? $0.cue > $1.cue : $0.count < $1.count }?.cue
        }
    }

    /// A cue and its votes: what a `[String: Int]` of cues held (the first spelling of each cue `String` calls equal),
    /// in a short array found by the cue's NFC bytes. A tally has a cue or three; `String` hashing of each cued vote (it
    /// normalizes Arabic text) cost more than the rest of tallying it.
    struct CueCount: Equatable {
        var canonical: UTF8Key
        var cue: String
        var count: Int
    }

    /// Tallies in order of first appearance; one look-up per vote, on the key's bytes (`String`'s hashing of Arabic text
    /// is not cheap).
    var tallies: [Tally] = []
    var tallyOfKey = CanonicalKeyIndex()
    var surnameSurface: [String: String] = [:]
    /// In how many documents each follower word stands (by the word's NFC bytes, as a `[String: Int]` meets keys).
    var followerDocuments = CanonicalKeyIndex()

    /// Documents below this count are tallied in one pass (two halves cost a merge of their keys).
    static let splitThreshold = 1_024

    /// The tallies of `votes[documents]`, in document order.
    init(_ votes: [PoolVotes], documents: Range<Int>) {
        for d in documents {
            let doc = votes[d]
            for w in doc.followers { followerDocuments.add(1, to: w) }
            for v in doc.votes {
                let t: Int
                if let known = tallyOfKey[v.key] {
                    t = known
                } else {
                    t = tallies.count
                    tallyOfKey[v.key] = t
                    tallies.append(Tally(key: v.key, surface: v.surface))
                }
                tallies[t].votes[v.type] += v.weight
                tallies[t].count += 1
                if tallies[t].lastDocument != d { tallies[t].documents += 1; tallies[t].lastDocument = d }
                if let cue = v.cue { tallies[t].countCue(cue) }
            }
            for s in doc.surnames { surnameSurface[s.key] = s.surface }  // the last document's spelling
        }
    }

    /// The tallies of all `votes`: with more than one job (and enough documents), each half on a core of its own, the
    /// second appended to the first.
    static func of(_ votes: [PoolVotes], jobs: Int) -> PoolTallies {
        guard jobs > 1, votes.count >= splitThreshold else { return PoolTallies(votes, documents: votes.indices) }
        let middle = votes.count / 2
        var (first, second) = BothCores.run(jobs: jobs, { PoolTallies(votes, documents: 0..<middle) },
                                            { PoolTallies(votes, documents: middle..<votes.count) })
        first.append(&second)
        return first
    }

    /// Appends the tallies of the documents right after this run's: a key new to this run follows its keys in the order
    /// the later run first voted for it; a known one adds its votes, cues and counts (the runs share no document).
    mutating func append(_ later: inout PoolTallies) {
        for t in later.tallies {
            if let i = tallyOfKey[t.key] {
                tallies[i].votes.add(t.votes)
                for c in t.cues { Tally.add(c, to: &tallies[i].cues) }
                tallies[i].count += t.count
                tallies[i].documents += t.documents
                tallies[i].lastDocument = t.lastDocument
            } else {
                tallyOfKey[t.key] = tallies.count
                tallies.append(t)
            }
        }
        later.tallies = []
        surnameSurface.merge(later.surnameSurface) { _, last in last }
        followerDocuments.add(later.followerDocuments)
    }
}

/// A tally's votes by type: what a `[EntityType: Int]` held (the types voted for, each with the sum of its votes'
/// weights), in three counts and a bit per type voted for. (An `EntityType` key hashed its raw `String` at every vote.)
struct TypeVotes: Equatable, Sendable {
    private var counts: (person: Int, organization: Int, place: Int) = (0, 0, 0)
    /// Bit k: `EntityType.allCases[k]` was voted for (a key of the dictionary).
    private var voted: UInt8 = 0

    static func == (a: TypeVotes, b: TypeVotes) -> Bool { a.voted == b.voted && a.counts == b.counts }

    @inline(__always)
    private static func bit(_ type: EntityType) -> UInt8 {
        switch type {
        case .person: return 1
        case .organization: return 2
        case .place: return 4
        }
    }

    /// The votes for `type` (0 when none); set, `type` is voted for (as `dictionary[type, default: 0] += w` makes a key).
    subscript(type: EntityType) -> Int {
        get {
            switch type {
            case .person: return counts.person
            case .organization: return counts.organization
            case .place: return counts.place
            }
        }
        set {
            voted |= Self.bit(type)
            switch type {
            case .person: counts.person = newValue
            case .organization: counts.organization = newValue
            case .place: counts.place = newValue
            }
        }
    }

    /// Adds the votes of `other`, type by type (`Dictionary.merge(_:uniquingKeysWith: +)`).
    mutating func add(_ other: TypeVotes) {
        counts.person += other.counts.person
        counts.organization += other.counts.organization
        counts.place += other.counts.place
        voted |= other.voted
    }

    /// The type voted for with the most votes, ties to the smaller type (`EntityType.allCases`' order), nil when none
    /// was: `EntityExtractor.mostVoted` of the dictionary.
    var mostVoted: EntityType? {
        var best: EntityType? = nil, most = Int.min
        for type in EntityType.allCases where voted & Self.bit(type) != 0 && self[type] > most { best = type; most = self[type] }
        return best
    }

    /// The dictionary these votes stand for.
    var dictionary: [EntityType: Int] {
        var out: [EntityType: Int] = [:]
        for type in EntityType.allCases where voted & Self.bit(type) != 0 { out[type] = self[type] }
        return out
    }
}
