import Extraction

/// An article's pooling votes as the analysis cache holds them: made in this build, or still encoded as its shard
/// stored them, decoded only when asked (`decoded`).
///
/// An edit pools nothing when no article's votes changed (their stored digests give the pool key, and the gazetteer
/// is read back: `AnalysisReuse.gazetteer`), so the votes of the unchanged articles are neither decoded nor freed.
/// Encoded votes were checked when their shard was read (`AnalysisDecoder.skipVotes`, which reads what `votes()`
/// reads and throws where it throws: a damaged shard is ignored as before), so they decode.
struct CachedVotes: Sendable {
    private enum Storage: Sendable {
        case decoded(PoolVotes)
        /// The bytes `AnalysisEncoder.votes` wrote and the string table of the shard they were read from.
        case encoded(bytes: ReadBytes, table: AnalysisStringTable)
    }

    private let storage: Storage

    init(_ votes: PoolVotes) { storage = .decoded(votes) }

    /// Votes still encoded: `bytes` must be what `AnalysisDecoder.skipVotes` accepted with `table`.
    init(encoded bytes: ReadBytes, table: AnalysisStringTable) { storage = .encoded(bytes: bytes, table: table) }

    /// Whether the votes are still as the shard stored them (not decoded yet).
    var isEncoded: Bool {
        if case .encoded = storage { return true }
        return false
    }

    var decoded: PoolVotes {
        switch storage {
        case .decoded(let votes): return votes
        case .encoded(let bytes, let table):
            var d = AnalysisDecoder(BinaryReader(bytes), table: table)
            guard let votes = try? d.votes(), d.r.atEnd else {
                preconditionFailure("cached votes that were checked when read do not decode")
            }
            return votes
        }
    }
}

extension AnalysisDecoder {
    /// Moves past the votes `votes()` would read, checking what it checks (every count, string number and type),
    /// and makes nothing. Throws where `votes()` throws.
    mutating func skipVotes() throws(BinaryReader.Corrupt) {
        let types = EntityType.allCases.count
        for _ in 0..<(try count()) {
            try skipString()
            try skipString()
            _ = try r.count(atMost: types - 1)
            _ = try int()
            try skipOptionalString()
        }
        for _ in 0..<(try count()) {
            try skipString()
            try skipString()
        }
        for _ in 0..<(try count()) {
            try skipString()
            try skipString()
            try skipOptionalString()
        }
        for _ in 0..<(try count()) { try skipString() }
        for _ in 0..<(try count()) {
            try skipString()
            try skipString()
            for _ in 0..<(try count()) { try skipString() }
        }
    }

    /// The votes at the reader's position, checked and left encoded (`CachedVotes`).
    mutating func encodedVotes() throws(BinaryReader.Corrupt) -> CachedVotes {
        let start = r.offset
        try skipVotes()
        return CachedVotes(encoded: r.readBytes(from: start), table: table)
    }
}
