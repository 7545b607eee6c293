// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "GraphDocGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "graphdocgen", targets: ["graphdocgen"]),
        .library(name: "PageReader", targets: ["PageReader"]),
        .library(name: "LenientJSON", targets: ["LenientJSON"]),
        .library(name: "SchemaInference", targets: ["SchemaInference"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C markdown parser, from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Shared vocabulary of every stage: source locations and diagnostics.
        .target(name: "GraphDocCore"),

        // A lenient, position-keeping JSON reader and an ordered JSON writer.
        .target(name: "LenientJSON"),

        // Stage 1: reads a documentation page into a `Page` model.
        .target(
            name: "PageReader",
            dependencies: [
                "CCmarkGFM",
                "GraphDocCore",
                "LenientJSON",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Stage 2: infers the API model (types, properties, enums, operations) from pages.
        .target(
            name: "SchemaInference",
            dependencies: ["GraphDocCore", "LenientJSON", "PageReader"]
        ),

        // Exchanges two directories atomically (renameat2 is not in Swift's Glibc module).
        .target(name: "CAtomicRename"),

        // Stage 3: renders the API model as a Swift package (work in progress: naming,
        // escaping, atomic output).
        .target(
            name: "SwiftRendering",
            dependencies: ["GraphDocCore", "SchemaInference", "CAtomicRename"]
        ),

        // The command-line tool.
        .executableTarget(
            name: "graphdocgen",
            dependencies: [
                "GraphDocCore",
                "LenientJSON",
                "PageReader",
                "SchemaInference",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Pages and paths shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["PageReader", "GraphDocCore"],
            path: "Tests/TestSupport"
        ),

        .testTarget(name: "GraphDocCoreTests", dependencies: ["GraphDocCore"]),
        .testTarget(name: "LenientJSONTests", dependencies: ["LenientJSON"]),
        .testTarget(name: "SwiftRenderingTests", dependencies: ["SwiftRendering"]),
        .testTarget(
            name: "SchemaInferenceTests",
            dependencies: ["SchemaInference", "PageReader", "GraphDocCore", "LenientJSON", "TestSupport"]
        ),
        .testTarget(
            name: "PageReaderTests",
            dependencies: ["PageReader", "GraphDocCore", "LenientJSON", "TestSupport"]
        ),
    ]
)
