import Extraction
import Testing
@testable import Resolution

/// Shots fired («أطلق … النار على …») are titled as shots fired, whoever fired: the police firing on a man who
/// rammed them is no armed attack on him.
@Suite struct EventFiringTitleTests {
    func title(_ line: String, _ names: [(String, EntityType)] = []) -> String? {
        resolveEvents([([line], nil, names)]).events.first { $0.type == .attack }?.title
    }

    @Test func firingIsTitledAsFiring() {
        var p = EventTitles.Parts(type: .attack, subtype: "gunfire")
        p.firing = true
        p.targets = ["منفذ العملية"]
        #expect(EventTitles.title(p) == "إطلاق نار على منفذ العملية")
        p.actor = "الشرطة"
        p.place = "السهل"
        #expect(EventTitles.title(p) == "إطلاق الشرطة النار على منفذ العملية في السهل")
        // a described actor stays out (its case would not agree)
        p.actorDescribed = true
        #expect(EventTitles.title(p) == "إطلاق نار على منفذ العملية في السهل")
        p.firing = false
        p.actorDescribed = false
        #expect(EventTitles.title(p)?.hasPrefix("هجوم مسلح") == true)
    }

    @Test func aFiringSentenceGetsAFiringTitle() {
        #expect(title("وأفادت تقارير بأنه تم إطلاق النار على منفذ العملية في السهل قبل أن يتم اعتقاله.", [("السهل", .place)])?
            .hasPrefix("إطلاق نار على") == true)
        // an armed attack worded as one keeps its title
        #expect(title("تعرض مركز للشرطة في السهل أمس إلى هجوم مسلح.", [("السهل", .place)])?.hasPrefix("هجوم مسلح") == true)
    }
}
