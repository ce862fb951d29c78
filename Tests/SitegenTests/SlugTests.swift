import Testing
@testable import Sitegen

@Suite struct SlugTests {
    @Test func slugsAreASCIIAndReadable() {
        let s = Slugs.assign(titles: ["قاسم سليماني", "Hello World!"], keys: ["a", "b"], fallbackPrefix: "x")
        #expect(s == ["qasm-slymany", "hello-world"])
        for slug in s { #expect(slug.unicodeScalars.allSatisfy { $0.isASCII }) }
    }

    @Test func collisionsGetSuffixesThatDoNotDependOnOrder() {
        let a = Slugs.assign(titles: ["خبر", "خبر", "آخر"], keys: ["one.txt", "two.txt", "three.txt"], fallbackPrefix: "x")
        let b = Slugs.assign(titles: ["آخر", "خبر", "خبر"], keys: ["three.txt", "two.txt", "one.txt"], fallbackPrefix: "x")
        #expect(Set(a).count == 3)
        #expect(a[0] == b[2] && a[1] == b[1] && a[2] == b[0])
        #expect(a[0].hasPrefix("khbr-"))
    }

    @Test func titlesWithoutLettersFallBack() {
        let s = Slugs.assign(titles: ["؟؟؟", "..."], keys: ["a", "b"], fallbackPrefix: "article")
        #expect(s[0].hasPrefix("article-") && s[1].hasPrefix("article-") && s[0] != s[1])
    }

    @Test func longSlugsAreCutAtAWordBoundary() {
        let s = Slugs.assign(titles: [String(repeating: "كلمة ", count: 30)], keys: ["a"], fallbackPrefix: "x")[0]
        #expect(s.count <= 48)
        #expect(!s.hasSuffix("-"))
        #expect(s.split(separator: "-").allSatisfy { $0 == "klma" })
    }

    @Test func relativeLinksFromAnyDepth() {
        // Pages are files: "articles/x" is articles/x.html, one folder below the root.
        let page = SitePath("articles/x")
        #expect(page.file == "articles/x.html" && page.depth == 1)
        #expect(page.link(to: .home) == "../index.html")
        #expect(page.link(to: SitePath("entities/y"), fragment: "p2") == "../entities/y.html#p2")
        #expect(SitePath.home.link(to: page) == "articles/x.html")
        #expect(page.absoluteURL(base: "https://e.org/sub/") == "https://e.org/sub/articles/x.html")
        #expect(SitePath.home.file == "index.html" && SitePath.home.depth == 0)
        #expect(SitePath.home.absoluteURL(base: "https://e.org/sub/") == "https://e.org/sub/")
        let list = SitePath("articles")  // a list beside the folder of its items
        #expect(list.file == "articles.html" && list.depth == 0 && list.link(to: page) == "articles/x.html")
        let continuation = SitePath("entities/y/page/2")
        #expect(continuation.file == "entities/y/page/2.html")
        #expect(continuation.link(to: SitePath("entities/y")) == "../../../entities/y.html")
    }
}
