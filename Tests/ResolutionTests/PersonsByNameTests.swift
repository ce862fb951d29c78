import Testing
import ArabicText
@testable import Resolution

/// `EventResolver.personsByName`: the names' keys made in parallel chunks give the map the one-after-the-other
/// reading gave (a name of one person maps to it; a name two persons share, to nobody).
@Suite struct PersonsByNameTests {
    /// The serial reading `personsByName` replaced (session 35).
    static func serial(_ entities: [Entity]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .person {
            for n in Set(([e.name] + e.variants + e.aliases).filter { $0.contains(" ") }.map(ArabicNormalizer.matchKey)) {
                out[n] = out[n] == nil ? i : -1
            }
        }
        return out.filter { $0.value >= 0 }
    }

    @Test func theSameMapAsTheSerialReadingOverSeveralChunks() {
        let first = ["محمد", "أحمد", "علي", "حسين", "إسماعيل", "سامر"], last = ["الدليمي", "قاآني", "العباسي", "ترامب", "غاني"]
        // more than two chunks' worth of entities (a chunk is 256 at least), names shared across chunks
        let entities = (0..<1500).map { i -> Entity in
            let name = first[i % first.count] + " " + last[(i / 7) % last.count] + " \(i % 400)"
            return Entity(id: "e\(i)", name: name, type: i % 5 == 4 ? .place : .person,
                          variants: i % 3 == 0 ? ["أ" + name] : [], aliases: i % 11 == 0 ? ["القائد \(i)", "وحيد"] : [])
        }
        let parallel = EventResolver.personsByName(entities, jobs: 2)
        #expect(parallel == Self.serial(entities))
        #expect(parallel.values.contains { $0 > 1000 })
        #expect(parallel.count > 100)
    }
}
