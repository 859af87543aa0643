import JiedaoCore
import JiedaoExchange
@testable import JiedaoStore
import XCTest

/// Workbooks: zipped parts that read back, phones and IDs as text, counts as numbers.
final class XLSXFileTests: XCTestCase {
    func testAWorkbookKeepsPhonesAsTextAndCountsAsNumbers() throws {
        let rows = [["编号", "名称", "电话", "户数"], ["7", "锦绣<花园>&", "13812345678", "800"], ["8", "控制\u{1B}字符", "0755-88886666", ""]]
        let parts = XLSXDocument.parts(rows: rows, numericColumns: [3], sheetName: "小区/名单")
        let bytes = try XLSXFile.bytes(parts)
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a zip archive")
        let back = try XLSXFile.parts(of: bytes)
        XCTAssertEqual(Set(back.keys), Set(parts.map(\.path)))
        let sheet = String(decoding: try XCTUnwrap(back["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(sheet.contains("<c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">13812345678</t></is></c>"), sheet)
        XCTAssertTrue(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">7</t></is></c>"), "IDs are text")
        XCTAssertTrue(sheet.contains("<c r=\"D2\"><v>800</v></c>"), "counts are numbers")
        XCTAssertTrue(sheet.contains("锦绣&lt;花园&gt;&amp;"))
        XCTAssertTrue(sheet.contains("控制\u{FFFD}字符"), "XML cannot carry ESC")
        let workbook = String(decoding: try XCTUnwrap(back["xl/workbook.xml"]), as: UTF8.self)
        XCTAssertTrue(workbook.contains("name=\"小区名单\""), workbook)
        XCTAssertEqual(XLSXDocument.columnName(0), "A")
        XCTAssertEqual(XLSXDocument.columnName(25), "Z")
        XCTAssertEqual(XLSXDocument.columnName(26), "AA")
        XCTAssertThrowsError(try XLSXFile.parts(of: Array("not a zip".utf8)))
    }

    /// Service hours and a project's votes are numbers in a workbook, as counts are.
    func testHoursAndVotesAreNumbers() throws {
        var registry = Registry()
        try registry.apply(.create(.user, [FieldChange("login", .text("admin")), FieldChange("name", .text("管理员")), FieldChange("role", .int(0))]), by: nil, at: 1_795_744_800)
        let services = try XCTUnwrap(ExchangeTable.allCases.first { $0.kind == .serviceRecord })
        let projects = try XCTUnwrap(ExchangeTable.allCases.first { $0.kind == .project })
        let hours = try XCTUnwrap(services.columns.firstIndex { if case .field(let spec) = $0 { spec.key == "hours" } else { false } })
        XCTAssertTrue(TableExport.numericColumns(services).contains(hours))
        let votes = projects.columns.indices.filter {
            if case .workflow(let column) = projects.columns[$0] { column == .votesFor || column == .votesAgainst } else { false }
        }
        XCTAssertEqual(votes.count, 2)
        XCTAssertTrue(TableExport.numericColumns(projects).isSuperset(of: votes))
        let parts = XLSXDocument.parts(rows: [["时长"], ["2.5"], ["3"], ["01.5"], ["1.2.3"]], numericColumns: [0], sheetName: "服务")
        let sheet = String(decoding: try XCTUnwrap(parts.first { $0.path == "xl/worksheets/sheet1.xml" }?.bytes), as: UTF8.self)
        XCTAssertTrue(sheet.contains("<v>2.5</v>") && sheet.contains("<v>3</v>"), sheet)
        XCTAssertFalse(sheet.contains("<v>01.5</v>") || sheet.contains("<v>1.2.3</v>"), "only plain numbers become numbers: \(sheet)")
    }
}
