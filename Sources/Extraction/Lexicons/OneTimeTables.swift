import ArabicText

/// The tables of the built-in lists that analysis makes once per process, when first read (Swift's lazy statics):
/// the built-in lexicon, the notable persons' gazetteer and its prefilter, the rules' word lists, the name-shape
/// weights, the event lists, the place kinds and the dictionary words (≈ 130 M instructions, ≈ 40 ms of a core).
///
/// Made where the first article's discovery reads them, they were built on one core while the other waited for them
/// (a thread that reads a static being made waits until it is), and an edit built them on its one critical path.
/// `prepare()` makes them on a thread of their own while the build scans, loads and groups its articles: what it has
/// made is there when discovery starts, what it is making then is waited for as before. The tables are the same
/// whoever makes them, so the output is too.
public enum OneTimeTables {
    /// Makes the tables (those not made yet), in the order a build first reads them.
    public static func prepare() {
        _ = Lexicon.builtIn
        _ = Lexicon.nameSpellings
        _ = NotablePersons.prefilter
        _ = RuleWordTable.shared
        _ = NameShapeScore.weightsByBytes
        _ = Lexicon.dictionary
        _ = Lexicon.inflectedWords
        _ = AmbiguousTowns.gazetteer
        _ = PlaceKinds.cities
        _ = PlaceKinds.countryOfCity
        _ = PlaceKinds.demonyms
        _ = EventWordLists.table
        _ = ContextWordKinds.table
    }
}
