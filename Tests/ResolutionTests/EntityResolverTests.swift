import Testing
import Extraction
@testable import Resolution

/// Runs the whole entity pipeline on made-up articles.
/// Resolves texts as one corpus; the merge rules are tested with every scored entity kept (minimum
/// confidence 0), the confidence itself in `EntityConfidenceTests`.
func resolveTexts(_ texts: [[String]], curated: [CuratedEntity] = [],
                  minimumConfidence: Double = 0) -> (ResolvedCorpus, [DocumentExtraction]) {
    let docs = texts.enumerated().map { Document(id: "d\($0.offset)", blocks: $0.element) }
    let known = curated.map { KnownName(name: $0.name, type: $0.type, aliases: $0.aliases) }
    let x = EntityExtractor(known: known)
    let g = x.pool(docs.map { x.discover(in: $0) })
    let exs = docs.map { x.extract($0, gazetteer: g) }
    return (EntityResolver(minimumConfidence: minimumConfidence).resolve(documents: docs, extractions: exs, curated: curated), exs)
}

func entity(_ c: ResolvedCorpus, _ name: String) -> Entity? { c.entities.first { $0.name == name } }

@Suite struct EntityResolverTests {
    @Test func surnameMergesWithFullName() {
        // the same role cue ties the bare surname of another article to the full name
        let (c, _) = resolveTexts([["قال الوزير سامر البلداوي إن الاتفاق قريب."],
                                   ["وأكد الوزير البلداوي أن الوفد وصل."]])
        let e = entity(c, "سامر البلداوي")
        #expect(e != nil)
        #expect(e?.mentions.count == 2)
        #expect(e?.variants.contains("البلداوي") == true)
        #expect(e?.mergeNotes.isEmpty == false)
    }

    @Test func commonWordReadAsASurnameMakesNoEntity() {
        // a misread full name makes «الحدود» a surname; the word is everywhere without that name
        var texts = [["قال العميد ماجد الحدود إن الوضع هادئ."]]
        for i in 0..<6 { texts.append(["وأغلقت السلطات الحدود مع الجارة في اليوم \(i + 1)."]) }
        let (c, exs) = resolveTexts(texts)
        #expect(exs.dropFirst().contains { ex in ex.mentions.contains { $0.surface == "الحدود" } })  // matched bare…
        #expect(!c.entities.contains { $0.name == "الحدود" || $0.variants.contains("الحدود") })     // …but no entity
        // a real surname follows its full name in enough of its articles (more than it stands alone): merged as before
        var real = [[String]]()
        for i in 0..<6 {
            real.append(i % 3 != 2 ? ["قال الوزير سامر البلداوي إن الاتفاق قريب.", "وأكد البلداوي أن الوفد وصل \(i)."]
                                   : ["وأكد البلداوي أن الوفد وصل \(i)."])
        }
        let (r, _) = resolveTexts(real)
        #expect(entity(r, "سامر البلداوي")?.mentions.count == 10)
    }

    @Test func spacingAndHamzaVariantsMerge() {
        let (c, _) = resolveTexts([["قال العميد رامز قا آني إن الوضع هادئ."], ["وقال العميد رامز قاآني إن الوضع هادئ."]])
        let persons = c.entities.filter { $0.type == .person }
        #expect(persons.count == 1)
        #expect(persons.first?.variants.count == 2)
    }

    @Test func transliterationVariantWithSharedFirstNameAndRole() {
        let (c, _) = resolveTexts([["وقال قائد فيلق الشمال ، نادر قاآني إن الرد قادم."],
                                   ["وقال قائد فيلق الشمال ، نادر غاني إن الرد قادم."]])
        let persons = c.entities.filter { $0.type == .person }
        #expect(persons.count == 1)
        #expect(persons.first?.mergeNotes.contains { $0.contains("الحروف الساكنة") } == true)
    }

    @Test func differentPeopleSharingOnlyAFirstNameStayApart() {
        let (c, _) = resolveTexts([["قال الوزير سامر البلداوي إن الاتفاق قريب."],
                                   ["قال الوزير سامر الكعبي إن الاتفاق بعيد."]])
        let persons = c.entities.filter { $0.type == .person }
        #expect(persons.count == 2)
    }

    @Test func surnameOfTwoPeopleIsNotMergedAndGetsNoPage() {
        let (c, _) = resolveTexts([["قال الوزير سامر البلداوي إن الاتفاق قريب."],
                                   ["قال النائب هاشم البلداوي إن الاتفاق بعيد."],
                                   ["وقال البلداوي إن الوفد وصل."]])
        // which البلداوي spoke is unknown: neither full name takes the bare surname, and it is no page of its own
        #expect(c.entities.first { $0.variants.contains("البلداوي") } == nil)
        #expect(Set(c.entities.filter { $0.type == .person }.map(\.name)) == ["سامر البلداوي", "هاشم البلداوي"])
        #expect(c.entities.allSatisfy { $0.mentions.count == 1 })
        #expect(c.entityOfMention[2].allSatisfy { $0 == nil })
    }

    @Test func aSurnameStandingAloneMoreOftenThanTheFullNameIsAnotherPerson() {
        // one article names سامر البلداوي; another names an البلداوي who may be anyone of that family
        let (c, _) = resolveTexts([["قال الوزير سامر البلداوي إن الاتفاق قريب."], ["وقال البلداوي إن الوفد وصل."]])
        let e = entity(c, "سامر البلداوي")
        #expect(e != nil && e?.variants.contains("البلداوي") == false && e?.mentions.count == 1)
    }

    @Test func oneWordPersonNamesGetAPageOnlyThroughAFullName() {
        // the bare surname joins the one full name; a lone first name read after a title gets no page
        let (c, _) = resolveTexts([["قال الوزير سامر البلداوي إن الاتفاق قريب."], ["وقال الوزير البلداوي إن الوفد وصل."],
                                   ["وقال المدير سامر إن الوفد وصل."]])
        #expect(c.entities.filter { $0.type == .person }.map(\.name) == ["سامر البلداوي"])
        #expect(c.entities.first?.mentions.count == 2)
    }

    @Test func bareSkeletonVariantInSameArticle() {
        let (c, _) = resolveTexts([["وقال العميد نادر الحسناوي إن الرد قادم، وذكر الحسنوي أن الأمر انتهى."]])
        let e = c.entities.first { $0.type == .person && $0.name == "نادر الحسناوي" }
        #expect(e?.mentions.count == 2)
    }

    @Test func anOrdinaryWordIsNoSpellingOfASurname() {
        // "غني" (rich) and "الشعبي" (popular) have the consonants of غاني and الشابي but are words
        let (c, _) = resolveTexts([["وقال العميد نادر غاني إن الرد قادم، وذكر سلف غني، أن الأمر انتهى.",
                                    "وقال الأمين العام عصام الشابي إن الدعم الشعبي كبير."]])
        #expect(c.entities.filter { $0.type == .person }.allSatisfy { $0.mentions.count == 1 })
    }

    @Test func curatedOverridesAndIgnore() {
        let curated = [CuratedEntity(name: "قاعدة النخيل الجوية", type: .place, aliases: ["قاعدة النخيل"]),
                       CuratedEntity(name: "حزب الضياء", type: .organization, ignore: true)]
        let (c, exs) = resolveTexts([["سقط صاروخ على قاعدة النخيل قرب حزب الضياء في بغداد."]], curated: curated)
        let e = entity(c, "قاعدة النخيل الجوية")
        #expect(e?.type == .place)
        #expect(e?.curated == 0)
        #expect(!c.entities.contains { $0.name == "حزب الضياء" })
        let ignored = exs[0].mentions.firstIndex { $0.surface == "حزب الضياء" }
        #expect(ignored != nil)
        #expect(ignored.map { c.entityOfMention[0][$0] == nil } == true)
        #expect(entity(c, "بغداد") != nil)
    }

    @Test func idsAreStableAndUnique() {
        let a = [["زار الرئيس سامر البلداوي بغداد ثم البصرة."], ["وصل الوزير هاشم الكعبي إلى بغداد."]]
        let (c1, _) = resolveTexts(a)
        let (c2, _) = resolveTexts(a.reversed())
        let ids1 = Dictionary(uniqueKeysWithValues: c1.entities.map { ($0.name, $0.id) })
        let ids2 = Dictionary(uniqueKeysWithValues: c2.entities.map { ($0.name, $0.id) })
        #expect(ids1 == ids2)
        #expect(Set(c1.entities.map(\.id)).count == c1.entities.count)
        #expect(ids1["بغداد"] == "bghdad")
    }

    @Test func slugCollisionsAreNumberedByKey() {
        // ص and س both romanize to "s": the two names share a slug
        let (c, _) = resolveTexts([["زار الوزير سامر الدليمي بغداد.", "وقال الوزير صامر الدليمي إن الوضع جيد."]])
        let ids = c.entities.filter { $0.type == .person }.map(\.id).sorted()
        #expect(ids == ["samr-aldlymy", "samr-aldlymy-2"])
    }

    @Test func curatedAliasesTakePartInSurnameSkeleton() {
        let cur = [CuratedEntity(name: "رامز قاآني", type: .person, aliases: ["قاآني", "رامز غاني"])]
        let text = [["وقال القائد رامز غاني إن الرد قادم.", "وجاء تعيين غوني بعد مقتل سلفه."]]
        for curated in [cur, []] {
            let (c, _) = resolveTexts(text, curated: curated)
            let persons = c.entities.filter { $0.type == .person }
            #expect(persons.count == 1)
            #expect(persons.first?.variants.contains("غوني") == true)
        }
    }

    @Test func bareSkeletonNeedsSameArticleAndShape() {
        let (c, _) = resolveTexts([["وقال القائد رامز غاني إن الرد قادم.", "ونكره عدم اليقين."]])
        #expect(c.entities.allSatisfy { !$0.variants.contains("اليقين") })
    }

    @Test func wrapperHeadJoinsKnownOrganization() {
        let (c, _) = resolveTexts([["هاجم تنظيم داعش القرية."], ["وتراجع داعش عن المدينة."]])
        #expect(c.entities.filter { $0.type == .organization }.count == 1)
        #expect(c.entities.first { $0.type == .organization }?.mentions.count == 2)
    }

    @Test func barePlaceStaysApartFromItsFacility() {
        let (c, _) = resolveTexts([["سقطت صواريخ على قاعدة الرمادي فجرا.", "وأكد الجيش أن الرمادي لم تتضرر."],
                                   ["وزار الوزير بغداد ومطار بغداد."], ["وعاد الوفد إلى بغداد."]])
        // after a facility head a place name is the place itself: the city is not an alias of the base
        let base = c.entities.first { $0.variants.contains("قاعدة الرمادي") }
        #expect(base != nil && base?.variants.contains("الرمادي") == false)
        #expect(c.entities.contains { $0.name == "بغداد" } && c.entities.contains { $0.name == "مطار بغداد" })
    }
}
