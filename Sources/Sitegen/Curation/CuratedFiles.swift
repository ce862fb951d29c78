import Foundation
import ArabicDates
import Extraction
import Resolution
import Yams

/// Reads curated entity (`entities/*.md`) and event (`events/*.md`) files: YAML front matter and a
/// Markdown body (the description). Curation is optional and overrides discovery.
///
/// ```markdown
/// ---
/// name: إسماعيل قاآني
/// type: person            # person | organization | place
/// aliases: [قاآني, قا آني, إسماعيل غاني]
/// wikidata: Q...
/// coordinates: [33.3, 44.4]   # places only, latitude then longitude
/// ignore: false           # true suppresses a false entity found by discovery
/// ---
/// قائد فيلق القدس في الحرس الثوري الإيراني منذ 2020.
/// ```
enum CuratedFiles {
    static func loadEntity(root: URL, file: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> CuratedEntity {
        let (map, body) = try frontMatter(root: root, file: file)
        let name = try map.string("name", required: true)!
        let typeText = try map.string("type", required: true)!
        guard let type = EntityType(rawValue: typeText) else {
            throw .error("unknown entity type '\(typeText)' (use person, organization or place)", file: file, line: map.line("type"))
        }
        var entity = CuratedEntity(name: name, type: type, aliases: try map.strings("aliases"),
                                   wikidata: try map.string("wikidata"), ignore: try map.bool("ignore"),
                                   description: body, file: file)
        let coords = try map.numbers("coordinates")
        if coords.count == 2 {
            entity.latitude = coords[0]
            entity.longitude = coords[1]
        } else if !coords.isEmpty {
            throw .error("'coordinates' must be [latitude, longitude]", file: file, line: map.line("coordinates"))
        }
        warnings += map.unknownKeys(["name", "type", "aliases", "wikidata", "coordinates", "ignore"])
        return entity
    }

    static func loadEvent(root: URL, file: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> CuratedEvent {
        let (map, body) = try frontMatter(root: root, file: file)
        let title = try map.string("title", required: true)!
        let typeText = try map.string("type", required: true)!
        guard let type = EventType(rawValue: typeText) else {
            let known = EventType.allCases.map(\.rawValue).joined(separator: ", ")
            throw .error("unknown event type '\(typeText)' (use one of: \(known))", file: file, line: map.line("type"))
        }
        var date: PartialDate?
        if let d = try map.string("date") {
            guard let parsed = PartialDate(iso: d) else {
                throw .error("'date' is not a date: '\(d)' (use YYYY-MM-DD, YYYY-MM or YYYY)", file: file, line: map.line("date"))
            }
            date = parsed
        }
        let places = try map.strings("place") + map.strings("places")
        warnings += map.unknownKeys(["title", "type", "date", "place", "places", "actors"])
        return CuratedEvent(title: title, date: date, type: type, places: places,
                            actors: try map.strings("actors"), description: body, file: file)
    }

    private static func frontMatter(root: URL, file: String) throws(Diagnostic) -> (YAMLMap, String) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else {
            throw .error("cannot read the file", file: file)
        }
        guard case .success(let text) = TextDecoding.decode(data) else { throw .error("not UTF-8 text", file: file) }
        guard let fm = try withFile(file, { () throws(Diagnostic) in try FrontMatter.split(text) }) else {
            throw .error("a curated file starts with YAML front matter between --- lines", file: file, line: 1)
        }
        let node: Node?
        do { node = try Yams.compose(yaml: fm.yaml, .default, .default, .utf8) } catch {
            throw .error("front matter is not valid YAML: \(error)", file: file, line: 2)
        }
        guard let mapping = node?.mapping else { throw .error("front matter must be a mapping", file: file, line: 2) }
        return (YAMLMap(mapping: mapping, file: file, firstLine: 2), String(fm.body).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func withFile<T>(_ file: String, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        do { return try body() } catch {
            var e = error
            e.file = file
            throw e
        }
    }
}

/// Typed access to a YAML mapping with messages that name the file and line.
struct YAMLMap {
    let mapping: Node.Mapping
    let file: String
    let firstLine: Int

    func node(_ key: String) -> (Node, Int?)? {
        for (k, v) in mapping where k.string == key { return (v, k.mark.map { $0.line + firstLine - 1 }) }
        return nil
    }

    func line(_ key: String) -> Int? { node(key)?.1 }

    func string(_ key: String, required: Bool = false) throws(Diagnostic) -> String? {
        guard let (v, line) = node(key) else {
            if required { throw .error("missing '\(key)' in front matter", file: file, line: firstLine) }
            return nil
        }
        guard let s = v.scalar?.string, !s.isEmpty else { throw .error("'\(key)' must be a text value", file: file, line: line) }
        return s
    }

    func strings(_ key: String) throws(Diagnostic) -> [String] {
        guard let (v, line) = node(key) else { return [] }
        if let s = v.scalar?.string { return s.isEmpty ? [] : [s] }
        guard let seq = v.sequence else { throw .error("'\(key)' must be a list of texts", file: file, line: line) }
        var out: [String] = []
        for item in seq {
            guard let s = item.scalar?.string else { throw .error("'\(key)' must be a list of texts", file: file, line: line) }
            out.append(s)
        }
        return out
    }

    func numbers(_ key: String) throws(Diagnostic) -> [Double] {
        var out: [Double] = []
        for s in try strings(key) {
            guard let d = Double(s) else { throw .error("'\(key)' must hold numbers", file: file, line: line(key)) }
            out.append(d)
        }
        return out
    }

    func bool(_ key: String) throws(Diagnostic) -> Bool {
        guard let (v, line) = node(key) else { return false }
        guard let b = v.bool else { throw .error("'\(key)' must be true or false", file: file, line: line) }
        return b
    }

    /// Unknown keys are ignored with a warning that names them (often a typo).
    func unknownKeys(_ known: Set<String>) -> [Diagnostic] {
        mapping.compactMap { (k, _) in
            known.contains(k.string ?? "") ? nil
                : .warning("unknown key '\(k.string ?? "")' is ignored (known: \(known.sorted().joined(separator: ", ")))",
                           file: file, line: k.mark.map { $0.line + firstLine - 1 })
        }
    }
}
