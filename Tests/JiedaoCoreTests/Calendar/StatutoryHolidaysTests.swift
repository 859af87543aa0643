import Foundation
import JiedaoCore
import XCTest

/// Years without a State Council notice still keep 元旦, 春节 and the other statutory holidays.
final class StatutoryHolidaysTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try Day(text) }

    func testNewYearAndSpringFestival2027AreNotWorkingDays() throws {
        let calendar = WorkCalendar.shipped
        XCTAssertFalse(calendar.isKnown(2027), "no notice for 2027 is shipped")
        XCTAssertFalse(calendar.isWorkingDay(try day("2027-01-01")))
        for date in ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"] {
            XCTAssertFalse(calendar.isWorkingDay(try day(date)), "\(date): 除夕 to 初三")
            XCTAssertEqual(calendar.entry(on: try day(date))?.name, "春节")
        }
        XCTAssertTrue(calendar.isWorkingDay(try day("2027-02-09")), "初四 is worked without a notice's bridge")
        // 劳动节 is 1–2 May (a weekend in 2027); without a notice no weekday is given in their place.
        XCTAssertEqual(calendar.entry(on: try day("2027-05-02"))?.name, "劳动节")
        XCTAssertTrue(calendar.isWorkingDay(try day("2027-05-03")))
        // The extend menu of 2026-12-22 offered 10 working days to 2027-01-05, counting 元旦.
        XCTAssertEqual(calendar.addWorkingDays(10, to: try day("2026-12-22")).iso, "2027-01-06")
    }

    func testTheRulesOfEachPeriodOfTheLaw() {
        func names(_ year: Int) -> [String: Int] {
            StatutoryHolidays.daysOff(in: year).reduce(into: [:]) { $0[$1.name, default: 0] += 1 }
        }
        XCTAssertEqual(names(2030), ["元旦": 1, "春节": 4, "清明节": 1, "劳动节": 2, "端午节": 1, "中秋节": 1, "国庆节": 3])
        XCTAssertEqual(names(2020), ["元旦": 1, "春节": 3, "清明节": 1, "劳动节": 1, "端午节": 1, "中秋节": 1, "国庆节": 3])
        XCTAssertEqual(names(2010), ["元旦": 1, "春节": 3, "清明节": 1, "劳动节": 1, "端午节": 1, "中秋节": 1, "国庆节": 3])
        XCTAssertEqual(names(2005), ["元旦": 1, "春节": 3, "劳动节": 3, "国庆节": 3])
        // 2010: 除夕 (13 Feb) to 初二; 2020: 初一 (25 Jan) to 初三.
        XCTAssertEqual(StatutoryHolidays.daysOff(in: 2010).filter { $0.name == "春节" }.map(\.day.iso), ["2010-02-13", "2010-02-14", "2010-02-15"])
        XCTAssertEqual(StatutoryHolidays.daysOff(in: 2020).filter { $0.name == "春节" }.map(\.day.iso), ["2020-01-25", "2020-01-26", "2020-01-27"])
        XCTAssertEqual(StatutoryHolidays.daysOff(in: 2003), [])
        XCTAssertEqual(StatutoryHolidays.daysOff(in: 2101), [])
    }

    func testYearsWithANoticeAreExactlyAsTheNoticeSays() throws {
        let withLaw = WorkCalendar.shipped
        let noticesOnly = WorkCalendar(sources: [HolidayData.shipped], statutory: false)
        var date = try day("2024-01-01")
        let end = try day("2026-12-31")
        while date <= end {
            XCTAssertEqual(withLaw.isWorkingDay(date), noticesOnly.isWorkingDay(date), date.iso)
            date = date.adding(days: 1)
        }
    }

    /// The generated lunar table against Foundation's Chinese calendar, every year it covers.
    /// They differ on one date only: 中秋 2089, which the table (from the LunarCalendar package)
    /// puts on 19 September and Foundation's ICU calculation on the 18th.
    func testTheLunarTableAgreesWithFoundationsChineseCalendar() throws {
        let knownDifferences: Set<String> = ["2089 中秋 2089-09-19"]
        var differences: Set<String> = []
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = try XCTUnwrap(TimeZone(identifier: "Asia/Shanghai"))
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = chinese.timeZone
        for year in StatutoryHolidays.years {
            let entries = StatutoryHolidays.daysOff(in: year)
            let springDays = entries.filter { $0.name == "春节" }.map(\.day)
            let firstDay = try XCTUnwrap(year >= 2025 || (2008...2013).contains(year) ? springDays.dropFirst().first : springDays.first)
            var checks: [(date: Day, month: Int, lunarDay: Int, name: String)] = [(firstDay, 1, 1, "正月初一")]
            for entry in entries where entry.name == "端午节" { checks.append((entry.day, 5, 5, "端午")) }
            for entry in entries where entry.name == "中秋节" { checks.append((entry.day, 8, 15, "中秋")) }
            for check in checks {
                let components = DateComponents(year: check.date.year, month: check.date.month, day: check.date.day, hour: 12)
                let moment = try XCTUnwrap(gregorian.date(from: components))
                let lunar = chinese.dateComponents([.month, .day, .isLeapMonth], from: moment)
                if lunar.month != check.month || lunar.day != check.lunarDay || lunar.isLeapMonth != false {
                    differences.insert("\(year) \(check.name) \(check.date.iso)")
                }
            }
        }
        XCTAssertEqual(differences, knownDifferences)
        XCTAssertEqual(StatutoryHolidays.daysOff(in: 2027).first { $0.name == "春节" }?.day.iso, "2027-02-05", "除夕 2027; 正月初一 is 6 February")
    }
}
