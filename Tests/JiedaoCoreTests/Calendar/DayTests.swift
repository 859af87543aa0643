import Foundation
import JiedaoCore
import XCTest

final class DayTests: XCTestCase {
    func testKnownDayNumbers() throws {
        XCTAssertEqual(try Day("1970-01-01").daysSince1970, 0)
        XCTAssertEqual(try Day("1969-12-31").daysSince1970, -1)
        XCTAssertEqual(try Day("2024-02-04").daysSince1970, 19_757)
        XCTAssertEqual(try Day("2000-02-29").daysSince1970, 11_016)
        XCTAssertEqual(try Day("0001-01-01").daysSince1970, -719_162)
        XCTAssertEqual(try Day("9999-12-31").daysSince1970, 2_932_896)
    }

    func testFieldsAndWeekday() throws {
        let day = try Day("2026-02-14")
        XCTAssertEqual(day.year, 2026)
        XCTAssertEqual(day.month, 2)
        XCTAssertEqual(day.day, 14)
        XCTAssertEqual(day.weekday, .saturday)
        XCTAssertTrue(day.isWeekend)
        XCTAssertEqual(try Day("1970-01-01").weekday, .thursday)
        XCTAssertEqual(try Day("1969-12-31").weekday, .wednesday)
        XCTAssertEqual(try Day("0001-01-01").weekday, .monday)
        XCTAssertEqual(try Day("2027-01-01").weekday, .friday)
        XCTAssertEqual(Weekday.sunday.label.zh, "周日")
    }

    func testRoundTripOverThreeCenturies() throws {
        // Every day from 1900 to 2200: fields rebuild the same day, the ISO text reads back,
        // and consecutive days follow the calendar.
        var day = try Day("1900-01-01")
        let end = try Day("2200-12-31")
        var previous = day.components
        while day < end {
            let (y, m, d) = day.components
            XCTAssertEqual(Day(year: y, month: m, day: d), day)
            XCTAssertEqual(try Day(day.iso), day)
            day = day.adding(days: 1)
            let next = day.components
            if next.day == 1 {
                XCTAssertEqual(previous.day, Day.daysIn(month: previous.month, year: previous.year))
            } else {
                XCTAssertEqual(next.day, previous.day + 1)
            }
            previous = next
        }
    }

    func testWeekdaysCycle() throws {
        var day = try Day("1899-12-25")   // a Monday
        XCTAssertEqual(day.weekday, .monday)
        for offset in 0..<3000 {
            XCTAssertEqual(day.weekday.rawValue, offset % 7 + 1)
            day = day.adding(days: 1)
        }
    }

    func testFormatting() throws {
        XCTAssertEqual(try Day("0042-03-05").iso, "0042-03-05")
        XCTAssertEqual(Day(year: 2025, month: 1, day: 28)?.iso, "2025-01-28")
        XCTAssertEqual("\(try Day("2026-10-10"))", "2026-10-10")
        XCTAssertEqual(try Day("  2026-10-10\u{3000}"), Day(year: 2026, month: 10, day: 10))
    }

    func testParsingErrors() {
        func code(_ text: String) -> DayParseError.Code? {
            do { _ = try Day(text); return nil } catch { return error.code }
        }
        XCTAssertEqual(code(""), .notISOFormat)
        XCTAssertEqual(code("2025-1-28"), .notISOFormat)
        XCTAssertEqual(code("2025/01/28"), .notISOFormat)
        XCTAssertEqual(code("20250128"), .notISOFormat)
        XCTAssertEqual(code("２０２５-01-28"), .notISOFormat)   // full-width digits
        XCTAssertEqual(code("2025-01-28T00:00"), .notISOFormat)
        XCTAssertEqual(code("-025-01-28"), .notISOFormat)
        XCTAssertEqual(code("0000-01-01"), .yearOutOfRange)
        XCTAssertEqual(code("2025-13-01"), .noSuchMonth(13))
        XCTAssertEqual(code("2025-00-10"), .noSuchMonth(0))
        XCTAssertEqual(code("2025-02-29"), .noSuchDay(year: 2025, month: 2, daysInMonth: 28))
        XCTAssertEqual(code("2024-04-31"), .noSuchDay(year: 2024, month: 4, daysInMonth: 30))
        XCTAssertEqual(code("2024-01-00"), .noSuchDay(year: 2024, month: 1, daysInMonth: 31))
        XCTAssertNil(code("2024-02-29"))
        XCTAssertNil(code("2000-02-29"))
        XCTAssertEqual(code("1900-02-29"), .noSuchDay(year: 1900, month: 2, daysInMonth: 28))
    }

    func testParsingErrorMessages() {
        do {
            _ = try Day("2025-02-29")
            XCTFail("2025 is not a leap year")
        } catch {
            XCTAssertEqual(error.message.en, "“2025-02-29” is not a date: February 2025 has 28 days")
            XCTAssertEqual(error.message.zh, "“2025-02-29”不是日期：2025 年 2 月只有 28 天")
        }
        do {
            _ = try Day(String(repeating: "x", count: 100))
            XCTFail("not a date")
        } catch {
            XCTAssertEqual(error.input.count, 41)   // cut to 40 characters and an ellipsis
            XCTAssertTrue(error.description.contains("expected YYYY-MM-DD"))
        }
    }

    func testInvalidComponents() {
        XCTAssertNil(Day(year: 2025, month: 2, day: 29))
        XCTAssertNil(Day(year: 2025, month: 0, day: 1))
        XCTAssertNil(Day(year: 0, month: 1, day: 1))
        XCTAssertNil(Day(year: 10_000, month: 1, day: 1))
        XCTAssertNil(Day(year: 2025, month: 6, day: 31))
    }

    func testPeriods() throws {
        let day = try Day("2024-02-17")
        XCTAssertEqual(day.quarter, 1)
        XCTAssertEqual(day.firstOfMonth, try Day("2024-02-01"))
        XCTAssertEqual(day.lastOfMonth, try Day("2024-02-29"))
        XCTAssertEqual(day.firstOfQuarter, try Day("2024-01-01"))
        XCTAssertEqual(day.lastOfQuarter, try Day("2024-03-31"))
        XCTAssertEqual(day.firstOfYear, try Day("2024-01-01"))
        XCTAssertEqual(day.lastOfYear, try Day("2024-12-31"))
        XCTAssertEqual(try Day("2025-02-10").lastOfMonth, try Day("2025-02-28"))
        XCTAssertEqual(try Day("2025-05-20").quarter, 2)
        XCTAssertEqual(try Day("2025-05-20").firstOfQuarter, try Day("2025-04-01"))
        XCTAssertEqual(try Day("2025-05-20").lastOfQuarter, try Day("2025-06-30"))
        XCTAssertEqual(try Day("2025-09-30").lastOfQuarter, try Day("2025-09-30"))
        XCTAssertEqual(try Day("2025-10-01").quarter, 4)
        XCTAssertEqual(try Day("2025-11-15").lastOfQuarter, try Day("2025-12-31"))
    }

    func testAddingDays() throws {
        XCTAssertEqual(try Day("2024-12-30").adding(days: 3), try Day("2025-01-02"))
        XCTAssertEqual(try Day("2024-03-01").adding(days: -1), try Day("2024-02-29"))
        XCTAssertEqual(try Day("2024-01-01").days(to: Day("2025-01-01")), 366)
        // Out of range: clamped, never trapped, and still printable.
        XCTAssertEqual(Day(daysSince1970: .max).adding(days: .max), Day(daysSince1970: .max))
        XCTAssertEqual(Day(daysSince1970: .min).adding(days: .min), Day(daysSince1970: .min))
        XCTAssertEqual(try Day("0001-01-01").adding(days: -1).iso, "0000-12-31")
        XCTAssertTrue(try Day("0001-01-01").adding(days: -400).iso.hasPrefix("-"))
    }

    func testUnixTimeInShanghai() throws {
        // 2026-01-01 00:00:00 +08:00 is 2025-12-31T16:00:00Z.
        XCTAssertEqual(try Day("2026-01-01").startTime(), 1_767_196_800)
        XCTAssertEqual(try Day("2026-01-01").endTime(), 1_767_196_800 + 86_399)
        XCTAssertEqual(Day(unixTime: 1_767_196_800), try Day("2026-01-01"))
        XCTAssertEqual(Day(unixTime: 1_767_196_799), try Day("2025-12-31"))
        XCTAssertEqual(Day(unixTime: 1_767_198_600, utcOffset: 28_800), try Day("2026-01-01"))
        // The same instant is still 31 December in UTC.
        XCTAssertEqual(Day(unixTime: 1_767_198_600, utcOffset: 0), try Day("2025-12-31"))
        // Before 1970 the division rounds down, not towards zero.
        XCTAssertEqual(Day(unixTime: -1, utcOffset: 0), try Day("1969-12-31"))
        XCTAssertEqual(Day(unixTime: -86_400, utcOffset: 0), try Day("1969-12-31"))
        XCTAssertEqual(Day(unixTime: -86_401, utcOffset: 0), try Day("1969-12-30"))
        // Extreme input is clamped, not trapped.
        _ = Day(unixTime: .max, utcOffset: 28_800)
        _ = Day(unixTime: .min, utcOffset: -28_800)
    }

    func testTimeZoneHelper() {
        XCTAssertEqual(Day.utcOffset(ofTimeZone: "Asia/Shanghai", at: 1_767_196_800), 28_800)
        XCTAssertEqual(Day.utcOffset(ofTimeZone: "UTC", at: 0), 0)
        XCTAssertNil(Day.utcOffset(ofTimeZone: "Not/AZone", at: 0))
    }

    func testCodableAsBareNumber() throws {
        let day = try Day("2024-02-04")
        let data = try JSONEncoder().encode([day])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[19757]")
        XCTAssertEqual(try JSONDecoder().decode([Day].self, from: data), [day])
    }
}
