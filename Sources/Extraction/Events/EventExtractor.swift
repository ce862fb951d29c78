import ArabicDates
import ArabicText

/// Finds event mentions in one document.
///
/// Call after the entity extractor has filled `sentences` and `mentions`:
/// ```swift
/// EventExtractor().extract(doc, into: &extraction)   // fills extraction.dates and extraction.events
/// ```
/// Rules (all general, lexicon-driven):
/// - a sentence is split into clauses at فيما / بينما / حين / إذ / وكذلك and at ":" / ";";
/// - a trigger (EventLexicon) counts in its event sense (`SentenceContext`): not inside a name, not
///   negated, cancelled (إلغاء، تأجيل) or in the scope of a modal, future, call, purpose, suspicion, belief
///   ("المحققون يعتقدون أن الرجل قتل") or denial word of its clause, nor after a threat; not in a sentence about
///   sport, an accident (a crash, a stampede, a road accident: "دراجة نارية" is no gunfire), animals or a figurative
///   use; a committee's meeting ("اجتماع لجنة …") is no meeting of the body named after it; ambiguous attack words (هجوم، استهدف، اعتداء، ضربة) need evidence of violence;
/// - roles (`EventRoles`): the speaker of a report is the subject of its verb, never the outlet it was
///   said to; agents, victims, the arrested, the parties of a meeting, the visitor and where he went are
///   read from their positions; the organization that claims an attack («تبنى تنظيم … الهجوم», «أعلن …
///   مسؤوليته عن الهجوم») in its sentence or the next is its actor; an event lacking the roles its type needs is dropped; a place is the
///   event's only when its phrase attaches to the trigger (not where someone comes from, where a company
///   is based, nor the place of an arrest's charge or warrant; an arrest's raid place before a unit's seat, never a
///   national unit's seat: `ArrestPlaces`); an arrest or killing whose clause names no place takes the place its
///   sentence opens with before a colon (a digest: "زغوان : إيقاف …"), else the title's dateline ("المهدية : …") or
///   headline ("… في اسطنبول") when the text names it, or the dateline as written when the text writes it where a
///   place stands or the place lexicon knows it (`Datelines.swift`); else, in the three sentences after the lead, of
///   the lead's day, the place of the lead's one arrest or killing (`LeadPlaces`); else an arrest by a country's police
///   or interior authority («الشرطة البلجيكية») is in that country (`ForceCountries`); a killing or an attack with a target
///   that names no place takes the place a headline names its attack by («هجوم قبلي»); where the arrested were sent or
///   meant to go, or what they were doing, is not the arrest's place;
/// - per clause: a killing that names its victims wins (an attack named before it is its own event);
///   else the most specific attack; then the first trigger of each other type. A report is kept only
///   when its sentence has no other event and it has a date of its own;
/// - the date (`EventDating`) is the expression of the trigger's clause, not one inside a relative
///   clause or a cause phrase (a cause phrase ends before a relative clause whose verb is an event, "على خلفية الحكم على
///   العون الذي أطلق النار": that event is the relative clause's; but the time of the operation the clause followed, "بعد عملية مداهمة فجر
///   اليوم … من القبض", or of the operation that led to it, "أسفرت عمليات التمشيط التي … فجر اليوم عن"; a
///   time or a distance after «بعد» opens no cause phrase, a report's main verb "تمكنت" ends one), nor a
///   report's date for what it reports, nor an interview's date after a violent event it recalls ("عاشت أحداث تفجير
///   المطار في مداخلة لها اليوم"), nor the bounds of a period ("من 7 إلى 13 ماي": a count over it;
///   an article whose lead counts a period reports no news of its day); else the date of a following
///   "جاء ذلك …" sentence; else, for a fragment after «؛» that opens with its event noun ("- في 26 سبتمبر 2004 اغتيل
///   فلان؛ بتفجير سيارته في دمشق."), the one date the clause before it states (inferred); else, when the event is reported, the report's date (inferred; also for a
///   named killing the report announces right after its time: "أعلنت مساء اليوم عن مقتل …"); else, in
///   the three sentences after the lead that state no time of their own (a verb, a noun of the news types or one
///   «قام … بـ» governs), the lead's news day
///   (`LeadNewsDay`, inferred; the news's own day, not its statement's: "في بلاغ لها اليوم … أمس الجمعة"; or the lead's
///   past month, "خلال شهر مارس الماضي", "نهاية الأسبوع الماضي", to the month); else, when the clause says the event is recent (مؤخراً، الأخيرة), the
///   article's month (inferred); else, for an event the article's lead reports as news (a verb, an arrest, a
///   noun a verb of doing governs, "شن غارة", or one announced, "أعلن عن مقتل"), the article's date (inferred:
///   the day it was reported, `DateMention.isReportedDay`, unless the first sentence states that day); else none
///   (undated). A date in an earlier clause that the event follows from ("الاحتجاج الذي نظموه أمس … ونتج عن
///   ذلك إيقاف", "… وتم اعتقال") dates it (`EventDating.consequenceCarries`). News a clause spreads over a span
///   ("خلال اليومين الماضيين", "على مدى أسبوع": `spreadsOverPeriod`) is given none of these inferred days, nor is
///   recent news («مؤخرا», «الأخيرة» before the trigger or right after it) given the report's, lead's or article's day; an event an
///   anniversary marks ("الذكرى الأربعين لمقتل") is history — dated only by the year an ordinal counts back to from the
///   article's (`anniversaryDate`, inferred) — and a date right after «الذكرى» names the anniversary (`NewsCues.swift`).
///   A duration counted back ("منذ قرابة أسبوعين") dates only an event within `EventDating.elapsedReach` words of it;
///   news announced with an inferred day and told again with one takes its time (`takeRetoldTimes`); a deed a charge
///   names ("المتهم بالاعتداء") takes no date before it and no inferred day (`EventDating.charged`); nor does background
///   (`BackgroundClauses`: "وكان … قد", "يذكر أن", "كانت الوحدات قد أوقفت", "سبق أن", "في وقت سابق") take the lead's or
///   the article's day.
public struct EventExtractor: Sendable {
    public init() {}

    public func extract(_ doc: Document, into ex: inout DocumentExtraction) {
        extract(doc, into: &ex, analyses: nil)
    }

    /// `extract(_:into:)`; with `analyses` (the document's blocks as entity extraction tokenized them), the
    /// sentences' words are taken from the blocks' tokens instead of tokenizing each sentence again (the same words).
    func extract(_ doc: Document, into ex: inout DocumentExtraction, analyses: [BlockAnalysis]?) {
        let analyses = analyses?.count == doc.blocks.count ? analyses : nil
        let blocks = analyses?.map(\.scalars) ?? doc.blocks.map(ScalarString.scalars(of:))
        ex.dates = DateMentionExtractor.extract(doc, sentences: ex.sentences, blockScalars: blocks)
        let (reference, referenceInferred) = DateMentionExtractor.reference(for: doc)
        // read from the title when an event first needs it
        var titlePlaces: (dateline: Int?, headline: Int?, unnamed: String?, known: Bool)?
        var lead = LeadPlaces()
        var mentionsBySentence: [Int: [Int]] = [:]
        for (i, m) in ex.mentions.enumerated() { mentionsBySentence[m.sentence, default: []].append(i) }
        var datesBySentence: [Int: [Int]] = [:]
        for (i, d) in ex.dates.enumerated() { datesBySentence[d.sentence, default: []].append(i) }
        let allWords = ex.sentences.map { s in
            guard s.span.block < blocks.count else { return SentenceWords(block: [], span: s.span) }
            if let analyses { return SentenceWords(block: blocks[s.span.block], span: s.span, blockTokens: analyses[s.span.block].tokens) }
            return SentenceWords(block: blocks[s.span.block], span: s.span)
        }
        // Whether the article is about sport, read once and only when a trigger asks.
        final class Memo { var value: Bool? }
        let sportMemo = Memo()
        let sports = { () -> Bool in
            if let v = sportMemo.value { return v }
            let v = Self.isAboutSport(allWords)
            sportMemo.value = v
            return v
        }
        // The day of the lead's news, taken from the parsed mentions only (not those added below).
        // An article whose lead counts a period ("خلال الفترة الممتدة من 28 جانفي إلى 4 فيفري: …") reports no day's news.
        let periodLead = (0..<min(2, allWords.count)).contains { !Self.periodBounds(allWords[$0], datesBySentence[$0] ?? [], ex.dates).isEmpty }
        let newsDay = periodLead ? nil : reference.flatMap { referenceInferred ? nil : LeadNewsDay(dates: ex.dates, reference: $0, datesStatement: { i in
            ex.dates[i].sentence < allWords.count && LeadNewsDay.datesStatement(ex.dates[i], in: allWords[ex.dates[i].sentence])
        }, opensSeries: { i in
            // "منذ جانفي": the start of a series, not the lead's news
            guard ex.dates[i].sentence < allWords.count else { return false }
            let w = allWords[ex.dates[i].sentence], at = w.index(at: ex.dates[i].span.start)
            return (max(0, at - 2)..<at).contains { w.isAny($0, ["منذ"]) }
        }) }
        // Events given a day the text does not state for them (the report's, the lead's, the article's).
        var givenDays: [Int] = []
        // The lead sentence whose news the article's date dated, with the types of that news (see `ArticleDayLead`).
        var articleDayLead: ArticleDayLead?
        for (si, sentence) in ex.sentences.enumerated() {
            let words = allWords[si]
            // A list of headlines run together (forty words or more, no comma or stop): no clause to read.
            if words.words.count >= 40, !words.words.contains(where: { $0.isPunct && [",", ".", "،", "؛", ";"].contains($0.key) }) { continue }
            guard let triggers = SentenceEvents.triggers(of: words) else { continue }
            var dateWords = Set<Int>()
            for d in datesBySentence[si] ?? [] {
                let a = words.index(at: ex.dates[d].span.start), b = words.index(at: max(ex.dates[d].span.start, ex.dates[d].span.end - 1))
                if a <= b { dateWords.formUnion(a...b) }
            }
            var found = SentenceEvents(words: words, mentions: ex.mentions, mentionIndexes: mentionsBySentence[si] ?? [],
                                       sportsDocument: sports, dateWords: dateWords, triggers: triggers).find()
            guard !found.isEmpty else { continue }
            // A report is an event only when its sentence reports nothing else that names its place, target or people.
            if found.contains(where: { $0.type != .statement && (!$0.places.isEmpty || !$0.targets.isEmpty || $0.targetPhrase != nil
                                                                    || ![.attack, .airstrike].contains($0.type)) }) {
                found.removeAll { $0.type == .statement }
            }
            if let first = found.firstIndex(where: { $0.type == .statement }) { found = [found[first]] }
            let dating = EventDating(words: words, dates: ex.dates, reference: referenceInferred ? nil : reference)
            let bounds = Self.periodBounds(words, datesBySentence[si] ?? [], ex.dates)
            for var e in found {
                e.sentence = si
                if e.type == .attack || e.type == .airstrike, e.places.isEmpty, e.targets.isEmpty, e.targetPhrase == nil, si > 0 {
                    e.targets = placesReferredBack(in: words, previous: mentionsBySentence[si - 1] ?? [], ex.mentions)
                    e.places = e.targets
                }
                // "تبنى تنظيم داعش الهجوم": the organization that claims an attack is its actor.
                // (it names an attacker the clause only describes: "من طرف مسلحين")
                if e.type == .attack || e.type == .killing, e.actors.isEmpty, e.actorPhrase == nil || e.type == .attack,
                   let m = Self.claimant(ofSentence: si, triggerWord: e.triggerWord, allWords: allWords, mentionsBySentence: mentionsBySentence, ex.mentions),
                   !e.targets.contains(m) {
                    e.actors = [m]
                    e.actorPhrase = nil
                }
                // "المهدية : إيقاف 4 مهربين": a local report's clause that names no place happened in its dateline.
                if Self.datelineTypes.contains(e.type), e.places.isEmpty, e.placePhrase == nil,
                   !e.targets.contains(where: { ex.mentions[$0].type == .place }),
                   let d = Self.sentenceDateline(words, mentionsBySentence[si] ?? [], ex.mentions), words.index(at: ex.mentions[d].span.end) < e.triggerWord {
                    // "زغوان : إيقاف عنصر …" in a digest of the day's headlines: the clause's own dateline.
                    e.places = [d]
                }
                if Self.datelineTypes.contains(e.type), e.places.isEmpty, !e.targets.contains(where: { ex.mentions[$0].type == .place }) {
                    if titlePlaces == nil {
                        let written = Self.datelineAsWritten(doc.title, allWords, ex.mentions)
                        titlePlaces = (Self.datelinePlace(doc.title, ex.mentions), doc.title.flatMap { Self.headlinePlace($0, ex.mentions) },
                                       Self.datelineNamedByAreaNoun(doc.title, allWords) ?? Self.datelineOfSidePlace(doc.title, ex.mentions) ?? written?.name,
                                       written?.known ?? false)
                    }
                    if let d = titlePlaces!.dateline {
                        e.places = [d]
                    } else if titlePlaces!.known, let d = titlePlaces!.unnamed {
                        // "نابل : …" over a text that names only a delegation of it: a place of the lexicon, as the
                        // dateline (unless the clause names a place of its own the text has no name for).
                        if e.placePhrase == nil { e.placePhrase = d }
                    } else if let h = titlePlaces!.headline, !Self.namesAPlace(words, e.wordRange) {
                        // (not when the clause names a place the text has no name for: "في ولاية البويرة")
                        e.places = [h]
                    } else if let d = titlePlaces!.unnamed, e.placePhrase == nil,
                              !Self.namesAPlace(words, e.wordRange) || Self.datelineNamedByAreaNoun(doc.title, [words]) != nil {
                        // "كاليفورنيا : …" and "في ولاية كاليفورنيا" in the text: a place with no name found, as written
                        // (the clause may name it so itself: "حمام سوسة : …", "الوحدات الأمنية بمنطقة حمام سوسة").
                        e.placePhrase = d
                    }
                }
                // "هجوم قبلي : …": the attack the headline names by its place, and the killings in it, where the clause names none.
                if e.type == .killing || (e.type == .attack && (!e.targets.isEmpty || e.targetPhrase != nil)), e.places.isEmpty,
                   e.placePhrase == nil, !e.targets.contains(where: { ex.mentions[$0].type == .place }),
                   // (not the trigger itself: «القضاء على» is no «قضاء», an Iraqi district)
                   !Self.namesAPlace(words, e.wordRange.lowerBound..<e.triggerWord), !Self.namesAPlace(words, (e.triggerWord + 1)..<e.wordRange.upperBound),
                   let title = doc.title, let p = Self.headlineAttackPlace(title, ex.mentions) {
                    e.places = [p]
                }
                let (date, reportDate) = dating.choose(for: e, candidates: (datesBySentence[si] ?? []).filter { !bounds.contains($0) })
                e.date = date
                // "- في 26 سبتمبر 2004 اغتيل فلان؛ بتفجير سيارته في دمشق.": a fragment after «؛» that opens with its event
                // noun tells how the deed before it was done, on the one day that clause states.
                if e.date == nil, e.nominal, si > 0, Self.opensFragment(words, trigger: e.triggerWord),
                   let last = allWords[si - 1].words.last, last.isPunct, [";", "؛"].contains(last.key) {
                    let stated = (datesBySentence[si - 1] ?? []).filter { !ex.dates[$0].inferred && ex.dates[$0].date != nil }
                    if let d = stated.first, stated.allSatisfy({ ex.dates[$0].date == ex.dates[d].date }) {
                        ex.dates.append(DateMention(span: ex.dates[d].span, sentence: si, text: ex.dates[d].text, date: ex.dates[d].date,
                                                    inferred: true))
                        e.date = ex.dates.count - 1
                    }
                }
                // "الحملات التي نُفذت مؤخرا": recent news is of no one day the report could give it (a cue before the
                // trigger or right after it: not "… بعد أن اعترف بقتل 15 طفلا خلال السنوات الأخيرة", older deeds).
                let recent = recencyCue(words, outside: [], before: e.triggerWord + 5) != nil
                if e.date == nil, si + 1 < allWords.count, opensWithJaaDhalik(allWords[si + 1]),
                   let next = datesBySentence[si + 1]?.first {
                    e.date = next
                }
                // A named victim's killing reported as a noun is often history ("أن اغتيال شكري بلعيد ظل …").
                // So is the event an anniversary marks ("الذكرى الأربعين لمقتل شقيقه").
                // So is a deed a charge names ("المتهم بالاعتداء", "المتورطين في قتل"): older than the news of the charge.
                let charged = dating.charged(e.triggerWord)
                // (not one a verb announces as news: "وأفادت الوكالة باستشهاد فلان")
                let history = (e.type == .killing && e.nominal && !e.targets.isEmpty
                               && !Self.announcedKilling(words, trigger: e.triggerWord, from: e.wordRange.lowerBound, triggers: e.triggerWords))
                    || e.referenced || dating.commemorates(e.triggerWord) || charged
                // A noun names an event the report may have happened long before, unless the report announces it
                // ("أعلن عن اعتقال", "أنه تم إيقاف").
                let announced = !e.nominal || e.type == .arrest || (max(0, e.triggerWord - 2)..<e.triggerWord).contains { words.isAny($0, ["تم", "عن", "جري", "وقع"]) }
                    || Self.complementSubject(words, trigger: e.triggerWord, type: e.type)
                // "أعلنت مصادر مساء اليوم عن مقتل …", "أعلنت صباح اليوم القضاء على …": the report's date right
                // before the event it announces is the day the news broke.
                let announcedThen = reportDate.map { r in
                    let last = words.index(at: max(ex.dates[r].span.start, ex.dates[r].span.end - 1))
                    return last < e.triggerWord && e.triggerWord - last <= 2
                        && ((last + 1)..<e.triggerWord).allSatisfy { words.isAny($0, ["عن"]) }
                } ?? false
                // "في عمليتين منفصلتين خلال اليومين الماضيين": news spread over a span is of no one day it could be given.
                let spread = words.spreadsOverPeriod(near: e.triggerWord, in: e.wordRange)
                // The sentence's dates that may say the event's day: a duration counted back that the event did not take
                // dates another verb ("الحي الذي شهد عملية مماثلة قبل أسبوعين").
                // (nor a year or a day long before after «منذ», beyond the event's reach: when a state began, "القبض على منحرف
                // فار من السجن منذ 2011")
                let ownDates = (datesBySentence[si] ?? []).filter { !EventDating.isElapsed(ex.dates[$0].text) && !dating.sinceBeyond(ex.dates[$0], trigger: e.triggerWord) }
                // "وكان … قد", "ويذكر أن …", "كانت الوحدات قد أوقفت", "سبق أن", "في وقت سابق": background, not the news of the day.
                let background = BackgroundClauses.opens(words) || BackgroundClauses.before(e.triggerWord, in: words, anaphoric: e.anaphoric)
                if e.date == nil, !spread, !recent, let r = reportDate, e.type != .statement, !e.anaphoric, !charged, (!history && announced) || announcedThen {
                    ex.dates.append(DateMention(span: ex.dates[r].span, sentence: si, text: ex.dates[r].text, date: ex.dates[r].date,
                                                inferred: true))
                    e.date = ex.dates.count - 1
                }
                // "مؤخراً": the article's month, when the article is far enough into it for "recent" to stay there.
                if e.date == nil, e.type != .killing, e.type != .statement, !charged, let reference, (reference.day ?? 15) >= 15,
                   let cue = recencyCue(words, outside: e.foreignWords) {
                    ex.dates.append(DateMention(span: TextSpan(block: sentence.span.block, start: cue.start, end: cue.end),
                                                sentence: si, text: cue.text,
                                                date: PartialDate(year: reference.year, month: reference.month), inferred: true))
                    e.date = ex.dates.count - 1
                }
                // "وقامت المجموعة باختطاف أحد الحراس": a noun «قام» governs with its «بـ» tells the event as a verb would.
                let doneBy = e.nominal && words.words[e.triggerWord].key.hasPrefix("ب")
                    && (max(e.wordRange.lowerBound, e.triggerWord - 6)..<e.triggerWord).contains { words.isAny($0, SentenceEvents.doVerbs) }
                // "أصيب جندي في اشتباكات جدت مساء اليوم. كما تمكنت القوات من القضاء على …": a sentence right after
                // the lead that has no time of its own reports the lead's news, of the lead's day.
                if e.date == nil, !spread, !recent, e.type != .statement, !e.nominal || doneBy || Self.newsTypes.contains(e.type), !history, !e.referenced, e.ownWords == nil,
                   // (a sentence the day carries to states no other day: a date it has that the event did not take is
                   // that same day, a report's or a clause's — unless the event refers back to one told before, "صد الهجوم")
                   ownDates.isEmpty || !e.anaphoric,
                   !background, let lead = newsDay?.carries(to: si) {
                    ex.dates.append(DateMention(span: ex.dates[lead].span, sentence: si, text: ex.dates[lead].text,
                                                date: ex.dates[lead].date, inferred: true))
                    e.date = ex.dates.count - 1
                }
                // "… من إلقاء القبض على 4 عناصر. كما تم إلقاء القبض على شخصين": more arrests told in the sentences after
                // a lead whose arrests the article's date dated, none of them stating a time, are of that day too (not
                // an arrest sought, "المساعي لإلقاء القبض").
                if e.date == nil, e.type == .arrest, newsDay == nil, !spread, !recent, !history, !e.referenced, !charged, !e.anaphoric,
                   e.ownWords == nil, !((max(0, e.triggerWord - 1))...e.triggerWord).contains(where: { words.words[$0].key.hasPrefix("ل") }), ownDates.isEmpty, !background,
                   let lead = articleDayLead, lead.carries(e.type, to: si, datedSentences: datesBySentence, ex.dates), let reference,
                   // (not when the story's news is recent, "تمكنت الوحدات، مؤخرا، من …": of no one day)
                   !(0...si).contains(where: { recencyCue(allWords[$0], outside: []) != nil }) {
                    ex.dates.append(DateMention(span: TextSpan(block: sentence.span.block, start: e.triggerStart, end: e.triggerStart),
                                                sentence: si, text: "", date: reference, inferred: true))
                    e.date = ex.dates.count - 1
                }
                // "لقي عشرات الأشخاص مصرعهم في هجوم بسيارة مفخخة": an attack the lead's casualties fell in.
                let casualtiesIn = [.attack, .airstrike, .clash].contains(e.type) && e.triggerWord > 2
                    && words.isAny(e.triggerWord - 1, ["في", "جراء", "اثر"]) && !words.has(e.triggerWord + 1, in: EventContextLexicon.series)
                // "شن التحالف غارة", "تعرضت دورية لهجوم": a noun a past verb of doing or undergoing governs reports the
                // event as a verb would; so does a noun announced ("أعلنت الشرطة عن مقتل رجل").
                let performed = e.nominal && (max(e.wordRange.lowerBound, e.triggerWord - 3)..<e.triggerWord).contains { k in
                    let key = words.words[k].key
                    return Self.performVerbs.contains(key) || (["و", "ف"].contains(key.first) && Self.performVerbs.contains(String(key.dropFirst())))
                }
                // ("أعلنت الشرطة عن مقتل رجل", "تم القضاء على": not "تحدث الوزير عن هجوم", a topic)
                let announcedNews = announced && (!words.isAny(e.triggerWord - 1, ["عن"])
                    || (max(e.wordRange.lowerBound, e.triggerWord - 6)..<e.triggerWord).contains { words.has($0, in: Self.announceVerbs) })
                let leadEvent = (!e.nominal || doneBy || e.type == .arrest || casualtiesIn || performed || announcedNews) && !history
                if e.date == nil, !spread, !recent, e.type != .statement, e.type != .threat, si < 2, !periodLead, !e.anaphoric, !e.plural, leadEvent, e.ownWords == nil,
                   !background,
                   let reference, !referenceInferred, reference.day != nil,
                   // (in the first sentence, a date it states may be the article's day too, "وفق ما أكده … في تصريح اليوم
                   // السبت", or a plan after it, "اجتماع أمني عاجل يوم غد"; in the second, the day of a statement quoted
                   // there is not that of what it says: "وجاء في نص البيان الذي أصدرته اليوم … فقد تم استهداف")
                   ownDates.isEmpty || (si == 0 && ownDates.allSatisfy({
                       ex.dates[$0].date.map { $0 == reference || reference < $0 } ?? false })) {
                    // The article's lead reports it as news: the article's date, inferred — as the sentence states it when
                    // it does (a clause's or a report's "اليوم"), else the day it was reported (a mention with no text).
                    if let stated = ownDates.first(where: { ex.dates[$0].date == reference }) {
                        ex.dates.append(DateMention(span: ex.dates[stated].span, sentence: si, text: ex.dates[stated].text,
                                                    date: reference, inferred: true))
                    } else {
                        ex.dates.append(DateMention(span: TextSpan(block: sentence.span.block, start: e.triggerStart, end: e.triggerStart),
                                                    sentence: si, text: "", date: reference, inferred: true))
                    }
                    e.date = ex.dates.count - 1
                    if articleDayLead == nil || articleDayLead!.sentence == si {
                        articleDayLead = ArticleDayLead(sentence: si, types: (articleDayLead?.types ?? []).union([e.type]))
                    }
                }
                // A killing named as a noun is dated only by a stated month/day, never by "recent" cues.
                if e.type == .killing, e.nominal, let d = e.date, !ex.dates[d].text.isEmpty,
                   ArabicDateParser.parse(ex.dates[d].text).first.map({ [.year, .unknown].contains($0.statedPrecision) }) ?? true {
                    e.date = nil
                }
                // "الذكرى الأربعين لمقتل شقيقه": the year of the event the anniversary of the article's year marks.
                if e.date == nil, let m = Self.anniversaryDate(words, trigger: e.triggerWord, reference: referenceInferred ? nil : reference,
                                                              block: sentence.span.block, sentence: si) {
                    ex.dates.append(m)
                    e.date = ex.dates.count - 1
                }
                if e.type == .statement && e.date == nil { continue }
                // The lead's arrest or killing gives its place to the same story's next ones that name none.
                // "ألقت الشرطة البلجيكية القبض على …": a country's police arrests in its country, when nothing says where.
                let placeless = e.places.isEmpty && e.placePhrase == nil && !e.targets.contains(where: { ex.mentions[$0].type == .place })
                    && !Self.namesAPlace(words, e.wordRange)
                let forceCountry = e.type == .arrest && placeless ? Self.forceCountry(words, trigger: e.triggerWord, verbal: !e.nominal, in: e.wordRange) : nil
                if si == 0, let c = forceCountry { e.placePhrase = c }
                if Self.datelineTypes.contains(e.type) {
                    let day = e.date.flatMap { ex.dates[$0].date }
                    if si == 0 {
                        lead.record(places: e.places, phrase: e.placePhrase, date: day)
                    } else if e.places.isEmpty, e.placePhrase == nil, !e.targets.contains(where: { ex.mentions[$0].type == .place }),
                              !Self.namesAPlace(words, e.wordRange), let taken = lead.place(forSentence: si, date: day),
                              !LeadPlaces.placedElsewhere(words, e.wordRange, lead: allWords[0]) {
                        (e.places, e.placePhrase) = taken
                    }
                }
                if si > 0, e.places.isEmpty, e.placePhrase == nil, let c = forceCountry { e.placePhrase = c }
                if date == nil, let d = e.date, ex.dates[d].inferred, ex.dates[d].sentence == si { givenDays.append(ex.events.count) }
                ex.events.append(e.mention)
            }
        }
        Self.takeRetoldTimes(of: givenDays, in: &ex)
    }

    /// The date mentions of a sentence that bound a period ("خلال الفترة الممتدة من 05 فيفري إلى غاية يوم 11
    /// فيفري 2017", "بين 9 و15 أكتوبر"): a count over the period, not one event of either day.
    static func periodBounds(_ w: SentenceWords, _ mentions: [Int], _ dates: [DateMention]) -> Set<Int> {
        let spans = mentions.map { d -> (Int, Int, Int) in
            let a = w.index(at: dates[d].span.start)
            return (d, a, max(a, w.index(at: max(dates[d].span.start, dates[d].span.end - 1))))
        }.sorted { $0.1 < $1.1 }
        var out = Set<Int>()
        for (x, y) in zip(spans, spans.dropFirst()) where y.1 > x.2 && x.1 > 0 && w.isAny(x.1 - 1, ["من", "بين"]) {
            let gap = (x.2 + 1)..<y.1
            guard gap.count <= 3, gap.allSatisfy({ w.isAny($0, ["الي", "غايه", "حتي", "يوم", "و"]) }) else { continue }
            let joined = gap.contains { w.isAny($0, ["الي", "حتي", "و"]) } || w.words[y.1].key.hasPrefix("و")
            if joined { out.insert(x.0); out.insert(y.0) }
        }
        return out
    }

    /// Past verbs of doing or undergoing whose object noun is the event itself ("شن غارة", "نفذ هجوما", "تعرض لاعتداء").
    static let performVerbs = WordSet(["شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "تعرض", "تعرضت", "تعرضوا", "شهد", "شهدت"]
                                        .map(EventLexicon.key))

    /// Events a noun reports as the day's news (an arrest, a killing, an attack); another noun ("قرار إقالة
    /// فلان") may name an earlier decision.
    static let newsTypes: Set<EventType> = [.arrest, .killing, .attack, .airstrike, .clash]

    /// Events whose place a dateline gives: local reports of arrests and killings (an attack that names no
    /// place nor target stays unplaced, as the resolver needs one to keep it).
    static let datelineTypes: Set<EventType> = [.arrest, .killing]

    /// "وقد استهدف الموقعان": a definite place noun refers to the places (below the country) the
    /// previous sentence named, the last two for a dual, the last one else.
    private func placesReferredBack(in words: SentenceWords, previous: [Int], _ mentions: [Mention]) -> [Int] {
        guard let i = words.words.indices.first(where: { words.has($0, in: EventContextLexicon.placeAnaphors) }) else { return [] }
        let places = previous.filter { mentions[$0].type == .place && !PlaceKinds.isCountry(mentions[$0].surface) }
        let dual = words.words[i].key.hasSuffix("ان") || words.words[i].key.hasSuffix("ين")
        var seen = Set<String>()
        let distinct = places.reversed().filter { seen.insert(mentions[$0].key).inserted }
        return Array(distinct.prefix(dual ? 2 : 1).reversed())
    }

    /// Most sentences with sport words: "لقاء", "هجوم", "مواجهة" are then taken in their sport sense.
    static func isAboutSport(_ sentences: [SentenceWords]) -> Bool {
        guard !sentences.isEmpty else { return false }
        var sport = 0
        for s in sentences where s.words.indices.contains(where: { s.has($0, in: EventContextLexicon.strongSport) }) { sport += 1 }
        return sport * 3 >= sentences.count && sport >= 2
    }

    /// A clause that opens with its event noun, bare or after a preposition ("بتفجير سيارته", "في تفجير", "جراء صعقه"):
    /// no verb of its own, the rest of the clause before it.
    static func opensFragment(_ w: SentenceWords, trigger: Int) -> Bool {
        trigger == 0 || (trigger == 1 && w.isAny(0, ["في", "جراء", "اثر", "عبر"]))
    }
}
