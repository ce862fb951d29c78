import ArabicText
/// What a trigger's wording says about the event mention, for the resolver.
public struct EventTriggerTraits: Sendable, Hashable {
    /// A definite or demonstrative noun ("الهجوم", "هذه الهجمات", "الزيارة"): it probably refers back
    /// to an event already mentioned.
    public var anaphoric: Bool
    /// A noun ("هجوم", "الهجوم"), not a verb: without the article or a demonstrative it introduces an event.
    public var nominal: Bool
    /// A plural noun ("هجمات"): a series rather than one event.
    public var plural: Bool
    /// A dual noun ("الهجومين", "التفجيران"): two events, each of which may have been named before.
    public var dual: Bool
    /// The trigger names an assassination (اغتيال) rather than a killing (مقتل).
    public var assassination: Bool
    /// For a threat, the present-tense verb a title uses ("يتوعد", "يهدد", "يحذر").
    public var threatVerb: String?
    /// For an "other" event, its verbal noun ("اختطاف", "إقالة").
    public var otherNoun: String?
    /// A report named as a communiqué ("بيان", "بلاغ").
    public var communique: Bool
    /// An assault (اعتداء، اعتدى) rather than an attack.
    public var assault: Bool
    /// A firing (أطلق، إطلاق): with gunfire, shots fired, which says nothing of who attacked whom — the police
    /// firing on a man who rammed them fires as a gunman does.
    public var firing: Bool

    /// Traits of an `EventMention.trigger` as the extractor wrote it.
    public init(trigger: String) {
        let parts = trigger.split(separator: " ").map(String.init)
        let last = parts.last ?? trigger
        let readings = SentenceWords.readings(of: EventLexicon.key(last))
        var hit: (String, EventTrigger)?
        for r in readings { if let t = EventLexicon.triggers[r] { hit = (r, t); break } }
        let definite = hit.map { h in readings.contains { $0.hasPrefix("ال") && String($0.dropFirst(2)) == h.0 } } ?? false
        // "القبض على": an idiom, never a back-reference.
        anaphoric = (hit?.1.nominal ?? false) && (definite || parts.count > 1) && hit?.0 != EventLexicon.key("قبض")
        plural = hit?.1.plural ?? false
        nominal = hit?.1.nominal ?? false
        dual = readings.contains { r in (UTF8Key.hasSuffix(r, "ين") || UTF8Key.hasSuffix(r, "ان")) && EventLexicon.triggers[String(r.dropLast(2))] != nil }
        assassination = readings.contains { $0.hasPrefix(EventLexicon.key("اغتيال")) || $0.hasPrefix(EventLexicon.key("اغتال")) }
        let root = hit?.0 ?? ""
        threatVerb = UTF8Key.hasPrefix(root, "توعد") || UTF8Key.hasPrefix(root, "يتوعد") ? "يتوعد"
            : UTF8Key.hasPrefix(root, "هدد") || UTF8Key.hasSuffix(root, "هدد") ? "يهدد" : UTF8Key.hasPrefix(root, "حذر") ? "يحذر" : nil
        otherNoun = hit?.1.type == .other ? (UTF8Key.hasPrefix(root, "اختطا") || UTF8Key.hasPrefix(root, "اختطف") ? "اختطاف" : "إقالة") : nil
        communique = EventLexicon.communique.contains(root)
        assault = root.hasPrefix(EventLexicon.key("اعتد"))
        firing = root.hasPrefix(EventLexicon.key("أطلق")) || root.hasPrefix(EventLexicon.key("إطلاق"))
    }
}
