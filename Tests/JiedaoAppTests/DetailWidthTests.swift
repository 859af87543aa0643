@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The detail panel gives labels the width a wide screen has, and a cut value ends in an ellipsis.
final class DetailWidthTests: XCTestCase {
    func testLabelsUseTheWidthThereIs() throws {
        var wide = AppDriver(try AppFixtures.state(language: .en, width: 200, height: 40))
        wide.press(.character("3"))
        let screen = wide.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Committee term ends"), screen)
        var narrow = AppDriver(try AppFixtures.state(language: .en, width: 100, height: 30))
        narrow.press(.character("3"))
        let cut = narrow.screen.joined(separator: "\n")
        XCTAssertFalse(cut.contains("Committee term ends"), "at 100 columns the label is cut…")
        XCTAssertTrue(cut.contains("Committee ter…"), "…and says so: \(cut)")
    }
}

/// h / l move over the columns the screen shows, never onto one a narrow screen left out.
final class ShownColumnTests: XCTestCase {
    func testColumnKeysSkipColumnsANarrowScreenLeavesOut() throws {
        var app = AppDriver(try AppFixtures.state(width: 50, height: 16))
        app.press(.character("5"))
        let shown = app.state.shownColumns
        XCTAssertLessThan(shown.count, PaneColumns.columns(for: .appeals).count, "50 columns cannot show every appeal column")
        for _ in 0..<20 { app.run(.columnRight) }
        XCTAssertEqual(app.state.current.column, shown.last, "l stops at the last column shown")
        let header = app.screen[2]
        let title = PaneColumns.columns(for: .appeals)[app.state.current.column].title.zh
        XCTAssertTrue(header.contains(String(title.prefix(1))), "the current column is on screen, if cut: \(header)")
        for _ in 0..<20 { app.run(.columnLeft) }
        XCTAssertEqual(app.state.current.column, shown.first)
    }
}

/// The summary shows the whole street, so it shows no drill-down path.
final class SummaryCrumbTests: XCTestCase {
    func testTheSummaryDropsTheDrillDownPath() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"), .enter)
        XCTAssertTrue(app.screen[1].contains("侨香社区"), app.screen[1])
        app.press(.character("7"))
        XCTAssertEqual(app.state.pane, .summary)
        XCTAssertFalse(app.screen[1].contains("侨香社区"), "street-wide figures under a community's path: \(app.screen[1])")
        XCTAssertTrue(app.screen[1].contains("桂香街道"), app.screen[1])
    }
}
