import Testing
@testable import Extraction

/// Towns of the region and cities of the world (`PlaceLexicon.tunisianTowns`…), towns whose name is also a word
/// (`PlaceLexicon.ambiguousTowns`: a place only in a place context, then in the whole article), and quarters
/// named «حي» + an ordinary definite word.
@Suite struct TownPlaceTests {
    @Test func aTownOfTheLexiconIsAPlaceBareAndWithAProclitic() {
        let m = mentions(["أوقفت وحدات الحرس شخصين بالنفيضة وآخر في بومرداس، كما جدت مواجهات في نيس ومكنين."])[0]
        #expect(names(m) == ["النفيضة:place", "بومرداس:place", "نيس:place", "مكنين:place"])
        // a two-word town is one name, not the governorate it contains
        let n = mentions(["تعرض رجل إلى الاعتداء بجهة حمام سوسة مساء أمس."])[0]
        #expect(names(n) == ["حمام سوسة:place"])
        #expect(PlaceKinds.isKnownCity("النفيضة"))
    }

    @Test func aPlaceThatOpensAnIdiomIsNoMention() {
        // «مسقط رأسه»: his birthplace, not Muscat; pooled from another document, still not
        let m = mentions(["ووري جثمانه الثرى بمسقط رأسه بالقيروان بعد ظهر اليوم.",
                          "وصل الوزير إلى مسقط في زيارة رسمية إلى سلطنة عمان.",
                          "وعاد اللاعب إلى مسقط رأسه صفاقس."])
        #expect(!m[0].contains { $0.surface.contains("مسقط") }, "\(names(m[0]))")
        #expect(m[1].contains { $0.surface == "مسقط" && $0.type == .place }, "\(names(m[1]))")
        #expect(!m[2].contains { $0.surface.contains("مسقط") }, "\(names(m[2]))")
    }

    @Test func kafBeforeAPlaceThatMakesAnOrdinaryWordIsNoMention() {
        // «كنيس» (a synagogue) is no ك + «نيس»; ب before a place stays a mention even when the whole is a word too
        let m = mentions(["زار الوفد كنيس الغريبة ثم توجه إلى نيس، وأوقفت الفرقة المختصة بالحمامات شخصين."])[0]
        #expect(names(m) == ["نيس:place", "الحمامات:place"])
    }

    @Test func anAmbiguousTownIsAPlaceOnlyAfterAPlaceHead() {
        // «مساكن» (dwellings) and «الشابة» (the young woman) are words where no place head names them
        let plain = mentions(["شيدت الدولة مساكن جديدة للعائلات وقالت الشابة إنها راضية."])[0]
        #expect(!names(plain).contains { $0.hasPrefix("مساكن") || $0.hasPrefix("الشابة") })
        let headed = mentions(["تمكنت دورية أمنية بمعتمدية مساكن من إيقاف مروج مخدرات."])[0]
        #expect(names(headed) == ["مساكن:place"])
        #expect(headed[0].canonical == "مساكن")
    }

    @Test func anAmbiguousTownNamedAsATownIsThePlaceThroughoutItsArticle() {
        let m = article(["مساكن : حجز كمية من السجائر المهربة",
                         "وتمكنت وحدات الحرس الوطني بمدينة مساكن من حجز السلع، وتم إيقاف المهرب بمساكن."])
        #expect(names(m[0]) == ["مساكن:place"])
        #expect(names(m[1]).filter { $0 == "مساكن:place" }.count == 2)
        // another article that writes the word as a word keeps it a word
        #expect(!names(mentions(["ووزعت البلدية مساكن على الفقراء."])[0]).contains("مساكن:place"))
    }

    @Test func anIraqiTownThatIsAWordIsAPlaceOnlyInAPlaceContext() {
        // «حديثة» (recent), «القائم» (existing), «العمارة» (the building) are words where no place head names them
        let plain = mentions(["كشفت دراسة حديثة أن الوضع القائم يهدد سكان العمارة."])[0]
        #expect(names(plain).filter { $0.hasSuffix(":place") }.isEmpty)
        let headed = mentions(["قصفت الطائرات مواقع التنظيم في مدينة القائم غرب العراق."])[0]
        #expect(names(headed).contains("القائم:place"))
        // the channel is named with its head; «الميادين» alone is the sports fields
        #expect(names(mentions(["وعاد اللاعب إلى الميادين بعد غياب طويل."])[0]).isEmpty)
        let channel = mentions(["وذكرت قناة الميادين أن الانفجار وقع صباحا."])[0]
        #expect(channel.contains { $0.canonical == "الميادين" && $0.type == .organization })
        // Côte d'Ivoire written from French is the country, not the Iraqi town «الكوت»
        #expect(names(mentions(["وقع البلدان اتفاقية مع الكوت ديفوار أمس."])[0]).contains { $0.hasSuffix(":place") && $0 != "الكوت:place" })
    }

    /// The mentions of each block of one article.
    private func article(_ blocks: [String]) -> [[Mention]] {
        let x = EntityExtractor()
        let doc = Document(id: "d", blocks: blocks)
        let g = x.pool([x.discover(in: doc)])
        return [x.extract(doc, gazetteer: g).mentions].flatMap { ms in blocks.indices.map { b in ms.filter { $0.span.block == b } } }
    }

    @Test func aQuarterIsHeadedByHayEvenBeforeAnOrdinaryWord() {
        let m = TownPlaceTests.single("تمكن أعوان الأمن بحي الخضراء من إيقاف شخصين.")
        #expect(names(m) == ["حي الخضراء:place"])
        // «حي» before a demonym or an indefinite adjective names no quarter
        #expect(names(TownPlaceTests.single("وهو حي شعبي كبير.")).isEmpty)
    }

    static func single(_ text: String) -> [Mention] {
        let x = EntityExtractor()
        let doc = Document(id: "d", blocks: [text])
        return x.extract(doc, gazetteer: x.pool([x.discover(in: doc)])).mentions
    }
}
