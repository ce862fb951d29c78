import ArabicText

// The country of a city is written beside it in the place lexicon's lists of cities, «بغداد @العراق»
// (`PlaceLexicon.arabCities`, `worldCities`, `ambiguousTowns`), and every town of the lists of one country is in it.
// Names shared by two countries (طرابلس, رفح, عمان the capital and the sultanate) and disputed cities (القدس, الجولان)
// have none; a name two lines give different countries loses its country.

extension PlaceLexicon {
    /// The lists whose lines may name their city's country.
    static let listsNamingCountries = [worldCities, arabCities, ambiguousTowns]

    /// The lists of towns of one country each.
    static let townsOfOneCountry: [(country: String, towns: String)] = [("تونس", tunisianTowns), ("الجزائر", algerianTowns)]
}

extension PlaceKinds {
    /// Match key of a city → the display name of its country (`PlaceLexicon.countries`).
    static let countryOfCity: [String: String] = {
        var t: [String: String] = [:]
        var doubtful = Set<String>()
        func add(_ name: String, _ country: String) {
            guard let c = countries[ArabicNormalizer.matchKey(country)] else { return }
            let k = ArabicNormalizer.matchKey(name)
            if countries[k] != nil { return }
            if let old = t[k], old != c { doubtful.insert(k) }
            t[k] = c
        }
        for list in PlaceLexicon.listsNamingCountries {
            for (spellings, country) in Lexicon.countriesOfLines(list) { for n in spellings { add(n, country) } }
        }
        for (country, towns) in PlaceLexicon.townsOfOneCountry {
            for names in Lexicon.lines(towns) { for n in names { add(n, country) } }
        }
        for k in doubtful { t[k] = nil }
        return t
    }()

    /// The country a place name is in: itself for a country, the lexicon's country for a city it knows, else nil.
    public static func country(of name: String) -> String? {
        let k = ArabicNormalizer.matchKey(name)
        return countries[k] ?? countryOfCity[k]
    }
}
