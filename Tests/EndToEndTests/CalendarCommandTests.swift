import Foundation
import XCTest

/// `jiedao calendar` never answers silently across a year whose notice is missing.
final class CalendarCommandTests: XCTestCase {
    func testAYearWithoutItsNoticeIsSaidAndItsHolidaysKept() throws {
        let across = try JiedaoBinary.run(["calendar", "2026-12-31", "+1", "--lang", "en"])
        XCTAssertEqual(across.status, 0, across.stderr)
        XCTAssertTrue(across.stdout.hasPrefix("1 working days after 2026-12-31: 2027-01-04"), across.stdout)
        XCTAssertTrue(across.stdout.contains("notice for 2027 is not in the data"), across.stdout)
        let known = try JiedaoBinary.run(["calendar", "2026-06-01", "--lang", "en"])
        XCTAssertFalse(known.stdout.contains("Note"), known.stdout)
    }

    func testADataDirectorysHolidayFileIsUsed() throws {
        let directory = try JiedaoBinary.temporaryDirectory()
        // A made-up 2027 arrangement: 4 January off, so the answer must move on to the 5th.
        try Data("year 2027 测试通知\n2027-01-01 off 元旦\n2027-01-04 off 测试假日\n".utf8)
            .write(to: URL(fileURLWithPath: directory + "/holidays-2027.txt"))
        let result = try JiedaoBinary.run(["calendar", "2026-12-31", "+1", "--data", directory, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("1 working days after 2026-12-31: 2027-01-05"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Note"), "2027 is known from the file: \(result.stdout)")
        let missing = try JiedaoBinary.run(["calendar", "2027-01-01", "--data", directory + "/nope", "--lang", "en"])
        XCTAssertEqual(missing.status, 1)
    }
}
