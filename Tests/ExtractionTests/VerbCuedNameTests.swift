import Testing
@testable import Extraction

/// Names read from the verb before them: the subject of كان, the speaker of a reporting verb.
@Suite struct VerbCuedNameTests {
    @Test func foreignNameAsTheSubjectOfKana() {
        let m = mentions(["وكان ساندرينو قد أعلن اعتزاله بعد المباراة.", "وسجل ساندرينو هدفين في الشوط الثاني."])
        #expect(names(m[0]) == ["ساندرينو:person"])
        #expect(m[0].first?.cue == "كان")
        // the one-word name a verb introduced is recognised bare in the corpus
        #expect(names(m[1]) == ["ساندرينو:person"])
    }

    @Test func whatFollowsKanaOtherThanANamedSubject() {
        let m = mentions(["وكان مواطني المدينة ينتظرون الحافلة منذ الصباح.",   // a construct before a definite word
                          "وقال الشاهد إن اللذين كان يمتطيان دراجة نارية فرا.",  // a dual imperfect
                          "وكان إسرائيليا من أصل روسي.",                          // an accusative predicate
                          "وكان دبلوماسيون قد غادروا العاصمة."])                  // a sound plural
        for doc in m { #expect(doc.allSatisfy { $0.type != .person }, "\(names(doc))") }
        // other verbs do not vouch for a one-word subject ("يمنع مواطني", "وقال ويكيليكس")
        #expect(mentions(["وسيجري ساندرينو محادثات مع الوفد."])[0].allSatisfy { $0.type != .person })
    }

    @Test func aLatinWordIsNoSpeakersName() {
        let m = mentions(["وأعلنت شركتا IBM وLenovo سحب آلاف البطاريات من الأسواق."])[0]
        #expect(m.allSatisfy { $0.type != .person }, "\(names(m))")
        // an Arabic-script speaker is still read
        #expect(names(mentions(["وقال بوليتانو إن الفريق جاهز."])[0]) == ["بوليتانو:person"])
    }
}
