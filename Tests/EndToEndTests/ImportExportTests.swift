import Foundation
import XCTest

/// `jiedao export` and `jiedao import` as a coordinator with a spreadsheet uses them.
final class ImportExportTests: XCTestCase {
    /// A fresh demo street for one test (tests here change their data).
    private func demo(_ name: String = #function) throws -> (directory: String, base: String) {
        let base = try JiedaoBinary.temporaryDirectory("importexport-" + name)
        let directory = base + "/street"
        let result = try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory, "--today", "2026-11-27"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return (directory, base)
    }

    private func export(_ directory: String, _ arguments: [String]) throws -> String {
        let result = try JiedaoBinary.run(["export", "--data", directory] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    /// The cells of the row whose ID is `id` in a CSV export (demo names hold no commas or quotes).
    private func row(_ id: Int, of csv: String) throws -> [String] {
        let line = try XCTUnwrap(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("\(id),") })
        XCTAssertFalse(line.contains("\""), line)
        return line.components(separatedBy: ",")
    }

    func testExportEditOneCellImportChangesThatRecord() throws {
        let (directory, base) = try demo()
        let file = base + "/compounds.csv"
        let written = try JiedaoBinary.run(["export", "--data", directory, "--table", "compounds", "--reveal", "--out", file])
        XCTAssertEqual(written.status, 0, written.stderr)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a BOM, so Excel reads UTF-8")
        var text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("编号,名称,社区,类型,户数,"), String(text.prefix(40)))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        var cells = try row(0, of: text)
        let oldLine = cells.joined(separator: ",")
        XCTAssertNotEqual(cells[4], "4321")
        cells[4] = "4321"
        text = text.replacingOccurrences(of: oldLine + "\r\n", with: cells.joined(separator: ",") + "\r\n")
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(to: URL(fileURLWithPath: file))

        let imported = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "zh"])
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)
        XCTAssertTrue(imported.stdout.contains("第 2 行：修改 #0 \(cells[1])：户数"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("接受 90 行，拒绝 0 行"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("无变化 89 行"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("已导入 1 行"), imported.stdout)
        XCTAssertEqual(try row(0, of: try export(directory, ["--table", "compounds"]))[4], "4321")
        XCTAssertEqual(try JiedaoBinary.run(["check", "--data", directory]).status, 0)
    }

    func testAHandMadeGBKSheetOfNewCompoundsImportsWithAReport() throws {
        let (directory, base) = try demo()
        let file = base + "/新小区.csv"
        // "名称,社区,类型,户数,业委会任期届满\r\n阳光雅苑,侨香社区,商品房,800,2027/6/30\r\n翠林新村,侨香社区,城中村,1200,\r\n"
        // in GBK, as Excel on Chinese Windows saves a sheet typed by hand.
        let gbk: [UInt8] = [
            0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xC0, 0xE0, 0xD0, 0xCD, 0x2C, 0xBB,
            0xA7, 0xCA, 0xFD, 0x2C, 0xD2, 0xB5, 0xCE, 0xAF, 0xBB, 0xE1, 0xC8, 0xCE, 0xC6, 0xDA, 0xBD, 0xEC,
            0xC2, 0xFA, 0x0D, 0x0A, 0xD1, 0xF4, 0xB9, 0xE2, 0xD1, 0xC5, 0xD4, 0xB7, 0x2C, 0xC7, 0xC8, 0xCF,
            0xE3, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xC9, 0xCC, 0xC6, 0xB7, 0xB7, 0xBF, 0x2C, 0x38, 0x30, 0x30,
            0x2C, 0x32, 0x30, 0x32, 0x37, 0x2F, 0x36, 0x2F, 0x33, 0x30, 0x0D, 0x0A, 0xB4, 0xE4, 0xC1, 0xD6,
            0xD0, 0xC2, 0xB4, 0xE5, 0x2C, 0xC7, 0xC8, 0xCF, 0xE3, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xB3, 0xC7,
            0xD6, 0xD0, 0xB4, 0xE5, 0x2C, 0x31, 0x32, 0x30, 0x30, 0x2C, 0x0D, 0x0A,
        ]
        try Data(gbk).write(to: URL(fileURLWithPath: file))

        let dryRun = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--dry-run", "--lang", "zh"])
        XCTAssertEqual(dryRun.status, 0, dryRun.stdout + dryRun.stderr)
        XCTAssertTrue(dryRun.stdout.contains("试运行"), dryRun.stdout)
        XCTAssertFalse(try export(directory, ["--table", "compounds"]).contains("\r\n90,"), "nothing added by a dry run")

        let result = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "zh"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        for expected in ["文件编码为 GBK/GB18030", "没有编号列", "第 2 行：新建 #90 阳光雅苑", "第 3 行：新建 #91 翠林新村", "已导入 2 行"] {
            XCTAssertTrue(result.stdout.contains(expected), "“\(expected)” not in:\n\(result.stdout)")
        }
        let new = try row(90, of: try export(directory, ["--table", "compounds"]))
        XCTAssertEqual(Array(new[1...4]), ["阳光雅苑", "侨香社区", "商品房", "800"])
        XCTAssertTrue(new.contains("2027-06-30"), "\(new)")
    }

    func testABadSheetChangesNothingAndExitsOne() throws {
        let (directory, base) = try demo()
        let before = try export(directory, ["--table", "compounds"])
        let file = base + "/bad.csv"
        let sheet = "名称,社区,户数\r\n好小区,侨香社区,100\r\n坏小区,梅林社区,100\r\n\"引号\"\"小区\",侨香社区,八百\r\n=cmd|'/C calc'!A0,侨香社区,1\r\n多一列,侨香社区,1,x\r\n"
        try Data(sheet.utf8).write(to: URL(fileURLWithPath: file))
        let result = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "en"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        for expected in ["1 accepted, 4 rejected", "Row 3: No community “梅林社区”", "Row 4: Households must be a number, not “八百”",
                         "Row 5: Name: “=cmd|'/C calc'!A0” is a formula", "Row 6: has 4 cells but the header has 3 columns", "nothing was changed"] {
            XCTAssertTrue(result.stdout.contains(expected), "“\(expected)” not in:\n\(result.stdout)")
        }
        XCTAssertEqual(try export(directory, ["--table", "compounds"]), before, "all or nothing")

        let partial = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--partial", "--lang", "en"])
        XCTAssertEqual(partial.status, 0, partial.stdout + partial.stderr)
        XCTAssertTrue(partial.stdout.contains("Imported 1 row."), partial.stdout)
        XCTAssertEqual(try row(90, of: try export(directory, ["--table", "compounds"]))[1], "好小区")

        let unterminated = base + "/quote.csv"
        try Data("名称,社区\r\n\"没有闭合,侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: unterminated))
        let quoted = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", unterminated, "--lang", "en"])
        XCTAssertEqual(quoted.status, 1)
        XCTAssertTrue(quoted.stdout.contains("row 2"), quoted.stdout)
    }

    func testAnUnregisteredLoginMayNotImport() throws {
        let user = "jiedao-ci"
        guard getuid() == 0 else { throw XCTSkip("needs root to switch to the unprivileged test user") }
        guard getpwnam(user) != nil, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            throw XCTSkip("the user \(user) is created by .ci/run")
        }
        let (directory, base) = try demo()
        let file = base + "/one.csv"
        try Data("名称,社区\r\n甲,侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: file))
        for path in [base, directory] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        for path in [directory + "/snapshot", directory + "/journal", file] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        }
        // The demo registers only the login that made it.
        let result = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "en"], user: user)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("is not a user of this data set"), result.stdout + result.stderr)
    }

    func testRevealIsRecordedAndMaskingIsTheDefault() throws {
        let (directory, _) = try demo()
        let masked = try export(directory, ["--table", "volunteers"])
        XCTAssertTrue(masked.hasPrefix("\u{FEFF}编号,名称,电话,"), String(masked.prefix(30)))
        let phone = try row(0, of: masked)[2]
        XCTAssertTrue(phone.contains("****"), phone)
        let revealed = try JiedaoBinary.run(["export", "--data", directory, "--table", "volunteers", "--reveal"])
        XCTAssertEqual(revealed.status, 0, revealed.stderr)
        XCTAssertFalse(try row(0, of: revealed.stdout)[2].contains("*"))
        XCTAssertTrue(revealed.stderr.contains("audit trail") || revealed.stderr.contains("审计"), revealed.stderr)
        let log = try JiedaoBinary.run(["log", "--data", directory, "--json", "--record", "volunteer#0"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertFalse(log.stdout.isEmpty, "the reveal is in the audit trail")
    }

    func testOpen311AndJSONExports() throws {
        let (directory, _) = try demo()
        let requests = try export(directory, ["--format", "open311"])
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(requests.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 30_000)
        let fields: Set<String> = ["service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                                   "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                                   "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"]
        for request in list.prefix(200) {
            XCTAssertEqual(Set(request.keys), fields)
            XCTAssertTrue(request["service_request_id"] is String)
            XCTAssertTrue(["open", "closed"].contains(request["status"] as? String))
            XCTAssertTrue((request["requested_datetime"] as? String)?.hasSuffix("+08:00") == true)
        }
        let services = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try export(directory, ["--format", "open311-services"]).utf8)) as? [[String: Any]])
        XCTAssertEqual(services.count, 12)
        XCTAssertEqual(Set(services[0].keys), ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"])
        let communities = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try export(directory, ["--table", "communities", "--format", "json"]).utf8)) as? [[String: Any]])
        XCTAssertEqual(communities.count, 12)
        XCTAssertEqual(communities[0]["name"] as? String, "侨香社区")
        XCTAssertNotEqual(try JiedaoBinary.run(["export", "--data", directory, "--format", "csv"]).status, 0, "--table is required")
    }
}
