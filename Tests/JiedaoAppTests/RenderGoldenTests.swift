import Foundation
@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// Every pane drawn at 100×30 and 50×16 in both languages, compared with committed screens.
/// Set JIEDAO_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then read the diff.
final class RenderGoldenTests: XCTestCase {
    private func check(_ name: String, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try GoldenFile.check(name, lines, file: file, line: line)
    }

    func testEveryPaneAtBothSizesInBothLanguages() throws {
        for language in Language.allCases {
            for (width, height) in [(100, 30), (50, 16)] {
                var app = AppDriver(try AppFixtures.state(language: language, width: width, height: height))
                for pane in Pane.allCases {
                    app.show(pane)
                    let screen = app.screen
                    XCTAssertEqual(screen.count, height)
                    for row in screen { XCTAssertLessThanOrEqual(DisplayWidth.of(row), width, row) }
                    try check("\(pane)-\(width)x\(height)-\(language.rawValue)", screen)
                }
            }
        }
    }

    func testFormAndDialogScreens() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("e"))
        try check("form-compound-100x30-zh", app.screen)
        app.press(.escape, .character("d"))
        try check("confirm-delete-100x30-zh", app.screen)
        app.press(.character("n"), .character("5"), .character("g"), .enter)
        try check("detail-appeal-100x30-zh", app.screen)
        var views = AppDriver(try AppFixtures.state())
        views.press(.character("4"), .character("b"))
        try check("compliance-volunteers-100x30-zh", views.screen)
        views.press(.character("6"))
        try check("budget-projects-100x30-zh", views.screen)
        var english = AppDriver(try AppFixtures.state(language: .en, width: 50, height: 16))
        english.press(.character("?"))
        try check("help-50x16-en", english.screen)
    }

    func testControlCharactersFromThePublicAreShownEscaped() throws {
        var app = AppDriver(try AppFixtures.state())
        app.receive(.update(RecordRef(.appeal, 2), version: 1, [FieldChange("summary", .text("恶意\u{1B}[2J标题\u{07}"))]), by: UserID(0), login: "zhang")
        app.follow()
        app.press(.character("5"), .character("G"))
        let canvas = render(app.state)
        for cell in canvas.cells {
            XCTAssertFalse(cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "raw control character reached the canvas")
        }
        XCTAssertTrue(app.screen.joined().contains("恶意␛[2J标题␇"), app.screen.joined(separator: "\n"))
    }
}
