import Extraction
import Testing
@testable import Resolution

/// A described attacker stands in construct with the attack noun ("اعتداء شاب على ممرض"); an adjective of
/// the attack is not made an attacker.
@Suite struct EventDescribedAttackerTitleTests {
    func title(_ line: String, _ names: [(String, EntityType)] = []) -> String? {
        resolveEvents([([line], nil, names)]).events.first?.title
    }

    @Test func theDescribedAttackerIsInTheTitle() {
        var p = EventTitles.Parts(type: .attack)
        p.assault = true
        p.actor = "أحد المواطنين"
        p.actorDescribed = true
        p.targets = ["ممرض"]
        p.place = "السهل"
        #expect(EventTitles.title(p) == "اعتداء أحد المواطنين على ممرض في السهل")
        // before an adjective of the attack the described attacker stays out of the title
        p.assault = false
        p.subtype = "gunfire"
        #expect(EventTitles.title(p) == "هجوم مسلح على ممرض في السهل")
        #expect(title("ويعود سبب اعتداء زوج الأستاذة على المدير إلى خلاف قديم.") == "اعتداء زوج الأستاذة على المدير")
    }

    @Test func anAdjectiveOfTheAttackStaysAnAdjective() {
        let t = title("أسفر هجوم إرهابي على ثكنة السهل عن مقتل جنديين.", [("ثكنة السهل", .place)])
        #expect(t != nil && t?.contains("إرهابي") == false)
    }
}
