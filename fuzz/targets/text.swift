// libFuzzer target: Arabic normalization, tokens, sentences, clitics and slugs. Built by scripts/fuzz.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArabicText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    let scalars = Array(text.unicodeScalars)
    let normalized = ArabicNormalizer.normalize(text)
    invariant(ArabicNormalizer.normalize(normalized) == normalized, "normalize is not idempotent on \(text.debugDescription)")
    let key = ArabicNormalizer.matchKey(text)
    invariant(!key.unicodeScalars.contains(" "), "match key with a space for \(text.debugDescription)")
    _ = ArabicNormalizer.searchKey(text)

    var end = 0
    for t in Tokenizer.tokenize(scalars: scalars) {
        invariant(end <= t.start && t.start < t.end && t.end <= scalars.count, "token \(t.start)..<\(t.end) after \(end) in \(scalars.count)")
        end = t.end
        if t.kind == .word { _ = Clitics.readings(of: t.text) }
    }
    end = 0
    for r in SentenceSplitter.split(scalars: scalars) {
        invariant(end <= r.lowerBound && r.lowerBound < r.upperBound && r.upperBound <= scalars.count, "sentence \(r) after \(end)")
        end = r.upperBound
    }
    let slug = Transliterator.slug(text, maxLength: 60)
    invariant(slug.utf8.count <= 60 && !slug.hasPrefix("-") && !slug.hasSuffix("-"), "slug \(slug)")
    invariant(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }, "slug \(slug)")
    return 0
}
