@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// Long lists are narrowed off the UI thread: the key returns at once with the search sent to
/// the store, the answer replaces the list, and a newer key overtakes an older search.
final class BackgroundSearchTests: XCTestCase {
    private func demo() throws -> AppDriver {
        let registry = try DemoGenerator(scale: .street, seed: 3, now: AppFixtures.now, adminLogin: "zhang").build()
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "demo")
        _ = update(&state, .resize(width: 100, height: 30))
        return AppDriver(state)
    }

    func testTheAppealsAreNarrowedBySearchesSentToTheStore() throws {
        var app = try demo()
        app.press(.character("5"), .character("/"))
        XCTAssertGreaterThan(app.state.current.rows.count, AppState.backgroundSearchRows)
        app.type("路")
        XCTAssertEqual(app.dashboard.store.searchesStarted, 1, "30,000 rows are searched away from the keys")
        XCTAssertNil(app.state.runningSearch, "the in-memory store answers at once")
        let context = app.state.rowContext
        var matcher = try XCTUnwrap(SearchMatcher("路", pane: .appeals))
        let expected = app.state.registry.appeals.liveIDs.map(\.raw).filter { matcher.matches($0, context) }
        XCTAssertEqual(app.state.current.rows.sorted(), expected.sorted())
        XCTAssertLessThan(expected.count, AppState.backgroundSearchRows)
        // The matches are few enough now: the next character is searched in place.
        app.type("灯")
        XCTAssertEqual(app.dashboard.store.searchesStarted, 1)
        XCTAssertTrue(app.state.current.rows.allSatisfy { app.state.registry.text(app.state.registry.appeals[AppealID($0)].summary).contains("路灯") })
    }

    func testAnOvertakenSearchIsDroppedAndACancelledOneFindsNothing() throws {
        var app = try demo()
        app.press(.character("5"))
        let all = app.state.current.rows
        app.send(.searchFinished(SearchResult(token: 99, pane: .appeals, rows: [1, 2, 3], total: nil)))
        XCTAssertEqual(app.state.current.rows, all, "no search of that token is running")
        var state = app.state
        let effects = update(&state, .key(.character("/"))) + update(&state, .key(.character("鑫")))
        guard case .search(let job)? = effects.last else { return XCTFail("no search effect: \(effects)") }
        XCTAssertEqual(state.runningSearch, job.token)
        XCTAssertTrue(render(state).lines().joined().contains("搜索中"), "the count line says a search runs")
        XCTAssertNil(job.run(isCancelled: { true }))
        _ = update(&state, .key(.character("鑫")))
        _ = update(&state, .searchFinished(SearchResult(token: job.token, pane: .appeals, rows: [], total: nil)))
        XCTAssertEqual(state.current.rows, all, "the first search was overtaken by the second key")
    }

    func testTheSpinnerTurnsAndEnterWaitsForTheAnswer() throws {
        var app = try demo()
        app.press(.character("5"))
        var state = app.state
        let effects = update(&state, .key(.character("/"))) + update(&state, .key(.character("鑫")))
        guard case .search(let job)? = effects.last else { return XCTFail("no search effect: \(effects)") }
        func countLine(_ state: AppState) -> String { render(state).lines()[1] }
        let first = countLine(state)
        _ = update(&state, .spin)
        let second = countLine(state)
        XCTAssertNotEqual(first, second, "the spinner moved")
        XCTAssertTrue(first.contains("⠋ 搜索中") && second.contains("⠙ 搜索中"), first + "\n" + second)

        // Enter while it runs: the old list is no answer, so nothing is "not found" yet.
        _ = update(&state, .key(.enter))
        XCTAssertNil(state.message)
        _ = update(&state, .searchFinished(SearchResult(token: job.token, pane: .appeals, rows: [], total: nil)))
        XCTAssertEqual(state.message?.text.text(.zh), "未找到“鑫”（Esc 恢复列表）")
        XCTAssertFalse(countLine(state).contains("搜索中"))
        _ = update(&state, .spin)
        XCTAssertFalse(countLine(state).contains("搜索中"), "no spinner without a search")
    }
}
