import Foundation
@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// `jiedao watch --rollup`: the street list, a street's communities, sorting and narrow screens.
final class RollupScreenTests: XCTestCase {
    /// Two streets: the fixture street's own summary, and a second one still backfilling.
    private func rollup() throws -> Rollup {
        var registry = try AppFixtures.registry()
        registry.advanceClock(to: AppFixtures.now)
        let first = registry.summary(at: AppFixtures.now)
        var second = first
        second.street = "南园街道"
        second.appeals = 120
        second.appealsOpen = 40
        second.appealsOverdue = 9
        second.closureRate = 0.5
        second.byCommunity = ["南园社区": Summary.CommunityFigures(appeals: 120, appealsOpen: 40, appealsOverdue: 9, closureRate: 0.5,
                                                                  onTimeRate: 0.8, satisfactionRate: 0.9, partyCoverage: 1, volunteersBehind: 3)]
        var total = first
        total.appeals += second.appeals
        total.appealsOpen += second.appealsOpen
        total.appealsOverdue += second.appealsOverdue
        let days = (0..<30).map { $0 % 7 }
        return Rollup(streets: [
            "440305001": StreetRollup(code: "440305001", district: "南山区", summary: first, publishedSequence: 12, publishedAt: nil,
                                      received30Days: days, resolved30Days: days.reversed()),
            "440305002": StreetRollup(code: "440305002", district: "南山区", summary: second, publishedSequence: nil, publishedAt: nil,
                                      received30Days: Array(repeating: 2, count: 30), resolved30Days: Array(repeating: 1, count: 30)),
        ], total: total)
    }

    private func screen(_ language: Language, _ width: Int, _ height: Int) throws -> RollupScreen {
        var screen = RollupScreen(language: language, isASCII: false, district: "南山区")
        screen.resize(width: width, height: height)
        screen.show(try rollup(), at: "10:00:00")
        return screen
    }

    func testGoldenScreensAtBothSizesInBothLanguages() throws {
        for language in Language.allCases {
            for (width, height) in [(80, 24), (50, 16)] {
                var shown = try screen(language, width, height)
                let streets = render(shown).lines()
                XCTAssertEqual(streets.count, height)
                for row in streets { XCTAssertLessThanOrEqual(DisplayWidth.of(row), width, row) }
                try GoldenFile.check("rollup-streets-\(width)x\(height)-\(language.rawValue)", streets)
                shown.press(.enter)
                try GoldenFile.check("rollup-communities-\(width)x\(height)-\(language.rawValue)", render(shown).lines())
            }
        }
    }

    func testStreetsShowTheirFiguresAndTheTotal() throws {
        let lines = render(try screen(.zh, 100, 24)).lines()
        let first = try XCTUnwrap(lines.first { $0.hasPrefix("桂香街道") })
        XCTAssertTrue(first.contains("  3  "), first)
        let second = try XCTUnwrap(lines.first { $0.hasPrefix("南园街道（补录中）") })
        XCTAssertTrue(second.contains("120") && second.contains("50.0%"), second)
        XCTAssertTrue(lines.contains { $0.hasPrefix("2 个街道 · 合计 诉求 123") }, lines.joined(separator: "\n"))
        // A wide screen has room for the street-wide figures too; a community has a dash there.
        let wide = render(try screen(.zh, 130, 24)).lines()
        let figures = try XCTUnwrap(rollup().streets["440305001"]?.summary)
        XCTAssertTrue(wide[1].contains("未服务党员") && wide[1].contains("重办率") && wide[1].contains("预算使用"), wide[1])
        let street = try XCTUnwrap(wide.first { $0.hasPrefix("桂香街道") })
        let budget = figures.budgetTotal == 0 ? "—" : formatPercent(Double(figures.budgetCommitted) / Double(figures.budgetTotal))
        XCTAssertTrue(street.hasSuffix(formatPercent(figures.reopenRate) + " " + String(repeating: " ", count: max(0, 8 - budget.count)) + budget), street)
        var drilled = try screen(.zh, 130, 24)
        drilled.press(.enter)
        let community = try XCTUnwrap(render(drilled).lines().first { $0.hasPrefix("侨香社区") })
        XCTAssertTrue(community.hasSuffix("—        —"), community)
    }

    func testSortingByOverdueKeepsTheCursorOnItsStreet() throws {
        var shown = try screen(.en, 80, 24)
        XCTAssertEqual(shown.focusedStreet?.code, "440305001", "sorted by name: 桂香 (gui) before 南园 (nan)")
        shown.press(.character("s"))
        XCTAssertEqual(shown.sort, TableSort(column: 1, direction: .descending))
        XCTAssertEqual(shown.streets.map(\.code), ["440305002", "440305001"], "most overdue first")
        shown.press(.character("S"))
        XCTAssertEqual(shown.streets.map(\.code), ["440305001", "440305002"])
        shown.press(.character("j"))
        XCTAssertEqual(shown.focusedStreet?.code, "440305002")
        shown.press(.enter)
        XCTAssertEqual(shown.communities.map(\.name), ["南园社区"])
        shown.press(.character("S"))
        shown.press(.escape)
        XCTAssertEqual(shown.focusedStreet?.code, "440305002", "back on the street it came from, whatever the order now")
        shown.show(try rollup(), at: "10:00:05")
        XCTAssertEqual(shown.focusedStreet?.code, "440305002", "new figures keep the cursor on its street")
        shown.press(.character("q"))
        XCTAssertFalse(shown.isRunning)
    }

    func testAProblemIsShownAndATinyWindowSaysSo() throws {
        var shown = try screen(.en, 80, 24)
        shown.problem = Bilingual(zh: "无法连接", en: "Cannot connect to PostgreSQL (retrying in 2 s)")
        XCTAssertEqual(render(shown).lines()[22].trimmingCharacters(in: .whitespaces), "Cannot connect to PostgreSQL (retrying in 2 s)")
        shown.resize(width: 20, height: 5)
        XCTAssertEqual(render(shown).lines()[0].trimmingCharacters(in: .whitespaces), "Window too small")
        let waiting = RollupScreen(language: .zh, isASCII: true, district: nil)
        XCTAssertTrue(render(waiting).lines().contains { $0.contains("正在读取汇总数据") })
    }

    func testColumnsGiveWayFromTheLast() {
        // Name of 13 columns at 80: seven figures fit; members behind (10 wide) does not, and
        // no later, narrower column takes its place.
        XCTAssertEqual(RollupColumns.fitting(80, nameWidth: 13), 8)
        XCTAssertEqual(RollupColumns.fitting(130, nameWidth: 13), RollupColumns.count)
        XCTAssertEqual(RollupColumns.fitting(30, nameWidth: 40), 2, "a long name keeps 20 columns, not more: room for one figure")
    }
}
