// libFuzzer target: the article loader (decoding, front matter, YAML, sidecars, titles, .jsonl and .csv
// records, saved .html pages). Built by scripts/fuzz.
import Foundation
@testable import Sitegen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let loader = ArticleLoader()
    // The same bytes as a Markdown article, as a plain-text article, as the sidecar of one, as a file
    // of JSON Lines or CSV records and as a saved web page.
    let sidecar = ArticleLoader.Sidecar(name: "a.yml", data: bytes)
    let kinds: [(String, ArticleLoader.Sidecar?)] = [("a.md", nil), ("a.txt", nil), ("b.txt", sidecar), ("a.jsonl", nil), ("a.csv", nil),
                                                     ("a.html", nil)]
    for (name, side) in kinds {
        let text = side == nil ? bytes : Data("عنوان\nنص.\n".utf8)
        let outcome = loader.load(data: text, relativePath: name, sidecar: side)
        invariant(outcome.diagnostics.allSatisfy { $0.file != nil }, "diagnostic without a file: \(outcome.diagnostics)")
        invariant(Set(outcome.articles.map(\.file)).count == outcome.articles.count, "two records with one id")
        for a in outcome.articles {
            invariant(!a.title.isEmpty, "empty title")
            invariant(!a.title.unicodeScalars.contains { MetadataCleaning.isBidiControl($0.value) || $0 == "\n" }, "title \(a.title.debugDescription)")
            invariant(a.url.map(ArticleLoader.isWebURL) ?? true, "url \(a.url!.debugDescription) kept")
            invariant(!a.markdown.unicodeScalars.contains { TextDecoding.isRemovedControl($0.value) }, "control character kept in the body")
            invariant(a.bodyLine >= 1 && a.bodyOffset >= 0 && a.bodyOffset <= a.sourceText.unicodeScalars.count, "body position")
        }
        if outcome.articles.isEmpty {
            invariant(outcome.diagnostics.contains { $0.severity == .error }, "no article and no error")
        }
    }
    return 0
}
