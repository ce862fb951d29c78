import Testing
import ArabicText
@testable import Extraction

/// A one-word name in brackets or quotes right after an organization name is its short form, and the corpus's
/// bare mentions of it carry the full name, when the corpus ties it to that name only.
@Suite struct ShortFormTieTests {
    let x = EntityExtractor()

    func extract(_ texts: [String]) -> [DocumentExtraction] {
        let docs = texts.enumerated().map { Document(id: "d\($0.offset)", blocks: [$0.element]) }
        let evidence = docs.map { x.discover(in: $0) }
        let g = x.pool(evidence)
        return zip(docs, evidence).map { x.extract($0, evidence: $1, gazetteer: g) }
    }

    func canonical(of key: String, in ex: [DocumentExtraction]) -> [String?] {
        ex.flatMap { $0.mentions.filter { ArabicNormalizer.matchKey($0.surface) == ArabicNormalizer.matchKey(key) }.map(\.canonical) }
    }

    static let full = "الشركة الليبية للنفط والغاز"

    @Test func bracketedShortFormJoinsItsName() {
        let ex = extract([
            "أعلنت \(Self.full) (ليبغاز) عن برنامج صيانة في الجنوب.",
            "وقالت \(Self.full) \"الليبغاز\" إن الأشغال ستنتهي قريبا.",
            "وأكدت \(Self.full) أن التزويد سيعود غدا.",
            "وأصدرت ليبغاز بلاغا حول الانقطاع، ودعا أعوان الليبغاز المواطنين إلى الصبر.",
        ])
        let bare = canonical(of: "ليبغاز", in: ex) + canonical(of: "الليبغاز", in: ex)
        #expect(bare.count >= 3, "\(bare)")
        #expect(bare.allSatisfy { $0 == Self.full }, "\(bare)")
    }

    @Test func shortFormOfTwoNamesIsNone() {
        let ex = extract([
            "أعلنت \(Self.full) (ليبغاز) عن برنامج صيانة في الجنوب.",
            "وقالت \(Self.full) إن الأشغال ستنتهي قريبا.",
            "وأكدت الشركة الوطنية للنقل البحري (ليبغاز) أن الرحلات ستعود.",
            "وقالت الشركة الوطنية للنقل البحري إن الميناء مغلق.",
            "وأصدرت ليبغاز بلاغا حول الانقطاع.",
        ])
        #expect(canonical(of: "ليبغاز", in: ex).allSatisfy { $0 == nil })
    }

    @Test func tiesNeedAnOrganizationNameBefore() {
        let ties = [ShortFormTie(key: "ليبغاز", surface: "ليبغاز", before: ["اعلنت", "الشركه", "الليبيه"]),
                    ShortFormTie(key: "الليبغاز", surface: "الليبغاز", before: ["قالت", "الشركه", "الليبيه"])]
        let org: (String) -> Bool = { $0 == "الشركهالليبيه" }
        #expect(ShortFormTie.shortForms(ties, isOrganization: org, isOtherName: { _ in false }) == ["ليبغاز": "الشركهالليبيه"])
        // the name as the complement of a longer one (after ل, after an indefinite noun) ties the word to no name
        let complement = ties + [ShortFormTie(key: "ليبغاز", surface: "ليبغاز", before: ["التابعه", "للشركه", "الليبيه"])]
        #expect(ShortFormTie.shortForms(complement, isOrganization: org, isOtherName: { _ in false }).isEmpty)
        let construct = ties + [ShortFormTie(key: "ليبغاز", surface: "ليبغاز", before: ["حدود", "الشركه", "الليبيه"])]
        #expect(ShortFormTie.shortForms(construct, isOrganization: org, isOtherName: { _ in false }).isEmpty)
        // a past verb in ت, a verbal noun
        for verb in ["الغيت", "اقتباس"] {
            let v = [ShortFormTie(key: verb, surface: verb, before: ["قالت", "الشركه", "الليبيه"])]
            #expect(ShortFormTie.shortForms(v, isOrganization: org, isOtherName: { _ in false }).isEmpty, "\(verb)")
        }
        #expect(ShortFormTie.shortForms(ties, isOrganization: org, isOtherName: { $0 == "الليبغاز" }).isEmpty)
        #expect(ShortFormTie.shortForms(ties, isOrganization: { _ in false }, isOtherName: { _ in false }).isEmpty)
        // a proclitic on the name's first word («عون بالشركة», «والشركة»)
        let clitic = [ShortFormTie(key: "ليبغاز", surface: "ليبغاز", before: ["عون", "بالشركه", "الليبيه"]),
                      ShortFormTie(key: "ليبغاز", surface: "ليبغاز", before: ["وقالت", "والشركه", "الليبيه"])]
        #expect(ShortFormTie.shortForms(clitic, isOrganization: org, isOtherName: { _ in false }) == ["ليبغاز": "الشركهالليبيه"])
    }

    @Test func tiesReadBracketsAndQuotesAfterWords() {
        let a = BlockAnalysis(block: 0, text: "أعلنت الشركة الليبية (ليبغاز) عن (2020) برنامج، \"المؤسسة\" قالت (مرحبا جميعا).", lexicon: Lexicon.build(known: []))
        let ties = ShortFormTie.ties(in: a)
        #expect(ties.map(\.key) == ["ليبغاز"], "\(ties)")
        #expect(ties.first?.before == ["اعلنت", "الشركه", "الليبيه"])
    }
}
