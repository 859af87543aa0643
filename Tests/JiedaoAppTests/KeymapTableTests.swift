@testable import JiedaoApp
import TermCanvas
import XCTest

/// The one bindings table: no key means two things in the same mode and place.
final class KeymapTableTests: XCTestCase {
    func testNoTwoBindingsShareAKeyInTheSameModeAndPane() {
        for mode in InputMode.allCases {
            for pane in Pane.allCases {
                var seen: [Key: String] = [:]
                for binding in Keymap.bindings where binding.mode == mode && (mode != .browse || binding.applies(to: pane)) {
                    for key in binding.keys {
                        XCTAssertNil(seen[key], "\(mode) on \(pane): \(key.name) is both “\(seen[key] ?? "")” and “\(binding.help.en)”")
                        seen[key] = binding.help.en
                    }
                }
            }
        }
    }

    func testEveryModeHasItsRowsAndEveryCommandLineWordIsListed() {
        for mode in InputMode.allCases {
            XCTAssertFalse(Keymap.bindings.filter { $0.mode == mode }.isEmpty, "\(mode) has no rows")
        }
        let typed = Keymap.bindings.map(\.typed).joined(separator: " ")
        for word in [":w", ":q", ":wq", ":theme", ":lang", ":ascii", ":export", ":votes", ":score", ":report", ":eval", ":kpi", ":limits", ":limit", ":help"] {
            XCTAssertTrue(typed.contains(word), "\(word) is not in the table")
        }
    }

    func testTheHelpStartsWithThisPanesKeys() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("5"), .character("?"))
        let screen = app.screen.joined(separator: "\n")
        let appeals = try XCTUnwrap(screen.range(of: "诉求")?.lowerBound, screen)
        let everywhere = try XCTUnwrap(screen.range(of: "通用")?.lowerBound, screen)
        XCTAssertLessThan(appeals, everywhere, "on the appeals pane its keys come first")
        XCTAssertTrue(screen.contains("分拨"), screen)
    }
}
