import JiedaoCore
@testable import JiedaoApp
import XCTest

final class ColumnIDTests: XCTestCase {
    func testEveryPaneNamesItsColumnsOnce() {
        for pane in Pane.allCases {
            let ids = PaneColumns.columns(for: pane).map(\.id)
            XCTAssertEqual(Set(ids).count, ids.count, "\(pane): \(ids)")
        }
    }

    func testSortAndFilterNameTheColumnNotItsPlace() throws {
        var app = AppDriver(try AppFixtures.state())
        // Appeals, sorted by state descending with the cursor on 状态, then the cursor moves away.
        app.press(.character("5"), .character("l"), .character("l"), .character("l"), .character("l"), .character("S"))
        XCTAssertEqual(app.state.current.sort, ColumnSort(.state, .descending))
        app.press(.character("h"), .character("h"))
        XCTAssertEqual(app.state.current.sort, ColumnSort(.state, .descending))
        let column = try XCTUnwrap(PaneColumns.column(.state, on: .appeals))
        let context = app.state.rowContext
        let states = app.state.current.rows.map { column.text(context, $0) }
        XCTAssertGreaterThan(Set(states).count, 1)
        XCTAssertEqual(states, states.sorted(by: >), "still sorted by state after the cursor moved")
    }
}
