import ArabicText
import Extraction

/// Place kinds of the corpus entities and name containment between places, computed on first use and
/// cached, for merging.
final class PlaceIndex {
    private let names: [String]
    private let isPlace: [Bool]
    /// Entity → `Kind.rawValue` (0: not computed yet); only places.
    private var kindCode: [UInt8]
    private var wordCache: [[String]?]
    /// Class ids (`StringIDs`) of `words(e)`, sorted, for a quick "no word in common" test.
    private var wordClassCache: [[Int]?]
    private var wordIDs = StringIDs()
    private var containedCache: [Int: Bool] = [:]
    /// Entity → the country it is in (`PlaceKinds.country(of:)`), computed on first use.
    private var countryCache: [Int: String?] = [:]
    /// Match key of a place's name, variant or alias → the place (the first one that has it).
    private var placeOfKey: [String: Int] = [:]

    init(corpus: ResolvedCorpus) {
        names = corpus.entities.map(\.name)
        isPlace = corpus.entities.map { $0.type == .place }
        for (i, e) in corpus.entities.enumerated() where e.type == .place {
            for n in [e.name] + e.variants + e.aliases {
                let k = ArabicNormalizer.matchKey(n)
                if placeOfKey[k] == nil { placeOfKey[k] = i }
            }
        }
        kindCode = Array(repeating: 0, count: names.count)
        wordCache = Array(repeating: nil, count: names.count)
        wordClassCache = Array(repeating: nil, count: names.count)
    }

    /// Another index with this one's tables and memos as they are, for another thread to use (and fill) on its own:
    /// every answer is a function of the entities alone, and word class ids are compared only within one index.
    func copy() -> PlaceIndex { PlaceIndex(copying: self) }

    private init(copying other: PlaceIndex) {
        names = other.names
        isPlace = other.isPlace
        kindCode = other.kindCode
        wordCache = other.wordCache
        wordClassCache = other.wordClassCache
        wordIDs = other.wordIDs
        containedCache = other.containedCache
        countryCache = other.countryCache
        placeOfKey = other.placeOfKey
    }

    /// `PlaceKinds.kind(of:)` of a place's name; nil for the other entities.
    private func placeKind(_ e: Int) -> PlaceKinds.Kind? {
        guard isPlace[e] else { return nil }
        if kindCode[e] == 0 { kindCode[e] = UInt8(PlaceKinds.kind(of: names[e]).rawValue) }
        return PlaceKinds.Kind(rawValue: Int(kindCode[e]))
    }

    func kind(_ e: Int) -> PlaceKinds.Kind { placeKind(e) ?? .country }

    /// The place whose name, variant or alias is written `name`, if any.
    func place(named name: String) -> Int? { placeOfKey[ArabicNormalizer.matchKey(name)] }

    /// The country a place is, or is a city of by the lexicon; nil when unknown or not a place.
    func country(_ e: Int) -> String? {
        guard isPlace[e] else { return nil }
        if let c = countryCache[e] { return c }
        let c = PlaceKinds.country(of: names[e])
        countryCache[e] = c
        return c
    }

    /// The countries of some places (each known one once).
    func countries(_ places: [Int]) -> Set<String> { Set(places.compactMap(country)) }

    /// A name of two words or more ("قاسم سليماني"), not a lone surname or nickname.
    func isFullName(_ e: Int) -> Bool { names[e].split(separator: " ").count >= 2 }

    /// The words of a place name without facility head or article (for containment candidates).
    func words(_ e: Int) -> [String] {
        guard isPlace[e] else { return [] }
        if let w = wordCache[e] { return w }
        let w = PlaceKinds.coreWords(names[e])
        wordCache[e] = w
        return w
    }

    /// `words(e)` as sorted class ids.
    func wordClasses(_ e: Int) -> [Int] {
        if let w = wordClassCache[e] { return w }
        let w = Array(Set(words(e).map { wordIDs.cls($0) })).sorted()
        wordClassCache[e] = w
        return w
    }

    /// The class id of a word of a place name.
    func wordClass(_ word: String) -> Int { wordIDs.cls(word) }

    /// Not a country: sharing "العراق" says nothing about two events being one.
    func salient(_ e: Int) -> Bool { placeKind(e).map { $0 != .country } ?? true }

    /// A place that is not a country.
    func salientPlace(_ e: Int) -> Bool { isPlace[e] && placeKind(e) != .country }

    func same(_ a: Int, _ b: Int) -> Bool {
        if a == b { return true }
        guard isPlace[a], isPlace[b] else { return false }
        // `PlaceKinds.contained` needs the shorter name's words all in the longer one's
        guard shareWord(a, b) else { return false }
        let key = min(a, b) * 1_000_003 + max(a, b)
        if let v = containedCache[key] { return v }
        let v = PlaceKinds.contained(names[a], names[b])
        containedCache[key] = v
        return v
    }

    /// Two places whose names share a word ("بغداد", "مطار بغداد").
    func related(_ a: Int, _ b: Int) -> Bool { a == b || (isPlace[a] && isPlace[b] && shareWord(a, b)) }

    private func shareWord(_ a: Int, _ b: Int) -> Bool {
        let x = wordClasses(a), y = wordClasses(b)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { return true }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Entities of `a` that the cluster shares (or contains by name), countries aside.
    func overlap(_ a: [Int], _ c: EventCluster) -> Int {
        var n = 0
        for x in a where salient(x) {
            if c.entities.contains(x) {
                n += 1
            } else if salientPlace(x), c.salientPlaces.contains(where: { same(x, $0) }) {
                n += 1
            }
        }
        return n
    }
}
