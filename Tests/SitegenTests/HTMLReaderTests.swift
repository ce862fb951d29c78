import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// Saved web pages: metadata from JSON-LD, Open Graph or <title>; the text from the main content,
/// page furniture dropped; no markup of the page in the article.
@Suite struct HTMLReaderTests {
    let loader = ArticleLoader()

    static let newsPage = """
    <!DOCTYPE html>
    <html lang="ar" dir="rtl"><head>
    <meta charset="utf-8">
    <title>انطلاق مهرجان المسرح في تونس - موقع المثال</title>
    <meta property="og:title" content="عنوان من أوبن غراف">
    <meta property="og:site_name" content="موقع المثال">
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "موقع المثال"},
      {"@type": ["NewsArticle"], "headline": "انطلاق مهرجان المسرح في تونس",
       "datePublished": "2023-10-14T18:05:00+01:00", "author": [{"@type": "Person", "name": "منى السالمي"}],
       "publisher": {"@type": "Organization", "name": "صحيفة المثال"}, "url": "https://example.org/theatre",
       "keywords": "ثقافة, مسرح"}]}
    </script>
    <script>var tracking = "<p>لا يظهر هذا</p>";</script>
    <style>p { color: red }</style>
    </head><body>
    <header class="site-header"><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
    <div class="layout">
      <aside class="sidebar"><h3>الأكثر قراءة</h3><p>خبر جانبي لا علاقة له بالمقال.</p></aside>
      <article class="post">
        <h1>انطلاق مهرجان المسرح في تونس</h1>
        <div class="share-buttons"><a href="#">شارك</a></div>
        <p>انطلقت مساء السبت في العاصمة تونس فعاليات الدورة الرابعة والعشرين لمهرجان المسرح، بمشاركة فرق من اثني عشر بلدا عربيا.</p>
        <!-- تعليق في الصفحة لا يظهر -->
        <p>وقالت مديرة المهرجان إن العروض تتوزع على خمسة مسارح في وسط المدينة، وإن <b>التذاكر</b> متاحة في شباك كل مسرح.</p>
        <p>ويختتم المهرجان بعد عشرة أيام بحفل توزيع الجوائز في قاعة الأوبرا.<script>document.write("x")</script></p>
        <div class="related-posts"><h2>مقالات ذات صلة</h2><ul><li><a href="/x">خبر آخر</a></li></ul></div>
      </article>
    </div>
    <footer><p>جميع الحقوق محفوظة لموقع المثال.</p></footer>
    </body></html>
    """

    @Test func jsonLDMetadataAndArticleText() throws {
        let o = loader.load(data: Data(Self.newsPage.utf8), relativePath: "saved/theatre.html")
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
        let a = try #require(o.article)
        #expect(a.file == "saved/theatre.html")
        #expect(a.title == "انطلاق مهرجان المسرح في تونس")
        #expect(a.date == PartialDate(year: 2023, month: 10, day: 14) && a.dateSource == .metadata)
        #expect(a.source == "صحيفة المثال" && a.author == "منى السالمي" && a.url == "https://example.org/theatre")
        #expect(a.tags == ["ثقافة", "مسرح"])
        let paragraphs = a.sourceText.split(separator: "\n").map(String.init)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs[0].hasPrefix("انطلقت مساء السبت"))
        #expect(paragraphs[1].contains("وإن التذاكر متاحة"))
        #expect(!paragraphs.contains("شارك"))
        for furniture in ["الرئيسية", "الأكثر قراءة", "مقالات ذات صلة", "جميع الحقوق", "تعليق", "tracking", "document", "color"] {
            #expect(!a.sourceText.contains(furniture), "\(furniture) reached the text")
        }
        #expect(!a.markdown.contains("<"))
    }

    @Test func openGraphThenTitleWhenThereIsNoJSONLD() throws {
        let og = """
        <html><head><title>عنوان الصفحة | موقع</title>
        <meta property="og:title" content="وصول أول قطار إلى الموصل">
        <meta property="og:site_name" content="موقع">
        <meta property="article:published_time" content="2019-05-02T08:00:00Z">
        <meta property="article:tag" content="نقل"><meta property="article:tag" content="الموصل">
        </head><body><main><p>وصل أول قطار ركاب إلى محطة الموصل صباح الخميس بعد توقف دام سنوات طويلة، وسط ترحيب الأهالي.</p>
        <p>وقال مسؤول في السكك الحديد إن الرحلات ستكون يومية بين بغداد والموصل ابتداء من الأسبوع المقبل.</p></main></body></html>
        """
        let a = try #require(loader.load(data: Data(og.utf8), relativePath: "og.htm").article)
        #expect(a.title == "وصول أول قطار إلى الموصل" && a.source == "موقع")
        #expect(a.date == PartialDate(year: 2019, month: 5, day: 2) && a.tags == ["نقل", "الموصل"])

        let plain = """
        <html><head><title>افتتاح مكتبة عامة - جريدة الحي</title><meta name="application-name" content="جريدة الحي"></head>
        <body><div id="menu"><a href="/">رئيسية</a></div>
        <div class="content-area"><div class="text">افتتحت البلدية مكتبة عامة جديدة في حي الجامعة تضم أكثر من عشرة آلاف كتاب.<br>
        وتفتح المكتبة أبوابها يوميا من الثامنة صباحا حتى الثامنة مساء، والدخول إليها مجاني لطلبة المدارس.</div></div>
        <div class="footer-links">روابط</div></body></html>
        """
        let b = try #require(loader.load(data: Data(plain.utf8), relativePath: "plain.html").article)
        #expect(b.title == "افتتاح مكتبة عامة" && b.date == nil)
        #expect(b.sourceText.split(separator: "\n").count == 2)
        #expect(!b.sourceText.contains("رئيسية") && !b.sourceText.contains("روابط"))
    }

    /// The densest block wins over a page of short links, and sibling blocks of one text are taken together.
    @Test func densestBlockWithoutArticleOrMain() throws {
        let page = """
        <html><body><div class="links"><p>رابط</p><p>رابط</p></div>
        <div id="story"><div><p>الفقرة الأولى من الخبر تتحدث عن افتتاح سوق جديدة في المدينة القديمة بحضور التجار.</p></div>
        <div><p>الفقرة الثانية تذكر أن السوق تضم مئتي محل تجاري للحرف اليدوية والأقمشة والتوابل.</p></div></div>
        </body></html>
        """
        let a = try #require(loader.load(data: Data(page.utf8), relativePath: "d.html").article)
        #expect(a.sourceText.split(separator: "\n").count == 2, "\(a.sourceText)")
        #expect(!a.sourceText.contains("رابط"))
    }

    @Test func pageWithoutTextIsSkippedWithAnError() {
        let o = loader.load(data: Data("<html><body><nav>قائمة</nav><script>x()</script></body></html>".utf8), relativePath: "empty.html")
        #expect(o.articles.isEmpty)
        #expect(o.diagnostics.contains { $0.severity == .error && $0.file == "empty.html" && $0.message.contains("no article text") })
    }

    /// A page saved in the legacy Arabic encoding its <meta charset> names is decoded.
    @Test func legacyEncodingDeclaredInThePage() throws {
        let head = "<html><head><meta charset=\"windows-1256\"><title>t</title></head><body><article><p>"
        // "مرحبا بكم في المدينة" in windows-1256, repeated to make a paragraph
        let word: [UInt8] = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xDF, 0xE3, 0x20, 0xDD, 0xED, 0x20, 0xC7, 0xE1, 0xE3, 0xCF, 0xED, 0xE4, 0xC9, 0x2E, 0x20]
        let bytes = Array(head.utf8) + Array(repeating: word, count: 12).flatMap { $0 } + Array("</p></article></body></html>".utf8)
        let a = try #require(loader.load(data: Data(bytes), relativePath: "legacy.html").article)
        #expect(a.sourceText.hasPrefix("مرحبا بكم في المدينة."))
    }

    @Test func sidecarGivesAPageItsMetadata() throws {
        let dir = TempDir()
        dir.write("p.html", "<html><body><article><p>\(String(repeating: "نص طويل عن مدينة كربلاء. ", count: 12))</p></article></body></html>")
        dir.write("p.yml", "title: عنوان من الملف الجانبي\ndate: 2020-01-01\n")
        let a = try #require(loader.load(root: dir.url, relativePath: "p.html").article)
        #expect(a.title == "عنوان من الملف الجانبي" && a.date == PartialDate(year: 2020, month: 1, day: 1))
    }
}
