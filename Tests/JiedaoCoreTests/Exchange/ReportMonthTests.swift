import JiedaoCore
import JiedaoExchange
import XCTest

/// Which month `jiedao report` reports on when none is named.
final class ReportMonthTests: XCTestCase {
    func testTheFirstFiveDaysReportTheMonthJustEnded() throws {
        XCTAssertEqual(MonthlyReport.defaultMonth(today: try Day("2026-12-01")).iso, "2026-11-30")
        XCTAssertEqual(MonthlyReport.defaultMonth(today: try Day("2026-12-05")).iso, "2026-11-30")
        XCTAssertEqual(MonthlyReport.defaultMonth(today: try Day("2027-01-03")).iso, "2026-12-31", "across the year end")
        XCTAssertEqual(MonthlyReport.defaultMonth(today: try Day("2026-12-06")).iso, "2026-12-06", "from the sixth on, this month")
        XCTAssertEqual(MonthlyReport.defaultMonth(today: try Day("2024-03-02")).iso, "2024-02-29")
    }
}
