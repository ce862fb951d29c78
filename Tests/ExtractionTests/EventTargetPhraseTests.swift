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
}
