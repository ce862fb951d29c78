import ArabicText
import Extraction

/// Lexicon places read inside the name of another place. A word such as «وادي», «برج», «رأس», «باب»
/// (`NameEvidence.placeConstructWord`) makes a place name of its own with the name after it: «وادي دجلة»
/// (a club, a valley) is not the Tigris, «برج لندن» is a tower, «رأس العيون» a town of its own. Such a
/// mention is not the lexicon's place, unless the corpus names the place that way: the word stands before
/// a third of the place's mentions or more («جبل الشعانبي», the mountain the lexicon's «الشعانبي» is) and the
/// lexicon's own name has no other head word («نهر دجلة|دجلة»: after «وادي» it is another place). Such a
/// name after a connector of person names is another name too («ابن الفرات» is not «نهر الفرات»).
struct ConstructPlaces {
    let names: NameTable
    /// Lexicon place mentions per name (class of the lexicon name's match key).
    private var total: [Int: Int] = [:]
    /// Mentions after a construct word, by class of "word key + space + lexicon name key".
    private var afterWord: [Int: Int] = [:]

    /// (After `SpellingSplits` numbered the mentions' spellings.)
    init(extractions: [DocumentExtraction], context: NameContext, names: NameTable) {
        self.names = names
        for (a, ex) in extractions.enumerated() where a < context.before.count {
            for (m, mention) in ex.mentions.enumerated() where Self.isLexiconPlace(mention) {
                // `lexiconKey`, numbered (and made) once per spelling: `SpellingSplits` numbered every key and
                // every canonical name's match key
                let name = mention.canonical.map { names.matchKey(names.id($0)) } ?? names.id(mention.key)
                total[names.cls(name), default: 0] += 1
                if let b = context.before[a][m], let word = NameEvidence.placeConstructWord(b.key) {
                    afterWord[names.cls(word + " " + names[name]), default: 0] += 1
                }
            }
        }
    }

    /// The head word of the lexicon's own name («نهر» of «نهر دجلة»), when the mention is written without it.
    static func ownHead(_ mention: Mention) -> String? {
        mention.canonical.flatMap { canonical -> String? in
            let words = NameSkeleton.words(canonical)
            return words.count > NameSkeleton.words(mention.surface).count ? words.first : nil
        }
    }

    /// `ownHead` of every mention that `otherPlace` reads it for (nil inside for the others), per article, worked out
    /// on all the cores (splitting the names into words was most of `otherPlace`).
    static func ownHeads(extractions: [DocumentExtraction], context: NameContext, jobs: Int, minChunk: Int = 512) -> [[String??]] {
        ParallelChunks.map(extractions.count, jobs: jobs, minChunk: minChunk) { range in
            range.map { a in
                extractions[a].mentions.indices.map { m -> String?? in
                    let mention = extractions[a].mentions[m]
                    guard isLexiconPlace(mention), a < context.before.count, context.before[a][m] != nil else { return .none }
                    return .some(ownHead(mention))
                }
            }
        }.flatMap { $0 }
    }

    static func isLexiconPlace(_ mention: Mention) -> Bool {
        mention.type == .place && (mention.canonical != nil || mention.rule == .lexicon)
    }

    /// Match key of the lexicon's name for the mention («نهر دجلة» for «دجلة»).
    func lexiconKey(_ mention: Mention) -> String {
        mention.canonical.map(ArabicNormalizer.matchKey) ?? mention.key
    }

    /// The class of the other place's name («وادي دجلة») when mention `m` of article `a` is a lexicon place
    /// read inside it, else nil.
    /// `ownHead`: `Self.ownHead(mention)`, when worked out beforehand (`ownHeads`).
    func otherPlace(_ mention: Mention, article a: Int, mention m: Int, context: NameContext, ownHead known: String?? = nil) -> Int? {
        guard Self.isLexiconPlace(mention), a < context.before.count, let b = context.before[a][m] else { return nil }
        let ownHead = known ?? Self.ownHead(mention)
        guard let word = NameEvidence.placeConstructWord(b.key) else {
            // after ابن, أبو, أم… a name the lexicon heads with its kind is another name («دار الثقافة ابن الفرات»)
            return ownHead != nil && NameEvidence.isNameConnector(b.key) ? names.cls(b.key + " " + mention.key) : nil
        }
        let name = lexiconKey(mention)
        let written = afterWord[names.cls(word + " " + name)] ?? 0
        if ownHead == nil || ownHead == word, 3 * written >= (total[names.cls(name)] ?? 0) { return nil }
        return names.cls(word + " " + mention.key)
    }
}
