import Testing
import ArabicText
@testable import Extraction

/// The byte look-ups of session 33 give the answers of the string look-ups they stand in for.
struct LookupOnBytesTests {
    /// Keys of many lengths, most of them sharing their first letters, so that the table's slots collide.
    static let keys: [String] = {
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        var out: [String] = []
        for i in 0..<3000 {
            var v = String.UnicodeScalarView()
            var x = i
            repeat { v.append(letters[x % letters.count]); x /= letters.count } while x > 0
            if i % 3 == 0 { v.append(contentsOf: "ال".unicodeScalars) }
            out.append(String(v))
        }
        return out + ["a", "abc", "中国", "𠀋"]
    }()

    @Test func aByteTableFindsWhatASetFinds() {
        let members = Array(Self.keys.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let table = ByteTable(members.map(WordKey.init))
        let set = WordSet(members)
        let strings = Set(members)
        for (k, key) in table.keys.enumerated() { #expect(table.index(of: key.string) == k) }
        for p in Self.keys + ["", "ال", "x"] {
            #expect((table.index(of: p) != nil) == strings.contains(p), "\(p)")
            #expect(set.contains(p) == strings.contains(p), "\(p)")
            if let k = table.index(of: p) { #expect(table.keys[k].string == p) }
        }
    }

    @Test func droppingScalarsIsTheLookUpOfTheRest() {
        let set = WordSet(["كان", "يكون", "مدينه", "حي", "", "中国"].map(ArabicNormalizer.matchKey) + ["a"])
        let words = ["وكان", "فكان", "كان", "بمدينه", "لمدينه", "وبمدينه", "بحي", "حي", "و", "", "ab", "x中国", "وa", "𠀋a"]
        for w in words {
            for n in 0...4 {
                let rest = String(String.UnicodeScalarView(w.unicodeScalars.dropFirst(n)))
                #expect(set.contains(w, droppingScalars: n) == set.contains(rest), "\(w) \(n)")
            }
        }
        #expect(set.contains("وكان", droppingScalars: 1))
        #expect(!WordSet(["كان"]).contains("و", droppingScalars: 3))
    }

    @Test func stemKeyLookUpsAreTheStemKeys() {
        let texts = ["وبمدينة صفاقس ولاية بنزرت في حي الخضراء وبحي النصر للعراق والعراق لمنزل بورقيبة وللمدينة",
                     "وكان فكان يكون وفريق الاتحاد المنستيري ولاعب برشلونة بالملعب القابسي"]
        let heads: [WordSet] = [DiscoveryRules.townHeads, DiscoveryRules.matchWords, DiscoveryRules.clubNameWords,
                                WordSet(["عراق", "العراق", "مدينه", "حي"])]
        var prefixed = 0
        for text in texts {
            let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
            let rules = DiscoveryRules(a)
            for u in a.units.indices where a.isWord(u) {
                if a.units[u].prefix > 0 { prefixed += 1 }
                for h in heads { #expect(rules.stemKeyIs(u, in: h) == h.contains(a.stemKey(u)), "\(a.key(u))") }
                for w in ["حي", "مدينه", "العراق", "عراق"] {
                    #expect(rules.stemKeyIs(u, w) == UTF8Key.sameBytes(a.stemKey(u), w), "\(a.key(u)) \(w)")
                }
            }
        }
        #expect(prefixed >= 4)
    }

    @Test func organizationHeadsAfterTheArticle() {
        for w in ["الوزارة", "الحركة", "الهيئة", "المجلس", "الكتاب", "ال", "الحزب", "وزارة"].map(ArabicNormalizer.matchKey) {
            let rest = String(String.UnicodeScalarView(w.unicodeScalars.dropFirst(2)))
            #expect(NameEvidence.isOrganizationHead(w, droppingScalars: 2) == NameEvidence.isOrganizationHead(rest), "\(w)")
        }
        #expect(NameEvidence.isOrganizationHead(ArabicNormalizer.matchKey("الوزارة"), droppingScalars: 2))
    }

    @Test func nisbaShapeAndKanaVerbOnBytes() {
        func referenceShape(_ key: String) -> Bool {
            let b = Array(key.utf8)
            guard b.count >= 10, b.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return false }
            let n = b.count
            return b[n - 2] == 0xD9 && b[n - 1] == 0x8A || b[n - 4] == 0xD9 && b[n - 3] == 0x8A && b[n - 2] == 0xD9 && b[n - 1] == 0x87
        }
        let text = "الملعب القابسي والتونسية القيروانية الي الكي الصحفيين كان وكان فكان وكانت يكون فيكون وظل ظل وبات والي"
        let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
        let rules = DiscoveryRules(a)
        for u in a.units.indices where a.isWord(u) {
            let key = a.key(u)
            #expect(DiscoveryRules.hasDefiniteNisbaShape(key) == referenceShape(key), "\(key)")
            guard a.units[u].tokens.count == 1 else { continue }
            let s = key.unicodeScalars
            let reference = s.count >= 4 && (s.first == "و" || s.first == "ف")
                ? DiscoveryRules.kanaSisters.contains(String(String.UnicodeScalarView(s.dropFirst())))
                : DiscoveryRules.kanaSisters.contains(key)
            #expect(rules.isKanaVerb(u) == reference, "\(key)")
        }
        #expect(DiscoveryRules.hasDefiniteNisbaShape(ArabicNormalizer.matchKey("القيروانية")))
    }

    @Test func theNotablePrefilterKeepsEveryNotableName() {
        // every spelling of the lexicon's lines, bare and with each proclitic, in a sentence
        var words: [String] = []
        for line in Lexicon.lines(NotablePeople.people) + Lexicon.lines(NotablePeople.sharedSurnames) { words += line }
        var text = ""
        for w in words { for p in ["", "و", "ف", "ب", "ل", "وب", "ول"] { text += " قال " + p + w + " ثم" } }
        text += " وللمرزوقي للباجي قايد السبسي فللسيسي"
        let tokens = Tokenizer.tokenize(text)
        var matched = 0, refused = 0
        for i in tokens.indices where tokens[i].kind == .word {
            let may = NotablePersons.prefilter.mayMatch(tokens[i].key)
            if NotablePersons.gazetteer.match(in: tokens, at: i) != nil { matched += 1; #expect(may, "\(tokens[i].text)") }
            if !may { refused += 1 }
        }
        #expect(matched > 500)
        #expect(refused > 100)
    }
}
