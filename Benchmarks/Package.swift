// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so `swift test` in the main package never builds them.
let package = Package(
    name: "JiedaoBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "JiedaoBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JiedaoKit", package: "main"),
            ],
            path: "Benchmarks/JiedaoBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
