import Foundation
import Testing
@testable import Sitegen

/// Link contexts made once per depth (`LinkFields`) are the ones each page made for itself.
@Suite struct LinkFieldsTests {
    static func describe(_ f: PageFields) -> String {
        f.entries.map { "\($0.field)=\(String(describing: $0.value))" }.joined(separator: "; ")
    }

    @Test func sharedLinksAreThePagesOwn() {
        let site = PublishFixture.site()
        let links = LinkFields(site: site)
        let paths = [SitePath.home, SitePath("articles/x"), SitePath("entities/iraq"), SitePath("entities/iraq/page/2"),
                     SitePath("a/b/c/d"), SitePath("a/b/c/d/e/f"), SitePath("articles/y"), SitePath("entities/iraq/page/3")]
        // from several threads, each asking every link from every path in its own order
        let cases = paths.indices.flatMap { p in site.corpus.entities.indices.map { (p, $0) } }
        let got = parallelMap(cases.count * 3, jobs: 4) { i -> (String, String, String) in
            let (p, e) = cases[(i * 7) % cases.count]
            let entity = i % 2 == 0 ? links.entity(e, from: paths[p]) : links.entity(e, from: paths[p], depth: paths[p].depth)
            return (Self.describe(entity.fields), entity.href, entity.title)
        }
        for i in 0..<(cases.count * 3) {
            let (p, e) = cases[(i * 7) % cases.count]
            let entity = site.corpus.entities[e]
            #expect(got[i].0 == Self.describe(site.entityFields(e, from: paths[p])))
            #expect(got[i].1 == paths[p].link(to: site.entityPaths[e]))
            #expect(got[i].2 == entity.type.arabicName + ": " + entity.name)
        }
    }
}
