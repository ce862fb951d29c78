import Testing
import ArabicText
@testable import Extraction

/// The pool's tallies made in two halves on two cores (`PoolTallies.of`) are those of one pass over every document:
/// the same keys in the same order, the same counts, cues, surnames and follower counts, and so the same gazetteer.
@Suite struct PoolTalliesTests {
    static let names = ["سامر الدليمي", "أحمد العبيدي", "وزارة الفلاحة", "بغداد", "خالد الزبيدي", "حركة النهضة", "تونس", "مريم الكعبي"]

    /// `count` documents; each votes for three names (with types, weights and cues varying by document), and names a
    /// surname and followers, so that every key is voted for in both halves and some only in the second.
    static func votes(_ count: Int) -> [PoolVotes] {
        (0..<count).map { d in
            var v = PoolVotes()
            for k in 0..<3 {
                let name = k == 2 && d >= count / 2 ? "اسم \(d % 17)" : names[(d + k * 3) % names.count]
                v.votes.append(.init(key: ArabicNormalizer.matchKey(name), surface: d % 5 == 0 ? name + " " : name,
                                     type: EntityType.allCases[(d + k) % 3], weight: 1 + d % 2, cue: d % 4 == 0 ? nil : "قال\(d % 3)"))
            }
            v.votes.append(v.votes[0])  // a document voting twice for a name counts as one document
            v.surnames = [.init(key: "الدليمي", surface: d == count - 1 ? "الدليمى" : "الدليمي")]
            v.followers = ["مخاطبا", "عين\(d % 7)"]
            if d % 3 == 0 {  // a longer organization name several documents write
                let longer = "وزارة الفلاحة والموارد المائية \(d % 5)"
                v.extensions = [.init(key: ArabicNormalizer.matchKey(longer), surface: longer, type: .organization, weight: 1, cue: nil)]
            }
            return v
        }
    }

    @Test func twoHalvesAreOnePass() {
        let votes = Self.votes(PoolTallies.splitThreshold + 101)
        let one = PoolTallies(votes, documents: votes.indices)
        let two = PoolTallies.of(votes, jobs: 2)
        #expect(two.tallies == one.tallies)
        #expect(two.tallyOfKey == one.tallyOfKey)
        #expect(two.surnameSurface == one.surnameSurface)
        #expect(two.followerDocuments == one.followerDocuments)
        #expect(one.tallies.count > Self.names.count)
        #expect(one.surnameSurface["الدليمي"] == "الدليمى")  // the last document's spelling
        #expect(one.tallies[0].count > one.tallies[0].documents)  // its first voter voted twice
        #expect(one.tallies.allSatisfy { $0.documents <= $0.count })
    }

    @Test func fewDocumentsOrOneJobAreOnePass() {
        let few = Self.votes(40)
        #expect(PoolTallies.of(few, jobs: 2).tallies == PoolTallies(few, documents: few.indices).tallies)
        let many = Self.votes(PoolTallies.splitThreshold)
        #expect(PoolTallies.of(many, jobs: 1).tallies == PoolTallies(many, documents: many.indices).tallies)
    }

    /// The pooled gazetteer is the same for one job and two: the tallies in halves, and the tallied names inserted on
    /// one core while the names pooled after them (surnames, longer organization names) are found on the other.
    @Test func thePooledGazetteerIsTheSameForOneJobAndTwo() {
        let votes = Self.votes(PoolTallies.splitThreshold + 7)
        let x = EntityExtractor()
        let one = x.pool(votes: votes, jobs: 1), two = x.pool(votes: votes, jobs: 2)
        #expect(GazetteerView(one) == GazetteerView(two))
        #expect(one.typeOfKey == two.typeOfKey)
        // the surname no name claims and the longer organization names are pooled too
        #expect(one.typeOfKey["الدليمي"] == .person)
        #expect(one.typeOfKey[ArabicNormalizer.matchKey("وزارة الفلاحة والموارد المائية 3")] == .organization)
    }
}
