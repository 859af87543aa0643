import Foundation
import XCTest

/// `jiedao export` without --out: a terminal sees imported control characters escaped,
/// a pipe gets the exact text.
final class ExportToTerminalTests: XCTestCase {
    func testControlCharactersReachATerminalEscapedAndAPipeExactly() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let data = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道"]).status, 0)
        let sheet = base + "/c.csv"
        try Data("名称\r\n侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: sheet))
        XCTAssertEqual(try JiedaoBinary.run(["import", "--data", data, "--table", "communities", sheet]).status, 0)
        let hostile = base + "/x.csv"
        try Data("名称,社区\r\n坏\u{1B}[2J名\u{202E}反,侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: hostile))
        let imported = try JiedaoBinary.run(["import", "--data", data, "--table", "compounds", hostile, "--lang", "en"])
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)

        let piped = try JiedaoBinary.run(["export", "--data", data, "--table", "compounds"])
        XCTAssertTrue(piped.stdout.contains("坏\u{1B}[2J名\u{202E}反"), "a pipe keeps the exact text")

        let session = try TmuxSession(command: ["/bin/sh", "-c", "'\(JiedaoBinary.path)' export --data '\(data)' --table compounds; echo EXPORT-DONE; sleep 30"])
        XCTAssertTrue(session.waitFor("EXPORT-DONE"), session.screen())
        let screen = session.screen()
        XCTAssertTrue(screen.contains("坏␛[2J名\\u{202e}反"), "the terminal shows the characters escaped:\n\(screen)")
        XCTAssertFalse(screen.contains("␍"), "line ends are not shown as characters:\n\(screen)")
    }
}
