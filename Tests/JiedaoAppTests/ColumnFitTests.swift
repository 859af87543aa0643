@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// On narrow screens columns give way so a title is read, not guessed; the appeals pane keeps
/// state and deadline longest.
final class ColumnFitTests: XCTestCase {
    func testTheAppealTitleGetsTwiceItsMinimumAtEveryWidth() {
        let columns = PaneColumns.columns(for: .appeals)
        guard let summary = columns.firstIndex(where: { $0.id == .summary }) else { return XCTFail("no summary column") }
        for width in [49, 64, 79, 99, 120, 199] {
            let shown = ColumnFit.shown(columns, width: width, on: .appeals)
            let sizes = Layout.sizes(for: shown.map { columns[$0].width }, length: width, spacing: 1)
            let title = shown.firstIndex(of: summary).map { sizes[$0] } ?? 0
            let ids = shown.map { columns[$0].id }
            XCTAssertGreaterThanOrEqual(title, 16, "width \(width): \(ids)")
            XCTAssertTrue(ids.contains(.state) && ids.contains(.deadline), "width \(width) keeps state and deadline: \(ids)")
            XCTAssertEqual(shown, shown.sorted(), "columns keep their order")
        }
        XCTAssertEqual(ColumnFit.shown(columns, width: 199, on: .appeals).count, columns.count, "a wide screen shows every column")
        // At the smallest screen the deadline is the last to go.
        XCTAssertEqual(ColumnFit.shown(columns, width: 40, on: .appeals).map { columns[$0].id }, [.number, .summary, .deadline])
    }

    func testColumnKeysMoveOnlyOverTheColumnsShown() throws {
        var app = AppDriver(try AppFixtures.state(width: 50, height: 16))
        app.press(.character("5"))
        var visited: [ColumnID] = []
        for _ in 0..<10 {
            visited.append(PaneColumns.columns(for: .appeals)[app.state.current.column].id)
            app.press(.character("l"))
        }
        XCTAssertEqual(Array(Set(visited)).sorted { $0.rawValue < $1.rawValue }, [.number, .summary, .state, .deadline].sorted { $0.rawValue < $1.rawValue })
    }
}
