import ArabicDates
import Testing
@testable import Extraction

/// Which clause a date belongs to: a time or distance after «بعد» is no cause phrase, a security report's main
/// verb ends one, an operation's relative clause dates what it led to, a period dates no single event.
@Suite struct EventDatingClauseTests: EventDatingFixtures {
    @Test func aTimeOrADistanceAfterBaadIsNoCausePhrase() {
        let time = events(["ألقى بعد منتصف نهار اليوم الأحد أعوان الأمن بمدينة السهل القبض على رجل بتهمة السرقة."], date: sunday)
        #expect(dates(of: .arrest, time) == [sunday])
        let distance = events(["تمكنت دورية على بعد 500 متر من الحدود صباح اليوم الأحد من إيقاف 4 أشخاص."], date: sunday)
        #expect(dates(of: .arrest, distance) == [sunday])
        // after an event, «بعد» still opens a phrase of its own: its date is that event's
        let cause = events(["اعتقلت الشرطة شابين بعد هجوم يوم 2 ماي على مركز الحرس."], date: sunday)
        #expect(!dates(of: .arrest, cause).contains(PartialDate(year: 2023, month: 5, day: 2)))
    }

    @Test func theReportsMainVerbEndsACausePhrase() {
        let ex = events(["على خلفية ورود شكاية حول سرقة محرك وبالتحري تمكنت وحدات الحرس مساء أمس السبت من حجز المحرك وإيقاف أحد المتورطين."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [saturday])
    }

    @Test func anOperationsRelativeClauseDatesWhatItLedTo() {
        let ex = events(["أسفرت عمليات التمشيط التي تنفذها وحدات الجيش بجبل الوادي فجر اليوم الأحد عن إلقاء القبض على عنصر مسلح."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [sunday])
        // a relative clause on another noun keeps its date to itself
        let other = events(["أسفرت تحريات الشرطة التي انطلقت يوم 2 ماي عن إلقاء القبض على شاب."], date: sunday)
        #expect(!dates(of: .arrest, other).contains(PartialDate(year: 2023, month: 5, day: 2)))
    }

    @Test func aCitysNameAfterItsNounIsNoFutureVerb() {
        // «سينكوفيا» reads as سـ + a present verb: after «مدينة» it is a name, and the report's day dates the news
        let ex = events(["قتل شخص وأصيب 4 آخرون في إطلاق نار في مدينة سينكوفيا، بحسب ما أعلنته الشرطة، اليوم الأحد."], date: sunday)
        #expect(dates(of: .killing, ex) == [sunday])
    }

    @Test func theSameDayNamedBeforeTheDayWord() {
        let ex = events(["أوقفت الوحدات العسكرية ظهر أمس 13 شخصا كانوا يحاولون اجتياز الحدود.",
                         "وتمكنت الوحدات أيضا من ظهر نفس اليوم من حجز سيارتين وإيقاف مهربين."], date: sunday)
        #expect(dates(of: .arrest, ex) == [saturday, saturday])
    }

    @Test func laterInTheLeadsStoryIsTheLeadsDay() {
        let ex = events(["تمكنت فرقة الأبحاث اليوم الأحد من تفكيك شبكة لتهريب السيارات.",
                         "وذكر المصدر أن قوات الأمن تمكنت في ما بعد من إيقاف 10 أفراد."], date: sunday)
        #expect(dates(of: .arrest, ex) == [sunday])
    }

    @Test func anEventReferredBackTakesNoFarEarlierDate() {
        // the visit's time, far before «الاعتداء», is the visit's
        let far = events(["كان الوزير قد زار بعد ظهر اليوم الأحد في المستشفى العون الأكثر تضررا من الاعتداء."], date: sunday)
        #expect(dates(of: .attack, far) == [nil])
        // close by, the time is the event's own
        let near = events(["وقع أمس الهجوم على مركز الحرس بمدينة السهل."], date: sunday, mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .attack, near) == [saturday])
    }

    @Test func aPeriodsBoundsDateNoSingleEvent() {
        let ex = events(["تمكنت وحدات الحرس خلال الفترة الممتدة من 7 ماي إلى غاية يوم 13 ماي 2023 من إيقاف 40 شخصا مفتشا عنهم."],
                        date: sunday)
        #expect(!dates(of: .arrest, ex).contains(PartialDate(year: 2023, month: 5, day: 13)))
        #expect(!dates(of: .arrest, ex).contains(PartialDate(year: 2023, month: 5, day: 7)))
        // a tally whose lead names the period: the list after it is no news of the article's day
        let tally = events(["حققت وحدات الحرس خلال الفترة الممتدة من 7 ماي إلى 13 ماي 2023 النتائج التالية:",
                            "إحباط 97 عملية تهريب وإلقاء القبض على 1086 شخصا مفتشا عنهم."], date: sunday)
        #expect(!dates(of: .arrest, tally).contains(sunday))
        // one day of a single arrest stays its date
        let one = events(["تمكنت وحدات الحرس يوم 13 ماي 2023 من إيقاف شخص مفتش عنه."], date: sunday)
        #expect(dates(of: .arrest, one) == [saturday])
    }

    @Test func aCausesRelativeClauseKeepsItsEventFromTheMainClausesDay() {
        // the shooting stands in a relative clause inside the protest's cause: not of the protest's day
        let cause = events(["شهدت مدينة السهل مساء اليوم حالة من الاحتقان حيث أغلق الأهالي الطريق على خلفية صدور حكم بسجن عون الأمن الذي أطلق النار على شاب."],
                           date: sunday)
        #expect(dates(of: .attack, cause) == [nil])
        // the relative clause's own date still dates it
        let own = events(["شهدت مدينة السهل مساء اليوم حالة من الاحتقان حيث أغلق الأهالي الطريق على خلفية صدور حكم بسجن عون الأمن الذي أطلق النار على شاب يوم 2 ماي 2021."],
                         date: sunday)
        #expect(dates(of: .attack, own) == [PartialDate(year: 2021, month: 5, day: 2)])
    }
}
