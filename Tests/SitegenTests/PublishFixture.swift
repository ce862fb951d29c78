import Foundation
import ArabicDates
import Extraction
import Resolution
@testable import Sitegen

/// A small hand-built corpus with entities, events and relations (extraction and resolution are
/// integrated elsewhere): three dated articles, seven entities, three events.
enum PublishFixture {
    static let names: [(name: String, type: EntityType, forms: [String])] = [
        ("إسماعيل قاآني", .person, ["إسماعيل قاآني", "اسماعيل قا آني"]),
        ("العراق", .place, ["العراق"]),
        ("كتائب حزب الله", .organization, ["كتائب حزب الله"]),
        ("الأنبار", .place, ["الأنبار"]),
        ("أمريكا", .place, ["أمريكا"]),
        ("إيران", .place, ["إيران"]),
        ("أبو مهدي المهندس", .person, ["أبو مهدي المهندس"]),
    ]
    static let ids = ["ismail-qaani", "iraq", "kataib-hezbollah", "anbar", "america", "iran", "muhandis"]

    static let articles: [(title: String, date: PartialDate, blocks: [String])] = [
        ("قاآني في بغداد", PartialDate(year: 2020, month: 1, day: 5), [
            "زار إسماعيل قاآني العراق والتقى قادة كتائب حزب الله في بغداد.",
            "وقالت مصادر إن الزيارة جاءت بعد اغتيال أبو مهدي المهندس بغارة أمريكية.",
            "وتتهم أمريكا إيران بدعم الفصائل في العراق.",
        ]),
        ("صواريخ على عين الأسد", PartialDate(year: 2020, month: 2, day: 10), [
            "قصفت كتائب حزب الله قاعدة عين الأسد في الأنبار بالصواريخ.",
            "وردت أمريكا بغارات على مواقع الكتائب في الأنبار.",
        ]),
        ("عودة إلى طهران", PartialDate(year: 2021, month: 3, day: 1), [
            "استقبلت إيران اسماعيل قا آني بعد عودته من العراق.",
        ]),
    ]

    /// The site model; entity pages are at `entities/<id>`, event pages at `events/<id>`.
    static func site(baseURL: String? = nil, sizes: ListSizes = ListSizes(),
                     articles: [(title: String, date: PartialDate, blocks: [String])] = PublishFixture.articles) -> SiteModel {
        var config = SiteConfig()
        config.title = "ملف تجريبي"
        config.baseURL = baseURL
        var arts: [Article] = [], bodies: [ArticleBody] = [], extractions: [DocumentExtraction] = []
        var corpus = ResolvedCorpus()
        corpus.entities = names.enumerated().map { i, n in
            Entity(id: ids[i], name: n.name, type: n.type, variants: n.forms)
        }
        for (a, art) in articles.enumerated() {
            let md = art.blocks.joined(separator: "\n\n")
            arts.append(Article(file: "a\(a).md", format: .markdown, title: art.title, date: art.date,
                                dateSource: .metadata, markdown: md))
            bodies.append(ArticleBody(markdown: md))
            var ex = DocumentExtraction()
            var owners: [Int?] = []
            for (b, text) in art.blocks.enumerated() {
                let scalars = Array(text.unicodeScalars)
                ex.sentences.append(Sentence(span: TextSpan(block: b, start: 0, end: scalars.count)))
                for (e, n) in names.enumerated() {
                    for form in n.forms {
                        for start in occurrences(of: Array(form.unicodeScalars), in: scalars) {
                            let span = TextSpan(block: b, start: start, end: start + form.unicodeScalars.count)
                            corpus.entities[e].mentions.append(MentionRef(article: a, mention: ex.mentions.count))
                            ex.mentions.append(Mention(span: span, sentence: b, surface: form, type: n.type, key: form))
                            owners.append(e)
                        }
                    }
                }
            }
            extractions.append(ex)
            corpus.entityOfMention.append(owners)
        }
        extractions[1].events = [EventMention(type: .attack, sentence: 0, trigger: "قصفت"),
                                 EventMention(type: .airstrike, sentence: 1, trigger: "غارات")]
        extractions[0].events = [EventMention(type: .visit, sentence: 0, trigger: "زار")]
        corpus.events = [
            Event(id: "attack-ain-al-asad", title: "هجوم صاروخي على قاعدة عين الأسد", type: .attack,
                  date: PartialDate(year: 2020, month: 2, day: 9), places: [3], actors: [2],
                  sources: [EventSource(article: 1, event: 0)]),
            Event(id: "us-strikes", title: "غارات أمريكية على مواقع الكتائب", type: .airstrike,
                  date: PartialDate(year: 2020, month: 2, day: 10), places: [3], actors: [4],
                  sources: [EventSource(article: 1, event: 1)]),
            Event(id: "qaani-visit", title: "زيارة قاآني إلى بغداد", type: .visit,
                  date: PartialDate(year: 2020, month: 1, day: 5), places: [1], actors: [0],
                  sources: [EventSource(article: 0, event: 0)]),
        ]
        return SiteModel(config: config, articles: arts, bodies: bodies, extractions: extractions, corpus: corpus, sizes: sizes)
    }

    static func occurrences(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Int] {
        guard needle.count <= hay.count else { return [] }
        return (0...(hay.count - needle.count)).filter { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    /// Runs every generator of the real pipeline on `site` into `dir/site`.
    static func render(_ site: SiteModel, into dir: TempDir) throws -> URL {
        let output = dir.url.appendingPathComponent("site")
        let templates = try TemplateSet(folder: Repo.templates)
        let staged = try StagedOutput(output: output)
        let generators = SiteBuilder.generators(site: site, templates: templates)
        let sink = OutputSink(staged: staged, templates: templates, site: site,
                              sections: PageContext.sections(for: site, available: Set(generators.flatMap(\.sections))))
        for g in generators { try g.generate(into: sink, jobs: 2) }
        try staged.commit()
        return output
    }
}
