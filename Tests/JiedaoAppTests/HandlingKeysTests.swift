@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The handling steps from the keyboard: C first contact, X an extension request and its
/// decision, Z suspend and resume, E a callback that reaches nobody, with the Today counts.
final class HandlingKeysTests: XCTestCase {
    /// The fixture street with extensions that need approval.
    private func registry() throws -> Registry {
        var registry = try AppFixtures.registry()
        var settings = registry.settings
        settings.extensionsNeedApproval = true
        try registry.apply(.changeSettings(version: settings.version, settings), by: UserID(0), at: AppFixtures.now)
        return registry
    }

    private func driver(_ registry: Registry, login: String, now: Int64 = AppFixtures.now) -> AppDriver {
        var state = AppState(registry: registry, login: login, language: .zh, now: now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        return AppDriver(state)
    }

    /// Appeal #2 dispatched and accepted by the coordinator, selected on the appeals pane.
    private func acceptedAppeal() throws -> AppDriver {
        var app = driver(try registry(), login: "lisi")
        app.press(.character("5"), .character("G"))
        XCTAssertEqual(app.state.current.selectedID, 2)
        app.press(.character("D"), .enter)
        app.press(.character("A"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .inProgress)
        return app
    }

    func testFirstContactIsRecordedOnceWithItsWords() throws {
        var app = try acceptedAppeal()
        app.press(.character("C"))
        guard case .note = app.state.mode else { return XCTFail("first contact asks for what was agreed") }
        app.type("约周六上门")
        app.press(.enter)
        let progress = app.state.registry.appeals[AppealID(2)].progress
        XCTAssertEqual(progress.firstContactAt, AppFixtures.now)
        XCTAssertEqual(app.state.registry.timeline(of: AppealID(2)).last.map { app.state.registry.text($0.note) }, "约周六上门")
        app.press(.character("C"))
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.message?.isError, true, "a second first contact is refused before any words are asked for")
        app.press(.enter)
        XCTAssertTrue(app.screen.joined().contains("首次联系"), "the detail panel shows the contact")
    }

    func testTheCoordinatorRequestsAndTheSupervisorApproves() throws {
        var app = try acceptedAppeal()
        let deadline = app.state.registry.appeals[AppealID(2)].progress.deadline
        app.press(.character("X"))
        guard case .pick(let picker) = app.state.mode else { return XCTFail("no choice of days") }
        XCTAssertTrue(picker.title.zh.contains("申请延期"), picker.title.zh)
        app.press(.enter)
        app.type("需协调燃气公司")
        app.press(.enter)
        let asked = app.state.registry.appeals[AppealID(2)].progress
        XCTAssertEqual(asked.deadline, deadline, "the deadline waits for the decision")
        XCTAssertGreaterThan(asked.requestedDeadline, deadline)
        app.press(.character("1"))
        XCTAssertEqual(app.state.todayFigures.count(.extensionRequests), 1)

        var supervisor = driver(app.state.registry, login: "zhaoliu")
        supervisor.press(.character("5"), .character("G"))
        supervisor.press(.character("X"))
        guard case .pick(let decision) = supervisor.state.mode else { return XCTFail("the supervisor is offered the decision") }
        XCTAssertEqual(decision.options.count, 2)
        supervisor.press(.enter, .enter)
        let approved = supervisor.state.registry.appeals[AppealID(2)].progress
        XCTAssertEqual(approved.deadline, asked.requestedDeadline)
        XCTAssertEqual(approved.state, .extended)
        XCTAssertEqual(supervisor.state.registry.timeline(of: AppealID(2)).last?.actor, UserID(2))
        // Nothing else is open to a supervisor.
        supervisor.press(.character("R"))
        XCTAssertEqual(supervisor.state.message?.isError, true)
        XCTAssertEqual(supervisor.state.registry.appeals[AppealID(2)].progress.state, .extended)
    }

    func testSuspendStopsTheClockAndResumeMovesTheDeadlineOn() throws {
        var app = try acceptedAppeal()
        app.press(.character("Z"))
        app.type("等待鉴定结果")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .suspended)
        XCTAssertTrue(app.screen.joined().contains("挂起中"), "the deadline column shows the clock stopped")
        XCTAssertTrue(app.screen.last?.contains("Z 恢复") == true, "the footer offers to resume: \(app.screen.last ?? "")")
        // Resumed three days later, on the Monday: the Friday was a working day, the weekend not.
        var later = driver(app.state.registry, login: "lisi", now: AppFixtures.now + 3 * 86_400)
        later.press(.character("5"), .character("G"), .character("Z"), .enter)
        let resumed = later.state.registry.appeals[AppealID(2)]
        XCTAssertEqual(resumed.progress.state, .inProgress)
        XCTAssertEqual(resumed.progress.suspendedSeconds, 3 * 86_400)
        XCTAssertEqual(resumed.progress.suspendedWorkingDays, 1)
        let before = app.state.registry.appeals[AppealID(2)].progress.deadline
        let calendar = WorkCalendar.shipped
        let offset = later.state.registry.settings.utcOffset(at: AppFixtures.now)
        XCTAssertEqual(resumed.progress.deadline, calendar.addWorkingDays(1, to: Day(unixTime: before, utcOffset: offset)).endTime(utcOffset: offset),
                       "one working day (the Friday) spent suspended")
    }

    func testThreeUnreachedCallbacksOfferClosingAsUnreachable() throws {
        var app = try acceptedAppeal()
        app.press(.character("R"))
        app.type("已修复")
        app.press(.enter)
        for attempt in 0..<3 {
            app.press(.character("E"))
            guard case .pick(let picker) = app.state.mode else { return XCTFail("no callback list") }
            XCTAssertFalse(picker.options.contains { $0.label.contains("无法联系") }, "offered after \(attempt) attempts")
            let unreached = picker.options.firstIndex { $0.label.contains("未接通") } ?? 0
            for _ in 0..<unreached { app.press(.character("j")) }
            app.press(.enter, .enter)
        }
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.unreachedCallbacks, 3)
        app.press(.character("E"))
        guard case .pick(let picker) = app.state.mode else { return XCTFail("no callback list") }
        guard let close = picker.options.firstIndex(where: { $0.label.contains("无法联系") }) else { return XCTFail("no way to close") }
        for _ in 0..<close { app.press(.character("j")) }
        app.press(.enter, .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .closed)
        XCTAssertEqual(app.state.registry.timeline(of: AppealID(2)).last?.kind, .closedUnreachable)
    }

    func testTheTicketNumberIsFoundBySearchAndLeadsTheDuplicateHints() throws {
        var registry = try registry()
        for id: Int32 in [0, 2] {
            try registry.apply(.update(RecordRef(.appeal, id), version: registry.appeals[AppealID(id)].version,
                                       [FieldChange("ticket", .text("GD20261127000042"))]), by: UserID(0), at: AppFixtures.now)
        }
        var app = driver(registry, login: "lisi")
        app.press(.character("5"), .character("/"))
        app.type("000042")
        XCTAssertEqual(app.state.current.rows.sorted(), [0, 2])
        XCTAssertEqual(app.state.duplicateCandidates(of: AppealID(2)).first, AppealID(0), "the same ticket comes first")
    }
}
