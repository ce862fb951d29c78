import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// `EntityExtractor.laterNames` with its trims, glued words, extensions and its own reads of `typeOfKey` by NFC bytes
/// (`CanonicalKeyIndex`) gives what the `String`-keyed code gave (kept here): the same types, in the same dictionary,
/// the same names in the same order, the same short forms, on seeded random votes whose keys include canonically equal
/// spellings of other bytes (a decomposed hamza, tashkeel in both orders).
@Suite struct LaterNamesKeyBytesTests {
    /// The function before session 44, with `String`-keyed tables.
    static func oldLaterNames(_ x: EntityExtractor, _ tallied: PoolTallies, types: [EntityType], trims: [String: Int],
                              glued: [String: Int], votes: [PoolVotes])
        -> (typeOfKey: [String: EntityType], names: [(String, PooledName)], fullOfShort: [String: String]) {
        let (tallies, tallyOfKey, surnameSurface) = (tallied.tallies, tallied.tallyOfKey, tallied.surnameSurface)
        var typeOfKey: [String: EntityType] = [:]
        var names: [(String, PooledName)] = []
        for (t, type) in zip(tallies, types) where trims[t.key] == nil { typeOfKey[t.key] = type }
        let gluedWords = Set(glued.keys.compactMap { tallyOfKey[$0].flatMap { Tokenizer.wordKeys(tallies[$0].surface).last } })
        for (key, surface) in surnameSurface.sorted(by: { $0.key < $1.key }) where tallyOfKey[key] == nil && !gluedWords.contains(key) {
            guard UTF8Key.scalarCount(key) >= 3, x.lexicon.lookup(surface) == nil else { continue }
            names.append((surface, PooledName(type: .person, cue: nil, count: 0)))
            typeOfKey[key] = .person
        }
        var extensionDocuments: [String: (surface: String, cue: String?, documents: Int)] = [:]
        var extensionOrder: [String] = []
        for doc in votes {
            for v in doc.extensions {
                if extensionDocuments[v.key] == nil { extensionOrder.append(v.key) }
                extensionDocuments[v.key, default: (v.surface, v.cue, 0)].documents += 1
            }
        }
        for key in extensionOrder where tallyOfKey[key] == nil {
            let e = extensionDocuments[key]!
            guard e.documents >= 2 else { continue }
            names.append((e.surface, PooledName(type: .organization, cue: e.cue, count: e.documents)))
            typeOfKey[key] = .organization
        }
        func fullSurface(_ key: String) -> String? {
            if let t = tallyOfKey[key] { return tallies[t].surface }
            return extensionDocuments[key]?.surface
        }
        let shortForms = ShortFormTie.shortForms(votes.flatMap(\.shortFormTies),
                                                 isOrganization: { typeOfKey[$0] == .organization && NameSkeleton.words(fullSurface($0) ?? "").count >= 2
                                                     && (tallyOfKey[$0].map { tallies[$0].documents } ?? extensionDocuments[$0]?.documents ?? 0) >= 2 },
                                                 isOtherName: { (typeOfKey[$0].map { $0 != .organization } ?? false) || x.lexicon.lookup($0) != nil })
        var fullOfShort: [String: String] = [:]
        for (short, fullKey) in shortForms.sorted(by: { $0.key < $1.key }) {
            guard let full = fullSurface(fullKey) else { continue }
            fullOfShort[short] = full
            for form in [short, "ال" + short] {
                names.append((form, PooledName(type: .organization, cue: full, count: 0)))
                typeOfKey[form] = .organization
            }
        }
        return (typeOfKey, names, fullOfShort)
    }

    /// Names (organizations of two words and more among them) and, for some, a spelling `String` calls equal.
    static let names = ["الشركة الليبية", "وزارة الفلاحة", "الهيئة الوطنية للمياه", "سامر الدليمي", "أحمد الكعبي", "بغداد", "حركة النهضة",
                        "الشركة التونسية للكهرباء", "مريم الزبيدي", "ماتيراتزي"]
    static func spellings(_ key: String) -> [String] {
        [key, key.replacingOccurrences(of: "ا", with: "\u{0627}\u{0654}"), key + "\u{064E}\u{0651}", key + "\u{0651}\u{064E}"]
    }

    @Test func laterNamesByBytesAreTheStringTables() {
        let x = EntityExtractor()
        var random = SeededRandom(seed: 0x5044_0006)
        var shortFormsMade = 0, surnamesMade = 0, extensionsMade = 0
        for _ in 0..<300 {
            let votes: [PoolVotes] = (0..<(2 + random.below(12))).map { _ in
                var v = PoolVotes()
                for _ in 0..<(1 + random.below(4)) {
                    let name = Self.names[random.below(Self.names.count)]
                    let key = Self.spellings(ArabicNormalizer.matchKey(name))[random.below(4)]
                    v.votes.append(.init(key: key, surface: name, type: EntityType.allCases[random.below(3)], weight: 1, cue: nil))
                }
                for _ in 0..<random.below(3) {
                    let s = ["الدليمي", "الكعبي", "ماتيراتزي", "بوزاني", "كلينتون"][random.below(5)]
                    v.surnames.append(.init(key: Self.spellings(s)[random.below(4)], surface: s))
                }
                if random.below(2) == 0 {
                    let longer = ["وزارة الفلاحة والموارد المائية", "الشركة الليبية للغاز", "الهيئة الوطنية للمياه"][random.below(3)]
                    v.extensions = [.init(key: Self.spellings(ArabicNormalizer.matchKey(longer))[random.below(4)], surface: longer,
                                          type: .organization, weight: 1, cue: random.below(2) == 0 ? nil : "قال")]
                }
                for _ in 0..<random.below(3) {
                    let org = ["الشركة الليبية", "الشركة التونسية للكهرباء", "وزارة الفلاحة", "الشركة الليبية للغاز"][random.below(4)]
                    var before = ["اعلنت"] + Tokenizer.wordKeys(org)
                    if random.below(3) == 0 { before[1] = ["و", "ب", "ل"][random.below(3)] + before[1] }
                    let short = ["ليبغاز", "ستاغ", "الستاغ", "فلاحه"][random.below(4)]
                    v.shortFormTies.append(ShortFormTie(key: short, surface: short, before: before))
                }
                return v
            }
            let tallied = PoolTallies(votes, documents: votes.indices)
            let types = tallied.tallies.map { $0.votes.mostVoted! }
            var trims: [String: Int] = [:], glued: [String: Int] = [:]
            for t in tallied.tallies {
                if random.below(5) == 0 { trims[Self.spellings(t.key)[random.below(4)]] = 1 }
                if random.below(4) == 0 { glued[Self.spellings(t.key)[random.below(4)]] = 1 }
            }
            let new = x.laterNames(tallied, types: types, trimmed: CanonicalKeyIndex(trims), glued: glued, votes: votes)
            let old = Self.oldLaterNames(x, tallied, types: types, trims: trims, glued: glued, votes: votes)
            #expect(new.typeOfKey == old.typeOfKey)
            #expect(new.typeOfKey.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
                    == old.typeOfKey.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
            #expect(new.names.map { Array($0.0.utf8) } == old.names.map { Array($0.0.utf8) })
            #expect(new.names.map(\.1) == old.names.map(\.1))
            #expect(new.fullOfShort == old.fullOfShort)
            shortFormsMade += old.fullOfShort.count
            surnamesMade += old.names.filter { $0.1.type == .person }.count
            extensionsMade += old.names.filter { $0.1.type == .organization && $0.1.count > 0 }.count
        }
        #expect(shortFormsMade > 25 && surnamesMade > 100 && extensionsMade > 40, "\(shortFormsMade) \(surnamesMade) \(extensionsMade)")
    }
}
