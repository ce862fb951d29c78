import ArabicText

/// Names built on «بن» and the kunya: the word after «بن» is the father's name whatever else it means, a
/// definite laqab closes a name built on «بن», and «أبي» opens a name as «أبو» does. Asked by
/// `personName` and the kunya rule of `run`.
extension DiscoveryRules {
    /// «بن» alone (one token, no proclitic): inside a name the connector "son of", spelled without its alef.
    /// Not «ابن» or «بنت», which are as often the nouns "son" and "daughter" ("ابن عمه", "بنت أخيه").
    func isBinConnector(_ u: Int) -> Bool {
        u >= 0 && u < a.units.count && a.isWord(u) && a.units[u].prefix == 0 && a.units[u].tokens.count == 1 && UTF8Key.sameBytes(a.key(u), "بن")
    }

    /// The father's name right after «بن» inside a name, when it is also an ordinary word («محمد بن عيد», «علي بن
    /// سالم»): a bare word of one token with no article, no attached pronoun and no proclitic, that the lists know
    /// only as a common or frequent word or a first name (not a place, a title, a verb or a function word).
    func isFatherNameAfterBin(_ k: Int) -> Bool {
        guard k > 0, isBinConnector(k - 1), a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1 else { return false }
        let key = a.key(k), text = a.token(k).text
        guard UTF8Key.scalarCount(key) >= 2, !UTF8Key.hasPrefix(key, "ال"), !SplitSpelling.functionWords.contains(key),
              !UTF8Key.hasSuffix(text, "ه"), !Self.hasPronounSuffix(key) else { return false }
        return flags(k).isSubset(of: [.common, .frequent, .firstName, .ambiguousFirstName])
    }

    /// A word that opens a name and takes the first name after it: «بن» spelled alone, after a title, before a
    /// first name of the lexicon («الشيخ عيد بن محمد»: «عيد» is the name, though also a word).
    func isFirstNameBeforeBin(_ k: Int) -> Bool {
        guard k + 2 < a.units.count, a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1,
              !UTF8Key.hasPrefix(a.key(k), "ال"), isBinConnector(k + 1), a.isWord(k + 2), a.units[k + 2].prefix == 0,
              flags(k + 2).contains(.firstName) else { return false }
        let f = flags(k)
        return !f.isEmpty && f.isSubset(of: [.common, .frequent, .firstName, .ambiguousFirstName])
    }

    /// A definite laqab or family name that closes a name built on «بن»: "علي بن موسى الرضا", "عبد الله بن خليفة
    /// العطية". The word two back is «بن», the word is definite, no list knows it (or knows it only as a first
    /// name with the article), and it is no ordinary word in any form («الراحل», «المتهم» describe the person),
    /// no plural in ات.
    func isLaqabAfterBin(_ k: Int) -> Bool {
        guard k >= 2, isBinConnector(k - 2), a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1 else { return false }
        let key = a.key(k), text = a.token(k).text
        guard UTF8Key.hasPrefix(key, "ال"), UTF8Key.scalarCount(key) >= 5, !UTF8Key.hasSuffix(text, "ات"),
              flags(k).isSubset(of: [.firstName, .ambiguousFirstName]) else { return false }
        let stem = String(key.unicodeScalars.dropFirst(2))
        if NameEvidence.isFirstName(stem) { return true }
        return !a.isDictionaryWord(k) && !NameEvidence.isWordOutsideNames(text) && !Lexicon.inflectedWords.contains(key)
            && Self.surnameShapeOK(key: key, text: text)
    }

    /// «أبي» (the kunya «أبو» after a preposition or in construct) opening a name: the next word is a first name
    /// of the lexicon or a word no list knows that is no ordinary word in any form ("أبي زيد", "اغتيال أبي مهدي
    /// المهندس"; not "أبي الشخصي"). Not «ابن»: after a person's name it gives the mother's («فلان بن فلان، ابن
    /// نبيلة X», the Tunisian civil-record style), and the name of the son is the one before it.
    func isKunyaOpening(_ i: Int) -> Bool {
        guard i + 1 < a.units.count, a.isWord(i), a.units[i].prefix == 0, a.units[i].tokens.count == 1,
              wordLists[i].key.contains(.kunyaAbi), a.isWord(i + 1), a.units[i + 1].prefix == 0, a.units[i + 1].tokens.count == 1 else { return false }
        let f = flags(i + 1)
        if f.contains(.firstName) && !f.contains(.common) && !f.contains(.frequent) { return true }
        let key = a.key(i + 1), text = a.token(i + 1).text
        return f.isEmpty && !UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) >= 3 && !a.isDictionaryWord(i + 1)
            && !NameEvidence.isWordOutsideNames(text) && !Lexicon.inflectedWords.contains(key) && !UTF8Key.hasSuffix(text, "ه")
            && Self.surnameShapeOK(key: key, text: text)
    }
}

extension DiscoveryRules {
    /// A word with an attached pronoun right after «ابن», «بن» or «بنت» whose stem is an ordinary word: a relative
    /// ("ابن عمه", "بنت أخيها", "ابن خالتهم"), no father's name.
    func isKinNounAfterSonOf(_ k: Int) -> Bool {
        guard k > 0, a.isWord(k - 1), a.units[k - 1].tokens.count == 1, ["ابن", "بن", "بنت"].contains(a.key(k - 1)),
              a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1,
              !a.token(k).text.hasSuffix("ة") else { return false }   // «خليفة»: a ة, no pronoun
        let s = Array(a.key(k).unicodeScalars)
        for ending in ["ه", "ها", "هم", "هما"] {
            let e = Array(ending.unicodeScalars)
            guard s.count - e.count >= 2, s.suffix(e.count).elementsEqual(e) else { continue }
            var stem = ScalarString.make(s.dropLast(e.count))
            if Lexicon.dictionary.contains(stem) || Lexicon.inflectedWords.contains(stem) { return true }
            // أخيه، أبيه: the noun in its construct form ي
            if UTF8Key.hasSuffix(stem, "ي") { stem = String(stem.unicodeScalars.dropLast()); if Lexicon.dictionary.contains(stem) { return true } }
            // خالته، عمته: ة written ت before the pronoun
            if Lexicon.dictionary.contains(UTF8Key.hasSuffix(stem, "ت") ? String(stem.unicodeScalars.dropLast()) + "ه" : stem) { return true }
        }
        return false
    }

    /// Where a kunya in «أبي» ends: one more word when it is its laqab, a definite title or role word with no
    /// name after it ("أبي مهدي المهندس"), as `personName` keeps it after «أبو».
    func kunyaLaqabEnd(after k: Int) -> Int {
        guard k < a.units.count, a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1, a.key(k).hasPrefix("ال"),
              !flags(k).isEmpty, flags(k).isSubset(of: [.title, .roleWord]) else { return k }
        if k + 1 < a.units.count, a.isUnknownWord(k + 1) || flags(k + 1).contains(.firstName) { return k }
        return k + 1
    }
}
