import Foundation

/// The default theme, built into the binary: every file of the package's `Templates/` folder as it
/// was when `sitegen` was built (Mustache templates, `partials/`, `assets/`), so `sitegen build`
/// works in any folder and a `--templates` folder only needs the files it changes.
///
/// The files are embedded by the EmbedBuildInputs build plugin (`embeddedThemeFiles`, generated).
public enum BuiltinTheme {
    /// Path inside the theme ("article.mustache", "partials/nav.mustache", "assets/style.css") → bytes.
    public static let files: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for entry in embeddedThemeFiles {
            guard let data = Data(base64Encoded: entry.base64) else {
                preconditionFailure("the embedded theme file \(entry.path) is not valid base64")
            }
            files[entry.path] = [UInt8](data)
        }
        return files
    }()
}
