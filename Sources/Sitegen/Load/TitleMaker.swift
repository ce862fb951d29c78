import Foundation

/// Rules for titles of articles that do not state one.
enum TitleMaker {
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "…", ":", "؛", ";", "،", ","]

    /// A short first line (at most 16 words) without final punctuation reads as a headline.
    static func isTitleLine(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last, !sentenceEnds.contains(last) else { return false }
        let words = line.split(whereSeparator: { $0 == " " }).count
        return words > 0 && words <= 16 && line.unicodeScalars.count <= 160
    }

    /// A line of at most 7 words without final punctuation, inside a plain-text article.
    static func isSubheading(_ line: Substring) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard let last = t.unicodeScalars.last, !sentenceEnds.contains(last), last != "\u{201D}", last != "\"" else { return false }
        let words = t.split(separator: " ").count
        return words > 0 && words <= 7
    }

    /// The first sentence, shortened at a clause boundary or after 14 words when it is long.
    static func title(fromFirstSentenceOf text: String) -> String {
        var sentence = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "." || s == "!" || s == "?" || s == "؟" || s == "\n" { break }
            sentence.append(s)
        }
        let full = String(sentence).trimmingCharacters(in: .whitespaces)
        let words = full.split(separator: " ")
        if words.count <= 16 { return full }
        if let comma = full.firstIndex(where: { $0 == "،" || $0 == "," }) {
            let clause = full[..<comma].trimmingCharacters(in: .whitespaces)
            let n = clause.split(separator: " ").count
            if n >= 5 && n <= 16 { return clause }
        }
        return words.prefix(14).joined(separator: " ") + "…"
    }
}
