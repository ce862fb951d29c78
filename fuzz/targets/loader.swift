// libFuzzer target: the article loader (decoding, front matter, YAML, sidecars, titles). Built by scripts/fuzz.
import Foundation
@testable import Sitegen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let loader = ArticleLoader()
    // The same bytes as a Markdown article, as a plain-text article, and as the sidecar of one.
    let sidecar = ArticleLoader.Sidecar(name: "a.yml", data: bytes)
    for (name, side) in [("a.md", nil), ("a.txt", nil), ("b.txt", sidecar)] as [(String, ArticleLoader.Sidecar?)] {
        let text = side == nil ? bytes : Data("عنوان\nنص.\n".utf8)
        let outcome = loader.load(data: text, relativePath: name, sidecar: side)
        invariant(outcome.diagnostics.allSatisfy { $0.file != nil }, "diagnostic without a file: \(outcome.diagnostics)")
        if let a = outcome.article {
            invariant(!a.title.isEmpty, "empty title")
            invariant(!a.title.unicodeScalars.contains { MetadataCleaning.isBidiControl($0.value) || $0 == "\n" }, "title \(a.title.debugDescription)")
            invariant(a.url.map(ArticleLoader.isWebURL) ?? true, "url \(a.url!.debugDescription) kept")
            invariant(!a.markdown.unicodeScalars.contains { TextDecoding.isRemovedControl($0.value) }, "control character kept in the body")
            invariant(a.bodyLine >= 1 && a.bodyOffset >= 0 && a.bodyOffset <= a.sourceText.unicodeScalars.count, "body position")
        } else {
            invariant(outcome.diagnostics.contains { $0.severity == .error }, "no article and no error")
        }
    }
    return 0
}
