import JiedaoCore
import XCTest

/// The handling steps after dispatch: extension requests and their approval, suspension,
/// first contact, callbacks that reach nobody, and the resident's own urging.
final class HandlingStepTests: XCTestCase {
    private let now = Fixtures.now
    private let deadline = Fixtures.now + 5 * 86_400
    private let id = AppealID(0)

    /// A street whose appeal #0 is in progress with `deadline`; `configure` changes the settings first.
    private func street(_ configure: (inout Settings) -> Void = { _ in }) throws -> Fixtures.Street {
        var s = try Fixtures.street()
        var settings = s.registry.settings
        configure(&settings)
        try s.registry.apply(.changeSettings(version: s.registry.settings.version, settings), by: s.admin, at: now)
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.admin, at: now)
        try step(&s, .dispatch(.department, handler: 0, deadline: deadline), by: s.coordinator)
        try step(&s, .accept, by: s.coordinator)
        return s
    }

    private func step(_ s: inout Fixtures.Street, _ move: AppealMove, by user: UserID, at time: Int64? = nil, note: String = "说明") throws(EditError) {
        try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, move, note: note), by: user, at: time ?? now)
    }

    private var approvals: (inout Settings) -> Void { { $0.extensionsNeedApproval = true } }

    // MARK: - Extensions

    func testTheDeadlineMovesOnlyWhenASupervisorApproves() throws {
        var s = try street(approvals)
        let asked = deadline + 3 * 86_400
        assertRefused({ () throws(EditError) in try step(&s, .extend(deadline: asked), by: s.coordinator) }) { if case .invalid = $0 { true } else { false } }
        try step(&s, .requestExtension(deadline: asked), by: s.coordinator)
        XCTAssertEqual(s.registry.appeals[id].progress.deadline, deadline, "a request alone moves nothing")
        XCTAssertEqual(s.registry.appeals[id].progress.requestedDeadline, asked)
        XCTAssertEqual(s.registry.metrics.pendingExtensions, 1)
        assertRefused({ () throws(EditError) in try step(&s, .requestExtension(deadline: asked + 86_400), by: s.coordinator) }) {
            if case .invalid = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try step(&s, .approveExtension, by: s.coordinator) }) {
            if case .notPermitted(.coordinator) = $0 { true } else { false }
        }
        try step(&s, .approveExtension, by: s.supervisor)
        let progress = s.registry.appeals[id].progress
        XCTAssertEqual(progress.deadline, asked)
        XCTAssertEqual(progress.state, .extended)
        XCTAssertEqual(progress.extensionCount, 1)
        XCTAssertEqual(progress.requestedDeadline, 0)
        XCTAssertEqual(s.registry.metrics.pendingExtensions, 0)
        XCTAssertEqual(s.registry.timeline(of: id).map(\.kind).suffix(2), [.extensionRequested, .extended])
    }

    func testARefusalKeepsTheDeadlineAndTheLimitCountsApprovals() throws {
        var s = try street(approvals)
        try step(&s, .requestExtension(deadline: deadline + 86_400), by: s.coordinator)
        try step(&s, .refuseExtension, by: s.admin)
        XCTAssertEqual(s.registry.appeals[id].progress.deadline, deadline)
        XCTAssertEqual(s.registry.appeals[id].progress.requestedDeadline, 0)
        assertRefused({ () throws(EditError) in try step(&s, .refuseExtension, by: s.admin) }) { if case .invalid = $0 { true } else { false } }
        // A refused request used none of the one extension allowed.
        try step(&s, .requestExtension(deadline: deadline + 86_400), by: s.coordinator)
        try step(&s, .approveExtension, by: s.supervisor)
        assertRefused({ () throws(EditError) in try step(&s, .requestExtension(deadline: deadline + 5 * 86_400), by: s.coordinator) }) {
            if case .invalid = $0 { true } else { false }
        }
        var two = try street { $0.extensionsNeedApproval = true; $0.extensionLimit = 2 }
        for days: Int64 in [1, 2] {
            try step(&two, .requestExtension(deadline: deadline + days * 86_400), by: two.coordinator)
            try step(&two, .approveExtension, by: two.supervisor)
        }
        XCTAssertEqual(two.registry.appeals[id].progress.extensionCount, 2)
    }

    func testASupervisorDecidesButDoesNotRequest() throws {
        var s = try street(approvals)
        assertRefused({ () throws(EditError) in try step(&s, .requestExtension(deadline: deadline + 86_400), by: s.supervisor) }) {
            if case .notPermitted(.supervisor) = $0 { true } else { false }
        }
    }

    func testReasonsAreRequiredWhereTheDataSetRequiresNotes() throws {
        var s = try street { $0.extensionsNeedApproval = true; $0.moveNotesRequired = true }
        for move: AppealMove in [.requestExtension(deadline: deadline + 86_400), .suspend] {
            assertRefused({ () throws(EditError) in try step(&s, move, by: s.coordinator, note: "  ") }) {
                if case .missing(field: "note") = $0 { true } else { false }
            }
        }
        try step(&s, .requestExtension(deadline: deadline + 86_400), by: s.coordinator)
        assertRefused({ () throws(EditError) in try step(&s, .refuseExtension, by: s.supervisor, note: "") }) {
            if case .missing(field: "note") = $0 { true } else { false }
        }
        try step(&s, .approveExtension, by: s.supervisor, note: "")
        try step(&s, .contact, by: s.coordinator, note: "")
    }

    // MARK: - Suspension

    func testASuspendedAppealIsNeverOverdueAndResumesWithItsStateAndALaterDeadline() throws {
        var s = try street()
        try step(&s, .suspend, by: s.coordinator, at: now + 3_600)
        let late = deadline + 2 * 86_400
        s.registry.advanceClock(to: late)
        XCTAssertFalse(s.registry.appeals[id].progress.isOverdue(at: late))
        XCTAssertEqual(s.registry.overdueByCommunity(at: late).values.reduce(0, +), 0)
        assertRefused({ () throws(EditError) in try step(&s, .resolve, by: s.coordinator, at: late) }) {
            if case .moveNotAllowed = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try step(&s, .resume(deadline: deadline - 1, workingDays: 0), by: s.coordinator, at: late) }) {
            if case .datesOutOfOrder = $0 { true } else { false }
        }
        let moved = late + 5 * 86_400
        try step(&s, .resume(deadline: moved, workingDays: 5), by: s.coordinator, at: late)
        let progress = s.registry.appeals[id].progress
        XCTAssertEqual(progress.state, .inProgress)
        XCTAssertEqual(progress.deadline, moved)
        XCTAssertEqual(progress.suspendedSeconds, late - (now + 3_600))
        XCTAssertEqual(progress.suspendedWorkingDays, 5)
        try step(&s, .resolve, by: s.coordinator, at: late + 86_400)
        let resolved = s.registry.appeals[id]
        XCTAssertFalse(resolved.progress.resolvedLate, "the deadline moved on by the time suspended")
        XCTAssertEqual(resolved.progress.handlingSeconds(receivedAt: resolved.receivedAt),
                       late + 86_400 - resolved.receivedAt - (late - (now + 3_600)))
        XCTAssertEqual(s.registry.metrics.appeals.handledOnTime, 1)
    }

    func testTheHandlingDaysOfTheKPIsLeaveOutTheDaysSuspended() throws {
        var plain = try street()
        var suspended = try street()
        let resolvedAt = now + 10 * 86_400
        try step(&suspended, .suspend, by: suspended.coordinator, at: now + 3_600)
        try step(&suspended, .resume(deadline: deadline + 3 * 86_400, workingDays: 3), by: suspended.coordinator, at: now + 5 * 86_400)
        try step(&plain, .resolve, by: plain.coordinator, at: resolvedAt)
        try step(&suspended, .resolve, by: suspended.coordinator, at: resolvedAt)
        plain.registry.enableKPIs(calendar: .shipped, at: resolvedAt)
        suspended.registry.enableKPIs(calendar: .shipped, at: resolvedAt)
        let first = Day(unixTime: now - 86_400 * 2), last = Day(unixTime: resolvedAt + 86_400)
        let days = { (r: Registry) in r.kpis?.groups(.community, from: first, to: last).values.reduce(0) { $0 + Int($1.handlingDays) } ?? -1 }
        XCTAssertGreaterThan(days(plain.registry), 3)
        XCTAssertEqual(days(suspended.registry), days(plain.registry) - 3)
    }

    // MARK: - First contact

    func testFirstContactLateIsCountedAsTimePassesAndClearedByTheContact() throws {
        var s = try street()
        s.registry.advanceClock(to: now + 23 * 3_600)
        XCTAssertEqual(s.registry.lateFirstContacts(at: now + 23 * 3_600), 0)
        s.registry.advanceClock(to: now + 25 * 3_600)
        XCTAssertEqual(s.registry.lateFirstContacts(at: now + 25 * 3_600), 1)
        XCTAssertTrue(s.registry.appeals[id].progress.isFirstContactLate(at: now + 25 * 3_600))
        try step(&s, .contact, by: s.coordinator, at: now + 25 * 3_600)
        XCTAssertEqual(s.registry.lateFirstContacts(at: now + 25 * 3_600), 0)
        XCTAssertEqual(s.registry.metrics.appeals.dispatched, 1)
        XCTAssertEqual(s.registry.metrics.appeals.contactedInTime, 0, "reached after 25 hours: not in time")
        assertRefused({ () throws(EditError) in try step(&s, .contact, by: s.coordinator) }) { if case .invalid = $0 { true } else { false } }

        var quick = try street()
        try step(&quick, .contact, by: quick.coordinator, at: now + 600)
        XCTAssertEqual(quick.registry.metrics.appeals.firstContactRate, 1)
        XCTAssertEqual(quick.registry.summary(at: now + 600).firstContactRate, 1)
    }

    func testTheRunningLateContactCountsAgreeWithARebuild() throws {
        var s = try street()
        for _ in 0..<3 { try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.admin, at: now) }
        for raw: Int32 in 1...3 {
            try s.registry.apply(.moveAppeal(AppealID(raw), version: s.registry.appeals[AppealID(raw)].version,
                                             .dispatch(.community, handler: 0, deadline: deadline), note: ""), by: s.coordinator, at: now + Int64(raw) * 3_600)
        }
        try s.registry.apply(.moveAppeal(AppealID(2), version: s.registry.appeals[AppealID(2)].version, .contact, note: ""), by: s.coordinator, at: now + 7_200)
        let later = now + 26 * 3_600
        s.registry.advanceClock(to: later)
        var rebuilt = s.registry
        rebuilt.rebuildDerived()
        XCTAssertEqual(s.registry.lateFirstContacts(at: later), 2, "#0 and #1; #2 was reached and #3 is not a day old")
        XCTAssertEqual(rebuilt.lateFirstContacts(at: later), 2)
    }

    // MARK: - Callbacks and urging

    func testUnreachedCallbacksAllowClosingAsUnreachableOnlyAfterTheSetNumber() throws {
        var s = try street()
        try step(&s, .resolve, by: s.coordinator)
        for _ in 0..<2 { try step(&s, .callback(.unreached), by: s.coordinator) }
        assertRefused({ () throws(EditError) in try step(&s, .closeUnreachable, by: s.coordinator) }) { if case .invalid = $0 { true } else { false } }
        try step(&s, .callback(.unreached), by: s.coordinator)
        try step(&s, .closeUnreachable, by: s.coordinator)
        let progress = s.registry.appeals[id].progress
        XCTAssertEqual(progress.state, .closed)
        XCTAssertEqual(progress.overallRating, .none)
        XCTAssertEqual(s.registry.metrics.appeals.evaluated, 0, "closed unreachable: no evaluation to count")
        XCTAssertEqual(s.registry.timeline(of: id).map(\.kind).suffix(4), [.callbackUnreached, .callbackUnreached, .callbackUnreached, .closedUnreachable])

        var never = try street { $0.unreachableCallbacks = 0 }
        try step(&never, .resolve, by: never.coordinator)
        for _ in 0..<5 { try step(&never, .callback(.unreached), by: never.coordinator) }
        assertRefused({ () throws(EditError) in try step(&never, .closeUnreachable, by: never.coordinator) }) { if case .invalid = $0 { true } else { false } }
    }

    func testADeclinedCallbackClosesWithoutAnEvaluation() throws {
        var s = try street()
        try step(&s, .resolve, by: s.coordinator)
        try step(&s, .callback(.declined), by: s.coordinator)
        XCTAssertEqual(s.registry.appeals[id].progress.state, .closed)
        XCTAssertEqual(s.registry.metrics.appeals.handled, 1)
        XCTAssertEqual(s.registry.metrics.appeals.evaluated, 0)
    }

    func testTheResidentMayUrgeBeforeTheDeadlineWithoutEscalating() throws {
        var s = try street()
        for _ in 0..<3 { try step(&s, .residentUrge, by: s.coordinator) }
        let progress = s.registry.appeals[id].progress
        XCTAssertEqual(progress.residentUrgeCount, 3)
        XCTAssertEqual(progress.urgeCount, 0)
        XCTAssertFalse(progress.isSupervised)
    }
}
