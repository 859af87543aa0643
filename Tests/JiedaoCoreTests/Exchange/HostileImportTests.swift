import JiedaoCore
import JiedaoExchange
import XCTest

/// Files people and attackers make: each gives the right report, and in all-or-nothing
/// mode a plan with no steps, so nothing is journaled.
final class HostileImportTests: XCTestCase {
    private func plan(_ text: String, _ table: ExchangeTable = .compounds, partial: Bool = false,
                      in s: Fixtures.Street) -> ImportPlan {
        TableImport.plan(Array(text.utf8), format: .csv, into: table, registry: s.registry, by: s.admin, at: Fixtures.now, partial: partial)
    }

    private func assertRejected(_ plan: ImportPlan, rows: [Int], containing words: [String],
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(plan.report.rejected.map(\.row), rows, plan.report.text(.en), file: file, line: line)
        XCTAssertEqual(plan.steps, [], "nothing to journal", file: file, line: line)
        XCTAssertFalse(plan.report.applies, file: file, line: line)
        let text = plan.report.text(.zh) + "\n" + plan.report.text(.en)
        for word in words { XCTAssertTrue(text.contains(word), "“\(word)” not in:\n\(text)", file: file, line: line) }
        XCTAssertTrue(plan.report.text(.zh).contains("未做任何修改"), file: file, line: line)
    }

    func testQuotesAndLineBreaksInCellsAreData() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区,物业服务企业\r\n\"阳光\"\"雅苑\"\"\",侨香社区,\"第一行\r\n第二行, 有逗号\"\r\n", in: s)
        XCTAssertEqual(p.report.rejected, [])
        guard case .create(.compound, let changes)? = p.steps.first?.edit else { return XCTFail("\(p.steps)") }
        XCTAssertTrue(changes.contains(FieldChange("name", .text("阳光\"雅苑\""))))
        XCTAssertTrue(changes.contains(FieldChange("property_company", .text("第一行\n第二行, 有逗号"))))
    }

    func testAnUnterminatedQuoteFailsTheWholeFileWithItsRow() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区\r\n阳光雅苑,侨香社区\r\n\"翠林,侨香社区\r\n", in: s)
        XCTAssertEqual(p.report.fileError?.code, .unterminatedQuote(row: 3, line: 3))
        XCTAssertEqual(p.steps, [])
        XCTAssertTrue(p.report.text(.zh).contains("第 3 行"))
        XCTAssertTrue(p.report.text(.en).contains("Nothing was changed"))
    }

    func testFormulaCellsAreRejectedUnlessDefused() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区\r\n=cmd|' /C calc'!A0,侨香社区\r\n'=1+2,侨香社区\r\n", in: s)
        assertRejected(p, rows: [2], containing: ["是公式而不是值", "is a formula"])
        XCTAssertEqual(p.report.accepted.count, 1, "the defused cell is the text “=1+2”")
        let partial = plan("名称,社区\r\n=cmd|' /C calc'!A0,侨香社区\r\n'=1+2,侨香社区\r\n", partial: true, in: s)
        guard case .create(.compound, let changes)? = partial.steps.first?.edit else { return XCTFail() }
        XCTAssertTrue(changes.contains(FieldChange("name", .text("=1+2"))))
    }

    func testWrongColumnCountsAreRejectedPerRow() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区,户数\r\n甲,侨香社区,1,多余\r\n乙,侨香社区\r\n丙,侨香社区,3,,\r\n", in: s)
        assertRejected(p, rows: [2, 3], containing: ["有 4 个单元格，而表头有 3 列", "has 2 cells but the header has 3 columns"])
        XCTAssertEqual(p.report.accepted.map(\.row), [4], "empty cells past the header are what Excel leaves; not an error")
    }

    func testBadDatesAndNumbersAreRejectedWithTheField() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区,户数,业委会任期届满\r\n甲,侨香社区,800,2027-02-30\r\n乙,侨香社区,八百,2027/6/30\r\n丙,侨香社区,-5,\r\n丁,侨香社区,\"1,200\",明年\r\n", in: s)
        assertRejected(p, rows: [2, 3, 4, 5], containing: [
            "业委会任期届满", "2027 年 2 月只有 28 天", "户数应为数字，而不是“八百”", "Households cannot be negative", "“明年”不是日期",
        ])
    }

    func testUnknownCommunitiesAreRejected() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("名称,社区\r\n甲,梅林社区\r\n乙,#7\r\n丙,\r\n", in: s)
        assertRejected(p, rows: [2, 3, 4], containing: ["找不到社区“梅林社区”", "No community “#7”", "社区不能为空"])
    }

    func testAmbiguousNamesAskForTheIDUnlessTheCommunitySettlesThem() throws {
        let s = try ExchangeFixtures.street()
        // 锦绣花园 is #0 in 侨香社区 and #2 in 桂园社区.
        let p = plan("名称,社区,居住小区\r\n甲,侨香社区,锦绣花园\r\n乙,桂园社区,锦绣花园\r\n", .volunteers, in: s)
        XCTAssertEqual(p.report.rejected, [], p.report.text(.en))
        let compounds = p.steps.compactMap { step -> FieldValue? in
            guard case .create(_, let changes) = step.edit else { return nil }
            return changes.first { $0.key == "compound" }?.value
        }
        XCTAssertEqual(compounds, [.int(0), .int(2)])
        let services = plan("名称,志愿者,日期,时长\r\n探访,王伟,2026-11-01,2\r\n探访,王伟 #1,2026-11-01,2\r\n", .services, in: s)
        assertRejected(services, rows: [2], containing: ["有多个名为“王伟”的志愿者", "write “王伟 #ID”"])
    }

    func testGBKSheetTypedByHandImports() throws {
        var s = try ExchangeFixtures.street()
        let before = s.registry.compounds.count
        let report = try ExchangeFixtures.importing(ExchangeFixtures.gbkCompounds, into: .compounds, &s.registry, by: s.coordinator)
        XCTAssertEqual(report.rejected, [], report.text(.zh))
        XCTAssertEqual(report.encoding, .gb18030)
        XCTAssertEqual(s.registry.compounds.count, before + 2)
        let new = s.registry.compounds[CompoundID(before)]
        XCTAssertEqual(s.registry.text(new.name), "阳光雅苑")
        XCTAssertEqual(new.households, 800)
        XCTAssertEqual(Day(daysSince1970: new.ownersTermEnd).iso, "2027-06-30")
        XCTAssertEqual(s.registry.compounds[CompoundID(before + 1)].compoundKind, .urbanVillage)
        let text = report.text(.zh)
        XCTAssertTrue(text.contains("文件编码为 GBK/GB18030"), text)
        XCTAssertTrue(text.contains("没有编号列"), text)
        XCTAssertTrue(text.contains("第 2 行：新建 #\(before) 阳光雅苑"), text)
        let bad = TableImport.plan(ExchangeFixtures.gbkUnknownCommunity, format: .csv, into: .compounds, registry: s.registry,
                                   by: s.admin, at: Fixtures.now)
        assertRejected(bad, rows: [2], containing: ["找不到社区“梅林社区”"])
    }

    func testHeadersInEnglishInAnyOrderWithExtraColumns() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("Households,Remarks,Community,NAME,kind,备注\r\n300,n/a,侨香社区,Sunny Court,Public housing,x\r\n", in: s)
        XCTAssertEqual(p.report.rejected, [])
        XCTAssertTrue(p.report.notes.contains { $0.zh.contains("Remarks、备注") }, "\(p.report.notes)")
        guard case .create(.compound, let changes)? = p.steps.first?.edit else { return XCTFail() }
        XCTAssertEqual(Set(changes), [FieldChange("households", .int(300)), FieldChange("community", .int(0)),
                                     FieldChange("name", .text("Sunny Court")), FieldChange("kind", .int(2))])
    }

    func testASheetOfAnotherTableIsRefusedWhole() throws {
        let s = try ExchangeFixtures.street()
        let p = plan("foo,bar\r\n1,2\r\n", in: s)
        XCTAssertEqual(p.report.fileError?.code, .noKnownColumns(table: ExchangeTable.compounds.label))
        XCTAssertEqual(TableImport.plan([], format: .csv, into: .compounds, registry: s.registry, by: s.admin, at: Fixtures.now)
            .report.fileError?.code, .empty)
        XCTAssertEqual(TableImport.plan([0x50, 0x4B, 0x03, 0x04], format: .csv, into: .compounds, registry: s.registry, by: s.admin,
                                        at: Fixtures.now).report.fileError?.code, .workbook)
    }

    func testIDsThatAreDeletedBadOrNewAndPartialMode() throws {
        var s = try ExchangeFixtures.street()
        try s.registry.apply(.delete(RecordRef(.compound, 1), version: s.registry.compounds[CompoundID(1)].version), by: s.admin, at: Fixtures.now)
        let text = "编号,名称,社区\r\n1,翠林新村,侨香社区\r\nx9,甲,侨香社区\r\n99,乙,侨香社区\r\n0,锦绣花园,侨香社区\r\n"
        assertRejected(plan(text, in: s), rows: [2, 3], containing: ["小区 #1 已删除", "The ID “x9” is not a number"])
        let partial = plan(text, partial: true, in: s)
        XCTAssertTrue(partial.report.applies)
        XCTAssertEqual(partial.steps.map(\.row), [4], "row 5 changes nothing")
        XCTAssertEqual(partial.steps.first?.record, RecordRef(.compound, 3))
        XCTAssertTrue(partial.report.text(.zh).contains("新建 #3 乙（表中编号 99 在本数据集中不存在）"), partial.report.text(.zh))
        XCTAssertTrue(partial.report.text(.zh).contains("无变化 1 行"), partial.report.text(.zh))
        XCTAssertEqual(partial.report.accepted.last?.outcome, .unchanged(RecordRef(.compound, 0), name: "锦绣花园"))
    }

    func testMaskedPersonalDataCannotBeImportedAsData() throws {
        let s = try ExchangeFixtures.street()
        var rows = TableExport.rows(.volunteers, from: s.registry, language: .zh, reveal: false)
        rows[1][2] = "139****0000"
        let p = TableImport.plan(Array(CSVWriter.document(rows).utf8), format: .csv, into: .volunteers, registry: s.registry,
                                 by: s.admin, at: Fixtures.now)
        assertRejected(p, rows: [2], containing: ["电话是隐藏过的", "--reveal"])
        rows[1][0] = ""
        rows[1][2] = "138****5678"
        let create = TableImport.plan(Array(CSVWriter.document(rows).utf8), format: .csv, into: .volunteers, registry: s.registry,
                                      by: s.admin, at: Fixtures.now)
        assertRejected(create, rows: [2], containing: ["电话是隐藏过的"])
    }

    func testSupervisorsAndRefusedEditsAreRejectedRows() throws {
        let s = try ExchangeFixtures.street()
        let p = TableImport.plan(Array("名称,社区\r\n甲,侨香社区\r\n".utf8), format: .csv, into: .compounds, registry: s.registry,
                                 by: s.supervisor, at: Fixtures.now)
        assertRejected(p, rows: [2], containing: ["督导"])
        // A project over its kind's cap is refused by apply itself.
        let project = plan("名称,社区,类型,预算,年度\r\n大修,侨香社区,服务,600000,2026\r\n", .projects, in: s)
        assertRejected(project, rows: [2], containing: ["exceeds the cap"])
    }

    func testASheetBuiltInCodeWithShortRowsDoesNotTrap() throws {
        let s = try ExchangeFixtures.street()
        let sheet = ImportSheet(format: .csv, encoding: .utf8, header: ["编号", "名称", "社区"],
                                rows: [.init(number: 2, cells: []), .init(number: 3, cells: ["0"])])
        let p = TableImport.plan(sheet, into: .compounds, registry: s.registry, by: s.admin, at: Fixtures.now)
        XCTAssertEqual(p.report.rejected.map(\.row), [2])
        XCTAssertEqual(p.report.accepted.map(\.row), [3])
    }

    func testHostileJSON() throws {
        let s = try ExchangeFixtures.street()
        func jsonPlan(_ text: String) -> ImportPlan {
            TableImport.plan(Array(text.utf8), format: .json, into: .compounds, registry: s.registry, by: s.admin, at: Fixtures.now)
        }
        XCTAssertNotNil(jsonPlan(#"{"name": "x"}"#).report.fileError)
        XCTAssertNotNil(jsonPlan(#"[{"name": "x",}]"#).report.fileError)
        XCTAssertNotNil(jsonPlan(String(repeating: "[", count: 100_000)).report.fileError, "deep nesting is an error, not a crash")
        let p = jsonPlan(#"[{"name": {"zh": "甲"}, "community": "侨香社区"}, 7, {"name": "乙", "community": "侨香社区", "households": "很多"}]"#)
        assertRejected(p, rows: [1, 2, 3], containing: ["第 1 条", "值不能是对象", "不是对象", "户数应为数字"])
    }
}
