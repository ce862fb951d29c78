import ArabicText

// The country of each city of the place lexicon whose country is not in doubt (written for sitegen: facts). One
// line a country: its name as `PlaceLexicon.countries` writes it, «:», then its cities as the lexicon writes them,
// separated by «،». Names shared by two countries (طرابلس, رفح, عمان the capital and the sultanate) and disputed
// cities (القدس, الجولان) are left out; so is a name any two lists give different countries.

extension PlaceLexicon {
    static let cityCountries = """
    العراق: بغداد، البصرة، الموصل، أربيل، كركوك، السليمانية، دهوك، النجف، كربلاء، الحلة، الديوانية، الكوت، العمارة، الناصرية، السماوة، الرمادي، الفلوجة، تكريت، سامراء، بعقوبة، حديثة، هيت، القائم، عانة، راوة، الرطبة، تلعفر، سنجار، بيجي، طوز خورماتو، جرف الصخر، الكاظمية، الأعظمية، مدينة الصدر، التاجي، الزبير، أم قصر، الأنبار، نينوى، صلاح الدين، ديالى، بابل، واسط، ميسان، ذي قار، المثنى، القادسية
    سوريا: دمشق، حلب، حمص، حماة، اللاذقية، طرطوس، إدلب، الرقة، دير الزور، الحسكة، القامشلي، درعا، السويداء، القنيطرة، تدمر، منبج، عفرين، كوباني، عين العرب، البوكمال، الميادين، جرابلس، تل أبيض، رأس العين، التنف، الغوطة، دوما، حرستا، ريف دمشق، حلب الشهباء
    لبنان: بيروت، صيدا، بعلبك، الضاحية الجنوبية
    الأردن: الزرقاء، إربد، العقبة
    فلسطين: غزة، قطاع غزة، الضفة الغربية، رام الله، نابلس، الخليل، جنين، خان يونس، بيت لحم
    السعودية: الرياض، جدة، مكة، مكة المكرمة، المدينة المنورة، الدمام، الطائف، نجران، جازان، أبها
    الكويت: الكويت العاصمة
    قطر: الدوحة
    البحرين: المنامة
    عمان: مسقط، صلالة
    الإمارات: أبوظبي، أبو ظبي، دبي، الشارقة، عجمان، الفجيرة، رأس الخيمة
    اليمن: صنعاء، عدن، تعز، الحديدة، مأرب، صعدة، المكلا
    مصر: القاهرة، الإسكندرية، الجيزة، بورسعيد، السويس، الإسماعيلية، أسوان، الأقصر، سيناء، شرم الشيخ
    ليبيا: بنغازي، مصراتة، سرت، سبها، درنة
    الجزائر: الجزائر العاصمة، وهران، قسنطينة، عنابة
    المغرب: الرباط، الدار البيضاء، فاس، مراكش، طنجة، أكادير، مكناس، وجدة
    موريتانيا: نواذيبو، نواكشوط
    تونس: تونس العاصمة، صفاقس، سوسة، القيروان، بنزرت، قابس، قفصة، المنستير، نابل، أريانة، بن عروس، منوبة، المهدية، سيدي بوزيد، القصرين، الكاف، جندوبة، باجة، سليانة، زغوان، توزر، قبلي، مدنين، تطاوين، جرجيس، جربة، الحمامات، قرطاج، حلق الوادي، المرسى، رادس، بن قردان، الشعانبي، طبرقة، الحوض المنجمي، المتلوي، الرديف، دوز
    السودان: الخرطوم، أم درمان
    الولايات المتحدة: واشنطن، نيويورك، لوس أنجلوس، شيكاغو
    بريطانيا: لندن، مانشستر، ليفربول
    فرنسا: باريس، مرسيليا، ليون، ستراسبورغ
    ألمانيا: برلين، ميونخ، فرانكفورت، هامبورغ
    روسيا: موسكو، سوتشي، سان بطرسبرغ
    الصين: بكين، شنغهاي، هونغ كونغ
    اليابان: طوكيو
    إيطاليا: روما، ميلانو، نابولي
    إسبانيا: مدريد، برشلونة
    البرتغال: لشبونة
    هولندا: أمستردام، لاهاي
    بلجيكا: بروكسل
    سويسرا: جنيف
    النمسا: فيينا
    السويد: ستوكهولم
    النرويج: أوسلو
    الدنمارك: كوبنهاغن
    اليونان: أثينا
    بولندا: وارسو
    أوكرانيا: كييف
    المجر: بودابست
    رومانيا: بوخارست
    تركيا: إسطنبول، اسطنبول، استانبول، أنقرة، إزمير، غازي عنتاب
    إيران: طهران، مشهد، أصفهان، تبريز، شيراز، الأهواز
    أفغانستان: كابل، قندهار
    باكستان: إسلام آباد، كراتشي، لاهور
    الهند: نيودلهي، مومباي
    بنغلاديش: دكا
    إندونيسيا: جاكرتا
    ماليزيا: كوالالمبور
    كوريا الجنوبية: سيول
    كوريا الشمالية: بيونغ يانغ، بيونج يانج
    أستراليا: سيدني
    كندا: أوتاوا، تورونتو، مونتريال
    """

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
        for line in PlaceLexicon.cityCountries.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let country = parts[0].trimmingSpaces()
            for city in parts[1].split(separator: "،") where !city.trimmingSpaces().isEmpty { add(city.trimmingSpaces(), country) }
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
