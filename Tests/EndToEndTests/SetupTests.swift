import Foundation
import JiedaoStore
import XCTest

/// A real street from nothing, and never invented figures for a path the user named.
final class SetupTests: XCTestCase {
    private func summary(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any] {
        let result = try JiedaoBinary.run(["summary", "--json"] + arguments, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The README's "Setting up your street", step by step.
    func testTheReadmeSetUpFromNothingToAStreetOnScreen() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let data = base + "/guixiang"
        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
        let created = try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道", "--district", "福田区", "--admin", "\(login):张主任", "--lang", "en"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("jiedao import --data \(data) --table communities"), created.stdout)
        let empty = try summary(["--data", data])
        XCTAssertEqual(empty["street"] as? String, "桂香街道")
        XCTAssertEqual(empty["demo"] as? Bool, false)
        XCTAssertEqual(empty["communities"] as? Int, 0)

        // The template: the sheet's headers and one example row, which imports as it stands.
        let template = base + "/社区.csv"
        let written = try JiedaoBinary.run(["export", "--table", "communities", "--template", "--out", template])
        XCTAssertEqual(written.status, 0, written.stderr)
        let sheet = String(decoding: try Data(contentsOf: URL(fileURLWithPath: template)), as: UTF8.self)
        let lines = String(sheet.drop { $0 == "\u{FEFF}" }).components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("编号,名称"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix(",侨香社区,"), "an example row with the ID empty: \(lines[1])")
        try Data((lines[0] + "\r\n" + lines[1] + "\r\n" + lines[1].replacingOccurrences(of: "侨香社区", with: "桂园社区") + "\r\n").utf8)
            .write(to: URL(fileURLWithPath: template))
        let communities = try JiedaoBinary.run(["import", "--data", data, "--table", "communities", template, "--lang", "en"])
        XCTAssertEqual(communities.status, 0, communities.stdout + communities.stderr)
        let compounds = base + "/小区.csv"
        try Data(("名称,社区,类型,户数\r\n锦绣花园,侨香社区,商品房,800\r\n桂园大厦,桂园社区,商品房,300\r\n").utf8).write(to: URL(fileURLWithPath: compounds))
        let imported = try JiedaoBinary.run(["import", "--data", data, "--table", "compounds", compounds, "--lang", "en"])
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)
        // The street's own category, from its template, before the departments that handle it.
        let categories = base + "/类别.csv"
        XCTAssertEqual(try JiedaoBinary.run(["export", "--table", "categories", "--template", "--out", categories]).status, 0)
        let categorySheet = String(decoding: try Data(contentsOf: URL(fileURLWithPath: categories)), as: UTF8.self)
        XCTAssertTrue(categorySheet.contains("燃气安全") && categorySheet.contains("英文名称"), categorySheet)
        let importedCategories = try JiedaoBinary.run(["import", "--data", data, "--table", "categories", categories, "--lang", "en"])
        XCTAssertEqual(importedCategories.status, 0, importedCategories.stdout + importedCategories.stderr)
        let departments = base + "/部门.csv"
        XCTAssertEqual(try JiedaoBinary.run(["export", "--table", "departments", "--template", "--out", departments]).status, 0)
        let departmentSheet = String(decoding: try Data(contentsOf: URL(fileURLWithPath: departments)), as: UTF8.self)
        XCTAssertTrue(departmentSheet.contains("城市管理和综合执法局"), departmentSheet)
        let departmentRows = String(departmentSheet.drop { $0 == "\u{FEFF}" }).components(separatedBy: "\r\n")
        try Data((departmentSheet + departmentRows[1].replacingOccurrences(of: "城市管理和综合执法局", with: "燃气管理所")
            .replacingOccurrences(of: "环境卫生", with: "燃气安全") + "\r\n").utf8).write(to: URL(fileURLWithPath: departments))
        let importedDepartments = try JiedaoBinary.run(["import", "--data", data, "--table", "departments", departments, "--lang", "en"])
        XCTAssertEqual(importedDepartments.status, 0, importedDepartments.stdout + importedDepartments.stderr)
        let user = try JiedaoBinary.run(["user", "add", "--data", data, "lisi", "--name", "李四", "--role", "coordinator"])
        XCTAssertEqual(user.status, 0, user.stderr)
        let filled = try summary(["--data", data])
        XCTAssertEqual(filled["communities"] as? Int, 2)
        XCTAssertEqual(filled["compounds"] as? Int, 2)

        let session = try TmuxSession(command: [JiedaoBinary.path, "--data", data])
        XCTAssertTrue(session.waitFor("Today"), session.screen())
        session.send("2")
        XCTAssertTrue(session.waitFor("侨香社区"), session.screen())
        XCTAssertTrue(session.screen().contains("张主任(Admin)"), session.screen())
        XCTAssertFalse(session.screen().contains("DEMO"), session.screen())
        session.send("8")
        XCTAssertTrue(session.waitFor("城市管理和综合执法局"), "the departments pane lists the import: " + session.screen())
        XCTAssertTrue(session.waitFor("燃气管理所"), session.screen())
        let row = session.screen().split(separator: "\n").first { $0.hasPrefix("燃气管理所") } ?? ""
        XCTAssertTrue(row.contains("Gas safety"), "the new department handles the street's own category: " + session.screen())
        session.send("Tab", "Tab", "Tab")
        XCTAssertTrue(session.waitFor("燃气安全"), "the categories pane lists the import after the twelve: " + session.screen())
        XCTAssertTrue(session.screen().contains("13 / 13"), session.screen())
        session.send("q")
        XCTAssertTrue(session.waitForExit())

        // A directory with data is never overwritten.
        let again = try JiedaoBinary.run(["init", "--data", data, "--street", "别的街道", "--lang", "en"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already holds data"), again.stderr)
        XCTAssertEqual(try summary(["--data", data])["street"] as? String, "桂香街道")
    }

    func testAMistypedPathIsAnErrorForTheDashboardAndTheCommands() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let real = base + "/guixiang"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", real, "--street", "桂香街道"]).status, 0)
        let typo = base + "/guixaing"
        for arguments in [["summary", "--data", typo], ["--data", typo], ["watch", "--data", typo], ["export", "--data", typo, "--table", "appeals"]] {
            let result = try JiedaoBinary.run(arguments + ["--lang", "en"])
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stderr.contains("no data set in \(typo)"), result.stderr)
            XCTAssertTrue(result.stderr.contains("jiedao init --data \(typo)") && result.stderr.contains("jiedao demo --out \(typo)"), result.stderr)
            XCTAssertEqual(result.stdout, "", "no figures for a path that holds no data")
        }
        let fromEnvironment = try JiedaoBinary.run(["summary", "--lang", "en"], environment: ["JIEDAO_DATA": typo])
        XCTAssertEqual(fromEnvironment.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: typo), "nothing is created at a mistyped path")
    }

    func testTheDemoIsMarkedAndMakesWayForARealStreet() throws {
        let home = try JiedaoBinary.temporaryDirectory()
        let environment = ["XDG_DATA_HOME": home]
        let demo = try summary([], environment: environment)
        XCTAssertEqual(demo["demo"] as? Bool, true)
        let text = try JiedaoBinary.run(["summary", "--lang", "zh"], environment: environment)
        XCTAssertTrue(text.stdout.contains("演示数据"), text.stdout)
        let session = try TmuxSession(command: [JiedaoBinary.path], environment: environment)
        XCTAssertTrue(session.waitFor("Communities"), session.screen())
        XCTAssertTrue(session.screen().contains("DEMO"), session.screen())
        session.send("q")
        XCTAssertTrue(session.waitForExit())

        let replaced = try JiedaoBinary.run(["init", "--replace-demo", "--street", "真实街道", "--lang", "en"], environment: environment)
        XCTAssertEqual(replaced.status, 0, replaced.stderr)
        let street = try summary([], environment: environment)
        XCTAssertEqual(street["demo"] as? Bool, false)
        XCTAssertEqual(street["street"] as? String, "真实街道")
        let backups = try FileManager.default.contentsOfDirectory(atPath: home + "/jiedao").filter { $0.hasPrefix("default-demo-backup-") }
        XCTAssertEqual(backups.count, 1)
        XCTAssertEqual(try JiedaoBinary.run(["check", home + "/jiedao/" + backups[0]]).status, 0, "the demo's backup is a sound file")
        // Real data is never replaced.
        let refused = try JiedaoBinary.run(["init", "--replace-demo", "--street", "又一个", "--lang", "en"], environment: environment)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("holds real data"), refused.stderr)
    }
}
