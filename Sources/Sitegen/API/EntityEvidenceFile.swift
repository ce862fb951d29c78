import Foundation
import Resolution

/// `sitegen build --entity-evidence FILE`: one JSON object a line per entity resolution made, kept or
/// not: `{"name", "type", "score", "kept", "features": {name: value}}`, for `bench/fit-entity-confidence`.
enum EntityEvidenceFile {
    static func write(_ evidence: [EntityEvidence], to file: URL) throws(Diagnostic) {
        var out = Data()
        for e in evidence {
            let features = Dictionary(uniqueKeysWithValues: zip(EntityConfidence.featureNames, e.features))
            let object: [String: Any] = ["name": e.name, "type": e.type.rawValue, "score": e.score, "kept": e.kept,
                                         "features": features]
            guard let line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { continue }
            out.append(line)
            out.append(0x0A)
        }
        do {
            try out.write(to: file, options: .atomic)
        } catch {
            throw Diagnostic.error("cannot write the entity evidence: \(error.localizedDescription)", file: file.path)
        }
    }
}
