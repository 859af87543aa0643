@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The footer offers the steps the selected record's state allows, and no others.
final class FooterFollowsRecordTests: XCTestCase {
    private func footer(on pane: Character, row: Int, login: String = "zhang") throws -> String {
        var app = AppDriver(try AppFixtures.state(login: login, width: 220, height: 30))
        app.press(.character(pane))
        for _ in 0..<row { app.run(.moveDown) }
        return try XCTUnwrap(app.screen.last)
    }

    func testAppealStepsFollowItsState() throws {
        // #0: dispatched and overdue — accept, give back, resolve, urge; not dispatch or evaluate.
        let dispatched = try footer(on: "5", row: 0)
        for hint in ["A 签收", "B 退单", "R 办结", "U 催办", "W 撤销诉求"] { XCTAssertTrue(dispatched.contains(hint), "\(hint): \(dispatched)") }
        for hint in ["D 分拨", "E 回访评价", "X 延期"] { XCTAssertFalse(dispatched.contains(hint), "\(hint): \(dispatched)") }
        // #1: closed — no step at all.
        let closed = try footer(on: "5", row: 1)
        for hint in ["A 签收", "B 退单", "R 办结", "U 催办", "D 分拨", "E 回访评价", "X 延期", "W 撤销诉求"] {
            XCTAssertFalse(closed.contains(hint), "\(hint): \(closed)")
        }
        // #2: received — dispatch (first: the pane's steps lead) and withdraw.
        let received = try footer(on: "5", row: 2)
        XCTAssertTrue(received.hasPrefix("D 分拨"), received)
        XCTAssertTrue(received.contains("W 撤销诉求"), received)
        for hint in ["A 签收", "R 办结", "E 回访评价"] { XCTAssertFalse(received.contains(hint), "\(hint): \(received)") }
    }

    func testSupervisorsAreOfferedSupervisionOnly() throws {
        let supervisor = try footer(on: "5", row: 0, login: "zhaoliu")
        XCTAssertTrue(supervisor.contains("O 督办"), supervisor)
        for hint in ["A 签收", "R 办结", "a 新增"] { XCTAssertFalse(supervisor.contains(hint), "\(hint): \(supervisor)") }
    }

    func testProjectStepsFollowItsState() throws {
        // The fixture's project is proposed: deliberate or reject, not approve yet.
        let proposed = try footer(on: "6", row: 0)
        XCTAssertTrue(proposed.contains("V 评议"), proposed)
        XCTAssertTrue(proposed.contains("J 否决"), proposed)
        XCTAssertFalse(proposed.contains("P 确定"), proposed)
        XCTAssertFalse(proposed.contains("I 实施"), proposed)
    }
}
