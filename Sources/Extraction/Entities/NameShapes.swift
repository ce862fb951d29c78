import ArabicText
/// Word-shape tests of the discovery rules: which words can be (parts of) names at all.
extension DiscoveryRules {
    /// Letters of a word as a scalar array (match key).
    static func letters(_ key: String) -> [Unicode.Scalar] { Array(key.unicodeScalars) }

    /// Verbal-noun (masdar) and other derived shapes that are not names: استفعال (استهداف), افتعال
    /// (اجتماع), انفعال (انسحاب), تفعيل (تنفيذ), تفاعل (تبادل), مفاعلة (مواصلة), إفعال (إعلان), and plurals in ات
    /// with the article (الاستخبارات). `key` is a match key without proclitics; the article is looked through.
    static func isVerbalNoun(_ key: String) -> Bool {
        var s = letters(key)
        let definite = s.count > 4 && s[0] == "ا" && s[1] == "ل"
        if definite { s.removeFirst(2) }
        let n = s.count
        if definite && n >= 5 && s[n - 2] == "ا" && s[n - 1] == "ت" { return true }
        if n >= 6 && s[0] == "ا" && s[1] == "س" && s[2] == "ت" { return true }
        if n == 6 && s[0] == "ا" && ["ت", "ط", "د"].contains(s[2]) && s[4] == "ا" { return true }
        if n == 6 && s[0] == "ا" && s[1] == "ن" && s[4] == "ا" { return true }
        // the past-tense verbs of the same stems: افتعل (اجتمع), انفعل (انسحب)
        if n == 5 && s[0] == "ا" && (["ت", "ط", "د"].contains(s[2]) || s[1] == "ن") && !definite { return true }
        if n == 5 && s[0] == "ت" && s[3] == "ي" { return true }
        if n == 5 && s[0] == "ت" && s[2] == "ا" { return true }
        if n == 6 && s[0] == "م" && s[2] == "ا" && s[5] == "ه" { return true }
        if n == 5 && s[0] == "ا" && s[3] == "ا" { return true }
        return false
    }

    /// Attached pronouns that end nouns, never names: اسمه، قادتنا، موقفهم.
    static func hasPronounSuffix(_ key: String) -> Bool {
        let n = UTF8Key.scalarCount(key)
        guard n >= 5 else { return false }
        // a name in -انا/-ينا (سولانا، كريستينا) is not a noun + نا
        if UTF8Key.hasSuffix(key, "انا") || UTF8Key.hasSuffix(key, "ينا") { return false }
        return ["نا", "ها", "هم", "كم", "هما"].contains(where: { UTF8Key.hasSuffix(key, $0) })
    }

    /// Shape tests a surname must pass to be matched bare across the corpus (and a one-word name to be
    /// taken at all): no attached ه as written (بلاده; a name in ة is written ة), not a verbal noun, not an
    /// imperfect verb يفعل (يترك).
    static func surnameShapeOK(key: String, text: String) -> Bool {
        if text.unicodeScalars.last == "ه" && UTF8Key.scalarCount(key) >= 3 { return false }
        if isVerbalNoun(key) || hasPronounSuffix(key) { return false }
        let s = letters(key)
        if s.count == 4 && s[0] == "ي" { return false }
        return true
    }
}
