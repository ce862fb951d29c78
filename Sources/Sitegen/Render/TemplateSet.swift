import Foundation
import Mustache

/// The Mustache templates of a site (the built-in theme with a `--templates` folder laid over it),
/// checked before any page is rendered.
///
/// Each `.mustache` file is registered under its path without the extension ("article",
/// "partials/nav"). A parse error, a missing page template or a reference to a missing partial is
/// reported with the template's file name and line.
public struct TemplateSet: Sendable {
    public static let pageTemplates = ["home", "article", "articles", "entity", "entities", "event", "chronology", "index", "search", "graph", "404"]

    /// swift-mustache's library of every template, for what `compiled` cannot render.
    private let library: LazyMustacheLibrary
    /// The built-in templates, compiled: pages whose template and partials all come from the
    /// built-in theme (or are unchanged copies of it in the folder) are rendered by `CompiledRenderer`
    /// (same bytes, a fraction of the time).
    let compiled: CompiledRenderer
    public let names: Set<String>
    /// The theme the templates come from (its `assets/` are copied to the output).
    public let theme: Theme
    /// The built-in templates as parsed by this set, for its store (nil: read from the store, or no store).
    private let unsavedCompiled: UnsavedCompiled?

    /// Parsed templates not yet in their store (read-only once made, like `CompiledRenderer`'s nodes).
    private struct UnsavedCompiled: @unchecked Sendable {
        let store: CompiledTemplateStore
        let key: ContentHash
        let nodes: [String: [TemplateNode]]
    }

    /// Keeps the parsed built-in templates in the store they were looked up in (once the build's cache is written:
    /// a build that fails leaves the cache folder as it was).
    func saveCompiled() {
        if let u = unsavedCompiled { u.store.write(u.key, u.nodes) }
    }

    /// The built-in theme with the files of `folder` (if any) laid over it.
    public init(folder: URL?, required: [String] = TemplateSet.pageTemplates) throws(Diagnostic) {
        try self.init(theme: Theme(overriding: folder), required: required)
    }

    public init(theme: Theme, required: [String] = TemplateSet.pageTemplates) throws(Diagnostic) {
        try self.init(theme: theme, required: required, compiledStore: nil)
    }

    /// The built-in theme with the files of `folder` laid over it; the built-in templates' nodes read back from
    /// `compiledStore` when it holds them for the same texts (and kept there when parsed).
    init(folder: URL?, required: [String] = TemplateSet.pageTemplates, compiledStore: CompiledTemplateStore?) throws(Diagnostic) {
        try self.init(theme: Theme(overriding: folder), required: required, compiledStore: compiledStore)
    }

    init(theme: Theme, required: [String], compiledStore: CompiledTemplateStore?) throws(Diagnostic) {
        var checked = MustacheLibrary()
        var names = Set<String>()
        var sources: [String: (text: String, file: String)] = [:]
        var compiled: [String: [TemplateNode]] = [:]
        let templates = theme.templates
        // the built-in templates' nodes as the last build parsed them, under the digest of their bytes (decoded the same)
        var builtinBytes: [String: [UInt8]] = [:]
        for (name, file) in templates where file.hasBuiltinBytes { builtinBytes[name] = file.bytes }
        let storeKey = compiledStore.map { _ in CompiledTemplateStore.key(builtinBytes) }
        let stored = compiledStore.flatMap { store in storeKey.flatMap { store.read($0) } }
        for (name, file) in templates {
            guard case .success(let text) = TextDecoding.decode(Data(file.bytes)) else {
                throw .error("cannot read template (is it UTF-8 text?)", file: file.displayName)
            }
            names.insert(name)
            sources[name] = (text, file.displayName)
            // the built-in templates parse (the tests render them) and name only built-in partials: a folder's
            // templates are parsed here, so that an error is reported before any page is rendered
            if file.hasBuiltinBytes,
               let nodes = stored.map({ $0[name] }) ?? (try? CompiledTemplate.parse(Self.escapingPragma + text)) {
                compiled[name] = nodes
                continue
            }
            do {
                try checked.register(Self.escapingPragma + text, named: name)
            } catch let e as MustacheTemplate.ParserError {
                throw .error("template error: \(e.error) near '\(e.context.line.trimmingCharacters(in: .whitespaces))'",
                             file: file.displayName, line: max(1, e.context.lineNumber - 1))  // the pragma line is not the file's
            } catch {
                throw .error("template error: \(error)", file: file.displayName)
            }
        }
        for name in required where !names.contains(name) {
            throw .error("missing template '\(name).mustache' (every page kind needs one)", file: theme.folder?.path)
        }
        // Partials and parents that do not exist would render as nothing: say so instead.
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) where compiled[name] == nil {
            for (lineNo, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for ref in Self.references(in: line) where !names.contains(ref) {
                    throw .error("template refers to missing partial '\(ref)'", file: source.file, line: lineNo + 1)
                }
            }
        }
        if stored == nil, let compiledStore, let storeKey {
            unsavedCompiled = UnsavedCompiled(store: compiledStore, key: storeKey, nodes: compiled)
        } else {
            unsavedCompiled = nil
        }
        self.library = LazyMustacheLibrary(templates: sources.mapValues(\.text))
        self.compiled = CompiledRenderer(templates: compiled)
        self.names = names
        self.theme = theme
    }

    /// Escapes `{{name}}` values like the library's own HTML content type (`& < > " '`), but on UTF-8
    /// bytes and without copying text that needs nothing: the library's escaper walks Characters and
    /// looks each one up in a dictionary, which was the largest single cost of rendering pages.
    struct UTF8HTMLContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Escape.markup(text) }
    }

    /// A standalone pragma line put before every template (it renders as nothing) so that every
    /// template, partial and parent escapes with `UTF8HTMLContentType`; registering it is process-wide
    /// and happens once, before the first template is parsed.
    static let escapingPragma: String = {
        MustacheContentTypes.register(UTF8HTMLContentType(), named: "SITEGEN_HTML")
        return "{{% CONTENT_TYPE: SITEGEN_HTML }}\n"
    }()

    /// Names used in `{{> name}}` and `{{< name}}` tags of one line.
    static func references(in line: Substring) -> [String] {
        var out: [String] = []
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { break }
            let tag = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let first = tag.first, first == ">" || first == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !name.hasPrefix("*") { out.append(name) }
            }
            rest = after[close.upperBound...]
        }
        return out
    }

    /// Renders a page template with a context (dictionaries and arrays of them).
    public func render(_ template: String, _ context: [String: Any]) -> String {
        compiled.render(template, context) ?? renderWithLibrary(template, context)
    }

    /// `render`'s UTF-8 bytes (the compiled renderer's buffer itself, for writing the page).
    func renderBytes(_ template: String, _ context: [String: Any]) -> [UInt8] {
        compiled.renderBytes(template, context) ?? Array(renderWithLibrary(template, context).utf8)
    }

    /// Calls `write` with the page's UTF-8 bytes where they were rendered (no copy of the page made for writing it).
    func withPageBytes(_ template: String, _ context: [String: Any],
                       _ write: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> Void) throws(Diagnostic) {
        guard let page = compiled.pageBytes(template, context) else {
            return try Array(renderWithLibrary(template, context).utf8).withUnsafeBufferPointer(write)
        }
        defer { page.deallocate() }
        try write(UnsafeBufferPointer(start: page.base, count: page.count))
    }

    /// `withPageBytes` of a typed context (the library, when it must render the page, gets `fields.dictionary`).
    func withPageBytes(_ template: String, fields: PageFields,
                       _ write: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> Void) throws(Diagnostic) {
        guard let page = compiled.pageBytes(template, fields: fields) else {
            return try Array(renderWithLibrary(template, fields.dictionary).utf8).withUnsafeBufferPointer(write)
        }
        defer { page.deallocate() }
        try write(UnsafeBufferPointer(start: page.base, count: page.count))
    }

    /// `renderBytes` of a typed context (the library, when it must render the page, gets `fields.dictionary`).
    func renderBytes(_ template: String, fields: PageFields) -> [UInt8] {
        compiled.renderBytes(template, fields: fields) ?? Array(renderWithLibrary(template, fields.dictionary).utf8)
    }

    /// The page rendered by swift-mustache, whatever the template (what `render` falls back to); typed
    /// parts of the context (`PageFields`) are given to it as dictionaries.
    func renderWithLibrary(_ template: String, _ context: [String: Any]) -> String {
        library.render(PageFields.plain(context), withTemplate: template) ?? ""
    }

    public func has(_ template: String) -> Bool { names.contains(template) }
}

/// swift-mustache's library of a site's templates, registered the first time a page needs it: a site of
/// built-in templates is rendered by `CompiledRenderer` alone, and registering the 22 templates (parsing
/// them again) cost a build more than the rest of the set.
final class LazyMustacheLibrary: @unchecked Sendable {
    private let lock = NSLockBox()
    private let templates: [String: String]
    private var library: MustacheLibrary?

    init(templates: [String: String]) { self.templates = templates }

    func render(_ context: [String: Any], withTemplate name: String) -> String? {
        let library = lock.withLock { () -> MustacheLibrary in
            if let made = self.library { return made }
            var made = MustacheLibrary()
            // every template parses: a folder's were registered in `TemplateSet.init`, the built-in ones are tested
            for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
                try? made.register(TemplateSet.escapingPragma + text, named: name)
            }
            self.library = made
            return made
        }
        return library.render(context, withTemplate: name)
    }
}
