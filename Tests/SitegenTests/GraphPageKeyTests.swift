import Foundation
import Testing
@testable import Sitegen

/// The overview graph (`graph.html`) is a keyed page: laid out and drawn only when what it shows changed
/// (`RelationGraphPage.inputs`). An edit that names no one leaves its file untouched; edits that change the entities
/// or relations it shows write it again; the cached site always equals a fresh build.
@Suite struct GraphPageKeyTests {
    private func stamp(_ site: URL) throws -> String {
        let a = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("graph.html").path)
        return "\(a[.systemFileNumber] ?? 0)@\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }

    @Test func theGraphPageFollowsWhatItShows() throws {
        let input = editCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        let first = try stamp(site)
        // a paragraph naming no one: the page is not written again
        input.write("c.md", try #require(input.read("c.md")) + "\nوانخفضت أسعار الفواكه.\n")
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(try stamp(site) == first)
        // new relations among the names it shows, and a new name beside them: written again, as a fresh build writes it
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-07\n---\nوصل الرئيس برهم صالح إلى الموصل قادما من بغداد.\n\n"
                    + "والتقى في الموصل وزير الخارجية فؤاد حسين.\n")
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        let second = try stamp(site)
        #expect(second != first)
        // a relation weaker (an article gone), then the same corpus again
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        _ = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
    }

    /// The key changes with each thing the layout reads beside the drawing's own key: the nodes' ids and its settings.
    @Test func theKeyHoldsWhatTheLayoutReads() throws {
        let model = try PublishFixture.site()
        let graph = RelationGraph.of(model)
        let (nodes, edges) = graph.overview(site: model)
        try #require(!nodes.isEmpty)
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let svg = GraphSVG(site: model, page: RelationGraphPage.path, width: 1000, height: 640, nodes: nodes, positions: [],
                           edges: edges.map { (index[$0.a]!, index[$0.b]!, $0.weight) }, label: "x")
        let ids = nodes.map { model.corpus.entities[$0].id }
        func key(_ layout: ForceLayout = ForceLayout(), ids: [String]) -> ContentHash {
            RelationGraphPage.inputs(svg, layout: layout, ids: ids, strongest: graph.edges.prefix(40), edgeCount: edges.count, site: model)
        }
        let base = key(ids: ids)
        #expect(key(ids: ids) == base)
        #expect(key(ids: ids.map { $0 + "x" }) != base)
        var layout = ForceLayout()
        layout.iterations += 1
        #expect(key(layout, ids: ids) != base)
        #expect(RelationGraphPage.inputs(svg, layout: ForceLayout(), ids: ids, strongest: graph.edges.prefix(39), edgeCount: edges.count,
                                         site: model) != base || graph.edges.count < 40)
    }
}
