// swift-tools-version:6.1
import PackageDescription

// The libFuzzer harnesses of GraphDocGen: one executable per stage, built apart from the
// project with the fuzzer and address sanitizer (see bench/fuzz.sh):
//
//     swift build -c release --scratch-path ../../.build-fuzz/build \
//         -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//
// SwiftPM links an executable's entry point as `<module>_main` on Linux, so the usual
// `@_cdecl("LLVMFuzzerTestOneInput")` alone does not link: each harness has a `@main`
// that hands its target to libFuzzer's `LLVMFuzzerRunDriver` (see FuzzSupport).
let package = Package(
    name: "GraphDocGenFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "GraphDocGen", path: "../.."),
    ],
    targets: [
        // Declares libFuzzer's driver entry point (the library comes with -sanitize=fuzzer).
        .target(name: "CLibFuzzer"),

        // Runs a harness under libFuzzer, and the checks every harness shares.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "PageReader", package: "GraphDocGen"),
            ]
        ),

        .executableTarget(
            name: "FuzzLenientJSON",
            dependencies: ["FuzzSupport", .product(name: "LenientJSON", package: "GraphDocGen")]
        ),
        .executableTarget(
            name: "FuzzEnglishRecovery",
            dependencies: ["FuzzSupport", .product(name: "PageReader", package: "GraphDocGen")]
        ),
        .executableTarget(
            name: "FuzzHTTPBlock",
            dependencies: ["FuzzSupport", .product(name: "PageReader", package: "GraphDocGen")]
        ),
        .executableTarget(
            name: "FuzzPageReader",
            dependencies: [
                "FuzzSupport",
                .product(name: "PageReader", package: "GraphDocGen"),
                .product(name: "LenientJSON", package: "GraphDocGen"),
            ]
        ),
        .executableTarget(
            name: "FuzzSchemaInference",
            dependencies: [
                "FuzzSupport",
                .product(name: "PageReader", package: "GraphDocGen"),
                .product(name: "SchemaInference", package: "GraphDocGen"),
                .product(name: "LenientJSON", package: "GraphDocGen"),
            ]
        ),
    ]
)
