// swift-tools-version:6.1
import PackageDescription

/// sitegen: Arabic news articles in, a right-to-left static report site out.
///
/// The pipeline is split into targets, one per stage, each testable on its own:
/// ArabicText (normalize, tokenize) → ArabicDates (temporal expressions) → Extraction (mentions,
/// events per article) → Resolution (merge across articles) → Sitegen (load, site model, render,
/// write, check) → SitegenServer (serve) → sitegen (the command line).
let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "Sitegen", targets: ["Sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libxml2's HTML parser, for saved web pages (.html input).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CSystem"),
        .target(name: "ArabicText"),
        .target(name: "ArabicDates", dependencies: ["ArabicText"]),
        .target(name: "Extraction", dependencies: ["ArabicText", "ArabicDates"]),
        .target(name: "Resolution", dependencies: ["ArabicText", "ArabicDates", "Extraction"]),
        // The default templates and assets (Templates/), embedded at build time by the EmbedBuildInputs plugin.
        .target(name: "BuiltinTheme", exclude: ["Templates"], plugins: ["EmbedBuildInputs"]),
        .target(name: "Sitegen", dependencies: [
            "CCmarkGFM", "CLibXML2", "CSystem", "ArabicText", "ArabicDates", "Extraction", "Resolution", "BuiltinTheme",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "SitegenServer", dependencies: [
            "Sitegen", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "sitegen", dependencies: [
            "Sitegen", "SitegenServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // mimalloc replaces the C library's malloc for the whole process (the Swift runtime's
            // allocations included): ~8 % less CPU for a full build (BENCHMARKS.md, session 38); linked once the
            // cached first build's peak had room for it (session 39).
            .linkedLibrary("mimalloc"),
        ], plugins: ["EmbedBuildInputs"]),
        // Embeds Templates/ (BuiltinTheme) and the commit (sitegen) before every build: scripts/embed-build-inputs.
        .plugin(name: "EmbedBuildInputs", capability: .buildTool()),
        // Temporal expressions found/resolved on seeds and TREC, seed events end to end (bench/dates-report).
        .executableTarget(name: "dates-report-driver", dependencies: ["ArabicText", "ArabicDates", "Extraction", "Resolution"]),
        // Reads texts (one per line) on stdin, prints their entity mentions as JSON lines (bench/ner-eval).
        .executableTarget(name: "ner-eval-driver", dependencies: ["Extraction"]),
        // Seeded random input for the tests that compare a fast path with the code it replaces.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "TestSupport"]),
        .testTarget(name: "ArabicDatesTests", dependencies: ["ArabicDates", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "TestSupport"]),
        .testTarget(name: "SitegenTests", dependencies: ["Sitegen", "BuiltinTheme", "ArabicDates", "TestSupport"]),
        .testTarget(name: "SitegenServerTests", dependencies: ["SitegenServer"]),
    ]
)
