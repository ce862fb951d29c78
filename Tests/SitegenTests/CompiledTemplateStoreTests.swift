import Foundation
import Testing
@testable import Sitegen

/// The built-in templates' nodes kept in the cache (`CompiledTemplateStore`) are the nodes parsing makes, and a
/// `TemplateSet` given the store takes them from it when it holds them for the same templates.
@Suite struct CompiledTemplateStoreTests {
    /// The nodes of every template, encoded in name order (equal bytes: equal nodes, every field encoded).
    private func encoded(_ templates: [String: [TemplateNode]]) -> [UInt8] {
        var w = BinaryWriter()
        for name in templates.keys.sorted() {
            w.shortString(name)
            CompiledTemplateStore.encode(templates[name]!, &w)
        }
        return w.bytes
    }

    @Test func nodesReadBackAreTheParsedOnes() throws {
        let plain = try TemplateSet(folder: nil)
        #expect(plain.compiled.templates.count > 15)
        // each template's nodes through the store's coding: the same bytes again
        for (name, nodes) in plain.compiled.templates {
            var w = BinaryWriter()
            CompiledTemplateStore.encode(nodes, &w)
            var r = BinaryReader(w.bytes)
            let back = try CompiledTemplateStore.nodes(&r)
            #expect(r.atEnd)
            var again = BinaryWriter()
            CompiledTemplateStore.encode(back, &again)
            #expect(again.bytes == w.bytes, "\(name)")
        }
        // a set that parsed and saved, then a set that read: the same nodes as a set without a store
        let dir = TempDir()
        let store = CompiledTemplateStore(folder: dir.url, toolIdentity: ContentHash(high: 7, low: 9))
        let parsed = try TemplateSet(folder: nil, compiledStore: store)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("compiled-templates.bin").path))
        parsed.saveCompiled()
        let read = try TemplateSet(folder: nil, compiledStore: store)
        #expect(encoded(read.compiled.templates) == encoded(plain.compiled.templates))
        #expect(encoded(parsed.compiled.templates) == encoded(plain.compiled.templates))
        #expect(read.names == plain.names)
    }

    /// What the store holds under the templates' key is what the set takes (here: no template parsed, so all are
    /// left to the library); another key, a damaged file or another tool's is not read.
    @Test func theStoreIsReadOnlyForTheSameTemplates() throws {
        let dir = TempDir()
        let store = CompiledTemplateStore(folder: dir.url, toolIdentity: ContentHash(high: 1, low: 2))
        let theme = try Theme(overriding: nil)
        var bytes: [String: [UInt8]] = [:]
        for (name, file) in theme.templates where file.hasBuiltinBytes { bytes[name] = file.bytes }
        store.write(CompiledTemplateStore.key(bytes), [:])
        #expect(try TemplateSet(folder: nil, compiledStore: store).compiled.templates.isEmpty)
        // another key (one template's bytes changed): parsed
        var changed = bytes
        changed["404"] = (changed["404"] ?? []) + [10]
        store.write(CompiledTemplateStore.key(changed), [:])
        #expect(!(try TemplateSet(folder: nil, compiledStore: store).compiled.templates.isEmpty))
        // another tool's file, then a damaged one: parsed
        CompiledTemplateStore(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4)).write(CompiledTemplateStore.key(bytes), [:])
        #expect(!(try TemplateSet(folder: nil, compiledStore: store).compiled.templates.isEmpty))
        store.write(CompiledTemplateStore.key(bytes), [:])
        let file = dir.url.appendingPathComponent("compiled-templates.bin")
        var data = try Data(contentsOf: file)
        data.append(0)
        try data.write(to: file)
        #expect(!(try TemplateSet(folder: nil, compiledStore: store).compiled.templates.isEmpty))
    }
}
