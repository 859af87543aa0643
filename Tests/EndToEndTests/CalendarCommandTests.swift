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

    /// A notice added with `jiedao holidays add` is an edit of the data set: the calendar of
    /// every later command counts by it, a bad file changes nothing, and removing it takes it back.
    func testANoticeAddedToTheDataSetIsJournaledAndCounted() throws {
        let directory = try JiedaoBinary.temporaryDirectory()
        let data = directory + "/data"
        let demo = try JiedaoBinary.run(["demo", "--scale", "street", "--out", data])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        // 8 October 2027 is a Friday: a working day by the statutory holidays alone.
        let before = try JiedaoBinary.run(["calendar", "2027-10-08", "--data", data, "--lang", "en"])
        XCTAssertTrue(before.stdout.hasPrefix("working day: 2027-10-08"), before.stdout)
        XCTAssertTrue(before.stdout.contains("notice for 2027 is not in the data"), before.stdout)

        let notice = directory + "/notice-2027.txt"
        try Data("year 2027 测试通知\n2027-10-01..2027-10-08 off 国庆节\n2027-09-26 work 国庆节调休\n".utf8).write(to: URL(fileURLWithPath: notice))
        let bad = directory + "/bad.txt"
        try Data("year 2027 测试通知\n2027-10-01 of 国庆节\n".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try JiedaoBinary.run(["holidays", "add", bad, "--data", data, "--lang", "en"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("line 2"), refused.stderr)

        let added = try JiedaoBinary.run(["holidays", "add", notice, "--data", data, "--lang", "en"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let after = try JiedaoBinary.run(["calendar", "2027-10-08", "--data", data, "--lang", "en"])
        XCTAssertTrue(after.stdout.hasPrefix("day off 国庆节: 2027-10-08"), after.stdout)
        XCTAssertFalse(after.stdout.contains("Note"), "2027 is known now: \(after.stdout)")
        let list = try JiedaoBinary.run(["holidays", "list", "--data", data, "--lang", "en"])
        XCTAssertTrue(list.stdout.contains("2027  added notice"), list.stdout)
        let log = try JiedaoBinary.run(["log", "--data", data, "--lang", "en"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertTrue(log.stdout.lowercased().contains("settings"), "the notice is a journaled edit: \(log.stdout)")

        // Typed in (or pasted) on standard input, it replaces the year's notice.
        let typed = try JiedaoBinary.run(["holidays", "add", "-", "--data", data, "--lang", "en"],
                                         input: "year 2027 测试通知二\n2027-10-01..2027-10-07 off 国庆节\n")
        XCTAssertEqual(typed.status, 0, typed.stderr)
        let replaced = try JiedaoBinary.run(["calendar", "2027-10-08", "--data", data, "--lang", "en"])
        XCTAssertTrue(replaced.stdout.hasPrefix("working day: 2027-10-08"), replaced.stdout)

        let removed = try JiedaoBinary.run(["holidays", "remove", "2027", "--data", data, "--lang", "en"])
        XCTAssertEqual(removed.status, 0, removed.stderr)
        let again = try JiedaoBinary.run(["calendar", "2027-10-07", "--data", data, "--lang", "en"])
        XCTAssertTrue(again.stdout.hasPrefix("working day: 2027-10-07"), again.stdout)
        XCTAssertTrue(again.stdout.contains("notice for 2027 is not in the data"), again.stdout)
    }
}
