import Extraction
import Testing
@testable import Resolution

/// Out of its article a title names whose ("زوجة" of whom?), is dated by its event (no "اليوم الثلاثاء" in a
/// speaker's name) and names a meeting's parties once.
@Suite struct EventTitlePhraseTests {
    @Test func anOwnerlessRelationIsAPlainPerson() {
        var p = EventTitles.Parts(type: .arrest)
        p.targets = ["زوجة"]
        p.place = "المنارة"
        #expect(EventTitles.title(p) == "اعتقال شخص في المنارة")
        p.targets = ["شقيقه"]
        #expect(EventTitles.title(p) == "اعتقال شخص في المنارة")
        p.targets = ["منفذ عملية"]
        #expect(EventTitles.title(p) == "اعتقال شخص في المنارة")
        p.targets = ["أقاربه"]
        #expect(EventTitles.title(p) == "اعتقال أشخاص في المنارة")
        // a relation whose owner is said stays, and so does a noun that needs none ("سائق")
        p.targets = ["سائق"]
        #expect(EventTitles.title(p) == "اعتقال سائق في المنارة")
        p.targets = ["زوجة قيادي إرهابي"]
        #expect(EventTitles.title(p) == "اعتقال زوجة قيادي إرهابي في المنارة")
        p.targets = ["منفذ عملية الطعن"]
        #expect(EventTitles.title(p) == "اعتقال منفذ عملية الطعن في المنارة")
        var k = EventTitles.Parts(type: .killing)
        k.targets = ["زوجته"]
        #expect(EventTitles.title(k) == "مقتل شخص")
        // and so for an assault: "اعتداء عامل على ابنتها" (whose?) says it of a plain person
        var a = EventTitles.Parts(type: .attack)
        a.assault = true
        a.actor = "عامل"
        a.actorDescribed = true
        a.targets = ["ابنتها"]
        a.place = "بنزرت"
        #expect(EventTitles.title(a) == "اعتداء عامل على شخص في بنزرت")
        a.targets = ["تلميذة"]
        #expect(EventTitles.title(a) == "اعتداء عامل على تلميذة في بنزرت")
    }

    @Test func timeWordsLeaveASpeakersName() {
        var p = EventTitles.Parts(type: .statement)
        p.actor = "وزارة الصناعة والتجارة اليوم الأربعاء"
        #expect(EventTitles.title(p) == "تصريح وزارة الصناعة والتجارة")
        p.actor = "مدير المستشفى صباح أمس"
        #expect(EventTitles.title(p) == "تصريح مدير المستشفى")
        p.actor = "مدير المستشفى يوم الخميس"
        #expect(EventTitles.title(p) == "تصريح مدير المستشفى")
        // a day in a name is no date
        p.actor = "حركة يوم الأرض"
        #expect(EventTitles.title(p) == "تصريح حركة يوم الأرض")
    }

    @Test func aMeetingNamesEachPartyOnce() {
        var p = EventTitles.Parts(type: .meeting)
        p.actor = "مجلس أمناء الجامعة"
        p.parties = ["أمناء الجامعة"]
        p.collective = true
        #expect(EventTitles.title(p) == "اجتماع مجلس أمناء الجامعة")
        p.parties = ["سمير العلوي"]
        #expect(EventTitles.title(p) == "لقاء مجلس أمناء الجامعة وسمير العلوي")
        var m = EventTitles.Parts(type: .meeting)
        m.actor = "سمير العلوي"
        m.counterpart = "بالوفد المغربي وبالكاتبة"
        #expect(EventTitles.title(m) == "لقاء سمير العلوي بالوفد المغربي")
        m.counterpart = "بالوفد المغربي"
        #expect(EventTitles.title(m) == "لقاء سمير العلوي بالوفد المغربي")
    }
}
