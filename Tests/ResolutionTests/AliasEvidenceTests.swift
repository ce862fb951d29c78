import Testing
import ArabicText
import Extraction
@testable import Resolution

/// Aliases that need evidence of one referent: a place name with and without ال, a nisba beside the name
/// it is made of, a lexicon place inside another place's name, a bare surname of another article (made-up texts).
@Suite struct AliasEvidenceTests {
    /// Articles whose only mentions are the given (surface, type) pairs, each in a sentence of its own.
    func resolveMentions(_ articles: [[(String, EntityType)]]) -> ResolvedCorpus {
        resolveMentionOnlyCorpus(articles, before: "في ", after: " أمس.")
    }

    @Test func placeNameWithAndWithoutTheArticleIsTwoPlaces() {
        // «كرمال» the town in two articles, «الكرمال» in a third: not one place, and the rarely written twin no page
        let c = resolveMentions([[("كرمال", .place)], [("كرمال", .place)], [("الكرمال", .place)]])
        #expect(c.entities.contains { $0.variants.contains("كرمال") })
        #expect(!c.entities.contains { $0.variants.contains("الكرمال") })
        // two forms written in several articles each: two places, each with its page
        let d = resolveMentions([[("كرمال", .place)], [("كرمال", .place)], [("الكرمال", .place)], [("الكرمال", .place)]])
        #expect(d.entities.contains { $0.variants.contains("كرمال") && !$0.variants.contains("الكرمال") })
        #expect(d.entities.contains { $0.variants.contains("الكرمال") && !$0.variants.contains("كرمال") })
        // one article writes both forms: one place
        let e = resolveMentions([[("كرمال", .place), ("الكرمال", .place)], [("كرمال", .place)]])
        #expect(e.entities.contains { $0.variants.contains("كرمال") && $0.variants.contains("الكرمال") })
    }

    @Test func nisbaIsNoSpellingOfItsName() {
        #expect(NameSkeleton.areNisbaPair("الموريسي", "الموريس"))
        #expect(NameSkeleton.areNisbaPair("التونس", "التونسي"))
        #expect(!NameSkeleton.areNisbaPair("غاني", "غني"))
        #expect(!NameSkeleton.areNisbaPair("الزواري", "الزوارى"))
        // the place a nisba surname is made of is not that person («جزر الكوراس» beside «سامي الكوراسي»)
        let (c, exs) = resolveTexts([["قال المدرب سامي الكوراسي إن الفريق سافر أمس إلى جزر الكوراس لملاقاة منافسه."]])
        #expect(entity(c, "سامي الكوراسي") != nil)
        #expect(exs[0].mentions.allSatisfy { $0.surface != "الكوراس" || $0.type != .person })
        #expect(entity(c, "سامي الكوراسي")?.variants.contains("الكوراس") == false)
    }

    @Test func lexiconPlaceInsideAnotherPlaceNameIsNotThatPlace() {
        // «دجلة» of «نهر دجلة|دجلة» after «وادي» is another place (a valley, a club): no mention of the river
        let (c, exs) = resolveTexts([["وارتفع منسوب المياه في نهر دجلة أمس."],
                                     ["واستقبل وادي دجلة ضيفه في الجولة العشرين."]])
        #expect(exs[1].mentions.contains { $0.surface == "دجلة" })
        let river = entity(c, "نهر دجلة")
        #expect(river != nil)
        #expect(river?.mentions.count == 1)
        #expect(river?.variants.contains("دجلة") == false)
        // after ابن it is another name too
        let (e, _) = resolveTexts([["وعبر اللاجئون نهر الفرات ليلا."], ["وانعقدت الجلسة بدار الثقافة ابن الفرات أمس."]])
        #expect(entity(e, "نهر الفرات")?.mentions.count == 1)
        // the corpus names a lexicon place after «جبل» in most of its mentions: that is the place itself
        let (d, _) = resolveTexts([["وتحصن المسلحون بجبل الشعانبي منذ أشهر."], ["وقصف الجيش مواقع في جبل الشعانبي."],
                                   ["وزار الوزير الشعانبي أمس."]])
        #expect(entity(d, "الشعانبي")?.mentions.count == 3)
    }

    @Test func bareSurnameOfAnotherArticleNeedsMoreThanATie() {
        // the full name beside its surname in one article, the bare surname alone in another: as likely
        // another person of that family as the same one, so it stays apart
        let (c, exs) = resolveTexts([["قال المدير العام خالد الدرويشي إن الإضراب ألغي.", "وشدد الدرويشي على الحوار."],
                                     ["وأضاف الدرويشي أن العملية أسفرت عن حجز سلاح."]])
        #expect(exs[1].mentions.contains { $0.surface == "الدرويشي" })
        #expect(entity(c, "خالد الدرويشي")?.mentions.count == 2)
        // beside it in two articles, alone in one: the same person
        let (d, _) = resolveTexts([["قال المدير العام خالد الدرويشي إن الإضراب ألغي.", "وشدد الدرويشي على الحوار."],
                                   ["وأكد خالد الدرويشي أن المفاوضات مستمرة.", "وقال الدرويشي إن الاتفاق قريب."],
                                   ["وأضاف الدرويشي أن العملية أسفرت عن حجز سلاح."]])
        #expect(entity(d, "خالد الدرويشي")?.mentions.count == 5)
    }
}
