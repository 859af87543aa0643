import Foundation
import JiedaoApp
import XCTest

/// A hotline call taken in the real dashboard, counted in keys: the resident's words are typed,
/// everything else is a dozen keys at most.
final class HotlineIntakeTests: XCTestCase {
    func testAHotlineCallIsTakenInADozenKeys() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let session = try TmuxSession(width: 100, height: 30, command: [JiedaoBinary.path, "--data", directory, "--lang", "zh"])
        XCTAssertTrue(session.waitFor("待分拨"), session.screen())
        var keys = 0
        func key(_ name: String) { session.send(name); keys += 1 }
        key("5")
        XCTAssertTrue(session.waitFor("30,000 / 30,000"), session.screen())
        key("a")
        XCTAssertTrue(session.waitFor("新增"), session.screen())
        session.type("楼道灯不亮请尽快修")   // the resident's words, not counted
        for _ in 0..<3 { key("Tab") }      // received, channel: the defaults; then the category
        for c in "wy" { key(String(c)) }   // 物业管理 by its initials
        for _ in 0..<2 { key("Tab") }      // urgency stays 一般; then the community
        for c in "qx" { key(String(c)) }   // 侨香社区
        key("Enter")
        XCTAssertTrue(session.waitFor("30,001 / 30,001"), "saved and listed:\n\(session.screen())")
        XCTAssertTrue(session.screen().contains("楼道灯不亮请尽快修"), "the new appeal is selected, its detail shown:\n\(session.screen())")
        XCTAssertLessThanOrEqual(keys, 12)
        session.press(.quit)
        XCTAssertTrue(session.waitForExit())
        let export = try JiedaoBinary.run(["export", "--data", directory, "--table", "appeals", "--format", "json", "--lang", "en"])
        let records = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let taken = try XCTUnwrap(records.first { $0["summary"] as? String == "楼道灯不亮请尽快修" }, "the call is on disk")
        XCTAssertEqual(taken["community"] as? String, "侨香社区")
        XCTAssertEqual(taken["category"] as? String, "Property management", "物业管理, picked by its initials")
        XCTAssertEqual(taken["urgency"] as? String, "General")
    }
}
