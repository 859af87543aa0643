@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The words of each step: asked for after its key, required for 退单, 办结 and 延期.
final class MoveNoteTests: XCTestCase {
    /// The fixture street with notes required, as `jiedao init` and the demo make it.
    private func driver() throws -> AppDriver {
        var registry = try AppFixtures.registry()
        var settings = registry.settings
        settings.moveNotesRequired = true
        try registry.apply(.changeSettings(version: settings.version, settings), by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "lisi", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        return AppDriver(state)
    }

    private func lastNote(_ app: AppDriver, _ id: AppealID) -> String {
        let event = app.state.registry.appeals[id].progress.lastEvent
        return app.state.registry.text(app.state.registry.events[event.index].note)
    }

    func testResolvingNeedsTheHandlingResultWhichTheTimelineKeeps() throws {
        var app = try driver()
        app.press(.character("5"), .character("g"))
        XCTAssertEqual(app.state.current.selectedID, 0)
        app.press(.character("A"), .enter, .character("R"))
        guard case .note(let form) = app.state.mode else { return XCTFail("R asks for the result") }
        XCTAssertTrue(form.prompt.zh.contains("办理结果") && form.prompt.zh.contains("必填"), form.prompt.zh)
        app.press(.enter)
        guard case .note(let refused) = app.state.mode else { return XCTFail("an empty result is refused in the form") }
        XCTAssertEqual(refused.error?.zh, "办结须填写办理结果")
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .inProgress)
        app.type("  已修复路灯，群众确认亮了  ")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .resolved)
        XCTAssertEqual(lastNote(app, AppealID(0)), "已修复路灯，群众确认亮了")
        XCTAssertTrue(app.screen.joined().contains("已修复路灯"), "the detail panel's timeline shows the result:\n" + app.screen.joined(separator: "\n"))
    }

    func testAReturnNeedsItsReasonAndEscSendsNothing() throws {
        var app = try driver()
        app.press(.character("5"), .character("g"), .character("B"))
        guard case .note(let form) = app.state.mode else { return XCTFail("B asks for the reason") }
        XCTAssertEqual(form.requirement?.zh, "退单须写明原因")
        app.type("不属本局")
        app.press(.escape)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .dispatched)
        XCTAssertEqual(app.dashboard.store.journal, [])
    }

    func testASuspensionNeedsItsReasonAndFirstContactDoesNot() throws {
        var app = try driver()
        app.press(.character("5"), .character("g"), .character("A"), .enter, .character("Z"))
        guard case .note(let form) = app.state.mode else { return XCTFail("Z asks for the reason") }
        XCTAssertEqual(form.requirement?.zh, "挂起须写明原因")
        app.press(.enter)
        guard case .note(let refused) = app.state.mode else { return XCTFail("an empty reason is refused in the form") }
        XCTAssertEqual(refused.error?.zh, "挂起须写明原因")
        app.type("等待业主提供材料")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .suspended)
        XCTAssertEqual(lastNote(app, AppealID(0)), "等待业主提供材料")
        app.press(.character("C"))
        guard case .note(let contact) = app.state.mode else { return XCTFail("C asks for an optional note") }
        XCTAssertNil(contact.requirement)
        app.press(.enter)
        XCTAssertGreaterThan(app.state.registry.appeals[AppealID(0)].progress.firstContactAt, 0)
    }

    func testAStepThatCannotBeTakenIsRefusedBeforeAnyWordsAreAskedFor() throws {
        var app = try driver()
        app.press(.character("5"), .character("j"))
        XCTAssertEqual(app.state.registry.appeals[AppealID(1)].progress.state, .closed)
        app.press(.character("R"))
        XCTAssertEqual(app.state.mode, .browse, "no form for a closed appeal")
        XCTAssertEqual(app.state.message?.isError, true)
        app.press(.character("X"))
        XCTAssertEqual(app.state.mode, .browse, "no choice of days either")
    }

    func testAcceptingTakesAnOptionalNote() throws {
        var app = try driver()
        app.press(.character("5"), .character("g"), .character("A"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .inProgress)
        XCTAssertEqual(lastNote(app, AppealID(0)), "")
    }

    func testTheRuleHoldsInApplyWhateverTheScreenSends() throws {
        var registry = try AppFixtures.registry()
        var settings = registry.settings
        settings.moveNotesRequired = true
        try registry.apply(.changeSettings(version: settings.version, settings), by: UserID(0), at: AppFixtures.now)
        let version = registry.appeals[AppealID(0)].version
        XCTAssertThrowsError(try registry.apply(.moveAppeal(AppealID(0), version: version, .giveBack, note: " "), by: UserID(1), at: AppFixtures.now)) {
            XCTAssertEqual(($0 as? EditError)?.code, .missing(field: "note"))
        }
        XCTAssertNoThrow(try registry.apply(.moveAppeal(AppealID(0), version: version, .giveBack, note: "不属本局职责"), by: UserID(1), at: AppFixtures.now))
        // A data set from before the rule replays its old steps without notes.
        var old = try AppFixtures.registry()
        XCTAssertNoThrow(try old.apply(.moveAppeal(AppealID(0), version: version, .giveBack, note: ""), by: UserID(1), at: AppFixtures.now))
    }
}

/// 督办 by a supervisor: the one change a supervisor may make.
final class SuperviseTests: XCTestCase {
    func testASupervisorPutsAnAppealUnderSupervisionAndNothingElse() throws {
        var app = AppDriver(try AppFixtures.state(login: "zhaoliu"))
        app.press(.character("5"), .character("g"), .character("O"))
        guard case .note(let form) = app.state.mode else { return XCTFail("O asks for the supervision's words") }
        XCTAssertNil(form.requirement)
        app.type("三日内回复")
        app.press(.enter)
        let progress = app.state.registry.appeals[AppealID(0)].progress
        XCTAssertTrue(progress.isSupervised)
        XCTAssertEqual(app.dashboard.store.journal.last?.login, "zhaoliu")
        // Any other change stays refused, on screen and in apply.
        app.press(.character("A"))
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertEqual(app.state.mode, .browse)
        var registry = app.state.registry
        let version = registry.appeals[AppealID(0)].version
        XCTAssertThrowsError(try registry.apply(.moveAppeal(AppealID(0), version: version, .accept, note: ""), by: UserID(2), at: AppFixtures.now))
        XCTAssertThrowsError(try registry.apply(.update(RecordRef(.compound, 0), version: 1, [FieldChange("households", .int(1))]), by: UserID(2), at: AppFixtures.now))
    }
}
