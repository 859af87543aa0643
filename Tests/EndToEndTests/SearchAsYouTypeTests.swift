import Foundation
import JiedaoApp
import XCTest

/// `/` in the real dashboard: the list narrows with each key and the count says how far.
final class SearchAsYouTypeTests: XCTestCase {
    func testTheAppealsNarrowAsYouTypeAndEscBringsThemBack() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let session = try TmuxSession(width: 100, height: 30, command: [JiedaoBinary.path, "--data", directory, "--lang", "en"])
        XCTAssertTrue(session.waitFor("Communities"), session.screen())
        session.press(.pane(Pane.appeals.rawValue))
        XCTAssertTrue(session.waitFor("30,000 / 30,000"), session.screen())
        session.press(.search)
        session.type("路灯")
        XCTAssertTrue(session.waitFor("[/路灯]") || session.waitFor("/路灯"), session.screen())
        // 30,000 appeals are searched off the UI thread; the count line says so until it is done.
        XCTAssertTrue(session.waitForAbsence(of: "searching"), session.screen())
        let narrowed = session.screen().split(separator: "\n").map(String.init)
        let count = try XCTUnwrap(narrowed.first { $0.contains(" / 30,000") }, session.screen())
        XCTAssertFalse(count.contains("30,000 / 30,000"), count)
        session.type("不存在的字样")
        XCTAssertTrue(session.waitFor(" 0 / 30,000"), "a miss shows an empty list:\n\(session.screen())")
        session.press(.cancel, in: .search)
        XCTAssertTrue(session.waitFor("30,000 / 30,000"), session.screen())
        session.press(.quit)
        XCTAssertTrue(session.waitForExit())
    }
}
