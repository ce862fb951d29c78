import Testing
@testable import Extraction

/// The build drops each article's block analyses after discovery (they are most of its memory on a
/// large corpus) and extraction analyses the blocks again: the result must be the same.
@Suite struct DroppedAnalysesTests {
    let x = EntityExtractor()
    let texts = [
        "قال الرئيس التونسي الباجي قائد السبسي يوم الاثنين في تونس إن «الحكومة» ستواصل الإصلاحات.",
        "أعلنت وزارة الداخلية أن محمد بن سالم التقى وفدا من البنك الدولي بالعاصمة، وقال: \"الوضع مستقر\".",
        "وصل السبسي إلى باريس حيث التقى الرئيس الفرنسي فرانسوا هولاند.",
    ]

    @Test func extractionWithoutAnalysesIsTheSame() {
        let docs = texts.enumerated().map { Document(id: "d\($0.offset)", blocks: [$0.element, "فقرة ثانية عن تونس."]) }
        let evidence = docs.map { x.discover(in: $0) }
        let gazetteer = x.pool(evidence)
        for (d, e) in zip(docs, evidence) {
            let dropped = e.droppingAnalyses(keepingTokenKeyText: true)
            #expect(dropped.analyses.isEmpty && !e.analyses.isEmpty)
            #expect(dropped.tokenKeyText == e.tokenKeyText && !e.tokenKeyText.isEmpty)
            #expect(e.droppingAnalyses(keepingTokenKeyText: false).tokenKeyText.isEmpty)
            let kept = x.extract(d, evidence: e, gazetteer: gazetteer)
            let again = x.extract(d, evidence: dropped, gazetteer: gazetteer)
            #expect(kept.mentions == again.mentions && kept.sentences == again.sentences && kept.quotes == again.quotes)
            #expect(!kept.mentions.isEmpty)
        }
    }
}
