import Foundation

/// `sitegen extract`: extraction over files given on the command line, as JSON.
public enum Extractor {
    public static func extractJSON(files: [String]) throws -> Data {
        let loader = ArticleLoader()
        var out: [[String: Any]] = []
        for f in files {
            let url = URL(fileURLWithPath: f)
            let o = loader.load(root: url.deletingLastPathComponent(), relativePath: url.lastPathComponent)
            guard o.article != nil else {
                throw BuildFailure(o.diagnostics.filter { $0.severity == .error }.map { var d = $0; d.file = f; return d })
            }
            out.append(["file": f, "mentions": [Any](), "dates": [Any](), "events": [Any]()])
        }
        return try JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
