import Foundation
import Testing
@testable import Sitegen

/// The A–Z index layout kept between builds: read back only while its inputs are unchanged.
@Suite struct IndexLayoutStoreTests {
    private func split() -> ListSizes {
        var sizes = ListSizes()
        sizes.indexPage = 1
        sizes.indexEntries = 2
        return sizes
    }

    private func shape(_ layout: IndexLayout) -> [String] {
        layout.letters.map { l in l.letter + ":" + l.entries.map { "\($0.kind.rawValue)\($0.item)" }.joined(separator: ",") }
    }

    @Test func aStoredLayoutIsReadBackAsComputed() {
        let cache = TempDir()
        let site = PublishFixture.site(sizes: split())
        let computed = IndexLayout(site: site)
        #expect(computed.split && !computed.letters.isEmpty)
        let first = IndexLayoutStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        #expect(shape(first.layout(of: site)) == shape(computed))
        #expect(!first.hit)
        let second = IndexLayoutStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        let read = second.layout(of: site)
        #expect(second.hit)
        #expect(shape(read) == shape(computed) && read.total == computed.total)
        #expect(read.letters.map(\.pages.count) == computed.letters.map(\.pages.count))
    }

    @Test func otherSizesOrAnotherToolComputeItAgain() {
        let cache = TempDir()
        _ = IndexLayoutStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2)).layout(of: PublishFixture.site(sizes: split()))
        let oneToolLater = IndexLayoutStore(folder: cache.url, toolIdentity: ContentHash(high: 3, low: 4))
        _ = oneToolLater.layout(of: PublishFixture.site(sizes: split()))
        #expect(!oneToolLater.hit)
        let onePage = IndexLayoutStore(folder: cache.url, toolIdentity: ContentHash(high: 3, low: 4))
        let layout = onePage.layout(of: PublishFixture.site())
        #expect(!onePage.hit && !layout.split && layout.letters.isEmpty)
    }

    /// The collation keys and letters made on two threads give the layout made on one, entry for entry.
    @Test func theLayoutIsTheSameForOneJobAndTwo() {
        let site = PublishFixture.site(sizes: split())
        let one = IndexLayout(site: site, jobs: 1), two = IndexLayout(site: site, jobs: 2)
        #expect(one.letters.count > 1)
        #expect(shape(one) == shape(two) && one.total == two.total)
        #expect(one.letters.map(\.slug) == two.letters.map(\.slug))
    }
}
