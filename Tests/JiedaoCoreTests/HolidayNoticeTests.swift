import JiedaoCore
import XCTest

/// Holiday notices kept in the data set's settings: checked when added, counted by its calendar.
final class HolidayNoticeTests: XCTestCase {
    private let notice = "year 2027 测试通知\n2027-10-01..2027-10-08 off 国庆节\n2027-09-26 work 国庆节调休\n"

    func testAnAddedNoticeChangesTheDataSetsCalendar() throws {
        var s = try Fixtures.street()
        let friday = try Day("2027-10-08")
        let sunday = try Day("2027-09-26")
        XCTAssertTrue(s.registry.settings.workCalendar().isWorkingDay(friday))
        XCTAssertFalse(s.registry.settings.workCalendar().isKnown(2027))
        var settings = s.registry.settings
        settings.holidayNotices = [notice]
        try s.registry.apply(.changeSettings(version: settings.version, settings), by: s.admin, at: Fixtures.now)
        let calendar = s.registry.settings.workCalendar()
        XCTAssertFalse(calendar.isWorkingDay(friday))
        XCTAssertTrue(calendar.isWorkingDay(sunday), "the make-up workday")
        XCTAssertTrue(calendar.isKnown(2027))
        // Shipped years are untouched by it.
        XCTAssertEqual(calendar.isWorkingDay(try Day("2026-10-08")), WorkCalendar.shipped.isWorkingDay(try Day("2026-10-08")))
    }

    func testANoticeThatDoesNotParseIsRefusedWithItsLineAndChangesNothing() throws {
        var s = try Fixtures.street()
        var settings = s.registry.settings
        settings.holidayNotices = ["year 2027 测试通知\n2027-10-01 of 国庆节\n"]
        let before = s.registry.settings
        do {
            try s.registry.apply(.changeSettings(version: settings.version, settings), by: s.admin, at: Fixtures.now)
            XCTFail("a bad notice must be refused")
        } catch {
            XCTAssertTrue(error.message.en.contains("line 2"), error.message.en)
        }
        XCTAssertEqual(s.registry.settings, before)
    }

    func testOnlyAnAdminAddsANotice() throws {
        var s = try Fixtures.street()
        var settings = s.registry.settings
        settings.holidayNotices = [notice]
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.changeSettings(version: settings.version, settings), by: s.coordinator, at: Fixtures.now)
        }) { if case .notPermitted(.coordinator) = $0 { true } else { false } }
    }
}
