import Foundation
import JiedaoApp
import XCTest

/// With NO_COLOR the cursor row is reverse video and overdue cells bold and underlined, so
/// the two never look alike (colour themes would leave both plain).
final class NoColorTests: XCTestCase {
    func testTheCursorRowIsReverseAndOverdueCellsAreNot() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let session = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "en"],
                                      environment: ["NO_COLOR": "1", "TERM": "xterm"])
        XCTAssertTrue(session.waitFor("Today"), session.screen())
        session.press(.pane(Pane.appeals.rawValue))
        session.press(.triage)
        XCTAssertTrue(session.waitFor("overdue first"), session.screen())
        let lines = session.screenWithAttributes().split(separator: "\n").map(String.init)
        let reverse = "\u{1B}[7m"
        let cursor = try XCTUnwrap(lines.firstIndex { $0.contains(reverse) }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[cursor].contains("overdue"), "triage puts an overdue appeal under the cursor: \(lines[cursor])")
        let below = lines[(cursor + 1)...].prefix(3)
        XCTAssertFalse(below.isEmpty)
        for line in below {
            XCTAssertTrue(line.contains("overdue"), line)
            XCTAssertFalse(line.contains(reverse), "only the cursor row is reverse: \(line)")
            XCTAssertTrue(line.contains("\u{1B}[1;4m") || (line.contains("\u{1B}[1m") && line.contains("\u{1B}[4m")),
                          "overdue cells are bold and underlined: \(line.debugDescription)")
        }
        session.press(.quit)
        XCTAssertTrue(session.waitForExit())
    }
}
