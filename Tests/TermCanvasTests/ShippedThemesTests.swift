import Foundation
@testable import TermCanvas
import XCTest

/// The four shipped themes load from a binary copied anywhere, and stay equal to `themes/`.
final class ShippedThemesTests: XCTestCase {
    private let nowhere = ThemeLoader.FileAccess(read: { _ in .missing }, list: { _ in [] })

    func testEveryShippedThemeLoadsWithNoThemeFilesAround() throws {
        let loader = ThemeLoader(searchDirectories: ["/nonexistent"], files: nowhere)
        for name in ["default", "light", "high-contrast", "mono"] {
            let theme = try loader.load(name)
            XCTAssertEqual(theme.name, name)
        }
        XCTAssertEqual(loader.availableThemeNames(), ["default", "high-contrast", "light", "mono"])
        XCTAssertThrowsError(try loader.load("nosuch"))
    }

    func testTheBuiltInTextsAreTheFilesInThemes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        for (name, text) in ShippedThemes.texts {
            let file = try String(contentsOf: folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            XCTAssertEqual(text + "\n", file, "\(name).toml changed: regenerate ShippedThemes.swift")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        XCTAssertEqual(Set(files.map { String($0.dropLast(5)) }), Set(ShippedThemes.texts.keys))
    }
}
