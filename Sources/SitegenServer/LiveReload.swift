import Foundation
import Sitegen

/// What open pages need to know about rebuilds: a generation number that grows with every rebuild
/// (good or failed) and the error of the last one, if it failed.
public final class LiveState: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var _error: String?

    public init() {}

    public var snapshot: (generation: Int, error: String?) {
        lock.lock(); defer { lock.unlock() }
        return (_generation, _error)
    }

    /// Records a rebuild: `error` is nil when it succeeded.
    public func rebuilt(error: String?) {
        lock.lock(); defer { lock.unlock() }
        _generation += 1
        _error = error
    }

    /// Waits (polling every 20 ms, up to `timeout` seconds) for a generation after `since`.
    public func wait(after since: Int, timeout: TimeInterval) async -> (generation: Int, error: String?) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let s = snapshot
            if s.generation != since || Date() >= deadline { return s }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
    }
}

/// The pieces added to HTML responses in serve mode only (never written to the output folder):
/// the reload script and, after a failed rebuild, an overlay with the error over the last good page.
public enum LiveReload {
    /// The long-poll endpoint the script calls: `GET /__sitegen/reload?since=N` answers
    /// `{"generation": M, "error": …}` as soon as M ≠ N (or after a few seconds with M = N).
    public static let endpoint = "/__sitegen/reload"

    /// The script and style are files served by the dev server (not inline), so the pages' own
    /// Content-Security-Policy (`script-src 'self'; style-src 'self'`) allows them.
    public static let scriptPath = "/__sitegen/reload.js"
    public static let stylePath = "/__sitegen/serve.css"

    /// Long-polls the endpoint and reloads the page when the site's generation changes.
    public static let scriptSource = """
        (function(){var s=document.currentScript;var g=parseInt(s&&s.dataset.generation||'-1',10);\
        function poll(){fetch('\(endpoint)?since='+g,{cache:'no-store'}).then(function(r){return r.json()})\
        .then(function(d){if(d.generation!==g){location.reload()}else{poll()}})\
        .catch(function(){setTimeout(poll,1000)})}poll()})();

        """

    public static let styleSource = """
        .sitegen-serve-error{position:fixed;inset:0;z-index:99999;background:rgba(30,0,0,.92);color:#fff;\
        padding:2rem;overflow:auto;font:16px/1.6 sans-serif}
        .sitegen-serve-error h2{margin-top:0}
        .sitegen-serve-error pre{white-space:pre-wrap;background:#000;padding:1rem;border-radius:4px}

        """

    static func script(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-sitegen-serve data-generation=\"\(generation)\"></script>"
    }

    static func overlay(error: String) -> String {
        """
        <link rel="stylesheet" href="\(stylePath)" data-sitegen-serve>\
        <div data-sitegen-serve class="sitegen-serve-error" role="alert" dir="rtl">\
        <h2>تعذّر بناء الموقع بعد آخر تعديل</h2>\
        <p>تعرض الصفحة آخر نسخة سليمة من الموقع. أصلح الخطأ واحفظ الملف، وستُحدَّث الصفحة تلقائيًا.</p>\
        <pre dir="ltr">\(Escape.html(error))</pre></div>
        """
    }

    /// Inserts the reload script (and the overlay, if any) before `</body>`, or at the end.
    public static func inject(into html: Data, generation: Int, error: String?) -> Data {
        var extra = script(generation: generation)
        if let error { extra = overlay(error: error) + extra }
        var bytes = [UInt8](html)
        let marker = Array("</body>".utf8)
        var insertAt = bytes.count
        if bytes.count >= marker.count {
            for i in stride(from: bytes.count - marker.count, through: 0, by: -1)
            where bytes[i..<i + marker.count].elementsEqual(marker) {
                insertAt = i
                break
            }
        }
        bytes.insert(contentsOf: Array(extra.utf8), at: insertAt)
        return Data(bytes)
    }
}
