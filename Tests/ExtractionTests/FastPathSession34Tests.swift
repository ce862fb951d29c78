import Testing
import ArabicText
@testable import Extraction

/// Session 34's fast paths give what the paths they skip give.
struct FastPathSession34Tests {
    /// A short word's readings are the word itself without the memo: `readings(of:)` of every key of three scalars
    /// or fewer is `[key]`, and `hasAtMostThreeScalars` counts scalars, not bytes.
    @Test func shortWordsAreTheirOwnReading() {
        let letters = ["و", "ف", "ب", "ل", "ك", "ا", "ل", "ء", "ه", "أ", "a", "1", "中", "😀", "\u{064E}"]
        var keys: [String] = [""]
        for a in letters { keys.append(a); for b in letters { keys.append(a + b); for c in letters { keys.append(a + b + c) } } }
        for key in keys {
            #expect(SentenceWords.hasAtMostThreeScalars(key) == (key.unicodeScalars.count <= 3), "\(key)")
            if key.unicodeScalars.count <= 3 { #expect(SentenceWords.readings(of: key) == [key], "\(key)") }
        }
        for key in ["وبال", "ولله", "كتبا", "المدن", "😀😀😀😀", "aaaa", "ابجد"] {
            #expect(!SentenceWords.hasAtMostThreeScalars(key), "\(key)")
        }
        // every key of up to five scalars over letters that make readings and letters that do not: when the bytes say
        // the readings are the key, they are; and the words with a proclitic, an article or a final alif are sent on
        let more = ["و", "ف", "ل", "ا", "ء", "أ", "آ", "ى", "ه", "ت", "\u{0654}", "\u{064E}", "a", "😀"]
        var long: [String] = []
        for a in more { for b in more { for c in more { long.append(a + b + c + "ن"); long.append("ن" + a + b + c + "ه") } } }
        var sent = 0
        for key in keys + long {
            if SentenceWords.readingsAreTheKey(key) {
                #expect(SentenceWords.readings(of: key) == [key], "\(key.unicodeScalars.map(\.value))")
            } else {
                sent += 1
            }
        }
        #expect(sent > 500)
        for key in ["والحكومه", "بالمدينه", "الحكومه", "شخصا", "لللجنه", "كتاب", "حكومه"] {
            #expect(SentenceWords.readingsAreTheKey(key) == (key == "حكومه"), "\(key)")
        }
        // the words of a sentence carry the readings the memo gives
        let text = "وقال في بيان إن الهجوم وقع في مدينة بالقرب من الحدود، ولم يسفر عن ضحايا."
        let scalars = Array(text.unicodeScalars)
        let words = SentenceWords(block: scalars, span: TextSpan(block: 0, start: 0, end: scalars.count))
        #expect(words.words.count > 10)
        for w in words.words where !w.isPunct && !w.isNumber {
            #expect(w.readings == SentenceWords.readings(of: w.key), "\(w.key)")
        }
    }

    /// The weights read from the bytes of `NameShapeWeights.weights` are the `String`-keyed table's, n-gram by n-gram.
    @Test func weightsReadOnBytesAreTheWeights() throws {
        let parsed = NameShapeScore.parsedWeights(NameShapeWeights.weights)
        #expect(parsed.count == NameShapeScore.weights.count)
        #expect(parsed.count > 7000)
        for (k, w) in NameShapeScore.weights { #expect(parsed[UTF8Key(k)] == w, "\(k)") }
        let byBytes = try #require(NameShapeScore.weightsByBytes)
        #expect(byBytes.table.keys.count == NameShapeScore.weights.count)
        // a later item for the same n-gram wins, the last colon separates, empty items are skipped
        let small = NameShapeScore.parsedWeights("  ab:1.5 \n\n^ا:-0.25 ab:2 x:y:3 bad: :4\n")
        #expect(small == [UTF8Key("ab"): 2, UTF8Key("^ا"): -0.25, UTF8Key("x:y"): 3, UTF8Key(""): 4])
        for word in ["محمد", "الحكومة", "بيرغرين", "x", ""] {
            #expect(NameShapeScore.score(word) == NameShapeScore.scoreOnStrings(ArabicNormalizer.matchKey(word)), "\(word)")
        }
    }

    /// The first-two-bytes test of a future verb's سـ is `utf8.starts(with:)`.
    @Test func sinIsReadFromTheFirstBytes() {
        for s in ["سيقوم", "س", "", "a", "ش", "سَ", "\u{0633}", "وسيقوم", "😀", "\u{D8}"] {
            #expect(SentenceEvents.startsWithSin(s) == s.utf8.starts(with: SentenceEvents.sinBytes), "\(s)")
        }
    }

    /// A unit set answers as a `Set<Int>` of the same insertions, inside the block and outside it.
    @Test func unitSetsAnswerAsSets() {
        for count in [0, 1, 63, 64, 65, 200] {
            var bits = UnitSet(count: count)
            var set = Set<Int>()
            for u in [0, 5, 63, 64, 65, 130, 199, -1, 250, count] { bits.insert(u); set.insert(u) }
            for u in -3...260 { #expect(bits.contains(u) == set.contains(u), "\(count) \(u)") }
        }
    }

    /// A plain-key index answers as the `String`-keyed dictionary it was made of, for keys with canonical
    /// equivalents of other bytes too (أ and ا + U+0654, K and the Kelvin sign, ; and the Greek question mark).
    @Test func plainKeyIndexesAnswerAsTheirDictionaries() {
        let keys = ["الحكومه", "مجلسالنواب", "ا\u{0654}حمد", "أحمد", "K", "\u{212A}", ";", "\u{037E}", "`", "\u{1FEF}", "abc",
                    "ab c", "", "ء", "آ", "ا\u{0653}", "😀", "حكومة", "مُحمد", "Kا", "k"]
        for drop in 0..<4 {
            var d: [String: Int] = [:]
            for (i, k) in keys.enumerated() where i % 4 != drop { d[k] = i }
            let index = PlainKeyIndex(d)
            for q in keys + ["x", "الحكوم", "احمد"] {
                #expect(index.value(of: q, in: d) == d[q], "\(q.unicodeScalars.map(\.value)) \(drop)")
            }
        }
        #expect(PlainKeyIndex<Int>.isPlain("الحكومه ab1", allASCII: false))
        #expect(!PlainKeyIndex<Int>.isPlain("أحمد", allASCII: true))
        #expect(!PlainKeyIndex<Int>.isPlain("K", allASCII: false))
        #expect(PlainKeyIndex<Int>.isPlain("KنD", allASCII: true))
        #expect(PlainKeyIndex<Int>.holdsASCIISingleton("ا\u{212A}"))
        #expect(PlainKeyIndex<Int>.holdsASCIISingleton("\u{037E}"))
        #expect(PlainKeyIndex<Int>.holdsASCIISingleton("x\u{1FEF}"))
        #expect(!PlainKeyIndex<Int>.holdsASCIISingleton("K;`الحكومه"))
        // skeletons («K» for ق غ ك ج) are looked up on their bytes, and a Kelvin sign among the keys still answers
        let skeletons: [String: Int] = ["KنD": 1, "SلH": 2, "TD": 3]
        let withKelvin: [String: Int] = ["\u{212A}نD": 1, "SلH": 2]
        for q in ["KنD", "\u{212A}نD", "SلH", "TD", "K"] {
            #expect(PlainKeyIndex(skeletons).value(of: q, in: skeletons) == skeletons[q], "\(q)")
            #expect(PlainKeyIndex(withKelvin).value(of: q, in: withKelvin) == withKelvin[q], "\(q)")
        }
        // the corpus gazetteer's look-ups follow its tables, also when they are set after it was made
        var g = CorpusGazetteer(names: Gazetteer<PooledName>(), typeOfKey: ["الحكومه": .organization], trims: ["مجلسالنواب": 1])
        #expect(g.type(ofKey: "الحكومه") == .organization)
        #expect(g.trim(ofKey: "مجلسالنواب") == 1)
        g.typeOfKey["بغداد"] = .place
        g.trims = [:]
        g.shortForms = ["نهضه": "حركة النهضة"]
        #expect(g.type(ofKey: "بغداد") == .place)
        #expect(g.trim(ofKey: "مجلسالنواب") == nil)
        #expect(g.fullName(ofShortForm: "النهضه") == "حركة النهضة")
    }
}
