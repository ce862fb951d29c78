import ArabicDates

// The contract between the extraction stage and the stages after it (resolution, site model,
// `sitegen extract`). Offsets are always Unicode scalar offsets into the text of one block.

/// One article as the extraction stage sees it: its plain-text blocks (paragraphs and headings, in
/// order) and the date to resolve relative expressions against.
public struct Document: Sendable {
    /// A stable id of the article (its slug).
    public var id: String
    /// Plain text of each block (paragraph, heading, list item, table cell), in reading order.
    public var blocks: [String]
    /// The article's publication date, when metadata gives it (or `inferredDate` found it).
    public var date: PartialDate?
    /// True when `date` was inferred from the text rather than given by metadata.
    public var dateIsInferred: Bool
    /// The article's title, when metadata gives it (read for a dateline: "المهدية : إيقاف 4 مهربين").
    public var title: String?

    public init(id: String, blocks: [String], date: PartialDate? = nil, dateIsInferred: Bool = false, title: String? = nil) {
        self.id = id
        self.blocks = blocks
        self.date = date
        self.dateIsInferred = dateIsInferred
        self.title = title
    }
}

/// The three kinds of named entity sitegen tracks.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case person, organization, place

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Arabic label, singular.
    public var arabicName: String {
        switch self {
        case .person: return "شخص"
        case .organization: return "منظمة"
        case .place: return "مكان"
        }
    }

    /// Arabic label, plural.
    public var arabicPlural: String {
        switch self {
        case .person: return "أشخاص"
        case .organization: return "منظمات"
        case .place: return "أماكن"
        }
    }
}

/// A span of text inside one block.
public struct TextSpan: Hashable, Codable, Sendable {
    public var block: Int
    public var start: Int
    public var end: Int
    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }
}

/// A sentence of a document.
public struct Sentence: Hashable, Codable, Sendable {
    public var span: TextSpan
    public init(span: TextSpan) { self.span = span }
}

/// A place in the text that names an entity.
public struct Mention: Hashable, Codable, Sendable {
    /// Where the name stands (without proclitics such as و ب ل, which are outside the span).
    public var span: TextSpan
    /// Index into `DocumentExtraction.sentences`.
    public var sentence: Int
    /// The name as written in the text.
    public var surface: String
    public var type: EntityType
    /// Matching key of the name (normalized, spacing-insensitive); equal keys name the same thing.
    public var key: String
    /// What made this a mention: a title or head word ("قائد فيلق القدس", "وزارة"), a lexicon, or pooled evidence.
    public var cue: String?
    /// The display name a lexicon or curated file gives this spelling ("أمريكا" → "الولايات المتحدة"), if any.
    public var canonical: String?
    /// The rule that found the name (evidence for `EntityConfidence` in the resolution stage).
    public var rule: DiscoveryRule

    public init(span: TextSpan, sentence: Int, surface: String, type: EntityType, key: String, cue: String? = nil,
                canonical: String? = nil, rule: DiscoveryRule = .pooled) {
        self.span = span
        self.sentence = sentence
        self.surface = surface
        self.type = type
        self.key = key
        self.cue = cue
        self.canonical = canonical
        self.rule = rule
    }
}

/// A date expression found in the text, resolved when possible.
public struct DateMention: Hashable, Codable, Sendable {
    public var span: TextSpan
    public var sentence: Int
    public var text: String
    /// Resolved value; nil when the expression could not be resolved (no reference date).
    public var date: PartialDate?
    /// True when the value depends on the article date and that date was inferred.
    public var inferred: Bool

    public init(span: TextSpan, sentence: Int, text: String, date: PartialDate?, inferred: Bool) {
        self.span = span
        self.sentence = sentence
        self.text = text
        self.date = date
        self.inferred = inferred
    }

    /// The article's own date given to news its lead reports with no date of its own (`EventExtractor`): the day it
    /// was reported, not a date the text states. It is the one mention with no text.
    public var isReportedDay: Bool { text.isEmpty }
}

/// Quoted speech attributed to a speaker (قال … "…").
public struct Quote: Hashable, Codable, Sendable {
    /// Index into `DocumentExtraction.mentions` of the speaker, when the speaker is named.
    public var speaker: Int?
    public var span: TextSpan
    public var text: String
    public init(speaker: Int?, span: TextSpan, text: String) {
        self.speaker = speaker
        self.span = span
        self.text = text
    }
}

/// The small event taxonomy (aligned with ACLED event types and CAMEO root codes).
public enum EventType: String, Codable, Sendable, CaseIterable, Comparable {
    case attack, airstrike, killing, clash, arrest, deployment, withdrawal, meeting, visit, statement, threat, other

    public static func < (a: EventType, b: EventType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var arabicName: String {
        switch self {
        case .attack: return "هجوم"
        case .airstrike: return "غارة جوية"
        case .killing: return "اغتيال/قتل"
        case .clash: return "اشتباك"
        case .arrest: return "اعتقال"
        case .deployment: return "انتشار"
        case .withdrawal: return "انسحاب"
        case .meeting: return "اجتماع"
        case .visit: return "زيارة"
        case .statement: return "تصريح"
        case .threat: return "تهديد"
        case .other: return "حدث آخر"
        }
    }
}

/// A number stated with an event ("14 صاروخاً", "مقتل 4").
public struct EventQuantity: Hashable, Codable, Sendable {
    /// What is counted: "rockets", "drones", "killed", "wounded", "arrested", "soldiers"…
    public var what: String
    public var value: Int
    public init(what: String, value: Int) {
        self.what = what
        self.value = value
    }
}

/// One report of an event in one sentence of one article.
public struct EventMention: Hashable, Codable, Sendable {
    public var type: EventType
    /// Finer kind: "drone", "rocket", "missile", "bomb", "ballistic-missile"…
    public var subtype: String?
    /// Index into `DocumentExtraction.sentences`.
    public var sentence: Int
    /// The word(s) that signalled the event.
    public var trigger: String
    public var quantities: [EventQuantity]
    /// Index into `DocumentExtraction.dates` of the date this event is anchored to, if any.
    public var date: Int?
    /// Indexes into `DocumentExtraction.mentions`.
    public var places: [Int]
    public var actors: [Int]
    public var targets: [Int]
    /// Who acted or spoke, as written, when no name says it ("وزير الفلاحة", "وحدات الحرس الوطني").
    public var actorPhrase: String?
    /// Whom the event was about, as written, when no name says it ("6 عناصر تكفيرية", "الجنود الأمريكيين").
    public var targetPhrase: String?
    /// Where, as written, when no name says it: a town the name finder found no name in ("مركز الأمن الوطني
    /// بطبلبة" → طبلبة, "في ولاية البويرة" → البويرة).
    public var placePhrase: String?
    /// The sentence reports a series ("هجمات", "بشكل متكرر", "سلسلة هجمات"), not one event.
    public var series: Bool

    public init(type: EventType, subtype: String? = nil, sentence: Int, trigger: String,
                quantities: [EventQuantity] = [], date: Int? = nil,
                places: [Int] = [], actors: [Int] = [], targets: [Int] = [],
                actorPhrase: String? = nil, targetPhrase: String? = nil, placePhrase: String? = nil, series: Bool = false) {
        self.type = type
        self.subtype = subtype
        self.sentence = sentence
        self.trigger = trigger
        self.quantities = quantities
        self.date = date
        self.places = places
        self.actors = actors
        self.targets = targets
        self.actorPhrase = actorPhrase
        self.targetPhrase = targetPhrase
        self.placePhrase = placePhrase
        self.series = series
    }
}

/// Everything the extraction stage found in one document.
public struct DocumentExtraction: Sendable, Codable {
    public var sentences: [Sentence] = []
    public var mentions: [Mention] = []
    public var dates: [DateMention] = []
    public var events: [EventMention] = []
    public var quotes: [Quote] = []
    public init() {}
}
