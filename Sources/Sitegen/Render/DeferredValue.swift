/// A page context value that is costly to make (an entity page's mention snippets, a graph's SVG): the page's
/// fingerprint takes its `key`, and `make` runs only when the page is rendered, so a page the
/// previous build left unchanged costs only the key.
///
/// `key` must fingerprint everything `make` reads; `OutputSink.page` replaces top-level deferred
/// values by what `make` returns before rendering.
struct DeferredValue: @unchecked Sendable {
    let key: ContentHash
    let make: () -> Any
}
