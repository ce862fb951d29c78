/// The files `sitegen init` writes (see `ProjectScaffold`). The example article, person and event are
/// invented for the example.
enum ScaffoldFiles {
    static let config = """
    # sitegen.yml: the settings of this site. Every key is optional: remove the "#" before a key to
    # use it. `sitegen build` reads sitegen.yml from the folder it runs in (--config names another file).

    # The site's name, in every page's header and title.
    # title: ملف الأخبار

    # One sentence about the site, for the home page and search engines.
    # description: ملف موثق من الأخبار العربية: الأشخاص والمنظمات والأماكن والأحداث ومصادرها.

    # The address the site will be published at (as --base-url). With it, the build writes
    # sitemap.xml, feed.xml and canonical links.
    # base_url: https://example.org/dossier/

    # How month names are written: levantine (كانون الثاني), egyptian (يناير), maghreb (جانفي) or both.
    # months: levantine

    # Field names of .jsonl and .csv records, when they are not the usual ones (shown here). A field
    # takes one name or a list of names; the first one a record has is used. Case does not matter.
    # fields:
    #   id: id               # a stable id of the record (else one is made from its url, or its title and text)
    #   title: title         # else the first sentence of the text
    #   date: date           # 2017-01-25, 2017-01-25T14:36:00+01:00, 25/01/2017, Wed, 25 Jan 2017 14:36:00 +0100…
    #   text: [text, body]   # the article's text: plain text, one paragraph per line
    #   url: url
    #   source: source
    #   author: author
    #   tags: tags           # a list, or one text: "سياسة، العراق"
    #   format: format       # "markdown" or "html" when the text is Markdown or HTML

    # Republished articles: texts that are the same or nearly so (a paragraph added, a line changed)
    # are one story with one page, which lists the other copies with their source and date. Two texts
    # are copies when at least this share of the shorter one's five-word sequences is also in the
    # other one, and the shorter is at least half as long as the other (0.5 to 1). "off" gives every
    # copy a page of its own.
    # republished: 0.9

    """

    static let article = """
    ---
    # An article: YAML front matter (every key is optional), then the text, in Markdown.
    # Articles can also be .txt (plain text), .html (saved web pages), .jsonl or .csv (one per record).
    title: افتتاح معرض الكتاب في الموصل بمشاركة أكثر من مئة دار نشر
    date: 2024-05-12   # YYYY-MM-DD, YYYY-MM or YYYY; without it, the date is read from the text
    source: وكالة الأنباء المحلية
    url: https://example.org/news/mosul-book-fair
    author: سلمى الحداد
    tags: [ثقافة, الموصل]
    ---

    افتتح محافظ نينوى يوم الأحد 12 أيار/مايو 2024 معرض الموصل الدولي للكتاب في دورته الخامسة، بمشاركة أكثر من مئة دار نشر من العراق والأردن ولبنان ومصر.

    وقال مدير المعرض سامر الخطيب في مؤتمر صحفي عقده في جامعة الموصل إن المعرض يستمر عشرة أيام، ويضم ندوات عن تاريخ المدينة ومكتباتها التي تضررت خلال سنوات الحرب.

    وأضاف الخطيب أن دور النشر المشاركة خصصت جناحا لكتب الأطفال، وأن الدخول إلى المعرض مجاني طوال أيامه.

    وزار وزير الثقافة العراقي المعرض في يومه الأول، والتقى عددا من الناشرين والكتّاب الشباب.

    """

    static let entity = """
    ---
    # A curated entity. sitegen finds people, organizations and places by itself; a file like this one
    # (any name, in entities/) fixes the name, type and spellings of one, and the text below the front
    # matter describes it on its page.
    name: سامر الخطيب
    type: person               # person | organization | place
    aliases: [سامر خطيب]       # other spellings, recognised in every article
    # wikidata: Q0000000       # its Wikidata id
    # coordinates: [36.34, 43.13]   # latitude and longitude, for a place
    # ignore: true             # drop a name that discovery got wrong
    ---

    مدير معرض الموصل الدولي للكتاب (شخصية متخيلة في مثال المشروع).

    """

    static let event = """
    ---
    # A curated event (any name, in events/). It corrects the event sitegen found in the articles (same
    # type, date and place) or adds one they do not state; the text below describes it.
    title: افتتاح معرض الموصل الدولي للكتاب
    date: 2024-05-12
    type: visit      # attack, airstrike, killing, clash, arrest, deployment, withdrawal, meeting, visit, statement, threat, other
    place: الموصل
    actors: [سامر الخطيب]
    ---

    افتتاح الدورة الخامسة للمعرض بمشاركة أكثر من مئة دار نشر.

    """

    static let gitignore = """
    # sitegen's output, its build cache and the folder a build stages its files in
    /site/
    /.site.cache/
    /.site.staging-*/

    """
}
