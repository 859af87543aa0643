import Foundation
import XCTest

/// `jiedao settings`: the street's name, district and zone are edits like any other.
final class SettingsCommandTests: XCTestCase {
    func testTheStreetIsRenamedAndTheChangeIsJournaled() throws {
        let data = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道"]).status, 0)
        let changed = try JiedaoBinary.run(["settings", "--data", data, "--street", "香蜜湖街道", "--district", "福田区", "--lang", "en"])
        XCTAssertEqual(changed.status, 0, changed.stderr)
        let shown = try JiedaoBinary.run(["settings", "--data", data, "--lang", "en"])
        XCTAssertTrue(shown.stdout.contains("Street: 香蜜湖街道"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("District: 福田区"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("Extensions need approval: yes"), shown.stdout)
        let summary = try JiedaoBinary.run(["summary", "--data", data, "--json"])
        XCTAssertTrue(summary.stdout.contains("\"street\" : \"香蜜湖街道\"") || summary.stdout.contains("\"street\":\"香蜜湖街道\""), summary.stdout)
        let zone = try JiedaoBinary.run(["settings", "--data", data, "--time-zone", "Mars/Olympus", "--lang", "en"])
        XCTAssertNotEqual(zone.status, 0)
        XCTAssertTrue(zone.stderr.contains("Unknown time zone"), zone.stderr)
        let log = try JiedaoBinary.run(["log", "--data", data, "--lang", "en"])
        XCTAssertTrue(log.stdout.contains("changed the settings"), log.stdout)
    }

    func testTimeLimitsPerCategoryAreSetAndShown() throws {
        let data = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道"]).status, 0)
        let set = try JiedaoBinary.run(["settings", "--data", data, "--limit", "噪音扰民:一般:3d", "--limit", "*:紧急:12h", "--lang", "en"])
        XCTAssertEqual(set.status, 0, set.stderr)
        let shown = try JiedaoBinary.run(["settings", "--data", data, "--lang", "en"])
        XCTAssertTrue(shown.stdout.contains("  Noise: 12h · 3d · 3d · 15d"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  Environment: 12h · 3d · 5d · 15d"), "the street's own limit for emergencies: " + shown.stdout)
        for bad in ["噪音扰民:一般", "燃气:一般:3d", "噪音扰民:一般:3weeks", "噪音扰民:紧要:3d"] {
            let refused = try JiedaoBinary.run(["settings", "--data", data, "--limit", bad, "--lang", "en"])
            XCTAssertEqual(refused.status, 1, bad)
            XCTAssertTrue(refused.stderr.contains("--limit \(bad)"), refused.stderr)
        }
        XCTAssertTrue(try JiedaoBinary.run(["settings", "--data", data, "--lang", "en"]).stdout.contains("  Noise: 12h · 3d · 3d · 15d"), "a refusal changes nothing")
    }
}
