import ArabicDates
import Extraction

// The contract between the resolution stage and the site model: entities and events merged across
// the whole corpus, each pointing back to the article, sentence and mention it came from.

/// Identifies one mention: article `article` (index into the corpus documents), mention `mention`
/// (index into that document's `DocumentExtraction.mentions`).
public struct MentionRef: Hashable, Codable, Sendable {
    public var article: Int
    public var mention: Int
    public init(article: Int, mention: Int) {
        self.article = article
        self.mention = mention
    }
}

/// A curated entity from `entities/*.md` (front matter + Markdown description).
public struct CuratedEntity: Sendable, Codable, Hashable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var wikidata: String?
    public var latitude: Double?
    public var longitude: Double?
    /// `ignore: true` suppresses a false entity found by discovery.
    public var ignore: Bool
    /// Markdown body (rendered by the site stage).
    public var description: String
    /// Where it came from, for messages ("entities/qaani.md").
    public var file: String

    public init(name: String, type: EntityType, aliases: [String] = [], wikidata: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, ignore: Bool = false,
                description: String = "", file: String = "") {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.wikidata = wikidata
        self.latitude = latitude
        self.longitude = longitude
        self.ignore = ignore
        self.description = description
        self.file = file
    }
}

/// A curated event from `events/*.md`.
public struct CuratedEvent: Sendable, Codable, Hashable {
    public var title: String
    public var date: PartialDate?
    public var type: EventType
    /// Names (or aliases) of entities; resolved to entity ids by the resolver.
    public var places: [String]
    public var actors: [String]
    public var description: String
    public var file: String

    public init(title: String, date: PartialDate?, type: EventType, places: [String] = [],
                actors: [String] = [], description: String = "", file: String = "") {
        self.title = title
        self.date = date
        self.type = type
        self.places = places
        self.actors = actors
        self.description = description
        self.file = file
    }
}

/// A person, organization or place, merged across all the articles that name it.
public struct Entity: Sendable, Codable, Hashable {
    /// Stable ASCII id, used in URLs (`entities/<id>.html`).
    public var id: String
    /// Display name: the curated name, else the most complete frequent variant.
    public var name: String
    public var type: EntityType
    /// Every spelling seen in the texts, most frequent first.
    public var variants: [String]
    /// Curated aliases.
    public var aliases: [String]
    /// Why variants were merged, one readable line each ("قا آني = قاآني: same letters without spaces").
    public var mergeNotes: [String]
    public var mentions: [MentionRef]
    /// Index into `ResolvedCorpus.curated` when a curated file describes this entity.
    public var curated: Int?

    public init(id: String, name: String, type: EntityType, variants: [String] = [], aliases: [String] = [],
                mergeNotes: [String] = [], mentions: [MentionRef] = [], curated: Int? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.variants = variants
        self.aliases = aliases
        self.mergeNotes = mergeNotes
        self.mentions = mentions
        self.curated = curated
    }
}

/// One source of an event: the event mention `event` of article `article`.
public struct EventSource: Hashable, Codable, Sendable {
    public var article: Int
    /// Index into that article's `DocumentExtraction.events`.
    public var event: Int
    /// The date expression as written, if the sentence had one.
    public var dateText: String?
    public init(article: Int, event: Int, dateText: String? = nil) {
        self.article = article
        self.event = event
        self.dateText = dateText
    }
}

/// An event merged across all its reports.
public struct Event: Sendable, Codable, Hashable {
    public var id: String
    /// Generated Arabic title: type + place + date ("هجوم بطائرات مسيّرة على قاعدة عين الأسد").
    public var title: String
    public var type: EventType
    public var subtype: String?
    public var date: PartialDate?
    /// True when the date rests on an inferred article date.
    public var dateInferred: Bool
    /// True when the date is the day an article reported the event as its news, the text stating none
    /// (shown as «تاريخ النشر», exported as `date_basis: "reported"`).
    public var dateReported = false
    /// Entity indexes (into `ResolvedCorpus.entities`).
    public var places: [Int]
    public var actors: [Int]
    public var targets: [Int]
    /// Places the sources name in words the entities have no page for ("طبلبة"), shown as plain text.
    public var placeNames: [String] = []
    /// Who acted or spoke, as written, when no entity page names them: a speaker named after his office with
    /// no page ("نصاف بوعفيف"), an attacker the clause describes ("شاب", "أعوان الأمن").
    public var actorNames: [String] = []
    /// Whom or what it was about, as written, when no entity page names it: a facility, unit or people an attack hit
    /// ("مقر حرس السواحل"), a person arrested or taken with no page.
    public var targetNames: [String] = []
    public var sources: [EventSource]
    /// Details that sources state, per source, so differences stay visible (e.g. rockets: 5 vs 14).
    public var quantities: [EventQuantity: [Int]]
    /// Index into `ResolvedCorpus.curatedEvents` when curated.
    public var curated: Int?

    public init(id: String, title: String, type: EventType, subtype: String? = nil, date: PartialDate? = nil,
                dateInferred: Bool = false, places: [Int] = [], actors: [Int] = [], targets: [Int] = [],
                sources: [EventSource] = [], quantities: [EventQuantity: [Int]] = [:], curated: Int? = nil) {
        self.id = id
        self.title = title
        self.type = type
        self.subtype = subtype
        self.date = date
        self.dateInferred = dateInferred
        self.places = places
        self.actors = actors
        self.targets = targets
        self.sources = sources
        self.quantities = quantities
        self.curated = curated
    }
}

/// A pair of entities that look alike but were not merged, for a human to confirm.
public struct PossibleDuplicate: Hashable, Codable, Sendable {
    public var first: Int
    public var second: Int
    public var reason: String
    public init(first: Int, second: Int, reason: String) {
        self.first = first
        self.second = second
        self.reason = reason
    }
}

/// The output of the resolution stage.
public struct ResolvedCorpus: Sendable {
    public var entities: [Entity] = []
    /// For each article, for each of its mentions: the entity index, or nil when the mention was dropped
    /// (generic phrase, ignored entity).
    public var entityOfMention: [[Int?]] = []
    public var events: [Event] = []
    public var possibleDuplicates: [PossibleDuplicate] = []
    /// The confidence evidence of every entity resolution made, kept or not (`EntityConfidence`), in the
    /// order they were made: what `sitegen build --entity-evidence FILE` writes for fitting the weights.
    public var entityEvidence: [EntityEvidence] = []
    public var curated: [CuratedEntity] = []
    public var curatedEvents: [CuratedEvent] = []
    /// Articles without a date of their own that the event resolver dated from another article
    /// (year anchoring): article index → the inferred reference date (year and month).
    public var anchoredArticleDates: [Int: PartialDate] = [:]
    /// The date mentions of those articles resolved again against that date (article index → the
    /// article's `DocumentExtraction.dates`, same order), ready to replace the originals.
    public var anchoredDateMentions: [Int: [DateMention]] = [:]
    public init() {}
}
