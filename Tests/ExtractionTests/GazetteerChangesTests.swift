import Testing
@testable import Extraction

/// `GazetteerChanges` must find every document whose extraction a change of the corpus gazetteer
/// can alter (incremental builds reuse the others' extractions as they are).
@Suite struct GazetteerChangesTests {
    let x = EntityExtractor()

    func documents(_ texts: [String]) -> [Document] {
        texts.enumerated().map { Document(id: "d\($0.offset)", blocks: [$0.element]) }
    }

    func gazetteer(_ docs: [Document]) -> CorpusGazetteer { x.pool(docs.map { x.discover(in: $0) }) }

    func same(_ a: DocumentExtraction, _ b: DocumentExtraction) -> Bool {
        a.mentions == b.mentions && a.sentences == b.sentences && a.quotes == b.quotes
    }

    /// Extracts `docs` with gazetteer `g1` and `g2`: documents the change does not reach must come out the
    /// same; returns how many reached ones came out differently.
    func checkUnreachedUnchanged(_ docs: [Document], from g1: CorpusGazetteer, to g2: CorpusGazetteer) -> Int {
        let changes = GazetteerChanges(from: GazetteerView(g1), to: GazetteerView(g2))
        #expect(!changes.everything)
        var changed = 0
        for d in docs {
            let before = x.extract(d, gazetteer: g1), after = x.extract(d, gazetteer: g2)
            if changes.reaches(tokenKeyText: x.discover(in: d).tokenKeyText, mentions: before.mentions) {
                if !same(before, after) { changed += 1 }
            } else {
                #expect(same(before, after), "\(d.blocks[0]) changed but was not reached")
            }
        }
        return changed
    }

    @Test func newNamesReachBareAndCliticForms() {
        let base = documents([
            "وقدم الدعم للرايات البيضاء في المنطقة.",  // ل + ال: matched with a restored alef
            "ووجه الشكر للعامري على موقفه.",            // the surname, with a restored alef
            "وصل العامري إلى بغداد أمس.",
            "وارتفعت أسعار النفط في الولايات المتحدة.",  // a two-word name: the longest name keeps its length
        ])
        let introducing = documents(["وأعلنت جماعة \"الرايات البيضاء\" مسؤوليتها. وأكد رئيس تحالف الفتح هادي العامري الموقف."])
        let without = gazetteer(base), with = gazetteer(base + introducing)
        #expect(checkUnreachedUnchanged(base, from: without, to: with) == 3)
        #expect(checkUnreachedUnchanged(base, from: with, to: without) == 3)  // the names going away
    }

    @Test func unrelatedDocumentIsNotReached() {
        let base = documents(["وقال رئيس الوزراء سامر الدليمي إن الوضع مستقر.", "وارتفعت أسعار النفط في الأسواق العالمية."])
        let changes = GazetteerChanges(from: GazetteerView(gazetteer(base)),
                                       to: GazetteerView(gazetteer(base + documents(["وأكد رئيس تحالف الفتح هادي العامري الموقف."]))))
        #expect(!changes.isEmpty)
        let oil = base[1]
        #expect(!changes.reaches(tokenKeyText: x.discover(in: oil).tokenKeyText, mentions: x.extract(oil, gazetteer: gazetteer(base)).mentions))
    }

    @Test func typeChangeReachesMentionsOfThatKey() {
        let key = Array("بدر".utf8)
        let old = GazetteerView(names: [], typeOfKey: [.init(key: key, type: .person)], maxTokens: 2)
        var new = old
        new.typeOfKey[0].type = .organization
        let changes = GazetteerChanges(from: old, to: new)
        let mention = Mention(span: TextSpan(block: 0, start: 0, end: 3), sentence: 0, surface: "بدر", type: .person, key: "بدر")
        #expect(changes.reaches(tokenKeyText: [], mentions: [mention]))
        #expect(!changes.reaches(tokenKeyText: Array("بدر".utf8), mentions: []))  // a type is not a name
        #expect(GazetteerChanges(from: old, to: old).isEmpty)
        #expect(GazetteerChanges(from: nil, to: old).everything)
    }

    @Test func canonicalHashFollowsStringEquality() {
        let composed = "أحمد", decomposed = "\u{0627}\u{0654}حمد"
        #expect(composed == decomposed)
        #expect(GazetteerChanges.canonicalHash(composed) == GazetteerChanges.canonicalHash(decomposed))
        #expect(GazetteerChanges.canonicalHash("احمد") != GazetteerChanges.canonicalHash(composed))
    }

    @Test func bytePatternSearch() {
        let text = Array("ووجهالشكر\u{0}للعامري".utf8)
        text.withUnsafeBufferPointer { t in
            #expect(BytePattern(Array("لعامري".utf8)).occurs(in: t))
            #expect(BytePattern(Array("الشكر".utf8)).occurs(in: t))
            #expect(!BytePattern(Array("العامري".utf8)).occurs(in: t))
            #expect(!BytePattern(Array("الشكرللعامري".utf8)).occurs(in: t))  // not across a run end
        }
    }
}
