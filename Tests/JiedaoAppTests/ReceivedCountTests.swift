@testable import JiedaoApp
import JiedaoCore
import JiedaoExchange
import XCTest

/// The summary pane and the monthly report count the month's appeals the same way.
final class ReceivedCountTests: XCTestCase {
    func testAMergedDuplicateIsCountedByNeither() throws {
        var registry = try AppFixtures.registry()
        // #2 is a duplicate of #0, both received this month.
        try registry.apply(.moveAppeal(AppealID(2), version: 1, .merge(into: AppealID(0)), note: "重复"), by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        _ = update(&state, .key(.character("7")))
        let month = Day(unixTime: AppFixtures.now, utcOffset: registry.settings.utcOffset(at: AppFixtures.now)).firstOfMonth
        let report = MonthlyReport(state.registry, month: month, at: AppFixtures.now, calendar: state.calendar, language: .zh)
        XCTAssertEqual(report.byCategory.total.tally.counted, 2)
        XCTAssertEqual(state.summaryFigures.receivedThisMonth, report.byCategory.total.tally.counted)
    }
}
