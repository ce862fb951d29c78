import Testing
@testable import Extraction

/// A target phrase that ends on a participle whose complement is cut off loses the participle: the head
/// noun stands («شخص متورط [في…]» → «شخص»); a relative adjective that says who the person is stays.
@Suite struct EventTargetPhraseTests {
    func target(_ line: String) -> String? {
        let ex = events([line], mentions: [("السهل", .place)])
        return ex.events.first?.targetPhrase
    }

    @Test func aParticipleWhoseComplementIsCutOffLeavesThePhrase() {
        #expect(target("تمكنت فرقة الشرطة بالسهل أمس من إيقاف شخص متورط في 12 قضية سرقة.") == "شخص")
        #expect(target("تم أمس القبض على 3 عناصر مورطين في سرقة مصوغ بمدينة السهل.") == "3 عناصر")
    }

    @Test func aRelativeAdjectiveStays() {
        #expect(target("تمكنت فرقة الشرطة بالسهل أمس من إيقاف عنصر إرهابي في حي النور.") == "عنصر إرهابي")
    }

    @Test func aParticipleAfterANumberOrOneOfIsTheHead() {
        // «أحد المتورطين»: the participle is the head noun, nothing to cut
        #expect(target("تمكنت فرقة الشرطة بالسهل أمس من إيقاف أحد المتورطين في عملية السطو.") == "أحد المتورطين")
    }

    @Test func aCountAfterAddadIsTheTarget() {
        // «عدد 107 أشخاص»: administrative style for «107 أشخاص»; «عدد» alone names nobody
        #expect(target("وقد تم أمس بمدينة السهل إيقاف عدد 107 أشخاص من أجل قضايا مختلفة.") == "107 أشخاص")
        #expect(target("تم أمس بمدينة السهل إيقاف عدد من المحتجين.") == "عدد من المحتجين")
    }

    @Test func aNegationOrAPronounStartsAClauseAfterTheTarget() {
        // «سيارة لم تتوقف»: the clause after the noun says what the car did, it is no part of its name
        #expect(target("أطلق مسلحون أمس النار على سيارة لم تتوقف عند الحاجز قرب السهل.") == "سيارة")
        #expect(target("اعتدى مجهولون أمس على الدورية وتم احتجاز عون بالسهل.") == "الدورية")
    }

    @Test func aCountAfterAdadIsTheHeadAndAPrepositionEndsThePhrase() {
        // «عدد 4 عناصر»: the counted noun is the head, not «عدد»
        #expect(target("تمكنت فرقة الشرطة بالسهل من إيقاف عدد 4 عناصر صادرة في شأنهم مناشير تفتيش.") == "4 عناصر")
        // «إلى» reads like a definite word; it is a preposition, no complement of the head
        #expect(target("وأكد المصدر أنه تم اعتقال 10 أشخاص إلى حد الآن في السهل.") == "10 أشخاص")
    }

    func event(_ type: EventType, _ line: String) -> EventMention? {
        events([line], mentions: [("السهل", .place)]).events.first { $0.type == type }
    }

    @Test func aSecondPersonJoinedByWaIsInThePhrase() {
        #expect(target("تمكنت فرقة الأمن بالسهل من إيقاف شاب وفتاة بحوزتهما أموال مزورة.") == "شاب وفتاة")
        // another verb joined by و is no second person
        #expect(target("تمكنت فرقة الأمن بالسهل من إيقاف شاب وحجز كمية من المخدرات.") == "شاب")
    }

    @Test func theForceAVictimBelongsToStaysWithHim() {
        #expect(event(.arrest, "تم القبض على عون من الحرس الوطني بالسهل متلبسا بتهريب الوقود.")?.targetPhrase == "عون من الحرس الوطني")
        // a place after «من» is where they come from, not whose they are
        #expect(target("تمكنت فرقة الأمن من إيقاف 3 شبان من السهل.") == "3 شبان")
    }

    @Test func membersOfAForceAfterTheVerbAreWhoArrested() {
        let e = event(.arrest, "أوقفت عناصر من الدرك بالتنسيق مع حراس الحدود 3 تجار مخدرات بالسهل.")
        #expect(e?.targetPhrase == "3 تجار مخدرات")
        #expect(e?.actorPhrase == "عناصر من الدرك")
    }

    @Test func aLamPhraseAfterTaarradaIsNoTarget() {
        // «تعرضت لتحويل وجهة ثم الاعتداء»: the kidnapping is another event, not what was attacked
        #expect(event(.attack, "وأفادت الفتاة أنها تعرضت لتحويل وجهة ثم الاعتداء عليها بمدينة السهل.")?.targetPhrase?.contains("لتحويل") != true)
    }

    @Test func aSecondDescriptionOfTheSameManIsNoSecondPerson() {
        #expect(target("تمكنت الوحدات الأمنية بالسهل من القبض على إرهابي مصنف خطير وقيادي بخلية مسلحة.") == "إرهابي مصنف خطير")
    }

    @Test func aWarrantAfterTheMembersEndsThePhrase() {
        #expect(target("تمكنت فرقة الشرطة بالسهل من إيقاف عدد 4 عناصر صادرة في شأنهم مناشير تفتيش.") == "4 عناصر")
    }

    @Test func aPastVerbWithItsObjectPronounEndsThePhrase() {
        // «على قارب سريع سلبوهم»: the attackers robbed them; the verb is no part of the target
        #expect(event(.attack, "تعرضوا لهجوم من قبل مسلحين على قارب سريع سلبوهم كل ممتلكاتهم قرب السهل.")?.targetPhrase == "قارب سريع")
    }

    @Test func aClassificationGoesWithItsClassOrStaysOut() {
        #expect(target("تمكنت الوحدات الأمنية بالسهل من إيقاف عنصر متشدد مصنف خطير صادرة في حقه مناشير.") == "عنصر متشدد مصنف خطير")
        #expect(target("تمكنت الوحدات الأمنية بالسهل من القبض على تاجر مخدرات مصنف \"خطير\" بحوزته كمية من القنب.") == "تاجر مخدرات مصنف خطير")
        #expect(target("تمكنت الوحدات الأمنية بالسهل من القبض على مروج مخدرات مصنف بالخطير إثر مداهمة.") == "مروج مخدرات")
    }
}
