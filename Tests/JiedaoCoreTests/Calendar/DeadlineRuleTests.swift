import JiedaoCore
import XCTest

final class DeadlineRuleTests: XCTestCase {
    let calendar = WorkCalendar.shipped

    func testEmergencyIsClockTime() {
        // 2024-10-03 09:00 +08:00, in the National Day holiday: 24 hours later all the same.
        XCTAssertEqual(DeadlineRule.emergency.deadline(receivedAt: 1_727_917_200, calendar: calendar), 1_728_003_600)
        XCTAssertEqual(DeadlineRule.hours(2).deadline(receivedAt: 100, calendar: calendar), 7300)
        XCTAssertEqual(DeadlineRule.hours(1).deadline(receivedAt: .max - 10, calendar: calendar), .max)
    }

    func testWorkingDaysFromInsideNationalDay2024() {
        // Received 2024-10-03 09:00 +08:00: 5 working days end on the make-up Saturday
        // 2024-10-12, at 23:59:59 +08:00.
        XCTAssertEqual(DeadlineRule.general.deadline(receivedAt: 1_727_917_200, calendar: calendar), 1_728_748_799)
    }

    func testWorkingDaysAcrossYearEnd() {
        // Received Monday 2025-12-29 18:45 +08:00: 30, 31 December, 4 (Sunday 调休), 5, 6 January.
        XCTAssertEqual(DeadlineRule.general.deadline(receivedAt: 1_767_005_100, calendar: calendar), 1_767_715_199)
        XCTAssertEqual(DeadlineRule.general.deadline(receivedAt: 1_767_005_100, calendar: calendar),
                       try Day("2026-01-06").endTime())
    }

    func testReceivedOnMakeUpWorkday() throws {
        // Saturday 2026-02-14 is worked, so it is the day of receipt and does not count:
        // 15 working days are 24, 25, 26, 27 February, Saturday 28, 2-6 and 9-13 March.
        XCTAssertEqual(DeadlineRule.complex.deadline(receivedAt: 1_771_034_400, calendar: calendar), 1_773_417_599)
        XCTAssertEqual(DeadlineRule.consultation.deadline(receivedAt: 1_771_034_400, calendar: calendar),
                       try Day("2026-02-26").endTime())
    }

    func testReceiptDayNeverCounts() throws {
        // Friday evening and Saturday give the same deadline; the first working day after is day 1.
        let friday = try Day("2024-09-27").startTime() + 20 * 3600
        let saturday = try Day("2024-09-28").startTime() + 10 * 3600
        let expected = try Day("2024-10-09").endTime()   // 29 (Sunday 调休), 30, 8, 9 October
        XCTAssertEqual(DeadlineRule.workingDays(4).deadline(receivedAt: friday, calendar: calendar), expected)
        XCTAssertEqual(DeadlineRule.workingDays(4).deadline(receivedAt: saturday, calendar: calendar), expected)
        // Zero (or negative) working days: the end of the day of receipt.
        XCTAssertEqual(DeadlineRule.workingDays(0).deadline(receivedAt: friday, calendar: calendar),
                       try Day("2024-09-27").endTime())
        XCTAssertEqual(DeadlineRule.workingDays(-3).deadline(receivedAt: friday, calendar: calendar),
                       try Day("2024-09-27").endTime())
    }

    func testLocalMidnightDecidesTheDay() throws {
        // 2024-02-09 23:59:59 +08:00 is 除夕, a Friday worked in 2024; one second later it is
        // 10 February, inside the holiday. Both have the make-up Sunday 18 as day 1.
        let lastSecond: Int64 = 1_707_494_399
        XCTAssertEqual(DeadlineRule.workingDays(1).deadline(receivedAt: lastSecond, calendar: calendar),
                       try Day("2024-02-18").endTime())
        XCTAssertEqual(DeadlineRule.workingDays(1).deadline(receivedAt: lastSecond + 1, calendar: calendar),
                       try Day("2024-02-18").endTime())
        // The same instant in UTC is still the 9th in the afternoon.
        XCTAssertEqual(DeadlineRule.workingDays(1).deadline(receivedAt: lastSecond, utcOffset: 0, calendar: calendar),
                       try Day("2024-02-18").endTime(utcOffset: 0))
    }

    func testStandardRules() {
        XCTAssertEqual(DeadlineRule.standard(for: .emergency), .hours(24))
        XCTAssertEqual(DeadlineRule.standard(for: .consultation), .workingDays(3))
        XCTAssertEqual(DeadlineRule.standard(for: .general), .workingDays(5))
        XCTAssertEqual(DeadlineRule.standard(for: .complex), .workingDays(15))
        XCTAssertEqual(DeadlineRule.general.label.zh, "5个工作日")
        XCTAssertEqual(DeadlineRule.emergency.label.en, "24 hours")
    }
}
