import Foundation

/// Static files from the templates' `assets/` folder, copied as they are.
struct AssetFiles: SiteGenerator {
    let folder: URL
    var name: String { "assets" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let fm = FileManager.default
        guard let files = fm.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) else { return }
        for rel in files.sorted() where !rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDir: ObjCBool = false
            let src = folder.appendingPathComponent(rel)
            guard fm.fileExists(atPath: src.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            try out.staged.copy(from: src, to: "assets/" + rel)
        }
    }
}

import Foundation
