// swift-tools-version:6.1
import PackageDescription

// An app that gets its Graph SDK from GraphDocGen's build-tool plugin: the CallsSDK target holds
// graphdocgen.yaml and the documentation pages, and `swift build` compiles the SDK generated
// from them into it.

// The modules the generated code imports, which its users import too.
let generatedCodeDependencies: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]

let package = Package(
    name: "CallsApp",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "GraphDocGen", path: "../.."),
        // What the generated code imports.
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "CallsSDK",
            dependencies: generatedCodeDependencies,
            exclude: ["graphdocgen.yaml", "docs"],
            plugins: [.plugin(name: "GraphDocGenPlugin", package: "GraphDocGen")]
        ),
        .executableTarget(
            name: "CallsApp",
            dependencies: ["CallsSDK"] + generatedCodeDependencies
        ),
        .testTarget(
            name: "CallsAppTests",
            dependencies: ["CallsSDK"] + generatedCodeDependencies
        ),
    ]
)
