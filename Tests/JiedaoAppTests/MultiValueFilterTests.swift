@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// A column filter holding several values: 状态 ∈ {受理, 结案}.
final class MultiValueFilterTests: XCTestCase {
    func testSpaceMarksValuesAndEnterFiltersByAnyOfThem() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("5"))
        let stateColumn = try XCTUnwrap(PaneColumns.index(of: .state, on: .appeals))
        for _ in 0..<stateColumn { app.run(.columnRight) }
        app.run(.filter)
        guard case .filter(let picker) = app.state.mode else { return XCTFail("no picker") }
        XCTAssertEqual(picker.values.sorted(), ["分拨", "受理", "结案"].sorted())
        // Mark every value but the dispatched one.
        for (index, value) in picker.values.enumerated() {
            if value != "分拨" { app.press(.character(" ")) } else { app.run(.moveDown, in: .choice) }
            _ = index
        }
        app.run(.choose, in: .choice)
        XCTAssertEqual(app.state.mode, .browse)
        let chip = try XCTUnwrap(app.state.current.filters.first)
        XCTAssertEqual(Set(chip.values), ["受理", "结案"])
        XCTAssertEqual(app.state.current.rows.sorted(), [1, 2], "the received and the closed appeal")
        XCTAssertTrue(app.screen[1].contains("受理") && app.screen[1].contains("结案"), app.screen[1])
        // The language changes; the filter and its rows stay.
        app.press(.character(":"))
        app.type("lang en")
        app.press(.enter)
        XCTAssertEqual(app.state.current.rows.sorted(), [1, 2])
        XCTAssertTrue(app.screen[1].contains("Received") && app.screen[1].contains("Closed"), app.screen[1])
    }
}
