import ArabicDates
import ArabicText
import Foundation
import Testing
@testable import Extraction

/// The event rules read each sentence's words from the tokens entity extraction made of the whole block
/// (`SentenceWords(block:span:blockTokens:)`, `EntityExtractor.extractWithEvents`) instead of tokenizing the
/// sentence again: the words, and so the events, must be the same.
@Suite struct BlockTokenReuseTests {
    let blocks = [
        "قال وزير الداخلية يوم الأحد 3.5 مرة إن الشرطة اعتقلت 1,200 شخص في بغداد. وأضاف: «الوضع مستقر»!",
        "اغتيل القيادي ـ حسب مصادر ـ فجر اليوم؛ بتفجير سيارته في دمشق… ثم فرّ المهاجمون 👍🏽 نحو الشمال؟ نعم.",
        "أعلنت وزارة الدفاع مقتل ١٢ مسلحا في غارة جوية على موقع قرب الموصل (شمال العراق) يوم 5 مايو 2021.",
        "www.example.com ‌ نص بعلامات زائدة\u{200D}‍ و\u{064E}كلمة. 2021م اجتمع الرئيس بالوفد؛ \"ثم غادر\".",
    ]

    func same(_ a: SentenceWords, _ b: SentenceWords) -> Bool {
        a.words.count == b.words.count && zip(a.words, b.words).allSatisfy { x, y in
            x.start == y.start && x.end == y.end && x.text == y.text && x.key == y.key && x.readings == y.readings
                && x.isNumber == y.isNumber && x.isPunct == y.isPunct
        }
    }

    @Test func sentenceWordsFromBlockTokensAreTheSentencesOwn() {
        for text in blocks {
            let scalars = ScalarString.scalars(of: text)
            let tokens = Tokenizer.tokenize(scalars: scalars)
            var spans = SentenceSplitter.split(scalars: scalars).map { TextSpan(block: 0, start: $0.lowerBound, end: $0.upperBound) }
            // any span, also ones that cut a word, a number or a symbol in two (then the span is tokenized alone)
            for start in stride(from: 0, to: scalars.count, by: 3) {
                for end in [start, start + 1, start + 7, start + 20, scalars.count] where end <= scalars.count {
                    spans.append(TextSpan(block: 0, start: start, end: end))
                }
            }
            #expect(spans.count > 10)
            for span in spans {
                #expect(same(SentenceWords(block: scalars, span: span, blockTokens: tokens), SentenceWords(block: scalars, span: span)),
                        "span \(span.start)..<\(span.end) of \(text)")
            }
        }
    }

    @Test func extractionWithEventsInOnePassIsTheSame() throws {
        let x = EntityExtractor()
        let docs = blocks.enumerated().map { i, b in
            Document(id: "d\(i)", blocks: [b, "وفي سياق متصل، اعتقلت قوات الأمن ثلاثة أشخاص في البصرة أمس."],
                     date: PartialDate(year: 2021, month: 5, day: 6))
        }
        let evidence = docs.map { x.discover(in: $0) }
        let gazetteer = x.pool(evidence)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var events = 0
        for (d, e) in zip(docs, evidence) {
            var apart = x.extract(d, evidence: e.droppingAnalyses(keepingTokenKeyText: false), gazetteer: gazetteer)
            EventExtractor().extract(d, into: &apart)
            for ev in [e, e.droppingAnalyses(keepingTokenKeyText: false)] as [DocumentEvidence?] + [nil] {
                let together = x.extractWithEvents(d, evidence: ev, gazetteer: gazetteer, events: EventExtractor())
                #expect(try encoder.encode(together) == encoder.encode(apart))
            }
            events += apart.events.count
        }
        #expect(events > 0)
    }
}
