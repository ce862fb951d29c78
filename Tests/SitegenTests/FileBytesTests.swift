import Foundation
import Testing
@testable import Sitegen

/// `FileBytes`: the load stage's read on a path string gives `Data(contentsOf:)`'s bytes, and leaves every other
/// case (missing, grown, shrunk) to it.
@Suite struct FileBytesTests {
    @Test func theSameBytesAsFoundationsRead() throws {
        let dir = TempDir()
        let texts = ["", "x", String(repeating: "مقال عن بغداد. ", count: 5000), "---\ntitle: عنوان\n---\nنص"]
        for (i, text) in texts.enumerated() {
            let url = dir.write("sub dir/a\(i).md", text)
            let expected = try Data(contentsOf: url)
            let path = FileBytes.path(root: dir.url.path, "sub dir/a\(i).md")
            #expect(FileBytes.read(path, expected: expected.count) == expected)
            #expect(FileBytes.path(root: dir.url.path + "/", "sub dir/a\(i).md") == path)
        }
    }

    @Test func aMissingOrResizedFileIsLeftToFoundation() {
        let dir = TempDir()
        dir.write("a.md", "twelve bytes")
        let path = FileBytes.path(root: dir.url.path, "a.md")
        #expect(FileBytes.read(path, expected: 12) != nil)
        #expect(FileBytes.read(path, expected: 11) == nil)  // grew since its stat
        #expect(FileBytes.read(path, expected: 13) == nil)  // shrank
        #expect(FileBytes.read(FileBytes.path(root: dir.url.path, "b.md"), expected: 0) == nil)
    }

    @Test func theLoaderStillNamesAFileItCannotRead() {
        let dir = TempDir()
        dir.write("a.md", "---\ntitle: عنوان\n---\nنص المقال.")
        let loader = ArticleLoader()
        #expect(loader.load(root: dir.url, relativePath: "a.md").article?.title == "عنوان")
        let missing = loader.load(root: dir.url, relativePath: "b.md")
        #expect(missing.articles.isEmpty)
        #expect(missing.diagnostics.first?.message.hasPrefix("cannot read the file") == true)
    }
}
