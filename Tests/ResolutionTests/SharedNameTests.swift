import ArabicText
import Testing
import Extraction
@testable import Resolution

/// Names that more than one referent carries: a surname after a title another bearer has, a head word alone,
/// a word glued after an inner و (made-up texts).
@Suite struct SharedNameTests {
    /// Resolves articles of sentences written `before + surface + " إن الأمر انتهى."`, one mention each.
    func resolve(_ articles: [[(before: String, surface: String, type: EntityType)]], canonical: [String: String] = [:]) -> ResolvedCorpus {
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        for (a, mentions) in articles.enumerated() {
            var ex = DocumentExtraction()
            var blocks: [String] = []
            for (i, m) in mentions.enumerated() {
                blocks.append(m.before + m.surface + (m.before.hasSuffix("\"") ? "\"" : "") + " إن الأمر انتهى.")
                let start = m.before.unicodeScalars.count
                ex.sentences.append(Sentence(span: TextSpan(block: i, start: 0, end: blocks[i].unicodeScalars.count)))
                ex.mentions.append(Mention(span: TextSpan(block: i, start: start, end: start + m.surface.unicodeScalars.count), sentence: i,
                                           surface: m.surface, type: m.type, key: ArabicNormalizer.matchKey(m.surface),
                                           canonical: canonical[m.surface], rule: canonical[m.surface] == nil ? .pooled : .lexicon))
            }
            docs.append(Document(id: "d\(a)", blocks: blocks))
            exs.append(ex)
        }
        return EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
    }

    @Test func aSurnameAfterAnotherBearersTitleJoinsNoFullNameOfItsArticle() {
        let president = (before: "وقال الرئيس ", surface: "داود الفلاني", type: EntityType.person)
        let daughter = (before: "وقالت ", surface: "سارة الفلاني", type: EntityType.person)
        let c = resolve([[president], [president], [president],
                         [daughter, (before: "في عهد الرئيس ", surface: "الفلاني", type: .person)],
                         [daughter, (before: "وأضافت ", surface: "الفلاني", type: .person)]])
        let sara = c.entities.firstIndex { $0.name == "سارة الفلاني" }
        #expect(sara != nil)
        // «الرئيس الفلاني» beside «سارة الفلاني» is not her; «وأضافت الفلاني» is
        #expect(c.entityOfMention[3][1] != sara)
        #expect(c.entityOfMention[4][1] == sara)
        // with no other bearer of the title, the title is hers
        let d = resolve([[daughter, (before: "وقالت الرئيسة ", surface: "الفلاني", type: .person)]])
        #expect(d.entityOfMention[0][1] != nil && d.entityOfMention[0][1] == d.entityOfMention[0][0])
    }

    @Test func aHeadWordAloneIsNoShortFormOfOneOrganization() {
        let c = resolve([[(before: "قال ", surface: "حزب الاتحاد", type: .organization)],
                         [(before: "بحسب صحيفة ", surface: "الاتحاد", type: .organization)]])
        #expect(!c.entities.contains { $0.variants.contains("حزب الاتحاد") && $0.variants.contains("الاتحاد") })
    }

    @Test func aParticipleOrAnotherNamesHeadAfterAnInnerWawIsNoPartOfTheName() {
        func orgs(_ names: [String]) -> ResolvedCorpus {
            resolve(names.map { [(before: "وقالت ", surface: $0, type: EntityType.organization)] })
        }
        // «وحدات جيش الجو والمتمركزة بالقاعدة»: the units stationed, not a longer name of the army
        let c = orgs(["جيش الجو والمتمركزة", "جيش الجو والمتمركزة", "جيش الجو", "جيش الجو"])
        #expect(!c.entities.contains { $0.variants.contains("جيش الجو") && $0.variants.contains("جيش الجو والمتمركزة") })
        // «جمعية المرسى والملعب التونسي»: two clubs
        let d = orgs(["جمعية المرسى والملعب", "جمعية المرسى والملعب", "جمعية المرسى"])
        #expect(!d.entities.contains { $0.variants.contains("جمعية المرسى") && $0.variants.contains("جمعية المرسى والملعب") })
        // a coordinated noun still makes the longer name
        let e = orgs(["وزارة الزراعة والري", "وزارة الزراعة والري", "وزارة الزراعة"])
        #expect(e.entities.contains { $0.variants.contains("وزارة الزراعة") && $0.variants.contains("وزارة الزراعة والري") })
    }

    @Test func aWordWithNunationIsNoName() {
        let c = resolve([[(before: "وصل إلى ", surface: "سوريا", type: .place)], [(before: "وصل إلى ", surface: "سوريا", type: .place)],
                         [(before: "كان القارب يحمل لاجئاً ", surface: "سورياً", type: .place)]])
        #expect(c.entityOfMention[2][0] == nil)
        #expect(c.entityOfMention[0][0] != nil && !c.entities.contains { $0.variants.contains("سورياً") })
        #expect(WrittenSpelling.endsInNunation("حيفاً") && !WrittenSpelling.endsInNunation("حيفا"))
    }

    @Test func aPlaceQuotedAfterAnOrganizationHeadIsThatOrganization() {
        let place = ["أفريقيا": "أفريقيا", "إفريقية": "أفريقيا"]
        let c = resolve([[(before: "سافر الوفد إلى ", surface: "أفريقيا", type: .place)], [(before: "عاد الوفد من ", surface: "أفريقيا", type: .place)],
                         [(before: "وقال نائب رئيس جمعية \"", surface: "إفريقية", type: .organization)]], canonical: place)
        #expect(c.entityOfMention[0][0] != nil && c.entityOfMention[0][0] == c.entityOfMention[1][0])
        #expect(c.entityOfMention[2][0] != c.entityOfMention[0][0])
        // quoted after a place head it is still the place
        let d = resolve([[(before: "سافر الوفد إلى ", surface: "أفريقيا", type: .place)],
                         [(before: "في قارة \"", surface: "إفريقية", type: .organization)]], canonical: place)
        #expect(d.entityOfMention[1][0] != nil && d.entityOfMention[1][0] == d.entityOfMention[0][0])
    }
}
