import JiedaoCore
@testable import JiedaoExchange
import XCTest

/// `export --template`: the headers an import reads and an example row that imports as it stands.
final class TableTemplateTests: XCTestCase {
    func testEveryTemplateHasTheImportHeadersAndAnExampleRowWithoutAnID() {
        for table in ExchangeTable.allCases {
            for language in Language.allCases {
                let rows = TableTemplate.rows(table, language: language)
                XCTAssertEqual(rows.count, 2, "\(table)")
                let expected = table.columns.filter { if case .workflow = $0 { false } else { true } }.map { $0.header(language) }
                XCTAssertEqual(rows[0], expected, "\(table) \(language)")
                XCTAssertEqual(rows[1].first, "", "\(table): the ID is left empty, so the row is a new record")
                XCTAssertEqual(rows[1].count, rows[0].count)
            }
        }
    }

    func testTheExampleRowsImportInTheOrderOfSetUp() throws {
        var (registry, admin) = try ExchangeFixtures.empty()
        // The order an office fills them: places first, then people, then their work.
        for table: ExchangeTable in [.communities, .categories, .compounds, .departments, .volunteers, .teams, .users] {
            let csv = TableTemplate.csv(table, language: .zh)
            let report = try ExchangeFixtures.importing(Array(csv.utf8), into: table, &registry, by: admin)
            XCTAssertEqual(report.rejected, [], "\(table): \(report.text(.en))")
            // Users: the admin and the example; categories: the twelve built in and the example.
            XCTAssertEqual(registry.liveCount(table.kind), table == .users ? 2 : table == .categories ? 13 : 1, "\(table)")
        }
        let user = registry.users.rows[1]
        XCTAssertEqual(user.role, .coordinator, "the example user is a coordinator, never a second admin")
        XCTAssertEqual(registry.text(registry.departments.rows[0].name), "城市管理和综合执法局")
        XCTAssertEqual(registry.categoryName(CategoryID(12), .en), "Gas safety")
    }

    func testAVolunteerOfATeamNotYetImportedSaysToImportTeamsFirst() throws {
        var (registry, admin) = try ExchangeFixtures.empty()
        _ = try ExchangeFixtures.importing(Array(TableTemplate.csv(.communities, language: .zh).utf8), into: .communities, &registry, by: admin)
        var rows = TableTemplate.rows(.volunteers, language: .zh)
        guard let team = rows[0].firstIndex(of: "先锋队") else { return XCTFail("no team column: \(rows[0])") }
        rows[1][team] = "桂香先锋队"
        let report = try ExchangeFixtures.importing(Array(CSVWriter.document(rows).utf8), into: .volunteers, &registry, by: admin)
        XCTAssertEqual(report.rejected.count, 1)
        XCTAssertTrue(report.rejected.first?.reason.zh.contains("桂香先锋队") == true && report.rejected.first?.reason.zh.contains("--table teams") == true,
                      report.text(.zh))
    }
}
