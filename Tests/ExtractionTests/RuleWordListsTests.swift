import Foundation
import Testing
import ArabicText
@testable import Extraction

/// The rule lists read through one table (`RuleWordTable`, session 40) say what each list says itself, for every
/// word of every list, their variants, random words and the words of the sample articles; and the lists of each unit
/// (`DiscoveryRules.wordLists`) are those of its key and stem key, `kanaVerb` that of the former `isKanaVerb`, and the
/// key's shapes (`definiteOfFiveScalars`, `definiteNisbaShape`) those of `isDefinite` and `hasDefiniteNisbaShape`.
@Suite struct RuleWordListsTests {
    /// Whether `list` holds `word`, asked of the list itself.
    static func holds(_ list: RuleLists, _ word: String) -> Bool {
        switch list {
        case .clubByCity: return ClubForms.byCity[word] != nil
        case .clubFirstWord: return ClubForms.firstWords.contains(word)
        case .clubByWord: return ClubForms.byWord[word] != nil
        case .clubNoun: return DiscoveryRules.clubNouns.contains(word)
        case .cityNoun: return DiscoveryRules.cityNouns.contains(word)
        case .clubNounOfOtherSenses: return DiscoveryRules.clubNounsOfOtherSenses.contains(word)
        case .townHead: return DiscoveryRules.townHeads.contains(word)
        case .quarterHead: return UTF8Key.sameBytes(word, "حي")
        case .kanaSister: return DiscoveryRules.kanaSisters.contains(word)
        case .kanaSisterAfterWawOrFa:
            let first = word.unicodeScalars.first
            return (first == "و" || first == "ف") && DiscoveryRules.kanaSisters.contains(word, droppingScalars: 1)
        case .relationNoun: return DiscoveryRules.relationNouns.contains(word)
        case .teamHead: return DiscoveryRules.teamHeads.contains(word)
        case .hostOrGuest: return DiscoveryRules.hostAndGuest.contains(word)
        case .drawVerb: return DiscoveryRules.drawVerbs.contains(word)
        case .complementizer: return DiscoveryRules.complementizers.contains(word)
        case .clubNameWord: return DiscoveryRules.clubNameWords.contains(word)
        case .kunyaAbi: return UTF8Key.sameBytes(word, "ابي")
        default: Issue.record("no list \(list.rawValue)"); return false
        }
    }

    static var allLists: [RuleLists] { RuleWordTable.sources.map(\.0) }

    /// `isKanaVerb`'s reading of a key before session 40 (its path for a key with no contiguous UTF-8).
    static func wasKanaVerb(_ key: String) -> Bool {
        let s = key.unicodeScalars
        if let first = s.first, first == "و" || first == "ف", s.count >= 4 {
            return DiscoveryRules.kanaSisters.contains(key, droppingScalars: 1)
        }
        return DiscoveryRules.kanaSisters.contains(key)
    }

    static let sentences = [
        "وكان برشلونة قد فاز وفكان فريق العربي بمدينة الشابة بحي الزهور والحي لاعب بورتو ولاعب ليون الفرنسي",
        "أن ميسي كان يعتقد وتعادل الترجي مع مضيفه النجم الساحلي أبي زيد زميله رونالدو للمدينة وللمدينة",
        "بلدية المرسى ومعتمدية الجم وبولاية المسيلة لفريق وليامز وفريقي أسيك ويكون وظل فظل وبات يصبح لايزال",
        "الهيئة الوطنية للمياه والمجلس الأعلى للقضاء والحركة الجزئية الملعب التونسي والترجي الجرجيسي الباجي القيروانية ال",
        "أم صلال نادي تشارلتون وجماهير ليون في ليون سكان برشلونة الملعب القابسي والأهلي الإتحاد بالنادي",
    ]

    static var texts: [String] { sentences + GazetteerHitUnitsTests.texts }

    /// Every word of every list, each with a letter cut off either end and with a proclitic or the article before it,
    /// random words of the lists' letters, and the words of the sample articles.
    static var probes: [String] {
        var words = Set<String>()
        for (_, keys) in RuleWordTable.sources {
            for k in keys {
                let w = k.string
                let s = Array(w.unicodeScalars)
                words.insert(w)
                if s.count > 1 {
                    words.insert(String(String.UnicodeScalarView(s.dropFirst())))
                    words.insert(String(String.UnicodeScalarView(s.dropLast())))
                }
                for p in ["و", "ف", "ب", "ل", "ال", "وال", "لل", "ك"] { words.insert(p + w) }
                words.insert(w + "ه")
            }
        }
        var letters: [Unicode.Scalar] = []
        for w in words { for c in w.unicodeScalars where !letters.contains(c) { letters.append(c) } }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let n = Int.random(in: 0...7, using: &rng)
            var s = String.UnicodeScalarView()
            for _ in 0..<n { s.append(letters.randomElement(using: &rng)!) }
            words.insert(String(s))
        }
        for text in texts { for w in Tokenizer.wordKeys(text) { words.insert(w) } }
        return Array(words)
    }

    @Test func theTableSaysWhatEachListSays() {
        let table = RuleWordTable.shared
        let probes = Self.probes
        #expect(probes.count > 8_000)
        var members = 0
        for p in probes {
            let found = table.lists(of: p)
            var bytes = p
            let byBytes = bytes.withUTF8 { table.lists(ofBytes: $0) }
            #expect(found == byBytes, "\(p)")
            for list in Self.allLists {
                let holds = Self.holds(list, p)
                if holds { members += 1 }
                #expect(found.contains(list) == holds, "\(p) \(list.rawValue)")
            }
            #expect(found.isDisjoint(with: [.kanaVerb, .definiteOfFiveScalars, .definiteNisbaShape]))
        }
        #expect(members > 500)
    }

    @Test func everyListHasItsKeysInTheTable() {
        let table = RuleWordTable.shared
        for (list, keys) in RuleWordTable.sources {
            #expect(!keys.isEmpty)
            for k in keys { #expect(table.lists(of: k.string).contains(list) && Self.holds(list, k.string), "\(k.string)") }
        }
    }

    @Test func eachUnitHasTheListsOfItsKeyAndStem() {
        var stems = 0, kana = 0, definite = 0, nisba = 0, heads = 0
        for text in Self.texts {
            let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
            let rules = DiscoveryRules(a)
            #expect(rules.wordLists.count == a.units.count)
            for u in a.units.indices {
                let lists = rules.wordLists[u]
                let key = a.key(u), stem = a.stemKey(u)
                if !UTF8Key.sameBytes(key, stem) { stems += 1 }
                for list in Self.allLists {
                    #expect(lists.key.contains(list) == Self.holds(list, key), "\(key) \(list.rawValue)")
                    #expect(lists.stem.contains(list) == Self.holds(list, stem), "\(stem) \(list.rawValue)")
                }
                #expect(lists.key.contains(.kanaVerb) == Self.wasKanaVerb(key), "\(key)")
                #expect(lists.stem.isDisjoint(with: [.kanaVerb, .definiteOfFiveScalars, .definiteNisbaShape]))
                #expect(lists.key.contains(.definiteOfFiveScalars) == DiscoveryRules.isDefinite(key, scalars: 5), "\(key)")
                #expect(lists.key.contains(.definiteNisbaShape) == DiscoveryRules.hasDefiniteNisbaShape(key), "\(key)")
                if lists.key.contains(.definiteOfFiveScalars) { definite += 1 }
                if lists.key.contains(.definiteNisbaShape) { nisba += 1 }
                // `isDefiniteOrganizationHead` as it read the key before session 40
                let wasHead = a.isWord(u) && a.units[u].tokens.count == 1 && a.units[u].prefix == 0
                    && DiscoveryRules.isDefinite(key, scalars: 5) && NameEvidence.isOrganizationHead(key, droppingScalars: 2)
                    && !DiscoveryRules.definiteGroupHeads.contains(key, droppingScalars: 2)
                if wasHead { heads += 1 }
                #expect(rules.isDefiniteOrganizationHead(u) == wasHead, "\(key)")
                let wasKana = a.isWord(u) && a.units[u].tokens.count == 1 && Self.wasKanaVerb(key)
                if wasKana { kana += 1 }
                #expect(rules.isKanaVerb(u) == wasKana)
                #expect(RuleWordTable.unitLists(a, u, table: .shared).key == lists.key)
                #expect(RuleWordTable.unitLists(a, u, table: .shared).stem == lists.stem)
            }
        }
        #expect(stems > 100)
        #expect(kana > 5)
        #expect(definite > 100 && nisba > 20 && heads > 5)
    }
}
