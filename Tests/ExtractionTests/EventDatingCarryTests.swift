import ArabicDates
import Testing
@testable import Extraction

/// Dates an event takes from what it followed: the earlier clause that led to it, the day a «نفس اليوم» goes
/// back to, the article's day when the lead states only that day.
@Suite struct EventDatingCarryTests: EventDatingFixtures {
    @Test func aConsequenceTakesTheDateOfTheClauseItFollowed() {
        // the date stands in the relative clause of the protest the arrests resulted from
        let protest = events(["وأوضح البيان أن الوقفة التي نظمها الأهالي أمس السبت أمام مقر المعتمدية قوبلت بالقوة وقد نتج عن ذلك إيقاف ثلاثة شبان."],
                             date: sunday)
        #expect(dates(of: .arrest, protest) == [saturday])
        let raid = events(["وقال الحارس إن المصلين تواجدوا في الجامع الذي دخلته الشرطة قبل الساعة السادسة من صباح اليوم وأخرجت من كان فيه وتم اعتقال أحد الحراس."],
                          date: sunday)
        #expect(dates(of: .arrest, raid) == [sunday])
    }

    @Test func noConsequenceLinkNoCarriedDate() {
        // without a link the relative clause's date stays its own
        let ex = events(["وأوضح البيان أن الوقفة التي نظمها الأهالي يوم 2 ماي أمام مقر المعتمدية قوبلت بالقوة وقد سبق إيقاف ثلاثة شبان."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [nil])
        // another date between the clause and the link: the nearer one governs
        let between = events(["وأوضح البيان أن الوقفة التي نظمها الأهالي يوم 2 ماي أمام مقر المعتمدية وتجددت يوم 4 ماي قوبلت بالقوة وقد نتج عن ذلك إيقاف ثلاثة شبان."],
                             date: sunday)
        #expect(dates(of: .arrest, between) == [PartialDate(year: 2023, month: 5, day: 4)])
    }

    @Test func theSameDayIsNotTheStatementsDay() {
        // «اليوم» of the ministry's statement is not the day «في نفس اليوم» goes back to
        let ex = events(["تمكنت فرقة الأبحاث يوم 12 ماي 2023 بعد نصب كمين من إلقاء القبض على عنصر مفتش عنه.",
                         "وأذنت النيابة بالاحتفاظ به، وفق بلاغ لوزارة الداخلية اليوم. كما ألقت في نفس اليوم فرقة الحرس القبض على شخصين آخرين."],
                        date: sunday)
        let may12 = PartialDate(year: 2023, month: 5, day: 12)
        #expect(dates(of: .arrest, ex) == [may12, may12])
        // without a statement noun, «اليوم» is the day it goes back to
        let plain = events(["تمكنت فرقة الأبحاث يوم 12 ماي 2023 من إلقاء القبض على عنصر مفتش عنه.",
                            "وتواصلت المداهمات اليوم. كما ألقت في نفس اليوم فرقة الحرس القبض على شخصين آخرين."], date: sunday)
        #expect(dates(of: .arrest, plain).last == sunday)
    }

    @Test func theLeadsNewsDayIsNotItsStatementsDay() {
        // the lead dates the ministry's statement «اليوم الأحد» and the arrest «أمس السبت»: the sentence after it
        // reports the arrest's day
        let ex = events(["أفادت وزارة الداخلية في بلاغ لها اليوم الأحد أن وحدات الحرس بالمدينة تمكنت أمس السبت من القبض على مهرب.",
                         "وقد تم القبض على المهرب حين كان يحاول تهريب كمية من الوقود."], date: sunday)
        #expect(dates(of: .arrest, ex) == [saturday, saturday])
        // no other day in the lead: the statement's day is the news day
        let only = events(["أفادت وزارة الداخلية في بلاغ لها اليوم الأحد أن وحدات الحرس بالمدينة تمكنت من القبض على مهرب.",
                           "وقد تم القبض على المهرب حين كان يحاول تهريب كمية من الوقود."], date: sunday)
        #expect(dates(of: .arrest, only).last == sunday)
        // a day that does not follow a report's word is the news day, even with another day after it
        let plain = events(["تمكنت وحدات الحرس بالمدينة اليوم الأحد من القبض على مهرب كان فر أمس السبت من السجن.",
                            "وقد تم القبض على المهرب حين كان يحاول تهريب كمية من الوقود."], date: sunday)
        #expect(dates(of: .arrest, plain).last == sunday)
    }

    @Test func theLeadsNewsWhenItsOnlyDateIsTheArticlesDay() {
        // the sentence's one date dates the officer's statement (in a cause phrase's span): it is the article's day
        let ex = events(["تمكنت فرقة الأبحاث بمدينة السهل من تفكيك شبكة لترويج المخدرات وإيقاف عناصرها بعد أن نصبت لهم كمينا محكما وفق ما أكده رئيس الفرقة في تصريح للإذاعة اليوم الأحد 14 ماي 2023."],
                        date: sunday)
        #expect(dates(of: .arrest, ex) == [sunday])
        // another day in the sentence: no article's day
        let other = events(["تمكنت فرقة الأبحاث بمدينة السهل من تفكيك شبكة لترويج المخدرات وإيقاف عناصرها بعد أن نصبت لهم كمينا يوم 2 ماي 2023 وفق ما أكده رئيس الفرقة."],
                           date: sunday)
        #expect(!dates(of: .arrest, other).contains(sunday))
    }

    @Test func aLeadNounADoingVerbGovernsIsTheDaysNews() {
        // «شن … غارة»: the lead reports the strike as a verb would
        let strike = events(["شنت طائرات التحالف غارة جوية على مواقع التنظيم في مدينة السهل."], date: sunday,
                            mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .airstrike, strike) == [sunday])
        // «أعلنت … عن مقتل»: announced news
        let killed = events(["أعلنت الشرطة عن مقتل رجل بعد أن انتزع سلاح عون أمن بمطار المدينة."], date: sunday)
        #expect(dates(of: .killing, killed) == [sunday])
        // a noun that is only the topic of what is said may name an older event: no date
        let topic = events(["تحدث الوزير عن هجوم على مركز الحرس بمدينة السهل."], date: sunday,
                           mentions: [("مدينة السهل", .place)])
        #expect(dates(of: .attack, topic) == [nil])
    }
}
