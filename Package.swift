// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jiedao",
    products: [
        .executable(name: "jiedao", targets: ["jiedao"]),
        // For the separate Benchmarks package.
        .library(name: "JiedaoKit", targets: ["JiedaoCore", "JiedaoExchange", "JiedaoStore", "JiedaoApp", "TermCanvas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // libpq is opened when first used (see Sources/CLibpq/include/CLibpq.h), not linked.
        .target(name: "CLibpq", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CUnixSocket"),
        .target(name: "JiedaoCore"),
        .target(name: "JiedaoExchange", dependencies: ["JiedaoCore"]),
        .target(name: "JiedaoStore", dependencies: ["JiedaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "TermCanvas", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "JiedaoApp", dependencies: ["JiedaoCore", "JiedaoExchange", "TermCanvas"]),
        .target(name: "JiedaoRollup", dependencies: ["JiedaoCore", "JiedaoExchange", "JiedaoStore", "CLibpq"]),
        .target(name: "JiedaoServer", dependencies: ["JiedaoCore", "JiedaoExchange", "JiedaoStore", "CUnixSocket"]),
        .target(name: "CursesTerminal", dependencies: ["TermCanvas", "CNcursesw"]),
        .executableTarget(
            name: "jiedao",
            dependencies: [
                "JiedaoCore", "JiedaoExchange", "JiedaoStore", "TermCanvas", "JiedaoApp", "CursesTerminal", "JiedaoRollup", "JiedaoServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(name: "JiedaoCoreTests", dependencies: ["JiedaoCore", "JiedaoExchange"]),
        .testTarget(name: "JiedaoStoreTests", dependencies: ["JiedaoStore", "JiedaoCore"], exclude: ["Golden", "FuzzRegressions"]),
        .testTarget(name: "TermCanvasTests", dependencies: ["TermCanvas"]),
        .testTarget(name: "JiedaoAppTests", dependencies: ["JiedaoApp", "JiedaoCore", "TermCanvas"], exclude: ["Golden"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TermCanvas"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JiedaoCore", "JiedaoStore", "JiedaoApp", "TermCanvas", "JiedaoRollup", "JiedaoServer"]),
        .testTarget(name: "JiedaoServerTests", dependencies: ["JiedaoServer", "JiedaoStore", "JiedaoCore"]),
        .testTarget(name: "JiedaoRollupTests", dependencies: ["JiedaoRollup", "JiedaoCore", "JiedaoStore"]),
    ],
    swiftLanguageModes: [.v6]
)
