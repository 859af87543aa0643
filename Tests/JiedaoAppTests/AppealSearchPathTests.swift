@testable import JiedaoApp
import JiedaoCore
import XCTest

/// The appeals pane is searched straight from the appeal table and the text bytes; it must
/// find exactly what matching each row through its columns finds, in both languages.
final class AppealSearchPathTests: XCTestCase {
    func testTheTablePathFindsWhatTheColumnsFind() throws {
        let registry = try DemoGenerator(scale: .street, seed: 5, now: AppFixtures.now, adminLogin: "zhang").build()
        for language in Language.allCases {
            var state = AppState(registry: registry, login: "zhang", language: language, now: AppFixtures.now, dataName: "demo")
            _ = update(&state, .resize(width: 100, height: 30))
            let context = state.rowContext
            let rows = registry.appeals.liveIDs.map(\.raw)
            for query in ["路", "路灯", "鑫", "qxsq", "lx", "2026", "12345", "超期", "剩", "overdue", "working", "侨香", "办结", "dispatched", "—"] {
                let matcher = try XCTUnwrap(SearchMatcher(query, pane: .appeals))
                var perRow = matcher
                let expected = rows.filter { perRow.matches($0, context) }
                let found = try XCTUnwrap(matcher.filter(rows, context))
                XCTAssertEqual(found, expected, "\(language) “\(query)”")
                if query == "路" { XCTAssertFalse(found.isEmpty) }
                if query == "鑫" { XCTAssertTrue(found.isEmpty) }
            }
        }
    }
}
