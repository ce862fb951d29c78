/// A name the extractor must recognise whatever the rules say: a curated entity's name and aliases.
/// Build one per `CuratedEntity` (ignored entities included: they must still be matched so that the
/// resolver can suppress them).
public struct KnownName: Hashable, Sendable, Codable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]

    public init(name: String, type: EntityType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}
