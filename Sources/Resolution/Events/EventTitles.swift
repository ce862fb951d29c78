import ArabicText
import Extraction

/// Generated Arabic titles and stable ASCII ids for merged events.
enum EventTitles {
    /// "هجوم بطائرات مسيّرة على قاعدة عين الأسد", "اغتيال قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد".
    /// `by` gives the phrase naming who struck (`EventTitles.by`, possibly memoized by the caller).
    static func title(type: EventType, subtype: String?, assassination: Bool, persons: [String], place: String?,
                      placePreposition: String, actor: String?, by: (String) -> String = EventTitles.by) -> String {
        let at = place.map { " \(placePreposition) \($0)" } ?? ""
        let inPlace = place.map { " في \($0)" } ?? ""
        switch type {
        case .attack:
            return "هجوم" + subtypePhrase(subtype) + at
        case .airstrike:
            return "غارة جوية" + (actor.map { " " + by($0) } ?? "") + at
        case .killing:
            let who = persons.isEmpty ? "" : " " + joinAnd(persons)
            return (assassination ? "اغتيال" : "مقتل") + who + at
        case .clash: return "اشتباكات" + inPlace
        case .arrest: return "اعتقالات" + inPlace
        case .deployment: return "انتشار عسكري" + (actor.map { " " + by($0) } ?? "") + inPlace
        case .withdrawal: return "انسحاب" + (actor.map { " \($0)" } ?? "") + (place.map { " من \($0)" } ?? "")
        case .meeting: return "اجتماع" + (persons.isEmpty ? "" : " " + joinAnd(Array(persons.prefix(2)))) + inPlace
        case .visit: return "زيارة" + (actor.map { " \($0)" } ?? "") + (place.map { " إلى \($0)" } ?? "")
        case .statement: return "تصريح" + (actor.map { " \($0)" } ?? "")
        case .threat: return "تهديد" + (actor.map { " \($0)" } ?? "")
        case .other: return "حدث" + inPlace
        }
    }

    /// "أمريكية" for a country with a demonym, else "للتحالف الدولي" / "لإسرائيل".
    static func by(_ actor: String) -> String {
        if let adj = PlaceKinds.adjective(forCountry: actor) { return adj }
        return actor.hasPrefix("ال") ? "ل" + actor.dropFirst() : "ل" + actor
    }

    static func subtypePhrase(_ subtype: String?) -> String {
        switch subtype {
        case "drone": return " بطائرات مسيّرة"
        case "rocket": return " صاروخي"
        case "drone-and-rocket": return " بالصواريخ والطائرات المسيّرة"
        case "ballistic-missile": return " بصواريخ باليستية"
        case "bomb": return " بعبوة ناسفة"
        default: return ""
        }
    }

    static func joinAnd(_ names: [String]) -> String {
        names.enumerated().map { $0.offset == 0 ? $0.element : "و" + $0.element }.joined(separator: " ")
    }

    /// "2020-01-03-killing-baghdad"; "undated-…" without a date; unique after `dedupe`.
    static func id(_ e: Event, corpus: ResolvedCorpus) -> String {
        var id = (e.date?.iso ?? "undated") + "-" + e.type.rawValue
        let named = (e.places + e.targets + e.actors).first.map { corpus.entities[$0].name }
        if let named, case let s = Transliterator.slug(named, maxLength: 30), !s.isEmpty { id += "-" + s }
        return id
    }

    /// Appends -2, -3 … to repeated ids, in the given order.
    static func dedupe(_ ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return ids.map { id in
            let n = (seen[id] ?? 0) + 1
            seen[id] = n
            return n == 1 ? id : "\(id)-\(n)"
        }
    }
}
