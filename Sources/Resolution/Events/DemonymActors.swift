import ArabicText
import Extraction

/// The actor a demonym right after an event trigger names ("ضربات جوية أمريكية", "الغارة الأميركية" →
/// the entity of the United States), for the event resolver.
struct DemonymActors {
    private let entities: [Entity]
    private var countryActor: [UTF8Key: Int?] = [:]
    private var lastWordOfTrigger: [UTF8Key: String] = [:]
    /// The scalars of the last block read (article, block), reused by the events of that block.
    private var cachedBlock: (article: Int, block: Int, scalars: [Unicode.Scalar])?

    init(entities: [Entity]) { self.entities = entities }

    /// The entity a demonym after the trigger of `e` (event of article `article`) names, if any: the
    /// first non-person entity with a name, variant or alias of the country's match key.
    mutating func actor(after e: EventMention, article: Int, in doc: Document, _ ex: DocumentExtraction) -> Int? {
        guard let country = demonym(after: e, article: article, in: doc, ex) else { return nil }
        return entity(ofCountry: country)
    }

    /// The country a demonym among the words of a phrase names ("الجنود الأمريكيين").
    mutating func country(inPhrase phrase: String) -> Int? {
        for w in phrase.split(separator: " ") {
            if let c = PlaceKinds.country(ofDemonym: String(w)) { return entity(ofCountry: c) }
        }
        return nil
    }

    private mutating func entity(ofCountry country: String) -> Int? {
        if let known = countryActor[UTF8Key(country)] { return known }
        let key = ArabicNormalizer.matchKey(country)
        var actor: Int?
        search: for (i, entity) in entities.enumerated() where entity.type != .person {
            for n in [entity.name] + entity.variants + entity.aliases where Self.hasMatchKey(n, key) {
                actor = i
                break search
            }
        }
        countryActor[UTF8Key(country)] = actor
        return actor
    }

    /// `ArabicNormalizer.matchKey(name) == key`, folding scalar by scalar (no string built) when both
    /// are plain and the name needs no NFKC.
    static func hasMatchKey(_ name: String, _ key: String) -> Bool {
        guard TextOrder.isPlain(key), TextOrder.isPlain(name), !ArabicNormalizer.needsCompatibilityFold(name) else {
            return ArabicNormalizer.matchKey(name) == key
        }
        var expected = key.unicodeScalars.makeIterator()
        for s in name.unicodeScalars {
            guard let f = ArabicNormalizer.foldScalar(s.value, matchForm: true) else { continue }
            if f == 0x20 || f == 0x0A || f == 0x09 || f == 0x0D { continue }
            guard let k = expected.next(), k.value == f else { return false }
        }
        return expected.next() == nil
    }

    /// The country a demonym right after the trigger names, from the lexicon.
    private mutating func demonym(after e: EventMention, article: Int, in doc: Document, _ ex: DocumentExtraction) -> String? {
        guard e.sentence < ex.sentences.count else { return nil }
        let span = ex.sentences[e.sentence].span
        guard span.block < doc.blocks.count else { return nil }
        let scalars: [Unicode.Scalar]
        if let c = cachedBlock, c.article == article, c.block == span.block { scalars = c.scalars } else {
            scalars = ScalarString.scalars(of: doc.blocks[span.block])
            cachedBlock = (article, span.block, scalars)
        }
        let sentence = scalars[max(0, min(span.start, scalars.count))..<max(0, min(span.end, scalars.count))]
        let trigger = lastWord(of: e.trigger)
        guard sentence.allSatisfy(Self.standsAlone), trigger.unicodeScalars.allSatisfy(Self.standsAlone) else {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: sentence)
            let words = String(text).split { $0 == " " || $0 == "،" || $0 == "," }.map(String.init)
            guard let t = words.firstIndex(where: { $0 == trigger }) else { return nil }
            return country(in: words[(t + 1)..<min(words.count, t + 6)], weaponFirst: e.type == .killing)
        }
        // Every scalar is a character of its own and in NFC: words and equality by scalars.
        let target = Array(trigger.unicodeScalars)
        var words: [String] = []
        var found = false
        var i = sentence.startIndex
        while i < sentence.endIndex && words.count < 5 {
            while i < sentence.endIndex && Self.isSeparator(sentence[i]) { i += 1 }
            guard i < sentence.endIndex else { break }
            let start = i
            while i < sentence.endIndex && !Self.isSeparator(sentence[i]) { i += 1 }
            if found {
                var w = String.UnicodeScalarView()
                w.append(contentsOf: sentence[start..<i])
                words.append(String(w))
            } else if sentence[start..<i].elementsEqual(target) {
                found = true
            }
        }
        return found ? country(in: words[...], weaponFirst: e.type == .killing) : nil
    }

    /// The first demonym among the words after the trigger, skipping "جوية" and the weapon's words
    /// ("بصواريخ باليستية إيرانية", "بضربة أميركية").
    /// ("بصواريخ باليستية إيرانية", "بضربة أميركية"), or one word the trigger governs ("استهدف الموقعان
    /// بصواريخ باليستية إيرانية").
    /// After a killing the demonym says who was killed ("مقتل التونسي أبو الحسن", "مقتل جندي أمريكي"): only one
    /// after the weapon ("بضربة أمريكية") names who killed (`weaponFirst`).
    private func country(in words: ArraySlice<String>, weaponFirst: Bool = false) -> String? {
        var afterWeapon = !weaponFirst
        var skipped = 0
        for w in words {
            if afterWeapon, let c = PlaceKinds.country(ofDemonym: w) { return c }
            let weapon = ["جوية", "الجوية", "جوي", "الجوي"].contains(w) || PlaceKinds.isWeaponWord(w)
            if !weapon {
                skipped += 1
                if skipped > 1 { break }
            }
            afterWeapon = weapon
        }
        return nil
    }

    private mutating func lastWord(of trigger: String) -> String {
        if let w = lastWordOfTrigger[UTF8Key(trigger)] { return w }
        let w = trigger.split(separator: " ").last.map(String.init) ?? trigger
        lastWordOfTrigger[UTF8Key(trigger)] = w
        return w
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool { s == " " || s == "،" || s == "," }

    /// A scalar that is a whole character wherever it stands (no combining, joining or prepending,
    /// not CR) and that NFC leaves alone: ASCII, Latin-1, Arabic letters, digits and punctuation.
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0D: return false
        case 0x00...0x7F, 0xA0...0xFF, 0x060C, 0x061B, 0x061F, 0x0621...0x064A, 0x0660...0x066F, 0x0671...0x06D5,
             0x2010...0x2027:
            return true
        default:
            return false
        }
    }
}
