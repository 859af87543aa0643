import Foundation
import XCTest
import TermCanvas

/// The theme files shipped in the repository's `themes/` directory.
final class ThemeFilesTests: XCTestCase {
    private var themesDirectory: String {
        // Tests/TermCanvasTests/ThemeFilesTests.swift → repository root.
        URL(fileURLWithPath: "\(#filePath)")
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("themes")
            .path
    }

    private func loadShipped(_ name: String) throws -> Theme {
        try ThemeLoader(searchDirectories: [themesDirectory], files: .testDisk).load(themesDirectory + "/" + name + ".toml")
    }

    func testAllShippedThemesParse() throws {
        for name in ["default", "light", "high-contrast", "mono"] {
            let theme = try loadShipped(name)
            XCTAssertEqual(theme.name, name)
            XCTAssertFalse(theme.styles.isEmpty, name)
        }
    }

    func testShippedThemesOnlyNameKnownRoles() throws {
        let known = Set(StyleRole.allKnown)
        for name in ["default", "light", "high-contrast"] {
            let theme = try loadShipped(name)
            // The colour themes style every role explicitly.
            XCTAssertEqual(Set(theme.styles.keys), known, name)
        }
    }

    func testDefaultFileMatchesTheBuiltInTheme() throws {
        XCTAssertEqual(try loadShipped("default"), Theme.builtinDefault)
    }

    func testMonoUsesNoColours() throws {
        let mono = try loadShipped("mono")
        XCTAssertEqual(mono, Theme.builtinMono)
        for (role, style) in mono.styles {
            XCTAssertEqual(style.foreground, .terminalDefault, role.name)
            XCTAssertEqual(style.background, .terminalDefault, role.name)
        }
        // Selection must still be visible without colour.
        XCTAssertTrue(mono.style(for: .selected).reverse)
        XCTAssertTrue(mono.style(for: .tabActive).reverse)
    }

    func testLoaderFindsShippedThemesByName() throws {
        let loader = ThemeLoader(searchDirectories: ["/does/not/exist", themesDirectory], files: .testDisk)
        XCTAssertEqual(try loader.load("light").name, "light")
        XCTAssertEqual(loader.availableThemeNames(), ["default", "high-contrast", "light", "mono"])
    }
}

extension ThemeLoader.FileAccess {
    /// The real files, read the simple way a test may.
    static let testDisk = ThemeLoader.FileAccess(
        read: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .missing }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return .unreadable }
            return .text(text)
        },
        list: { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
    )
}
