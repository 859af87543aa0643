import JiedaoCore
import XCTest

/// The closed loop's state machine: every move in every state, allowed or refused.
final class AppealMoveTests: XCTestCase {
    private let now = Fixtures.now
    private let deadline = Fixtures.now + 5 * 86_400

    private enum MoveName: String, CaseIterable {
        case dispatch, accept, giveBack, extend, resolve, evaluate, urge, supervise, merge, withdraw
        case contact, residentUrge, requestExtension, suspend, resume, callbackUnreached, callbackDeclined
    }

    private func move(_ name: MoveName) -> AppealMove {
        switch name {
        case .dispatch: .dispatch(.department, handler: 0, deadline: deadline)
        case .accept: .accept
        case .giveBack: .giveBack
        case .extend: .extend(deadline: deadline + 86_400 * 3)
        case .resolve: .resolve
        case .evaluate: .evaluate(Evaluation(all: .satisfied), redoDeadline: deadline)
        case .urge: .urge
        case .supervise: .supervise
        case .merge: .merge(into: AppealID(0))
        case .withdraw: .withdraw
        case .contact: .contact
        case .residentUrge: .residentUrge
        case .requestExtension: .requestExtension(deadline: deadline + 86_400 * 3)
        case .suspend: .suspend
        case .resume: .resume(deadline: deadline + 86_400 * 2, workingDays: 2)
        case .callbackUnreached: .callback(.unreached)
        case .callbackDeclined: .callback(.declined)
        }
    }

    /// A street with appeal #0 (the merge target) and appeal #1 driven into `state`.
    private func street(with state: AppealState) throws -> Fixtures.Street {
        var s = try Fixtures.street()
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.admin, at: now)
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.admin, at: now)
        let path: [AppealMove]
        switch state {
        case .received: path = []
        case .dispatched: path = [move(.dispatch)]
        case .returned: path = [move(.dispatch), .giveBack]
        case .inProgress: path = [move(.dispatch), .accept]
        case .extended: path = [move(.dispatch), .accept, .extend(deadline: deadline + 86_400)]
        case .resolved: path = [move(.dispatch), .accept, .resolve]
        case .closed: path = [move(.dispatch), .accept, .resolve, move(.evaluate)]
        case .reopened: path = [move(.dispatch), .accept, .resolve, .evaluate(Evaluation(all: .dissatisfied), redoDeadline: deadline)]
        case .merged: path = [move(.merge)]
        case .withdrawn: path = [.withdraw]
        case .suspended: path = [move(.dispatch), .accept, .suspend]
        }
        for step in path {
            try s.registry.apply(.moveAppeal(AppealID(1), version: s.registry.appeals[AppealID(1)].version, step, note: ""), by: s.coordinator, at: now)
        }
        XCTAssertEqual(s.registry.appeals[AppealID(1)].progress.state, state)
        return s
    }

    private static let allowed: [AppealState: Set<MoveName>] = [
        .received: [.dispatch, .supervise, .merge, .withdraw, .residentUrge],
        .dispatched: [.accept, .giveBack, .extend, .resolve, .supervise, .merge, .withdraw, .contact, .residentUrge, .requestExtension, .suspend],
        .returned: [.dispatch, .supervise, .merge, .withdraw, .residentUrge],
        .inProgress: [.extend, .resolve, .supervise, .merge, .withdraw, .contact, .residentUrge, .requestExtension, .suspend],
        // One extension already: a request is over the limit of one; the older direct step is not limited.
        .extended: [.extend, .resolve, .supervise, .merge, .withdraw, .contact, .residentUrge, .suspend],
        .resolved: [.evaluate, .callbackUnreached, .callbackDeclined],
        .closed: [],
        .reopened: [.accept, .extend, .resolve, .supervise, .merge, .withdraw, .contact, .residentUrge, .requestExtension, .suspend],
        .merged: [],
        .withdrawn: [],
        .suspended: [.contact, .residentUrge, .resume, .supervise, .merge, .withdraw],
    ]

    func testEveryMoveInEveryState() throws {
        for state in AppealState.allCases {
            for name in MoveName.allCases {
                var s = try street(with: state)
                let version = s.registry.appeals[AppealID(1)].version
                let before = s.registry.timeline(of: AppealID(1)).count
                let expected = Self.allowed[state]?.contains(name) ?? false
                do {
                    try s.registry.apply(.moveAppeal(AppealID(1), version: version, move(name), note: "备注"), by: s.coordinator, at: now)
                    XCTAssertTrue(expected, "\(name) in \(state) should be refused")
                    let timeline = s.registry.timeline(of: AppealID(1))
                    XCTAssertEqual(timeline.count, before + 1)
                    XCTAssertEqual(timeline.last?.actor, s.coordinator)
                    XCTAssertEqual(timeline.last.map { s.registry.text($0.note) }, "备注")
                } catch {
                    XCTAssertFalse(expected, "\(name) in \(state) should be allowed: \(error.message.en)")
                    XCTAssertEqual(s.registry.timeline(of: AppealID(1)).count, before)
                }
            }
        }
    }

    func testEvaluatingAnUnresolvedAppealExplainsWhy() throws {
        var s = try street(with: .inProgress)
        do {
            try s.registry.apply(.moveAppeal(AppealID(1), version: s.registry.appeals[AppealID(1)].version, move(.evaluate), note: ""), by: s.coordinator, at: now)
            XCTFail("evaluating an unresolved appeal must be refused")
        } catch {
            XCTAssertTrue(error.message.zh.contains("办理中"), error.message.zh)
            XCTAssertTrue(error.message.en.contains("In progress"), error.message.en)
        }
    }

    func testSecondDissatisfiedEvaluationEscalates() throws {
        var s = try street(with: .reopened)
        let id = AppealID(1)
        XCTAssertEqual(s.registry.appeals[id].progress.redoCount, 1)
        XCTAssertFalse(s.registry.appeals[id].progress.isSupervised)
        for step: AppealMove in [.accept, .resolve, .evaluate(Evaluation(all: .dissatisfied), redoDeadline: deadline)] {
            try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, step, note: ""), by: s.coordinator, at: now)
        }
        XCTAssertEqual(s.registry.appeals[id].progress.redoCount, 2)
        XCTAssertTrue(s.registry.appeals[id].progress.isSupervised)
        XCTAssertEqual(s.registry.metrics.appeals.reopened, 1)
    }

    func testUrgingNeedsAnOverdueAppealAndTheSecondUrgeEscalates() throws {
        var s = try street(with: .inProgress)
        let id = AppealID(1)
        let late = deadline + 86_400
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .urge, note: ""), by: s.coordinator, at: now)
        }) { if case .notOverdue = $0 { true } else { false } }
        for _ in 0..<2 {
            try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .urge, note: ""), by: s.coordinator, at: late)
        }
        XCTAssertEqual(s.registry.appeals[id].progress.urgeCount, 2)
        XCTAssertTrue(s.registry.appeals[id].progress.isSupervised)
        XCTAssertTrue(s.registry.appeals[id].progress.isOverdue(at: late))
    }

    func testExtensionOnlyBeforeTheDeadlineAndLater() throws {
        var s = try street(with: .inProgress)
        let id = AppealID(1)
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .extend(deadline: deadline + 86_400), note: ""), by: s.coordinator, at: deadline + 10)
        }) { if case .invalid = $0 { true } else { false } }
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .extend(deadline: deadline - 10), note: ""), by: s.coordinator, at: now)
        }) { if case .datesOutOfOrder = $0 { true } else { false } }
    }

    func testMergeKeepsTheDuplicateLinkedToItsOriginal() throws {
        var s = try street(with: .merged)
        XCTAssertEqual(s.registry.indexes.duplicatesByAppeal.children(of: 0), [1])
        XCTAssertEqual(s.registry.appeals[AppealID(1)].progress.mergedInto, AppealID(0))
        var t = try street(with: .received)
        assertRefused({ () throws(EditError) in
            try t.registry.apply(.moveAppeal(AppealID(1), version: t.registry.appeals[AppealID(1)].version, .merge(into: AppealID(1)), note: ""), by: t.coordinator, at: now)
        }) { if case .invalid = $0 { true } else { false } }
        assertRefused({ () throws(EditError) in try s.registry.apply(.delete(RecordRef(.appeal, 0), version: s.registry.appeals[AppealID(0)].version), by: s.admin, at: now) }) {
            if case .hasDependents(RecordRef(.appeal, 0), dependents: .appeal, count: 1) = $0 { true } else { false }
        }
    }

    func testResolvingLateCountsAgainstTheOnTimeRate() throws {
        var s = try street(with: .inProgress)
        try s.registry.apply(.moveAppeal(AppealID(1), version: s.registry.appeals[AppealID(1)].version, .resolve, note: ""), by: s.coordinator, at: deadline + 60)
        XCTAssertTrue(s.registry.appeals[AppealID(1)].progress.resolvedLate)
        XCTAssertEqual(s.registry.metrics.appeals.handled, 1)
        XCTAssertEqual(s.registry.metrics.appeals.handledOnTime, 0)
    }
}
