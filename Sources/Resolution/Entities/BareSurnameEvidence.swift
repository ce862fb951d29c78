import ArabicText
import Extraction

/// What keeps a bare surname off the full name of its article (`mergeSurnames`): a title of another bearer, a word
/// of another name beside it, an article about a relative who bears it too, an ordinary word.
extension EntityMerger {
    /// A title before a bare surname that the full name of its article never has, while another full name
    /// of the corpus with that last word, named in more articles, has it: «الرئيس ترامب» beside «إيفانكا
    /// ترامب» is her father. The bare name then joins neither (the corpus has two bearers).
    static func titleNamesAnotherBearer(_ title: String, of full: Int, bearers: [Int], titles: [Int: Set<String>], articles: [Int]) -> Bool {
        guard titles[full]?.contains(title) != true else { return false }
        return bearers.contains { $0 != full && articles[$0] > articles[full] && titles[$0]?.contains(title) == true }
    }

    /// The title and role words written right before each full person name, by group.
    func titlesBeforeFullNames(_ context: NameContext) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        for (a, gs) in groupOfMention.enumerated() {
            for (m, g) in gs.enumerated() where !lastWords[g].isEmpty {
                if let b = context.before[a][m]?.key, NameEvidence.isTitleOrRole(b) { out[g, default: []].insert(b) }
            }
        }
        return out
    }

    /// The mention stands beside a word of another name, or after a place or institution head.
    static func isPartOfAnotherName(_ context: NameContext, article a: Int, mention m: Int) -> Bool {
        if let b = context.before[a][m], b.nameWord || b.head || familyWords.contains(b.key) { return true }
        if let n = context.after[a][m], n.nameWord { return true }
        return false
    }

    /// Whether article `a` writes a kinship noun of one who bears the same surname right before a mention of the
    /// full name `full` («شقيق مبروك السلطاني», «نجل X»): the article is about that relative, so a bare surname with
    /// no kinship noun before it («اختطاف السلطاني») may be either of them and joins neither. («شقيق السلطاني»
    /// names the full name's bearer through his relative: it joins.)
    func namesARelative(of full: Int, _ context: NameContext, article a: Int, mention m: Int) -> Bool {
        if let b = context.before[a][m]?.key, Self.sameSurnameKin.contains(b) { return false }
        for (n, g) in groupOfMention[a].enumerated() where g == full {
            if let b = context.before[a][n]?.key, Self.sameSurnameKin.contains(b) { return true }
        }
        return false
    }

    /// Kinship nouns of relatives who bear the same surname (father's line: brother, sister, son, daughter,
    /// father, paternal uncle), in construct before a name, bare and with a proclitic (match keys). Not a wife,
    /// mother or maternal kin, who bear another surname here.
    static let sameSurnameKin: Set<String> = {
        let nouns = ["شقيق", "شقيقة", "شقيقي", "شقيقا", "شقيقتي", "أخ", "أخو", "أخي", "أخا", "أخت", "ابن", "ابنة", "ابنا", "ابني",
                     "بنت", "نجل", "نجلة", "نجلي", "والد", "عم", "أبناء", "بنات", "إخوة", "أشقاء"].map(ArabicNormalizer.matchKey)
        var out = Set(nouns)
        for n in nouns { for p in ["و", "ف", "ل", "ب"] { out.insert(p + n) } }
        return out
    }()

    /// Words before a surname that make it a family's name («عائلة كارداشيان»), not one person's.
    static let familyWords: Set<String> = Set(["عائلة", "العائلة", "أسرة", "الأسرة", "لعائلة", "بعائلة", "وعائلة", "عائلات"].map(ArabicNormalizer.matchKey))

    /// An ordinary word, or one in the accusative with its tanween alef ("رئيسا", "مديرا").
    static func isOrdinaryForm(_ key: String) -> Bool {
        NameEvidence.isOrdinaryWord(key) || isAccusativeOrdinaryWord(key)
    }

    /// An ordinary word in the accusative with its tanween alef ("رئيسا"; "مبلغا": the dictionary writes «المبلغ»).
    static func isAccusativeOrdinaryWord(_ key: String) -> Bool {
        guard key.hasSuffix("ا"), key.unicodeScalars.count >= 4 else { return false }
        let stem = String(key.unicodeScalars.dropLast())
        return NameEvidence.isOrdinaryWord(stem) || NameEvidence.isOrdinaryWord("ال" + stem)
    }
}
