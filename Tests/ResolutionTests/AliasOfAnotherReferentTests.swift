import ArabicText
import Testing
import Extraction
@testable import Resolution

/// Spellings that name another referent than the name they look like: an organization's council, a name cut
/// inside a longer quoted title, an ordinary word in the accusative glued to a first name (made-up texts).
@Suite struct AliasOfAnotherReferentTests {
    func orgs(_ articles: [[String]]) -> ResolvedCorpus {
        resolveMentionOnlyCorpus(articles.map { $0.map { ($0, EntityType.organization) } }, before: "قالت ", after: " إن الأمر انتهى.")
    }

    @Test func anOrganizationsCouncilIsNotTheOrganization() {
        // «الكونفا» in three articles, «مجلس الكونفا» in one: the council of the body, not the body
        let c = orgs([["الكونفا"], ["الكونفا"], ["الكونفا"], ["مجلس الكونفا"]])
        #expect(c.entities.contains { $0.variants.contains("الكونفا") && !$0.variants.contains("مجلس الكونفا") })
        // a body whose own name starts with «مجلس», written more than its short form, is that short form
        let d = orgs([["مجلس التآزر الساحلي"], ["مجلس التآزر الساحلي"], ["التآزر الساحلي"]])
        #expect(d.entities.contains { $0.variants.contains("مجلس التآزر الساحلي") && $0.variants.contains("التآزر الساحلي") })
        // a head that is no organ keeps joining the short form («كتائب سيد الشهداء»)
        let e = orgs([["سرايا الفجر الأحمر"], ["الفجر الأحمر"], ["الفجر الأحمر"]])
        #expect(e.entities.contains { $0.variants.contains("سرايا الفجر الأحمر") && $0.variants.contains("الفجر الأحمر") })
    }

    @Test func aNameCutInsideALongerQuotedTitleIsNoMentionOfIt() {
        let quoted = "وكانت المذيعة تقدم النشرة على محطة \"كاي بي سي- 24\" في الولاية."
        let plain = "وقالت قناة كاي بي سي الأمريكية إن الخبر صحيح."
        func mention(_ text: String, _ surface: String) -> Mention {
            let scalars = Array(text.unicodeScalars), target = Array(surface.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return Mention(span: TextSpan(block: 0, start: start, end: start + surface.unicodeScalars.count), sentence: 0,
                           surface: surface, type: .organization, key: ArabicNormalizer.matchKey(surface))
        }
        func extraction(_ text: String) -> DocumentExtraction {
            var ex = DocumentExtraction()
            ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: text.unicodeScalars.count))]
            ex.mentions = [mention(text, "كاي بي سي")]
            return ex
        }
        let docs = [Document(id: "a", blocks: [quoted]), Document(id: "b", blocks: [plain]), Document(id: "c", blocks: [plain])]
        let c = EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: [extraction(quoted), extraction(plain), extraction(plain)],
                                                             curated: [])
        #expect(c.entityOfMention[0][0] == nil)
        #expect(c.entityOfMention[1][0] != nil && c.entityOfMention[1][0] == c.entityOfMention[2][0])
        // the quote closing right after the name: the name itself
        let whole = "تابعت محطة \"كاي بي سي\" الخبر."
        let d = EntityResolver(minimumConfidence: 0).resolve(documents: [Document(id: "a", blocks: [whole]), Document(id: "b", blocks: [plain])],
                                                             extractions: [extraction(whole), extraction(plain)], curated: [])
        #expect(d.entityOfMention[0][0] != nil && d.entityOfMention[0][0] == d.entityOfMention[1][0])
    }

    @Test func anAccusativeOrdinaryWordIsNoSurnameAlone() {
        let persons = { (names: [String]) in
            resolveMentionOnlyCorpus([names.map { ($0, EntityType.person) }], before: "وقالت ", after: " إن الأمر انتهى.")
        }
        // «رئيسا» glued to «سلمى» is no surname of hers
        let c = persons(["سلمى رئيسا", "رئيسا"])
        #expect(!c.entities.contains { $0.variants.contains("سلمى رئيسا") && $0.variants.contains("رئيسا") })
        // a surname alone in the article of the full name joins it
        let d = persons(["سلمى الزواري", "الزواري"])
        #expect(d.entities.contains { $0.variants.contains("سلمى الزواري") && $0.variants.contains("الزواري") })
    }

    @Test func aBareSurnameInAnArticleAboutARelativeJoinsNoOne() {
        // each block: the words before the person's name, the name, the words after it
        func resolve(_ articles: [[(String, String, String)]]) -> ResolvedCorpus {
            var docs: [Document] = [], exs: [DocumentExtraction] = []
            for (a, blocks) in articles.enumerated() {
                var ex = DocumentExtraction()
                var texts: [String] = []
                for (i, (before, name, after)) in blocks.enumerated() {
                    texts.append(before + name + after)
                    let start = before.unicodeScalars.count
                    ex.sentences.append(Sentence(span: TextSpan(block: i, start: 0, end: texts[i].unicodeScalars.count)))
                    ex.mentions.append(Mention(span: TextSpan(block: i, start: start, end: start + name.unicodeScalars.count),
                                               sentence: i, surface: name, type: .person, key: ArabicNormalizer.matchKey(name)))
                }
                docs.append(Document(id: "d\(a)", blocks: texts))
                exs.append(ex)
            }
            return EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
        }
        // «اختطاف شقيق سلمى الزواري … اختطاف الزواري»: the kidnapped brother bears the surname too
        let c = resolve([[("اختطف مسلحون شقيق ", "سلمى الزواري", " صباح اليوم."), ("وقال شاهد إن ", "الزواري", " كان يرعى الأغنام.")]])
        #expect(c.entityOfMention[0][1] == nil || c.entityOfMention[0][1] != c.entityOfMention[0][0])
        // a wife bears another surname: «أرملة سلمى الزواري» says nothing of the bare surname
        let w = resolve([[("استقبل الوزير أرملة ", "سلمى الزواري", " صباح اليوم."), ("وقال شاهد إن ", "الزواري", " كان يرعى الأغنام.")]])
        #expect(w.entityOfMention[0][1] != nil && w.entityOfMention[0][1] == w.entityOfMention[0][0])
        // without the kinship noun the bare surname is hers
        let d = resolve([[("استقبل الوزير ", "سلمى الزواري", " صباح اليوم."), ("وقال شاهد إن ", "الزواري", " كان يرعى الأغنام.")]])
        #expect(d.entityOfMention[0][1] != nil && d.entityOfMention[0][1] == d.entityOfMention[0][0])
    }

    @Test func aHamzaOnAWordsFirstAlefAfterAProcliticIsNoOtherWord() {
        #expect(!WrittenSpelling.conflicts(reference: "الهيئة المستقلة للانتخابات", candidate: "الهيئة المستقلة للإنتخابات"))
        #expect(!WrittenSpelling.conflicts(reference: "والانتخابات", candidate: "والإنتخابات"))
        // inside a word it still is: «فأس» (an axe) is not «فاس»
        #expect(WrittenSpelling.conflicts(reference: "فاس", candidate: "فأس"))
    }
}
