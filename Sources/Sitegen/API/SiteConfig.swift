import Foundation
import ArabicDates
import Yams

/// Site settings from `sitegen.yml` (all optional).
///
/// ```yaml
/// title: ملف الفصائل المسلحة في العراق
/// description: تقارير وأحداث وشخصيات من الأخبار العربية
/// base_url: https://example.org/dossier/
/// months: levantine   # levantine (كانون الثاني) | egyptian (يناير) | maghreb (جانفي) | both
/// ```
public struct SiteConfig: Sendable, Equatable {
    public var title: String = "ملف الأخبار"
    public var description: String = "ملف موثق من الأخبار العربية: الأشخاص والمنظمات والأماكن والأحداث ومصادرها."
    /// Absolute URL of the site root with a trailing slash; enables sitemap, feeds and canonical links.
    public var baseURL: String?
    public var months: MonthNameStyle = .levantine

    public init() {}

    public static let knownKeys: Set<String> = ["title", "description", "base_url", "months"]

    /// Reads a config file; unknown keys are warnings, wrong values errors naming the line.
    public static func load(_ url: URL, warnings: inout [Diagnostic]) throws(Diagnostic) -> SiteConfig {
        let file = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else { throw .error("cannot read the config file", file: file) }
        guard case .success(let text) = TextDecoding.decode(data) else { throw .error("config is not UTF-8 text", file: file) }
        var config = SiteConfig()
        let node: Node?
        do { node = try Yams.compose(yaml: text, .default, .default, .utf8) } catch { throw .error("config is not valid YAML: \(error)", file: file) }
        guard let mapping = node?.mapping else { return config }
        for (k, v) in mapping {
            let key = k.string ?? ""
            let line = k.mark?.line
            guard let value = v.scalar?.string else { throw .error("'\(key)' must be a text value", file: file, line: line) }
            switch key {
            case "title": config.title = value
            case "description": config.description = value
            case "base_url": config.baseURL = try normalizedBaseURL(value, file: file, line: line)
            case "months":
                guard let style = MonthNameStyle(rawValue: value) else {
                    throw .error("'months' must be one of levantine, egyptian, maghreb, both (got '\(value)')", file: file, line: line)
                }
                config.months = style
            default:
                warnings.append(.warning("unknown config key '\(key)' is ignored", file: file, line: line))
            }
        }
        return config
    }

    /// Checks a base URL is http(s) and ends with "/".
    public static func normalizedBaseURL(_ value: String, file: String? = nil, line: Int? = nil) throws(Diagnostic) -> String? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if v.isEmpty { return nil }
        guard ArticleLoader.isWebURL(v) else {
            throw .error("base_url must be an http(s) URL (got '\(value)')", file: file, line: line)
        }
        return v.hasSuffix("/") ? v : v + "/"
    }
}

/// Everything a build needs to know.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    public var templates: URL
    /// Optional config file; a missing default file is fine, a missing named file is an error.
    public var configFile: URL?
    public var configRequired: Bool = false
    public var baseURL: String?
    /// Stop at the first article that cannot be loaded, leaving the previous site untouched.
    public var strict: Bool = false
    /// Worker threads for per-article stages (1 = single-threaded; output is identical either way).
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Items per list page (defaults for every site; tests use small ones).
    public var listSizes = ListSizes()

    public init(input: URL, output: URL, templates: URL, configFile: URL? = nil) {
        self.input = input
        self.output = output
        self.templates = templates
        self.configFile = configFile
    }
}
