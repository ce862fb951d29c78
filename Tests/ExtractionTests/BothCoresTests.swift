import Testing
import ArabicText
@testable import Extraction

/// `BothCores`: the two pieces of the pool's serial part run at the same time give their results in place.
@Suite struct BothCoresTests {
    @Test func bothResultsComeBackInTheirPlaces() {
        for n in [0, 1, 1000] {
            let (sum, words) = BothCores.run({ (0..<n).reduce(0, +) }, { (0..<n).map(String.init).prefix(3).joined(separator: " ") })
            #expect(sum == n * (n - 1) / 2)
            #expect(words == (0..<min(n, 3)).map(String.init).joined(separator: " "))
        }
    }

    @Test func theGluedTrimsAreTheSameBesideOtherWork() {
        let written: [(String, EntityType, Int)] = [("الوزير سامر الدليمي مخاطبا", .person, 1), ("سامر الدليمي", .person, 4),
                                                    ("أحمد عين", .person, 2), ("أحمد", .person, 9)]
        let names = written.map { (key: ArabicNormalizer.matchKey($0.0), surface: $0.0, type: $0.1, documents: $0.2) }
        let alone = EntityExtractor.gluedWordTrims(names, followerDocuments: ["مخاطبا": 3, "عين": 5])
        let (beside, other) = BothCores.run({ EntityExtractor.gluedWordTrims(names, followerDocuments: ["مخاطبا": 3, "عين": 5]) },
                                            { EntityExtractor.gluedWordTrims(names, followerDocuments: [:]) })
        #expect(beside == alone)
        #expect(other == EntityExtractor.gluedWordTrims(names, followerDocuments: [:]))
    }
}
