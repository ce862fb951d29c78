/// Static files of the theme's `assets/` (built-in or from the `--templates` folder), copied as they are.
struct AssetFiles: SiteGenerator {
    let theme: Theme
    var name: String { "assets" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        for asset in theme.assets { try out.file("assets/" + asset.path, asset.bytes) }
    }
}
