@testable import JiedaoApp
import JiedaoCore
import XCTest

/// Time passing, with no edit, moves appeals into overdue on the dashboard's figures.
final class ClockTickTests: XCTestCase {
    func testTheMinuteTickMovesAnAppealPastItsDeadlineIntoTheFigures() throws {
        var registry = try AppFixtures.registry()
        // Appeal #2 is dispatched now with a deadline two minutes ahead.
        let deadline = AppFixtures.now + 120
        try registry.apply(.moveAppeal(AppealID(2), version: registry.appeals[AppealID(2)].version,
                                       .dispatch(.community, handler: 0, deadline: deadline), note: ""), by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "test")
        XCTAssertNil(state.registry.kpis, "the KPI ledger waits until the summary pane shows")
        _ = update(&state, .key(.character("7")))
        XCTAssertEqual(state.pane, .summary)
        XCTAssertNotNil(state.registry.kpis)
        let before = try XCTUnwrap(state.summary)
        XCTAssertEqual(before.appealsOverdue, 1, "only the fixture's overdue appeal")
        XCTAssertEqual(state.summaryFigures.mostOverdue, [AppealID(0)])

        _ = update(&state, .tick(now: deadline))
        XCTAssertEqual(state.summary?.appealsOverdue, 1, "at the deadline it is not over yet")
        _ = update(&state, .tick(now: deadline + 60))
        XCTAssertEqual(state.summary?.appealsOverdue, 2, "a minute later the tick counts it")
        XCTAssertEqual(state.overdueByCommunity[0], 2)
        XCTAssertEqual(state.summaryFigures.mostOverdue, [AppealID(0), AppealID(2)], "longest overdue first")
        XCTAssertEqual(state.summary?.byCommunity["侨香社区"]?.appealsOverdue, 2)
    }

    func testTheSummaryPaneCountsComeFromTheLedgerAndMatchTheRecords() throws {
        var state = try AppFixtures.state()
        _ = update(&state, .key(.character("7")))
        let figures = state.summaryFigures
        let today = Day(unixTime: AppFixtures.now)
        var received = [Int](repeating: 0, count: 30)
        var resolved = [Int](repeating: 0, count: 30)
        for appeal in state.registry.appeals.rows where !appeal.isDeleted {
            let back = Int(today.daysSince1970 - Day(unixTime: appeal.receivedAt).daysSince1970)
            if (0..<30).contains(back) { received[29 - back] += 1 }
            guard appeal.progress.resolvedAt > 0 else { continue }
            let resolvedBack = Int(today.daysSince1970 - Day(unixTime: appeal.progress.resolvedAt).daysSince1970)
            if (0..<30).contains(resolvedBack) { resolved[29 - resolvedBack] += 1 }
        }
        XCTAssertEqual(figures.received30, received)
        XCTAssertEqual(figures.resolved30, resolved)
        XCTAssertEqual(received.reduce(0, +), 3, "the fixture's three appeals, ten days ago")
        XCTAssertEqual(figures.receivedThisMonth, 3)
        XCTAssertEqual(figures.topCategories.map(\.count), [2, 1])
    }
}
