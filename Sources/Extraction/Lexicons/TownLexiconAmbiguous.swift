// Towns whose name is also an ordinary word, a family name or a first name (written for sitegen: facts), in the
// format of PlaceLexicon: «مساكن» (dwellings), «الشابة» (the young woman), «المروج» (the dealer), «بشار», «سليمان»,
// «الفحص» (the examination), «سلمية» (peaceful), «نيس»-like names of no other sense are in TownLexicon instead.
// Such a word names the town only where its article writes it in a place context (`DiscoveryRules.townAfterPlaceHead`:
// after مدينة، ولاية، معتمدية، بلدية، منطقة، حي، مقاطعة، جهة… or «والي»/«معتمد»), and then at its other mentions in
// that article too (one sense per discourse, `EntityExtractor.townsOfDiscourse`). Words whose ordinary sense is
// too frequent for that («صور», «العين», «الخبر», «الجديدة», «الباب», «كان») are left out.

extension PlaceLexicon {
    static let ambiguousTowns = """
    الحلة @العراق
    الديوانية @العراق
    الكوت @العراق
    العمارة @العراق
    الناصرية @العراق
    حديثة @العراق
    القائم @العراق
    الرمادي @العراق
    الزبير @العراق
    المثنى @العراق
    القادسية @العراق
    التاجي @العراق
    الميادين @سوريا
    باب البحر
    الوردية
    رواد
    سكرة
    المروج
    مقرين
    البطان
    قربة
    الهوارية
    منزل جميل
    منزل عبد الرحمان
    رأس الجبل
    ماطر
    سجنان
    الدهماني
    الروحية
    مساكن
    الساحلين
    صيادة
    هبيرة
    السواسي
    الشابة
    الجم
    منزل شاكر
    طينة
    الشبيكة
    السبيخة
    المكناسي
    الرقاب
    السبالة
    بلخير
    الفوار
    المطوية
    وذرف
    منزل الحبيب
    رمادة
    الفحص
    صواف
    بشار
    المدية
    المسيلة
    ميلة
    المغير
    المنيعة
    القصر الكبير
    تمارة
    الكفرة
    العلمين
    المعادي
    مخمور
    المدائن
    الخالص
    سلمية
    السلط
    المفرق
    سلوان
    الضالع
    ينبع
    كسلا
    قيصري
    همدان
    فيرغسون
    أسمرة
    الزهور
    العمران
    التضامن
    المنزه
    الزهراء
    المحمدية
    العالية
    غزالة
    العروسة
    كسرى
    الزاوية
    المحرس
    العامرة
    عقارب
    حيدرة
    الحامة
    سليمان
    الناظور
    سعيدة
    معسكر
    الوادي
    النعامة
    المرج
    الخالدية
    الكرمة
    العامرية
    ربيعة
    الراعي
    الطبقة
    القصير
    نوى
    جاسم
    حجة
    الجوف
    المهرة
    عمران
    ريمة
    المنصورة
    حائل
    الرملة
    البيرة
    دورا
    يطا
    الجنينة
    سنار
    نانسي
    روان
    بورصة
    سلا
    المطرية
    دهب
    ستان
    الزريبة
    العلا
    ودان
    نصر الله
    السيجومي
    """
}
