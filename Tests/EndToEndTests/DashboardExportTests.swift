import Foundation
import JiedaoApp
import JiedaoStore
import XCTest

/// `:export` in the real dashboard: an .xlsx name gets a real workbook, readable by its owner only.
final class DashboardExportTests: XCTestCase {
    func testExportingTheViewAsAWorkbook() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let session = try TmuxSession(command: [JiedaoBinary.path, "--data", directory])
        XCTAssertTrue(session.waitFor("Today"), session.screen())
        session.press(.pane(Pane.compounds.rawValue))
        XCTAssertTrue(session.waitFor("Party org"), session.screen())
        session.press(.commandLine)
        session.type("export \(base)/compounds.xlsx")
        session.send("Enter")
        XCTAssertTrue(session.waitFor("Exported to"), session.screen())
        session.press(.quit)
        XCTAssertTrue(session.waitForExit())
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: base + "/compounds.xlsx")))
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a ZIP file, not CSV")
        let parts = try XLSXFile.parts(of: bytes)
        let sheet = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(sheet.contains("<v>"), "numbers as numbers: \(sheet.prefix(400))")
        let attributes = try FileManager.default.attributesOfItem(atPath: base + "/compounds.xlsx")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }
}
