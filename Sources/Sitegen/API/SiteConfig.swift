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
/// fields:              # field names of .jsonl/.csv records (see `RecordFields`)
///   title: headline
/// republished: 0.9     # how alike copies of one story are (see `RepublishedGroups`); off: no grouping
/// ```
public struct SiteConfig: Sendable, Equatable {
    public var title: String = "ملف الأخبار"
    public var description: String = "ملف موثق من الأخبار العربية: الأشخاص والمنظمات والأماكن والأحداث ومصادرها."
    /// Absolute URL of the site root with a trailing slash; enables sitemap, feeds and canonical links.
    public var baseURL: String?
    public var months: MonthNameStyle = .levantine
    /// Field names of `.jsonl` and `.csv` records.
    public var fields = RecordFields()
    /// How alike two texts must be to be copies of one story (nil: every article has its own page).
    public var republished: Double? = RepublishedGroups.defaultSimilarity

    public init() {}

    public static let knownKeys: Set<String> = ["title", "description", "base_url", "months", "fields", "republished"]

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
            if key == "fields" {
                config.fields = try recordFields(v, file: file, line: line)
                continue
            }
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
            case "republished":
                let v = value.trimmingCharacters(in: .whitespaces).lowercased()
                if ["off", "false", "no"].contains(v) {
                    config.republished = nil
                } else if let share = Double(v), (0.5...1).contains(share) {
                    config.republished = share
                } else {
                    throw .error("'republished' must be a share from 0.5 to 1 (how alike copies are) or off (got '\(value)')", file: file, line: line)
                }
            default:
                warnings.append(.warning("unknown config key '\(key)' is ignored", file: file, line: line))
            }
        }
        return config
    }

    /// `fields:`: a mapping of article fields to a record field name or a list of names.
    private static func recordFields(_ node: Node, file: String, line: Int?) throws(Diagnostic) -> RecordFields {
        guard let mapping = node.mapping else {
            throw .error("'fields' must map article fields (\(RecordFields.keys.joined(separator: ", "))) to record field names", file: file, line: line)
        }
        var fields = RecordFields()
        for (k, v) in mapping {
            let key = k.string ?? "", keyLine = k.mark?.line
            let names: [String]
            if let s = v.scalar?.string {
                names = [s]
            } else if let seq = v.sequence, seq.allSatisfy({ $0.scalar != nil }) {
                names = seq.compactMap { $0.scalar?.string }
            } else {
                throw .error("'fields: \(key)' must be a field name or a list of names", file: file, line: keyLine)
            }
            guard fields.set(key, names: names) else {
                throw .error("unknown article field '\(key)' under 'fields' (known: \(RecordFields.keys.joined(separator: ", ")))", file: file, line: keyLine)
            }
        }
        return fields
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
    /// A folder of templates and assets laid over the built-in theme (nil: the built-in theme alone).
    public var templates: URL?
    /// Optional config file; a missing default file is fine, a missing named file is an error.
    public var configFile: URL?
    public var configRequired: Bool = false
    public var baseURL: String?
    /// Stop at the first article that cannot be loaded, leaving the previous site untouched.
    public var strict: Bool = false
    /// Worker threads for per-article stages (1 = single-threaded; output is identical either way).
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Where to write the entity confidence evidence (JSON Lines, `EntityEvidenceFile`); nil: nowhere.
    public var entityEvidenceFile: URL?
    /// Items per list page (defaults for every site; tests use small ones).
    public var listSizes = ListSizes()

    public init(input: URL, output: URL, templates: URL? = nil, configFile: URL? = nil) {
        self.input = input
        self.output = output
        self.templates = templates
        self.configFile = configFile
    }
}
