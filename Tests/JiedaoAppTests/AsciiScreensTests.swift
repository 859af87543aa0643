@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// `--ascii` (or `:ascii`) draws the interface's own symbols in ASCII on every pane and in the
/// overlays, in both languages; the data is shown as it is.
final class AsciiScreensTests: XCTestCase {
    private let symbols: [Character] = ["…", "↓", "↑", "←", "→", "›", "‹", "—", "●", "⇆", "▲", "▼", "│", "─", "┌", "┐", "└", "┘", "├", "┤", "█", "░",
                                        "▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    private func assertASCIISymbols(_ app: AppDriver, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let screen = app.screen.joined(separator: "\n")
        let found = symbols.filter { screen.contains($0) }
        XCTAssertEqual(found, [], "\(what):\n\(screen)", file: file, line: line)
    }

    func testEveryPaneAndOverlayAtBothSizesInBothLanguages() throws {
        for language in Language.allCases {
            for (width, height) in [(100, 30), (50, 16)] {
                var state = try AppFixtures.state(language: language, width: width, height: height)
                state.isASCII = true
                var app = AppDriver(state)
                for pane in Pane.allCases {
                    app.show(pane)
                    assertASCIISymbols(app, "\(pane) \(width)x\(height) \(language)")
                }
                // A marked row, a form with a picked field, a filter picker, help, the audit view.
                app.press(.character("5"), .character(" "))
                assertASCIISymbols(app, "marked row")
                app.press(.character("a"))
                assertASCIISymbols(app, "form")
                app.press(.escape)
                app.run(.filter)
                app.press(.character(" "))
                assertASCIISymbols(app, "filter picker")
                app.press(.escape, .character("?"))
                assertASCIISymbols(app, "help")
            }
        }
    }

    func testDataKeepsItsOwnSymbols() throws {
        var registry = try AppFixtures.registry()
        try registry.apply(.update(RecordRef(.appeal, 2), version: 1, [FieldChange("summary", .text("楼道灯—不亮…三号楼二单元"))]), by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, asciiGlyphs: true, dataName: "test")
        _ = update(&state, .resize(width: 120, height: 30))
        var app = AppDriver(state)
        app.press(.character("5"))
        app.run(.bottom)
        let screen = app.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("楼道灯—不亮…三号楼二单元"), "the detail panel shows the title as typed:\n\(screen)")
        XCTAssertTrue(screen.contains("楼道灯—不亮…三号楼~"), "the list cuts it with the ASCII mark:\n\(screen)")
    }

    func testMessagesAndTheAuditTrailUseASCIIArrowsAndDashes() throws {
        var state = try AppFixtures.state(language: .en)
        state.isASCII = true
        var app = AppDriver(state)
        app.press(.character("3"))
        let ref = RecordRef(.compound, app.state.current.selectedID ?? 0)
        app.perform([.submit(.update(ref, version: app.state.registry.version(of: ref) ?? 0, [FieldChange("households", .int(801))]), .form)])
        app.press(.character("H"))
        let audit = app.screen.joined(separator: "\n")
        XCTAssertTrue(audit.contains("->"), "the audit row shows old -> new:\n\(audit)")
        assertASCIISymbols(app, "audit trail with a change")
        app.press(.escape)
        // A conflict: another process changed the record first.
        app.receive(.update(ref, version: app.state.registry.version(of: ref) ?? 0, [FieldChange("households", .int(802))]), by: UserID(0), login: "zhang")
        app.perform([.submit(.update(ref, version: 1, [FieldChange("households", .int(803))]), .form)])
        let message = app.state.message?.text.en ?? ""
        XCTAssertTrue(message.contains("changed by") && message.contains(" - your change"), message)
    }
}
