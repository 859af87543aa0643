import JiedaoCore
import XCTest

final class HolidayDataTests: XCTestCase {
    func testShippedDataParses() throws {
        let data = try HolidayData(parsing: shippedHolidayText, source: "shipped")
        XCTAssertEqual(data, HolidayData.shipped)
        XCTAssertEqual(data.years.keys.sorted(), [2024, 2025, 2026])
        XCTAssertEqual(data.years[2024], "国办发明电〔2023〕7号")
        XCTAssertEqual(data.years[2025], "国办发明电〔2024〕12号")
        XCTAssertEqual(data.years[2026], "国办发明电〔2025〕7号")
    }

    func testShippedMakeUpWorkdaysAreAllWeekends() throws {
        // Every 调休上班 day in the notices is a Saturday or Sunday.
        let work = HolidayData.shipped.entries.filter { $0.kind == .work }
        XCTAssertEqual(work.map(\.day.iso), [
            "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
            "2024-09-29", "2024-10-12",
            "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
        ])
        for entry in work { XCTAssertTrue(entry.day.isWeekend, entry.day.iso) }
    }

    func testShippedDaysOffPerYear() {
        // Days off as the notices list them, weekend days of each block included.
        func offDays(_ year: Int) -> Int {
            HolidayData.shipped.entries.filter { $0.kind == .off && $0.day.year == year }.count
        }
        // 2024: 1 + 8 + 3 + 5 + 1 + 3 + 7
        XCTAssertEqual(offDays(2024), 28)
        // 2025: 1 + 8 + 3 + 5 + 3 + 8
        XCTAssertEqual(offDays(2025), 28)
        // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7
        XCTAssertEqual(offDays(2026), 33)
    }

    func testFormat() throws {
        let text = """
        # a comment
        year 2027 note with spaces   # trailing comment

        \t2027-01-01 off 元旦
        2027-02-05..2027-02-07 off 春节 假期
        2027-02-06 off 春节
        2027-02-20 work 春节调休\r
        2027-03-01 off
        """
        let data = try HolidayData(parsing: text, source: "x.txt")
        XCTAssertEqual(data.years, [2027: "note with spaces"])
        XCTAssertEqual(data.entries.map(\.day.iso), [
            "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-06", "2027-02-20", "2027-03-01",
        ])
        XCTAssertEqual(data.entries[0].name, "元旦")
        XCTAssertEqual(data.entries[0].line, 4)
        XCTAssertEqual(data.entries[1].name, "春节 假期")
        XCTAssertEqual(data.entries[5].kind, .work)
        XCTAssertEqual(data.entries[5].name, "春节调休")
        XCTAssertEqual(data.entries[6].name, "")
        XCTAssertEqual(data.entries[6].source, "x.txt")
    }

    func testWindowsLineEndsKeepLineNumbers() {
        let text = "year 2027\r\n2027-01-01 off 元旦\r\n2027-13-01 off x\r\n"
        XCTAssertThrowsError(try HolidayData(parsing: text, source: "crlf.txt")) { error in
            XCTAssertEqual((error as? HolidayDataError)?.line, 3)
        }
    }

    func testEmptyText() throws {
        let data = try HolidayData(parsing: "", source: "empty.txt")
        XCTAssertTrue(data.entries.isEmpty)
        XCTAssertTrue(data.years.isEmpty)
    }

    func testErrorsNameSourceAndLine() throws {
        func failure(_ text: String) -> HolidayDataError? {
            do { _ = try HolidayData(parsing: text, source: "local.txt"); return nil } catch { return error }
        }
        let header = "# local additions\nyear 2027\n"

        let badKind = failure(header + "2027-02-06 of 春节")
        XCTAssertEqual(badKind?.code, .unknownKind("of"))
        XCTAssertEqual(badKind?.source, "local.txt")
        XCTAssertEqual(badKind?.line, 3)
        XCTAssertEqual(badKind?.description, "local.txt line 3: unknown kind “of”: expected “off” or “work”")
        XCTAssertEqual(badKind?.message.zh, "local.txt 第 3 行：未知类型“of”：应为 off（放假）或 work（调休上班）")

        let badDate = failure(header + "\n2027-02-30 off 春节")
        XCTAssertEqual(badDate?.line, 4)
        XCTAssertEqual(badDate?.code, .badDate(DayParseError(.noSuchDay(year: 2027, month: 2, daysInMonth: 28), input: "2027-02-30")))
        XCTAssertEqual(badDate?.description, "local.txt line 4: “2027-02-30” is not a date: February 2027 has 28 days")

        XCTAssertEqual(failure("2027/02/06 off")?.code, .badDate(DayParseError(.notISOFormat, input: "2027/02/06")))
        XCTAssertEqual(failure("yaer 2027")?.code, .badDate(DayParseError(.notISOFormat, input: "yaer")))
        XCTAssertEqual(failure("year 27")?.code, .badYear("27"))
        XCTAssertEqual(failure("year")?.code, .badYear(""))
        XCTAssertEqual(failure("year 0000")?.code, .badYear("0000"))
        XCTAssertEqual(failure("2027-01-01")?.code, .missingKind)
        XCTAssertEqual(failure("2027-01-01  # 元旦")?.code, .missingKind)

        let reversed = failure(header + "2027-02-12..2027-02-06 off 春节")
        XCTAssertEqual(reversed?.code, .reversedRange(start: try Day("2027-02-12"), end: try Day("2027-02-06")))
        XCTAssertEqual(failure("2027-02-01..2027-03-31 off 春节")?.code, .rangeTooLong(days: 59))
        XCTAssertEqual(failure("2027-02-01..2027-02-31 off 春节")?.line, 1)
        XCTAssertEqual(failure("2027-02-01.. off")?.code, .badDate(DayParseError(.notISOFormat, input: "")))

        let conflict = failure(header + "2027-02-06..2027-02-12 off 春节\n2027-02-07 work 春节调休")
        XCTAssertEqual(conflict?.code, .conflict(try Day("2027-02-07"), earlierLine: 3))
        XCTAssertEqual(conflict?.line, 4)
    }
}
