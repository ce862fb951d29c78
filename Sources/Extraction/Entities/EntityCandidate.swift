import ArabicText

/// Which rule found a candidate name. Strong rules rest on a lexicon, a title or a head word.
public enum DiscoveryRule: String, Sendable, Codable, CaseIterable {
    case lexicon, known, title, apposition, reportingVerb, orgHead, placeHead, firstName, kunya, pooled

    var isStrong: Bool {
        switch self {
        case .lexicon, .known, .title, .apposition, .orgHead, .placeHead, .kunya: return true
        case .reportingVerb, .firstName, .pooled: return false
        }
    }
}

/// A name found in one block of one document.
public struct EntityCandidate: Hashable, Sendable {
    public var block: Int
    public var start: Int
    public var end: Int
    public var surface: String
    public var key: String
    public var type: EntityType
    public var cue: String?
    public var rule: DiscoveryRule
    /// For lexicon names: the display name the lexicon gives ("أمريكا" → "الولايات المتحدة").
    public var canonical: String?
    /// Why a weak candidate was taken, for debugging.
    public var note: String? = nil
}
