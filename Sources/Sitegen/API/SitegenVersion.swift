/// The version of sitegen, printed by `sitegen --version` with the commit it was built from.
public enum SitegenVersion {
    public static let number = "0.15.0"

    /// "sitegen 0.15.0 (commit 1a2b3c4d5e6f)".
    public static func description(commit: String) -> String { "sitegen \(number) (commit \(commit))" }
}
