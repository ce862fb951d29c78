import Foundation
import Testing
@testable import Sitegen

/// Inputs the fuzzers (scripts/fuzz) once crashed on, replayed with the fuzz targets' invariants.
/// Each file of `fuzz/crashers/<target>/` is one input, kept after the bug it found was fixed.
@Suite struct RobustnessFuzzRegressionTests {
    static func crashers(_ target: String) -> [URL] {
        let folder = Repo.root.appendingPathComponent("fuzz/crashers/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func savedLoaderCrashersKeepTheLoaderInvariants() throws {
        let inputs = Self.crashers("loader")
        #expect(!inputs.isEmpty)
        for url in inputs {
            let bytes = try Data(contentsOf: url)
            for name in ["a.md", "a.txt"] {
                let o = ArticleLoader().load(data: bytes, relativePath: name)
                #expect(o.diagnostics.allSatisfy { $0.file == name }, "\(url.lastPathComponent) as \(name): \(o.diagnostics)")
                if let a = o.article {
                    #expect(!a.title.isEmpty && a.url.map(ArticleLoader.isWebURL) ?? true)
                } else {
                    #expect(o.diagnostics.contains { $0.severity == .error })
                }
            }
        }
    }

    /// The first crasher, minimized: a warning gathered before the file failed had no file name.
    @Test func warningsOfAFileThatFailsNameTheFile() {
        let o = ArticleLoader().load(data: Data("---\ntitle: x\u{1E}\nsource: [\n---\nنص\n".utf8), relativePath: "a.md")
        #expect(o.article == nil)
        #expect(o.diagnostics.count == 2)
        #expect(o.diagnostics.allSatisfy { $0.file == "a.md" })
    }
}

extension RobustnessFuzzRegressionTests {
    /// A carriage return inside a "line" of plain text started a new Markdown line, and the tabs after
    /// it made an indented code block: plain text must give paragraphs only, whatever the line ends.
    @Test func plainTextWithCarriageReturnsStaysParagraphs() throws {
        for url in Self.crashers("markdown") {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let html = ArticleBody(plainText: text).html()
            #expect(!html.contains("<pre") && !html.contains("<code"), "\(url.lastPathComponent): \(html)")
        }
        let body = ArticleBody(plainText: "سطر أول.\r\t\t\t\t\tسطر ثان.\r\nسطر ثالث.")
        #expect(body.blocks == ["سطر أول.", "سطر ثان.", "سطر ثالث."])
        #expect(!body.html().contains("<pre"))
    }
}

extension RobustnessFuzzRegressionTests {
    /// cmark-gfm's autolinker still links addresses in plain text; it made "www.mailto:www.j@…" an
    /// href once (an unknown scheme, inert). No autolink may carry a script scheme.
    @Test func autolinksInPlainTextNeverCarryScriptSchemes() throws {
        var texts = try Self.crashers("markdown").map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }
        texts += ["www.javascript:alert(1).com", "mailto:javascript:alert(1)", "x@javascript:alert(1)", "//www.mailto:www.j@x.net/"]
        for text in texts {
            let html = ArticleBody(plainText: text).html()
            for part in html.components(separatedBy: "href=\"").dropFirst() {
                let href = part.prefix { $0 != "\"" }.lowercased()
                #expect(!href.hasPrefix("javascript:") && !href.hasPrefix("vbscript:") && !href.hasPrefix("data:"), "\(href)")
            }
        }
    }
}
