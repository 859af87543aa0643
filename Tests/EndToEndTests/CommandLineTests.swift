import Foundation
import XCTest

/// The command line as a script sees it.
final class CommandLineTests: XCTestCase {
    /// One demo street shared by the tests here (the debug build takes a few seconds to make it).
    nonisolated(unsafe) private static var demo: String?

    private func demoDirectory() throws -> String {
        if let demo = Self.demo { return demo }
        let directory = try JiedaoBinary.temporaryDirectory("shared-demo") + "/street"
        let result = try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory, "--today", "2026-11-27"])
        XCTAssertEqual(result.status, 0, result.stderr)
        Self.demo = directory
        return directory
    }

    func testSummaryJSONHasTheKeysAndPlausibleFigures() throws {
        let result = try JiedaoBinary.run(["summary", "--data", try demoDirectory(), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["communities"] as? Int, 12)
        XCTAssertEqual(object["compounds"] as? Int, 90)
        XCTAssertEqual(object["volunteers"] as? Int, 3_000)
        XCTAssertEqual(object["appeals"] as? Int, 30_000)
        XCTAssertEqual(object["projects"] as? Int, 150)
        for key in ["party_coverage", "closure_rate", "on_time_rate", "satisfaction_rate", "reopen_rate"] {
            let value = try XCTUnwrap(object[key] as? Double, key)
            XCTAssertTrue((0...1).contains(value), "\(key) = \(value)")
        }
        let open = try XCTUnwrap(object["appeals_open"] as? Int)
        let overdue = try XCTUnwrap(object["appeals_overdue"] as? Int)
        XCTAssertGreaterThan(open, 0)
        XCTAssertLessThanOrEqual(overdue, open)
        XCTAssertNotNil(object["volunteers_behind"] as? Int)
        XCTAssertNotNil(object["budget_committed"] as? Int)
        XCTAssertEqual(object["budget_total"] as? Int, 24_000_000)
        let byCommunity = try XCTUnwrap(object["by_community"] as? [String: [String: Any]])
        XCTAssertEqual(byCommunity.count, 12)
        let qiaoxiang = try XCTUnwrap(byCommunity["侨香社区"])
        for key in ["appeals", "appeals_open", "appeals_overdue", "closure_rate"] { XCTAssertNotNil(qiaoxiang[key], key) }
        XCTAssertEqual(byCommunity.values.reduce(0) { $0 + (($1["appeals"] as? Int) ?? 0) }, 30_000)
    }

    /// The summary from the snapshot's figures section is the summary of the loaded data, byte for
    /// byte, at any moment of the quarter; after an edit the journal decides.
    func testTheQuickSummaryIsTheLongOne() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory, "--today", "2026-11-27"]).status, 0)
        func both(_ now: String) throws -> (quick: String, long: String) {
            let quick = try JiedaoBinary.run(["summary", "--data", directory, "--json"], environment: ["JIEDAO_NOW": now])
            let long = try JiedaoBinary.run(["summary", "--data", directory, "--json"], environment: ["JIEDAO_NOW": now, "JIEDAO_SUMMARY_FULL_LOAD": "1"])
            XCTAssertEqual(quick.status, 0, quick.stderr)
            return (quick.stdout, long.stdout)
        }
        // 2026-11-27 10:00, a week later, and the next quarter (2027-01-05) in Shanghai.
        for now in ["1795744800", "1796349600", "1799114400"] {
            let (quick, long) = try both(now)
            XCTAssertEqual(quick, long, "at \(now)")
            XCTAssertTrue(quick.contains("\"appeals\":30000"), quick)
        }
        let sheet = base + "/communities.csv"
        try Data("名称\r\n新社区\r\n".utf8).write(to: URL(fileURLWithPath: sheet))
        XCTAssertEqual(try JiedaoBinary.run(["import", "--data", directory, "--table", "communities", sheet]).status, 0)
        let (quick, long) = try both("1795744800")
        XCTAssertEqual(quick, long)
        XCTAssertTrue(quick.contains("\"communities\":13"), "the journalled import counts: " + quick)
    }

    func testBadArgumentsGiveUsageAndNonZeroStatus() throws {
        let result = try JiedaoBinary.run(["demo", "--scale", "galaxy", "--out", "/tmp/never"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("Usage") || result.stderr.contains("usage"), result.stderr)
        let unknown = try JiedaoBinary.run(["no-such-command-or-option", "--frobnicate"])
        XCTAssertNotEqual(unknown.status, 0)
        let date = try JiedaoBinary.run(["calendar", "2026-02-30"])
        XCTAssertNotEqual(date.status, 0)
        XCTAssertTrue(date.stderr.contains("2026-02-30"), date.stderr)
    }

    func testHelpAndVersion() throws {
        let help = try JiedaoBinary.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for word in ["summary", "demo", "check", "calendar"] { XCTAssertTrue(help.stdout.contains(word), word) }
        let version = try JiedaoBinary.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    func testSummaryCreatesTheDemoWhenThereIsNoData() throws {
        let home = try JiedaoBinary.temporaryDirectory()
        let result = try JiedaoBinary.run(["summary", "--json"], environment: ["XDG_DATA_HOME": home, "LANG": "C"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("demo"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/jiedao/default/snapshot"))
    }

    func testCheckReportsSoundAndDamagedData() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let sound = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"])
        XCTAssertEqual(sound.status, 0, sound.stdout + sound.stderr)
        XCTAssertTrue(sound.stdout.contains("snapshot sound"), sound.stdout)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: directory + "/snapshot"))
        handle.seek(toFileOffset: 5_000)
        handle.write(Data([0xFF, 0x00, 0xFF]))
        try handle.close()
        let damaged = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"])
        XCTAssertEqual(damaged.status, 1)
        XCTAssertTrue(damaged.stdout.contains("checksum mismatch"), damaged.stdout)
        // Whatever reads the records refuses the damaged file and points to `check`.
        for arguments in [["export", "--table", "appeals"], ["summary"]] {
            let open = try JiedaoBinary.run(arguments + ["--data", directory, "--lang", "en"], environment: ["JIEDAO_SUMMARY_FULL_LOAD": "1"])
            XCTAssertNotEqual(open.status, 0, "\(arguments)")
            XCTAssertTrue(open.stderr.contains("jiedao check"), open.stderr)
        }
        // The summary's own section, under its own checksum, is sound: it still answers from it.
        let quick = try JiedaoBinary.run(["summary", "--data", directory, "--json"])
        XCTAssertEqual(quick.status, 0, quick.stderr)
        XCTAssertTrue(quick.stdout.contains("\"appeals\":30000"), quick.stdout)
    }

    func testCalendarCommand() throws {
        let day = try JiedaoBinary.run(["calendar", "2026-02-14", "--lang", "en"])
        XCTAssertEqual(day.status, 0)
        XCTAssertTrue(day.stdout.hasSuffix("2026-02-14\n"), day.stdout)
        XCTAssertTrue(day.stdout.hasPrefix("working day"), day.stdout)
        let later = try JiedaoBinary.run(["calendar", "2026-02-14", "+3"])
        XCTAssertTrue(later.stdout.hasSuffix("2026-02-26\n"), later.stdout)
    }

    func testAFileThatIsNotASnapshotGetsAClearMessage() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/data"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("name,households\n锦绣花园,800\n".utf8).write(to: URL(fileURLWithPath: directory + "/snapshot"))
        let result = try JiedaoBinary.run(["summary", "--data", directory, "--lang", "en"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("not a Jiedao snapshot"), result.stderr)
    }

    func testBackupRestoreAndTheAuditLog() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        XCTAssertEqual(try JiedaoBinary.run(["_stress", "--data", directory, "--count", "3", "--start", "41"]).status, 0)
        let log = try JiedaoBinary.run(["log", "--data", directory, "--lang", "en"])
        XCTAssertEqual(log.status, 0, log.stderr)
        let lines = log.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[1].contains("Households 41 → 42"), String(lines[1]))
        let json = try JiedaoBinary.run(["log", "--data", directory, "--json", "--record", "compound#0"])
        let first = try XCTUnwrap(json.stdout.split(separator: "\n").first)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        XCTAssertEqual(object["sequence"] as? Int, 1)
        XCTAssertEqual(object["record"] as? String, "compound#0")
        XCTAssertEqual(try JiedaoBinary.run(["log", "--data", directory, "--user", "nobody-else"]).stdout, "")

        let backup = base + "/street.backup"
        XCTAssertEqual(try JiedaoBinary.run(["backup", "--data", directory, "--out", backup]).status, 0)
        let restored = base + "/restored"
        let restore = try JiedaoBinary.run(["restore", backup, "--data", restored])
        XCTAssertEqual(restore.status, 0, restore.stderr)
        let before = try JiedaoBinary.run(["summary", "--data", directory, "--json"]).stdout
        XCTAssertEqual(try JiedaoBinary.run(["summary", "--data", restored, "--json"]).stdout, before)
        XCTAssertNotEqual(try JiedaoBinary.run(["restore", backup, "--data", restored]).status, 0, "never over existing data")
        XCTAssertEqual(try JiedaoBinary.run(["check", backup]).status, 0)
    }

    func testControlCharactersFromDataAreEscapedInTextOutput() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let sheet = base + "/compounds.csv"
        try Data("名称,社区\r\n坏\u{1B}[2J名字,侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: sheet))
        let imported = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", sheet])
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)
        let log = try JiedaoBinary.run(["log", "--data", directory, "--lang", "zh"])
        XCTAssertTrue(log.stdout.contains("坏␛[2J名字"), log.stdout)
        XCTAssertFalse(log.stdout.contains("\u{1B}"), "a raw escape reached the terminal")
    }
}
