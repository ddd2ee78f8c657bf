// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "reviewsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reviewsite", targets: ["reviewsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        .target(name: "CParseArena"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "CParseArena"]),
        .target(name: "ReviewSiteCore", dependencies: ["Markdown", "Yams"]),
        .target(name: "ReviewSiteImport", dependencies: ["ReviewSiteCore"]),
        .target(
            name: "ReviewSiteRendering",
            dependencies: ["ReviewSiteCore", "Markdown", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "ReviewSiteBuild", dependencies: ["ReviewSiteCore", "ReviewSiteRendering", "Markdown"]),
        .target(
            name: "ReviewSitePreview",
            dependencies: [
                "ReviewSiteBuild", "ReviewSiteCore", "ReviewSiteRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ReviewSiteCLI",
            dependencies: [
                "ReviewSiteBuild", "ReviewSiteImport", "ReviewSitePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The allocator the executable links on Linux in place of glibc's: see Entry.swift.
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"])]),
        .executableTarget(
            name: "reviewsite",
            dependencies: ["ReviewSiteCLI", .target(name: "CJemalloc", condition: .when(platforms: [.linux]))]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ReviewSiteCoreTests", dependencies: ["ReviewSiteCore"]),
        .testTarget(name: "ReviewSiteImportTests", dependencies: ["ReviewSiteImport"]),
        .testTarget(name: "ReviewSiteRenderingTests", dependencies: ["ReviewSiteRendering", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(
            name: "ReviewSiteBuildTests",
            dependencies: ["ReviewSiteBuild", "ReviewSiteCLI"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReviewSitePreviewTests",
            dependencies: [
                "ReviewSitePreview",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Coverage-guided fuzz targets under Fuzz/, added only when scripts/fuzz builds them
// (REVIEWSITE_FUZZ=1), so `swift build` and `swift test` never see them.
if Context.environment["REVIEWSITE_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["ReviewSiteCore"], path: "Fuzz/Support"))
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzFrontMatter", ["ReviewSiteCore"]),
        ("FuzzPassageMarker", ["ReviewSiteCore"]),
        ("FuzzAnchors", ["ReviewSiteCore"]),
        ("FuzzImport", ["ReviewSiteCore", "ReviewSiteImport"]),
        ("FuzzGlossary", ["ReviewSiteCore", "ReviewSiteRendering", "Markdown"]),
        ("FuzzRequestPath", ["ReviewSitePreview"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/\(name)"))
    }
}
