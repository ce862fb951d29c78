import Testing
import Foundation
import ArabicText
@testable import Extraction

/// `BothCores`: the two pieces of the pool's serial part run at the same time give their results in place.
@Suite struct BothCoresTests {
    @Test func bothResultsComeBackInTheirPlaces() {
        for n in [0, 1, 1000] {
            let (sum, words) = BothCores.run(jobs: 2, { (0..<n).reduce(0, +) }, { (0..<n).map(String.init).prefix(3).joined(separator: " ") })
            #expect(sum == n * (n - 1) / 2)
            #expect(words == (0..<min(n, 3)).map(String.init).joined(separator: " "))
        }
    }

    /// `-j 1`: both pieces run on the calling thread, the first one first.
    @Test func oneJobRunsBothOnTheCallingThread() {
        let caller = pthread_self()
        var order: [Int] = []
        let (first, second) = BothCores.run(jobs: 1, { () -> Bool in
            order.append(1)
            return pthread_equal(pthread_self(), caller) != 0
        }, { () -> Bool in
            order.append(2)
            return pthread_equal(pthread_self(), caller) != 0
        })
        #expect(first && second)
        #expect(order == [1, 2])
    }

    /// A `run` inside a piece of another (the pool's, inside `concurrently` beside the slugs) still runs its two pieces at
    /// the same time: each waits for the other to start, which one thread running both in turn would never see.
    @Test func aRunInsideAnotherRunsItsPiecesAtTheSameTime() {
        func meet() -> Bool {
            let a = DispatchSemaphore(value: 0), b = DispatchSemaphore(value: 0)
            let (x, y) = BothCores.run(jobs: 2, { () -> Bool in a.signal(); return b.wait(timeout: .now() + 20) == .success },
                                       { () -> Bool in b.signal(); return a.wait(timeout: .now() + 20) == .success })
            return x && y
        }
        let (first, second) = BothCores.run(jobs: 2, { meet() }, { meet() })
        #expect(first && second)
    }

    /// The pool's gazetteer is the same with one job (its trims one after the other) as with two (side by side).
    @Test func thePoolIsTheSameForOneJobAndTwo() {
        let x = EntityExtractor()
        let texts = ["قال الوزير سامر الدليمي مخاطبا الحضور إن الحكومة ستدعم المشروع.",
                     "التقى سامر الدليمي وزير الخارجية في بغداد مع أحمد عين.",
                     "أعلنت وزارة الفلاحة والموارد المائية أن الدليمي زار تونس."]
        let votes = texts.enumerated().map { x.poolVotes(x.discover(in: Document(id: "d\($0.offset)", blocks: [$0.element]))) }
        let one = x.pool(votes: votes, jobs: 1), two = x.pool(votes: votes, jobs: 2)
        #expect(GazetteerView(one) == GazetteerView(two))
        #expect(!GazetteerView(one).names.isEmpty)
    }

    @Test func theGluedTrimsAreTheSameBesideOtherWork() {
        let written: [(String, EntityType, Int)] = [("الوزير سامر الدليمي مخاطبا", .person, 1), ("سامر الدليمي", .person, 4),
                                                    ("أحمد عين", .person, 2), ("أحمد", .person, 9)]
        let names = written.map { (key: ArabicNormalizer.matchKey($0.0), surface: $0.0, type: $0.1, documents: $0.2) }
        let alone = EntityExtractor.gluedWordTrims(names, followerDocuments: ["مخاطبا": 3, "عين": 5])
        let (beside, other) = BothCores.run(jobs: 2, { EntityExtractor.gluedWordTrims(names, followerDocuments: ["مخاطبا": 3, "عين": 5]) },
                                            { EntityExtractor.gluedWordTrims(names, followerDocuments: [:]) })
        #expect(beside == alone)
        #expect(other == EntityExtractor.gluedWordTrims(names, followerDocuments: [:]))
    }
}
