import Testing
import ArabicText
import TestSupport
@testable import Extraction

/// The corpus gazetteer's tables in the form extraction looks them up (`GazetteerKeyTable`) answer as the
/// `[String: Value]` they replace (the code before, kept here: `dictionary[key]`), made from a dictionary or from
/// entries read back from the cache.
struct GazetteerKeyTableTests {
    /// Pieces of keys: plain Arabic letters, letters with hamza or madda and their decomposed spellings, marks, ASCII
    /// (with «K», «;», «`»), the three singletons canonically equal to those, Persian letters, a Latin letter with an
    /// accent both ways.
    static let pieces = ["ا", "ل", "م", "ب", "ي", "ة", "ء", "آ", "ا\u{0653}", "أ", "ا\u{0654}", "إ", "ؤ", "و\u{0654}", "ئ",
                         "\u{064E}", "\u{0651}", "\u{0653}", "k", "K", ";", "`", "a", "1", " ", "\u{212A}", "\u{037E}",
                         "\u{1FEF}", "پ", "گ", "é", "e\u{0301}", "ـ"]

    static func randomKeys(_ random: inout SeededRandom, count: Int, pieces: [String]) -> [String] {
        (0..<count).map { _ in random.text(of: pieces, maxPieces: 5) }
    }

    @Test func lookUpsAnswerAsTheDictionary() {
        var random = SeededRandom(seed: 47)
        for round in 0..<400 {
            // some rounds without the singletons or ASCII among the keys (all of ASCII plain), some with
            let keyPieces = round % 3 == 0 ? Array(Self.pieces.prefix(17)) : Self.pieces
            var dictionary: [String: Int] = [:]
            for (i, k) in Self.randomKeys(&random, count: random.below(40), pieces: keyPieces).enumerated() { dictionary[k] = i }
            let fromDictionary = GazetteerKeyTable(dictionary)
            guard let fromEntries = GazetteerKeyTable(entries: dictionary.map { (key: $0.key, value: $0.value) }) else {
                Issue.record("entries of a dictionary refused: \(dictionary.keys.sorted())")
                continue
            }
            let queries = Array(dictionary.keys) + Self.randomKeys(&random, count: 60, pieces: Self.pieces)
            for q in queries {
                #expect(fromDictionary.value(of: q) == dictionary[q], "\(Array(q.unicodeScalars)) in \(dictionary.keys.sorted())")
                #expect(fromEntries.value(of: q) == dictionary[q], "\(Array(q.unicodeScalars)) in \(dictionary.keys.sorted())")
            }
            #expect(fromEntries.count == dictionary.count)
            #expect(fromEntries.isEmpty == dictionary.isEmpty)
            #expect(fromEntries.dictionary == dictionary)
            #expect(fromDictionary.dictionary == dictionary)
        }
    }

    @Test func edgeCases() {
        // a query holding a singleton finds the ASCII key, and the other way round
        let ascii = GazetteerKeyTable(["Key": 1, "ab;c": 2])
        #expect(ascii.value(of: "\u{212A}ey") == 1)
        #expect(ascii.value(of: "ab\u{037E}c") == 2)
        let kelvin = GazetteerKeyTable(entries: [(key: "\u{212A}ey", value: 1)])!
        #expect(kelvin.value(of: "Key") == 1)
        #expect(kelvin.value(of: "\u{212A}ey") == 1)
        // a decomposed spelling finds the composed key
        let madda = GazetteerKeyTable(entries: [(key: "آمنة", value: 3), (key: "بغداد", value: 4)])!
        #expect(madda.value(of: "ا\u{0653}منة") == 3)
        #expect(madda.value(of: "بغداد") == 4)
        #expect(madda.value(of: "بغدا") == nil)
        // keys equal as strings: no table (a dictionary holds one of them)
        #expect(GazetteerKeyTable(entries: [(key: "آمنة", value: 1), (key: "ا\u{0653}منة", value: 2)]) == nil)
        #expect(GazetteerKeyTable(entries: [(key: "بغداد", value: 1), (key: "بغداد", value: 2)]) == nil)
        #expect(GazetteerKeyTable(entries: [(key: "Key", value: 1), (key: "\u{212A}ey", value: 2)]) == nil)
        let empty = GazetteerKeyTable<Int>(entries: [])!
        #expect(empty.isEmpty && empty.value(of: "") == nil && empty.dictionary.isEmpty)
    }

    /// A gazetteer made of tables answers as one made of the dictionaries, and gives the dictionaries back.
    @Test func gazetteerOfTables() {
        let types: [String: EntityType] = ["الحكومه": .organization, "بغداد": .place, "Kim": .person]
        let trims = ["مجلسالنواب": 1]
        let shortForms = ["نهضه": "حركة النهضة"]
        let made = CorpusGazetteer(names: Gazetteer<PooledName>(), typeOfKey: types, trims: trims, shortForms: shortForms)
        guard let read = CorpusGazetteer(names: Gazetteer<PooledName>(), typeEntries: types.map { (key: $0.key, value: $0.value) },
                                         trimEntries: trims.map { (key: $0.key, value: $0.value) },
                                         shortFormEntries: shortForms.map { (key: $0.key, value: $0.value) }) else {
            Issue.record("tables of dictionaries refused")
            return
        }
        #expect(CorpusGazetteer(names: Gazetteer<PooledName>(), typeEntries: [(key: "آمنة", value: .person), (key: "ا\u{0653}منة", value: .place)],
                                trimEntries: [], shortFormEntries: []) == nil)
        for g in [made, read] {
            for k in ["الحكومه", "بغداد", "Kim", "\u{212A}im", "مجلسالنواب", "x"] {
                #expect(g.type(ofKey: k) == types[k])
                #expect(g.trim(ofKey: k) == trims[k])
            }
            #expect(g.fullName(ofShortForm: "النهضه") == "حركة النهضة")
            #expect(g.hasTrims && g.hasShortForms)
            #expect(g.typeOfKey == types && g.trims == trims && g.shortForms == shortForms)
        }
        var emptied = read
        emptied.trims = [:]
        emptied.shortForms = [:]
        #expect(!emptied.hasTrims && !emptied.hasShortForms && emptied.trim(ofKey: "مجلسالنواب") == nil)
    }
}
