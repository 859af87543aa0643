@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// `:view save NAME` keeps a pane's filters, sort and narrowing; `:view NAME` brings them back.
final class SavedViewTests: XCTestCase {
    private func command(_ app: inout AppDriver, _ line: String) {
        app.press(.character(":"))
        app.type(line)
        app.press(.enter)
    }

    func testAViewIsSavedRememberedAndBroughtBack() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("5"), .character("/"))
        app.type("路灯")
        app.press(.enter)
        app.run(.sortDescending)
        let rows = app.state.current.rows
        XCTAssertEqual(rows, [0])
        command(&app, "view save 路灯")
        XCTAssertEqual(app.dashboard.store.preferences.views["路灯"], SavedView(pane: .appeals, filters: [], sort: app.state.current.sort, search: "路灯"),
                       "remembered with the other preferences")
        app.press(.escape, .character("1"))
        XCTAssertEqual(app.state.pane, .today)
        command(&app, "view 路灯")
        XCTAssertEqual(app.state.pane, .appeals)
        XCTAssertEqual(app.state.current.rows, rows)
        XCTAssertEqual(app.state.current.search, "路灯")
        command(&app, "view")
        XCTAssertTrue(app.state.message?.text.zh.contains("路灯") == true, app.state.message?.text.zh ?? "")
        command(&app, "view delete 路灯")
        XCTAssertEqual(app.dashboard.store.preferences.views, [:])
        command(&app, "view 路灯")
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.message?.text.zh.contains("没有视图“路灯”") == true, app.state.message?.text.zh ?? "")
    }
}
