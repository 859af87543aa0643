import JiedaoCore
import XCTest

// Dates from the State Council General Office's notices: 国办发明电〔2023〕7号 (2024),
// 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026).
final class WorkCalendarTests: XCTestCase {
    let calendar = WorkCalendar.shipped

    private func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Day {
        do { return try Day(text) } catch {
            XCTFail("\(error)", file: file, line: line)
            return Day(daysSince1970: 0)
        }
    }

    private func assertWorking(_ dates: [String], _ expected: Bool, file: StaticString = #filePath, line: UInt = #line) {
        for date in dates {
            XCTAssertEqual(calendar.isWorkingDay(day(date)), expected, date, file: file, line: line)
        }
    }

    /// `first...last` as ISO texts.
    private func range(_ first: String, _ last: String) -> [String] {
        let start = day(first), end = day(last)
        return (0...start.days(to: end)).map { start.adding(days: $0).iso }
    }

    // MARK: - Spring Festival

    func testSpringFestival2024() {
        assertWorking(["2024-02-04"], true)                    // Sunday, 调休上班
        assertWorking(["2024-02-09"], true)                    // 除夕: only encouraged to rest in 2024
        assertWorking(range("2024-02-10", "2024-02-17"), false)
        assertWorking(["2024-02-18"], true)                    // Sunday, 调休上班
        assertWorking(["2024-02-03", "2024-02-24", "2024-02-25"], false)  // plain weekend days
        XCTAssertEqual(calendar.entry(on: day("2024-02-12"))?.name, "春节")
        XCTAssertEqual(calendar.entry(on: day("2024-02-04"))?.name, "春节调休")
    }

    func testSpringFestival2025() {
        assertWorking(["2025-01-26"], true)                    // Sunday, 调休上班
        assertWorking(["2025-01-27"], true)
        assertWorking(range("2025-01-28", "2025-02-04"), false) // 除夕 to 正月初七
        assertWorking(["2025-02-05", "2025-02-07"], true)
        assertWorking(["2025-02-08"], true)                    // Saturday, 调休上班
        assertWorking(["2025-02-09"], false)
    }

    func testSpringFestival2026() {
        assertWorking(["2026-02-13"], true)
        assertWorking(["2026-02-14"], true)                    // Saturday, 调休上班
        assertWorking(range("2026-02-15", "2026-02-23"), false) // 腊月二十八 to 正月初七, 9 days
        assertWorking(["2026-02-24"], true)
        assertWorking(["2026-02-28"], true)                    // Saturday, 调休上班
        assertWorking(["2026-03-01"], false)
    }

    // MARK: - National Day

    func testNationalDay2024() {
        assertWorking(["2024-09-29"], true)                    // Sunday, 调休上班
        assertWorking(["2024-09-30"], true)
        assertWorking(range("2024-10-01", "2024-10-07"), false)
        assertWorking(["2024-10-08"], true)
        assertWorking(["2024-10-12"], true)                    // Saturday, 调休上班
        assertWorking(["2024-10-13"], false)
        // 中秋节 2024 with its make-up Saturday.
        assertWorking(["2024-09-14"], true)
        assertWorking(range("2024-09-15", "2024-09-17"), false)
    }

    func testNationalDayAndMidAutumn2025() {
        assertWorking(["2025-09-28"], true)                    // Sunday, 调休上班
        assertWorking(range("2025-10-01", "2025-10-08"), false) // merged with 中秋节, 8 days
        assertWorking(["2025-10-09", "2025-10-10"], true)
        assertWorking(["2025-10-11"], true)                    // Saturday, 调休上班
        XCTAssertEqual(calendar.entry(on: day("2025-10-06"))?.name, "国庆节、中秋节")
    }

    func testNationalDay2026() {
        assertWorking(["2026-09-20"], true)                    // Sunday, 调休上班
        assertWorking(range("2026-09-25", "2026-09-27"), false) // 中秋节
        assertWorking(range("2026-10-01", "2026-10-07"), false)
        assertWorking(["2026-10-08", "2026-10-09"], true)
        assertWorking(["2026-10-10"], true)                    // Saturday, 调休上班
    }

    func testOtherHolidays() {
        assertWorking(["2024-01-01", "2024-06-10", "2025-01-01"], false)
        assertWorking(range("2025-05-31", "2025-06-02"), false)
        assertWorking(["2025-04-27", "2024-04-07", "2024-04-28", "2024-05-11", "2026-05-09", "2026-01-04"], true)
        assertWorking(range("2026-01-01", "2026-01-03") + range("2026-06-19", "2026-06-21"), false)
        assertWorking(["2026-06-18", "2026-06-22"], true)
    }

    // MARK: - Counting

    func testAddingAcrossYearEnd() {
        // From Monday 2025-12-29: 30, 31, (1-3 January off), Sunday 4 January 调休, 5, 6.
        XCTAssertEqual(calendar.addWorkingDays(5, to: day("2025-12-29")), day("2026-01-06"))
        XCTAssertEqual(calendar.addWorkingDays(3, to: day("2025-12-31")), day("2026-01-06"))
        XCTAssertEqual(calendar.addWorkingDays(1, to: day("2025-12-31")), day("2026-01-04"))
        // 2024 into 2025: only 1 January is off, no make-up day.
        XCTAssertEqual(calendar.addWorkingDays(5, to: day("2024-12-27")), day("2025-01-06"))
    }

    func testAddingFromInsideNationalDay2024() {
        // Received during the holiday: 8, 9, 10, 11 October, then the make-up Saturday 12.
        XCTAssertEqual(calendar.addWorkingDays(1, to: day("2024-10-03")), day("2024-10-08"))
        XCTAssertEqual(calendar.addWorkingDays(3, to: day("2024-10-03")), day("2024-10-10"))
        XCTAssertEqual(calendar.addWorkingDays(5, to: day("2024-10-03")), day("2024-10-12"))
        XCTAssertEqual(calendar.addWorkingDays(15, to: day("2024-10-03")), day("2024-10-25"))
    }

    func testAddingAcrossSpringFestival() {
        // 2024: Thursday 8 February, then Friday 9, Sunday 18 (调休), Monday 19.
        XCTAssertEqual(calendar.addWorkingDays(3, to: day("2024-02-08")), day("2024-02-19"))
        XCTAssertEqual(calendar.addWorkingDays(1, to: day("2024-02-09")), day("2024-02-18"))
        // 2026: from Friday 13 February: Saturday 14 (调休), then 24, 25, 26, 27, Saturday 28 (调休), ...
        XCTAssertEqual(calendar.addWorkingDays(1, to: day("2026-02-13")), day("2026-02-14"))
        XCTAssertEqual(calendar.addWorkingDays(6, to: day("2026-02-13")), day("2026-02-28"))
        XCTAssertEqual(calendar.addWorkingDays(15, to: day("2026-02-13")), day("2026-03-12"))
        // 2025: the last working day before the holiday is Monday 27 January.
        XCTAssertEqual(calendar.addWorkingDays(-1, to: day("2025-02-05")), day("2025-01-27"))
        XCTAssertEqual(calendar.addWorkingDays(-1, to: day("2025-02-01")), day("2025-01-27"))
        XCTAssertEqual(calendar.addWorkingDays(-2, to: day("2025-01-28")), day("2025-01-26"))
    }

    func testZeroAndNegative() {
        XCTAssertEqual(calendar.addWorkingDays(0, to: day("2024-10-03")), day("2024-10-03"))
        XCTAssertEqual(calendar.addWorkingDays(-1, to: day("2024-10-08")), day("2024-09-30"))
        XCTAssertEqual(calendar.addWorkingDays(-2, to: day("2024-10-08")), day("2024-09-29"))  // Sunday 调休
        // Extreme counts are clamped, not trapped.
        _ = calendar.addWorkingDays(.max, to: day("2024-10-08"))
        _ = calendar.addWorkingDays(.min, to: day("2024-10-08"))
    }

    func testCountingBetweenDays() {
        // "剩2个工作日" on Friday 13 February 2026 for a deadline on Tuesday 24 February.
        XCTAssertEqual(calendar.workingDays(from: day("2026-02-13"), to: day("2026-02-24")), 2)
        XCTAssertEqual(calendar.workingDays(from: day("2025-09-30"), to: day("2025-10-09")), 1)
        XCTAssertEqual(calendar.workingDays(from: day("2024-10-08"), to: day("2024-10-08")), 0)
        // Due Friday 27 September 2024: on Monday 30 September it is 2 working days late
        // (Sunday 29 was worked), on 8 October 3 (超期3个工作日).
        XCTAssertEqual(calendar.workingDays(from: day("2024-09-27"), to: day("2024-09-30")), 2)
        XCTAssertEqual(calendar.workingDays(from: day("2024-09-27"), to: day("2024-10-08")), 3)
        XCTAssertEqual(calendar.workingDays(from: day("2024-10-08"), to: day("2024-09-27")), -3)
        // Whole years: weekdays − weekdays off + make-up weekend days, from the notices.
        // 2025: 261 − 18 + 5 = 248.
        XCTAssertEqual(calendar.workingDays(from: day("2023-12-31"), to: day("2024-12-31")), 251)
        XCTAssertEqual(calendar.workingDays(from: day("2024-12-31"), to: day("2025-12-31")), 248)
        XCTAssertEqual(calendar.workingDays(from: day("2025-12-31"), to: day("2026-12-31")), 248)
    }

    func testCountsAgreeWithDayByDayWalk() {
        // The closed form against the obvious walk, from December 2023 to March 2027.
        let first = day("2023-12-01"), last = day("2027-03-01")
        var start = first
        while start <= last {
            var onOrBefore = start
            while !calendar.isWorkingDay(onOrBefore) { onOrBefore = onOrBefore.adding(days: -1) }
            var walked = start
            var seen = 0
            for n in 1...20 {
                repeat { walked = walked.adding(days: 1) } while !calendar.isWorkingDay(walked)
                seen += 1
                XCTAssertEqual(calendar.addWorkingDays(n, to: start), walked, "\(n) after \(start)")
                XCTAssertEqual(calendar.workingDays(from: start, to: walked), seen)
                XCTAssertEqual(calendar.addWorkingDays(-n, to: walked), onOrBefore, "\(n) before \(walked)")
            }
            var back = start
            for n in 1...10 {
                repeat { back = back.adding(days: -1) } while !calendar.isWorkingDay(back)
                XCTAssertEqual(calendar.addWorkingDays(-n, to: start), back, "\(n) before \(start)")
            }
            start = start.adding(days: 1)
        }
    }

    // MARK: - Known years

    func testKnownYears() {
        XCTAssertEqual(calendar.knownYears, [2024, 2025, 2026])
        XCTAssertEqual(calendar.lastKnownYear, 2026)
        XCTAssertTrue(calendar.isKnown(2025))
        XCTAssertFalse(calendar.isKnown(2023))
        XCTAssertFalse(calendar.isKnown(2027))
        XCTAssertTrue(calendar.isKnown(day("2026-12-31")))
        XCTAssertFalse(calendar.isBeyondKnownYears(day("2026-12-31")))
        XCTAssertTrue(calendar.isBeyondKnownYears(day("2027-01-01")))
        XCTAssertEqual(calendar.note(for: 2026), "国办发明电〔2025〕7号")
        XCTAssertNil(calendar.note(for: 2027))
    }

    func testBeyondTheNoticesTheStatutoryHolidaysOnly() {
        // 2027 has no notice in the data: 1 January (Friday) is off by law, weekends are off,
        // and there are no bridges or make-up workdays.
        XCTAssertFalse(calendar.isKnown(2027))
        XCTAssertFalse(calendar.isWorkingDay(day("2027-01-01")))
        XCTAssertFalse(calendar.isWorkingDay(day("2027-01-02")))
        XCTAssertEqual(calendar.addWorkingDays(1, to: day("2026-12-31")), day("2027-01-04"))
        XCTAssertEqual(calendar.addWorkingDays(5, to: day("2026-12-31")), day("2027-01-08"))
        XCTAssertEqual(calendar.workingDays(from: day("2026-12-31"), to: day("2027-01-08")), 5)
        // 中秋 (15 September) and 国庆 1–3 October (Friday to Sunday) fall within the 15 days.
        XCTAssertEqual(calendar.addWorkingDays(15, to: day("2027-09-30")), day("2027-10-22"))
        XCTAssertEqual(WorkCalendar.weekendsOnly.lastKnownYear, nil)
        XCTAssertTrue(WorkCalendar.weekendsOnly.isBeyondKnownYears(day("2024-01-01")))
        XCTAssertTrue(WorkCalendar.weekendsOnly.isWorkingDay(day("2024-10-01")))
    }

    // MARK: - Extra sources

    func testExtraFileAddsAYear() throws {
        // Made-up local data: the 2027 notice is not in the shipped data.
        let extra = try HolidayData(parsing: """
            year 2027 local test data
            2027-01-01..2027-01-03 off 元旦
            2027-01-09 work 元旦调休
            """, source: "2027.txt")
        let extended = WorkCalendar(adding: [extra])
        XCTAssertEqual(extended.knownYears, [2024, 2025, 2026, 2027])
        XCTAssertEqual(extended.lastKnownYear, 2027)
        XCTAssertFalse(extended.isWorkingDay(day("2027-01-01")))
        XCTAssertTrue(extended.isWorkingDay(day("2027-01-09")))
        XCTAssertEqual(extended.entry(on: day("2027-01-09"))?.source, "2027.txt")
        // 31 December 2026 → Monday 4, 5, 6, 7, 8, Saturday 9 January.
        XCTAssertEqual(extended.addWorkingDays(6, to: day("2026-12-31")), day("2027-01-09"))
        // The shipped years are unchanged.
        XCTAssertEqual(extended.addWorkingDays(5, to: day("2025-12-29")), day("2026-01-06"))
    }

    func testLaterSourceOverridesPerDate() throws {
        let local = try HolidayData(parsing: "2026-02-23 work 本地安排\n2026-03-02 off 本地安排", source: "local.txt")
        let overridden = WorkCalendar(adding: [local])
        XCTAssertTrue(overridden.isWorkingDay(day("2026-02-23")))
        XCTAssertEqual(overridden.entry(on: day("2026-02-23"))?.source, "local.txt")
        XCTAssertFalse(overridden.isWorkingDay(day("2026-03-02")))
        // Other dates of the block keep the shipped line.
        XCTAssertFalse(overridden.isWorkingDay(day("2026-02-22")))
        XCTAssertEqual(overridden.entry(on: day("2026-02-22"))?.source, "shipped")
        // Counting follows the override: 2026-02-13 → 14 (调休), 23 (local), 24.
        XCTAssertEqual(overridden.addWorkingDays(3, to: day("2026-02-13")), day("2026-02-24"))
        XCTAssertEqual(overridden.addWorkingDays(7, to: day("2026-02-13")), day("2026-02-28"))
        XCTAssertEqual(overridden.addWorkingDays(8, to: day("2026-02-13")), day("2026-03-03"))
        // Order matters: the shipped data last wins back.
        let reversed = WorkCalendar(sources: [local, .shipped])
        XCTAssertFalse(reversed.isWorkingDay(day("2026-02-23")))
    }

    func testMillionDeadlinesAreFast() {
        // The demo generator computes a deadline for each of a million appeals.
        let start = day("2024-01-01")
        var checksum = 0
        for index in 0..<1_000_000 {
            let due = calendar.addWorkingDays(15, to: start.adding(days: index % 1096))
            checksum &+= Int(due.daysSince1970)
        }
        XCTAssertGreaterThan(checksum, 0)
    }
}
