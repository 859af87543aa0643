import JiedaoCore
import JiedaoExchange
import XCTest

/// Export, then import into a data set that has only an admin: the same records come back.
final class RoundTripTests: XCTestCase {
    private let tables: [ExchangeTable] = [.communities, .compounds, .volunteers, .services, .projects]
    private let kinds = ["community", "compound", "volunteer", "service", "project"]

    func testCSVExportImportsIntoAFreshDataSetAsTheSameRecordsInBothLanguages() throws {
        let source = try ExchangeFixtures.street().registry
        for language in Language.allCases {
            var (fresh, admin) = try ExchangeFixtures.empty()
            for table in tables {
                let csv = TableExport.csv(table, from: source, language: language, reveal: true)
                let report = try ExchangeFixtures.importing(Array(csv.utf8), into: table, &fresh, by: admin)
                XCTAssertEqual(report.rejected, [], "\(table) \(language): \(report.text(.en))")
                XCTAssertEqual(report.changeCount, source.liveCount(table.kind), "\(table)")
            }
            XCTAssertEqual(ExchangeFixtures.recordLines(fresh, kinds), ExchangeFixtures.recordLines(source, kinds), "\(language)")
        }
    }

    func testJSONExportImportsIntoAFreshDataSetAsTheSameRecords() throws {
        let source = try ExchangeFixtures.street().registry
        var (fresh, admin) = try ExchangeFixtures.empty()
        for table in tables {
            let json = TableExport.json(table, from: source, language: .zh, reveal: true).text(pretty: true)
            let report = try ExchangeFixtures.importing(Array(json.utf8), format: .json, into: table, &fresh, by: admin)
            XCTAssertEqual(report.rejected, [], "\(table): \(report.text(.en))")
        }
        XCTAssertEqual(ExchangeFixtures.recordLines(fresh, kinds), ExchangeFixtures.recordLines(source, kinds))
    }

    func testReimportingAnExportChangesNothing() throws {
        let s = try ExchangeFixtures.street()
        for table in ExchangeTable.allCases {
            for reveal in [true, false] {
                let csv = TableExport.csv(table, from: s.registry, language: .zh, reveal: reveal)
                let plan = TableImport.plan(Array(csv.utf8), format: .csv, into: table, registry: s.registry, by: s.admin, at: Fixtures.now)
                XCTAssertEqual(plan.report.rejected, [], "\(table) reveal \(reveal): \(plan.report.text(.en))")
                XCTAssertEqual(plan.steps, [], "\(table) reveal \(reveal): every row is unchanged")
                XCTAssertEqual(plan.report.accepted.count, s.registry.liveCount(table.kind))
                let json = TableExport.json(table, from: s.registry, language: .en, reveal: reveal).text()
                let jsonPlan = TableImport.plan(Array(json.utf8), format: .json, into: table, registry: s.registry, by: s.admin, at: Fixtures.now)
                XCTAssertEqual(jsonPlan.report.rejected, [], "\(table) JSON: \(jsonPlan.report.text(.en))")
                XCTAssertEqual(jsonPlan.steps, [], "\(table) JSON")
            }
        }
    }

    func testEditingOneCellUpdatesOnlyThatField() throws {
        var s = try ExchangeFixtures.street()
        var rows = TableExport.rows(.compounds, from: s.registry, language: .zh, reveal: false)
        let households = try XCTUnwrap(rows[0].firstIndex(of: "户数"))
        XCTAssertEqual(rows[1][0], "0")
        rows[1][households] = "950"
        let before = s.registry.compounds[CompoundID(0)].version
        let report = try ExchangeFixtures.importing(Array(CSVWriter.document(rows).utf8), into: .compounds, &s.registry, by: s.coordinator)
        XCTAssertEqual(report.changeCount, 1, report.text(.en))
        XCTAssertEqual(report.accepted.first?.outcome, .updated(RecordRef(.compound, 0), name: "锦绣花园", fields: [Compound.spec(.households).label]))
        XCTAssertEqual(s.registry.compounds[CompoundID(0)].households, 950)
        XCTAssertEqual(s.registry.compounds[CompoundID(0)].version, before + 1)
        XCTAssertTrue(report.text(.zh).contains("第 2 行：修改 #0 锦绣花园：户数"), report.text(.zh))
    }

    func testFormulaCellsRoundTripAsText() throws {
        var s = try ExchangeFixtures.street()
        let formula = "=HYPERLINK(\"http://example.invalid\",\"点我\")"
        try s.registry.apply(.update(RecordRef(.compound, 0), version: s.registry.compounds[CompoundID(0)].version,
                                     [FieldChange("property_company", .text(formula)), FieldChange("name", .text("-锦绣+"))]),
                             by: s.admin, at: Fixtures.now)
        let csv = TableExport.csv(.compounds, from: s.registry, language: .zh, reveal: false)
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")\""), csv)
        XCTAssertTrue(csv.contains(",'-锦绣+,"), csv)
        var (fresh, admin) = try ExchangeFixtures.empty()
        for table in [ExchangeTable.communities, .compounds] {
            let report = try ExchangeFixtures.importing(Array(TableExport.csv(table, from: s.registry, language: .zh, reveal: false).utf8),
                                                        into: table, &fresh, by: admin)
            XCTAssertEqual(report.rejected, [], report.text(.en))
        }
        XCTAssertEqual(fresh.text(fresh.compounds[CompoundID(0)].propertyCompany), formula)
        XCTAssertEqual(fresh.text(fresh.compounds[CompoundID(0)].name), "-锦绣+")
    }

    func testLaterRowsSeeEarlierRows() throws {
        var s = try ExchangeFixtures.street()
        // Both rows update compound #0; the second is made against the version the first leaves.
        let csv = "编号,户数,楼栋数\r\n0,900,10\r\n0,900,12\r\n"
        let report = try ExchangeFixtures.importing(Array(csv.utf8), into: .compounds, &s.registry, by: s.admin)
        XCTAssertEqual(report.rejected, [], report.text(.en))
        XCTAssertEqual(report.accepted.map(\.outcome), [
            .updated(RecordRef(.compound, 0), name: "锦绣花园", fields: [Compound.spec(.households).label, Compound.spec(.buildings).label]),
            .updated(RecordRef(.compound, 0), name: "锦绣花园", fields: [Compound.spec(.buildings).label]),
        ])
        XCTAssertEqual(s.registry.compounds[CompoundID(0)].households, 900)
        XCTAssertEqual(s.registry.compounds[CompoundID(0)].buildings, 12)
    }

    func testAppealsJSONCarriesTheTimeline() throws {
        var s = try ExchangeFixtures.street()
        let version = s.registry.appeals[AppealID(0)].version
        try s.registry.apply(.moveAppeal(AppealID(0), version: version, .dispatch(.department, handler: 0, deadline: Fixtures.now + 86_400),
                                         note: "请尽快处理"), by: s.coordinator, at: Fixtures.now)
        let json = TableExport.json(.appeals, from: s.registry, language: .zh, reveal: false)
        let appeal = try XCTUnwrap(json.elements?.first)
        XCTAssertEqual(appeal["state"], .string("分拨"))
        XCTAssertEqual(appeal["handler"], .string("城管局"))
        XCTAssertEqual(appeal["deadline"], .string("2026-11-28T10:00:00+08:00"))
        XCTAssertEqual(appeal["submitter"], .string("张**"), "masked without reveal")
        XCTAssertEqual(appeal["phone"], .string("139****1111"))
        let timeline = try XCTUnwrap(appeal["timeline"]?.elements)
        XCTAssertEqual(timeline.count, 2)
        XCTAssertEqual(timeline.last?.keys, ["kind", "state", "time", "actor_login", "actor_name", "note"])
        XCTAssertEqual(timeline.last?["kind"], .string("分拨"))
        XCTAssertEqual(timeline.last?["actor_login"], .string("lisi"))
        XCTAssertEqual(timeline.last?["actor_name"], .string("李四"))
        XCTAssertEqual(timeline.last?["note"], .string("请尽快处理"))
        XCTAssertEqual(timeline.last?["time"], .string("2026-11-27T10:00:00+08:00"))
        // The same document read back: the timeline and workflow keys are noted and ignored.
        let plan = TableImport.plan(Array(json.text().utf8), format: .json, into: .appeals, registry: s.registry, by: s.admin, at: Fixtures.now)
        XCTAssertEqual(plan.report.rejected, [])
        XCTAssertEqual(plan.steps, [])
        XCTAssertTrue(plan.report.notes.contains { $0.en.contains("timeline") && $0.en.contains("workflow") }, "\(plan.report.notes)")
    }

    func testExportShapes() throws {
        let s = try ExchangeFixtures.street()
        let volunteers = TableExport.rows(.volunteers, from: s.registry, language: .zh, reveal: false)
        XCTAssertEqual(Array(volunteers[0].prefix(4)), ["编号", "名称", "电话", "社区"])
        XCTAssertEqual(volunteers[1][2], "138****5678")
        XCTAssertEqual(volunteers[1][4], "锦绣花园 #0", "a shared compound name carries its ID")
        XCTAssertEqual(TableExport.rows(.volunteers, from: s.registry, language: .zh, reveal: true)[1][2], "13812345678")
        let services = TableExport.rows(.services, from: s.registry, language: .en, reveal: false)
        XCTAssertEqual(Array(services[0].prefix(3)), ["id", "name", "Volunteer"])
        XCTAssertEqual(services[1][1], "四点半课堂")
        XCTAssertEqual(services[1][2], "王伟 #1")
        let appeals = TableExport.rows(.appeals, from: s.registry, language: .zh, reveal: false)
        XCTAssertEqual(Array(appeals[0].suffix(4)), ["状态", "办理期限", "承办单位", "首次联系"])
        XCTAssertEqual(Array(appeals[1].suffix(4)), ["受理", "", "", ""])
        let projects = TableExport.rows(.projects, from: s.registry, language: .en, reveal: false)
        XCTAssertEqual(Array(projects[0].suffix(3)), ["State", "Votes for", "Votes against"])
        XCTAssertEqual(TableExport.revealTargets(.volunteers, in: s.registry), [RecordRef(.volunteer, 0), RecordRef(.volunteer, 1)])
        XCTAssertEqual(TableExport.revealTargets(.compounds, in: s.registry), [])
        let json = TableExport.json(.compounds, from: s.registry, language: .en, reveal: false)
        let first = try XCTUnwrap(json.elements?.first)
        XCTAssertEqual(first.keys.first, "id")
        XCTAssertEqual(first["households"], .int(800))
        XCTAssertEqual(first["owners_committee"], .bool(false))
        XCTAssertEqual(first["owners_term_end"], .null)
        XCTAssertEqual(first["kind"], .string("Commercial housing"))
    }

    func testEveryHeaderNamesOneColumnOnly() {
        for table in ExchangeTable.allCases {
            var owner: [String: String] = [:]
            for column in table.columns {
                for name in column.headerNames {
                    if let other = owner[name], other != column.key {
                        XCTFail("\(table): “\(name)” names both \(other) and \(column.key)")
                    }
                    owner[name] = column.key
                }
            }
        }
    }
}
