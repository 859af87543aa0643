@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// 今日待办: each count against a recount from the records, Enter opens the same list, Esc
/// comes back, and the counts follow edits.
final class TodayPaneTests: XCTestCase {
    private func demo() throws -> AppState {
        let registry = try DemoGenerator(scale: .street, seed: 3, now: AppFixtures.now, adminLogin: "zhang").build()
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "demo")
        _ = update(&state, .resize(width: 100, height: 30))
        return state
    }

    /// The lists recounted from the records' fields, independently of the pane's code.
    private func recount(_ item: TodayItem, _ registry: Registry, now: Int64) -> Int {
        let utcOffset = Int64(registry.settings.utcOffset(at: now))
        let today = Day(unixTime: now, utcOffset: Int(utcOffset))
        let endOfTomorrow = (Int64(today.daysSince1970) + 2) * 86_400 - utcOffset
        let open: Set<AppealState> = [.received, .dispatched, .returned, .inProgress, .extended, .reopened, .suspended]
        let running = open.subtracting([.suspended])
        let handled: Set<AppealState> = [.dispatched, .inProgress, .extended, .reopened, .suspended]
        let appeals = registry.appeals.rows.filter { !$0.isDeleted }.map(\.progress)
        switch item {
        case .toDispatch: return appeals.filter { $0.state == .received || $0.state == .returned }.count
        case .notAccepted: return appeals.filter { $0.state == .dispatched }.count
        case .dueSoon: return appeals.filter { running.contains($0.state) && $0.deadline > 0 && $0.deadline >= now && $0.deadline < endOfTomorrow }.count
        case .overdue: return appeals.filter { running.contains($0.state) && $0.deadline > 0 && $0.deadline < now }.count
        case .lateFirstContact:
            return appeals.filter { handled.contains($0.state) && $0.dispatchedAt > 0 && $0.firstContactAt == 0 && now > $0.dispatchedAt + 86_400 }.count
        case .extensionRequests: return appeals.filter { $0.requestedDeadline > 0 }.count
        case .awaitingCallback: return appeals.filter { $0.state == .resolved }.count
        case .projectsAwaitingDecision:
            return registry.projects.rows.filter { !$0.isDeleted && [.proposed, .deliberated].contains($0.progress.state) }.count
        case .membersBehind:
            let first = today.firstOfQuarter.daysSince1970, last = today.lastOfQuarter.daysSince1970
            let served = Set(registry.services.rows.filter { !$0.isDeleted && $0.isConfirmed && $0.day >= first && $0.day <= last }.map(\.volunteer.raw))
            return registry.volunteers.rows.indices.filter {
                let volunteer = registry.volunteers.rows[$0]
                return !volunteer.isDeleted && volunteer.volunteerKind == .inServiceMember && !served.contains(Int32($0))
            }.count
        case .allOpen: return appeals.filter { open.contains($0.state) }.count
        case .termsEnding:
            let day = today.daysSince1970
            return registry.compounds.rows.filter { !$0.isDeleted && $0.hasOwnersCommittee && $0.ownersTermEnd >= day && $0.ownersTermEnd <= day + 90 }.count
        }
    }

    func testCoordinatorsStartOnTodayAndSupervisorsOnTheSummary() throws {
        XCTAssertEqual(try AppFixtures.state(login: "lisi").pane, .today)
        XCTAssertEqual(try AppFixtures.state(login: "zhaoliu").pane, .summary)
        XCTAssertEqual(try AppFixtures.state(watch: true).pane, .summary)
    }

    func testEveryCountEqualsARecountAndTheListEnterOpens() throws {
        var app = AppDriver(try demo())
        XCTAssertEqual(app.state.pane, .today)
        XCTAssertEqual(app.state.current.rows, TodayItem.allCases.map(\.rawValue))
        var nonZero = 0
        for item in TodayItem.allCases {
            let expected = recount(item, app.state.registry, now: AppFixtures.now)
            XCTAssertEqual(app.state.todayFigures.count(item), expected, "\(item)")
            if expected > 0 { nonZero += 1 }
            // Enter on its row opens the same records, and Esc comes back to Today.
            app.run(.top)
            for _ in 0..<Int(item.rawValue) { app.run(.moveDown) }
            app.run(.drillDown)
            XCTAssertEqual(app.state.pane, item.pane, "\(item)")
            XCTAssertEqual(app.state.current.preset, item)
            XCTAssertEqual(app.state.current.rows.count, expected, "the list behind \(item)")
            XCTAssertEqual(app.state.current.cursor, 0)
            app.run(.back)
            XCTAssertEqual(app.state.pane, .today, "Esc from \(item)")
            XCTAssertNil(app.state.panes[item.pane]?.preset)
        }
        XCTAssertGreaterThanOrEqual(nonZero, 5, "the demo has work of most kinds")
    }

    func testCountsFollowEditsAndTheListStaysOnItsPreset() throws {
        var app = AppDriver(try demo())
        let before = app.state.todayFigures
        app.run(.drillDown)   // 待分拨
        XCTAssertEqual(app.state.current.preset, .toDispatch)
        // Two new appeals (a returned one may already be overdue).
        let received = app.state.current.rows.filter { app.state.registry.appeals[AppealID($0)].progress.state == .received }
        XCTAssertGreaterThan(received.count, 2)
        let appeal = received[0]
        let version = try XCTUnwrap(app.state.registry.version(of: RecordRef(.appeal, appeal)))
        app.perform([.submit(.moveAppeal(AppealID(appeal), version: version, .dispatch(.community, handler: 0, deadline: AppFixtures.now + 86_400), note: ""), .quick)])
        XCTAssertFalse(app.state.current.rows.contains(appeal), "a dispatched appeal leaves the list to dispatch")
        XCTAssertEqual(app.state.current.rows.count, before.count(.toDispatch) - 1)
        // Another process's move, while this list shows.
        let other = received[1]
        let otherVersion = try XCTUnwrap(app.state.registry.version(of: RecordRef(.appeal, other)))
        app.receive(.moveAppeal(AppealID(other), version: otherVersion, .dispatch(.community, handler: 0, deadline: AppFixtures.now - 60), note: ""),
                    by: UserID(0), login: "lisi")
        app.follow()
        XCTAssertEqual(app.state.current.rows.count, before.count(.toDispatch) - 2)
        // Back on Today, the counts show both.
        app.run(.back)
        XCTAssertEqual(app.state.pane, .today)
        XCTAssertEqual(app.state.todayFigures.count(.toDispatch), before.count(.toDispatch) - 2)
        XCTAssertEqual(app.state.todayFigures.count(.notAccepted), before.count(.notAccepted) + 2)
        XCTAssertEqual(app.state.todayFigures.count(.dueSoon), before.count(.dueSoon) + 1, "one is due tomorrow")
        XCTAssertEqual(app.state.todayFigures.count(.overdue), before.count(.overdue) + 1, "the other is already late")
        for item in TodayItem.allCases {
            XCTAssertEqual(app.state.todayFigures.count(item), recount(item, app.state.registry, now: AppFixtures.now), "\(item)")
        }
        // While Today shows, another process's edit changes its counts at once.
        let third = received[2]
        let thirdVersion = try XCTUnwrap(app.state.registry.version(of: RecordRef(.appeal, third)))
        app.receive(.moveAppeal(AppealID(third), version: thirdVersion, .withdraw, note: "重复"), by: UserID(0), login: "lisi")
        app.follow()
        XCTAssertEqual(app.state.todayFigures.count(.toDispatch), before.count(.toDispatch) - 3)
    }

    func testFClearsThePresetAndTheCrumbNamesIt() throws {
        var app = AppDriver(try demo())
        for _ in 0..<Int(TodayItem.overdue.rawValue) { app.run(.moveDown) }
        app.run(.drillDown)
        XCTAssertTrue(app.screen[1].contains("[今日: 超期]"), app.screen[1])
        app.run(.clearFilter)
        XCTAssertNil(app.state.current.preset)
        XCTAssertEqual(app.state.current.rows.count, app.state.registry.appeals.liveCount)
    }
}
