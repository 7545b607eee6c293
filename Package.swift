// swift-tools-version:6.1
import PackageDescription

// The strictest import modes, for the sources the generator copies into every generated package.
let copiedSourceSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "GraphDocGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "graphdocgen", targets: ["graphdocgen"]),
        .library(name: "PageReader", targets: ["PageReader"]),
        .library(name: "LenientJSON", targets: ["LenientJSON"]),
        .library(name: "SchemaInference", targets: ["SchemaInference"]),
        .library(name: "GraphRuntime", targets: ["GraphRuntime"]),
        .plugin(name: "GraphDocGenPlugin", targets: ["GraphDocGenPlugin"]),
        .plugin(name: "GenerateSDKCommand", targets: ["GenerateSDKCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The package generated from docs-input/, which an app-style test uses.
        .package(path: "Generated"),
        // Test-only: a local HTTP server and a real client transport for the HTTP round trips.
        // Hummingbird's default traits (swift-configuration support, full Foundation) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The C markdown parser, from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Shared vocabulary of every stage: source locations, diagnostics and content digests.
        .target(name: "GraphDocCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),

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

        // The runtime every generated SDK contains: JSON values, null vs absent, open enums, Graph
        // dates and durations, additional data, `@odata.type` dispatch, errors, paging and transport.
        // The generator copies these files verbatim, so they build in the strictest import modes.
        .target(
            name: "GraphRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: copiedSourceSettings
        ),

        // The mock service of every generated package (its `…Mocks` library): a transport that
        // answers the documented requests with their documented responses. Copied verbatim, as
        // the runtime is, importing the generated library instead of GraphRuntime.
        .target(
            name: "GraphMocks",
            dependencies: [
                "GraphRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: copiedSourceSettings
        ),

        // The layout of the generated Swift files (logic-less Mustache templates).
        .target(
            name: "GraphDocTemplates",
            path: "Templates",
            resources: [.copy("Swift")]
        ),

        // Exchanges two directories atomically (renameat2 is not in Swift's Glibc module).
        .target(name: "CAtomicRename"),

        // Stage 3: renders the API model as a Swift package (names, escaping, models, client,
        // fixture tests, mock service) and writes it atomically.
        .target(
            name: "SwiftRendering",
            dependencies: [
                "GraphDocCore", "LenientJSON", "SchemaInference", "CAtomicRename", "GraphDocTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // Stage 4 (beside rendering): what a package's users see of an API, and the changes between two.
        .target(
            name: "APIDiff",
            dependencies: ["GraphDocCore", "LenientJSON", "SchemaInference", "SwiftRendering"]
        ),

        // The tool's configuration (graphdocgen.yaml), the page selection it describes and its rendering options.
        .target(
            name: "GraphDocConfig",
            dependencies: [
                "GraphDocCore", "PageReader", "SchemaInference", "SwiftRendering", .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Records of earlier generations by content digest, so that a run whose inputs did not
        // change leaves its output as it is, and the evidence of each page, so that a run reads
        // only the pages that changed.
        .target(
            name: "GenerationCache",
            dependencies: [
                "GraphDocCore", "LenientJSON", "PageReader", "SchemaInference", "SwiftRendering",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The lint report and its formats (text, JSON, SARIF).
        .target(name: "GraphDocLint", dependencies: ["GraphDocCore"]),

        // The command-line tool.
        .executableTarget(
            name: "graphdocgen",
            dependencies: [
                "APIDiff",
                "GraphDocConfig",
                "GraphDocLint",
                "GraphDocCore",
                "GenerationCache",
                "GraphRuntime",
                "LenientJSON",
                "PageReader",
                "SchemaInference",
                "SwiftRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Compiles the SDK generated from a target's graphdocgen.yaml into that target.
        .plugin(name: "GraphDocGenPlugin", capability: .buildTool(), dependencies: ["graphdocgen"]),
        // `swift package generate-sdk`: writes the generated package into the package directory.
        .plugin(
            name: "GenerateSDKCommand",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Generate the Swift package for documentation pages (graphdocgen generate)"),
                permissions: [.writeToPackageDirectory(reason: "graphdocgen generate writes the generated package (default Generated/) into the package directory")]
            ),
            dependencies: ["graphdocgen"]
        ),

        // Pages and paths shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["PageReader", "GraphDocCore", "LenientJSON"],
            path: "Tests/TestSupport"
        ),

        .testTarget(name: "GraphDocCoreTests", dependencies: ["GraphDocCore"]),
        .testTarget(
            name: "GenerationCacheTests",
            dependencies: [
                "GenerationCache", "SwiftRendering", "GraphDocCore", "LenientJSON", "PageReader", "SchemaInference", "TestSupport",
            ]
        ),
        .testTarget(name: "GraphDocToolTests", dependencies: ["GenerationCache", "GraphDocLint", "GraphDocCore", "TestSupport"]),
        .testTarget(
            name: "GraphDocConfigTests",
            dependencies: ["GraphDocConfig", "GraphDocCore", "PageReader", "SchemaInference", "SwiftRendering"]
        ),
        .testTarget(name: "LenientJSONTests", dependencies: ["LenientJSON"]),
        .testTarget(
            name: "APIDiffTests",
            dependencies: ["APIDiff", "SchemaInference", "SwiftRendering", "PageReader", "LenientJSON", "TestSupport"]
        ),
        .testTarget(
            name: "SwiftRenderingTests",
            dependencies: ["APIDiff", "SwiftRendering", "SchemaInference", "PageReader", "LenientJSON", "GraphDocCore", "TestSupport"]
        ),
        // A transport double that records the requests it is sent and answers as told.
        .target(
            name: "TestTransport",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/TestTransport"
        ),
        // The other end of the real HTTP round trips: a local Hummingbird server that records
        // what it receives, a time limit, and the real client transport (URLSession).
        .target(
            name: "LocalHTTPServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/LocalHTTPServer"
        ),
        .testTarget(
            name: "GeneratedSDKTests",
            dependencies: [
                "TestTransport", "TestSupport", "PageReader", "LenientJSON", "LocalHTTPServer",
                .product(name: "GraphSDK", package: "Generated"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Compiles and uses the reference sources of the golden test (the zoo's client and
        // models), through the transport double and over real HTTP.
        .testTarget(
            name: "GoldenConsumerTests",
            dependencies: [
                "GraphRuntime", "TestTransport", "LocalHTTPServer",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "GraphRuntimeTests",
            dependencies: [
                "GraphRuntime", "TestTransport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "GraphMocksTests",
            dependencies: [
                "GraphMocks", "GraphRuntime", "TestSupport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
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
