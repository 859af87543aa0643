import JiedaoCore
import XCTest

/// The permission table of docs/permissions.md, cell by cell, as `apply` enforces it.
final class PermissionTableTests: XCTestCase {
    private let now = Fixtures.now

    /// Two communities; a coordinator limited to 侨香社区 (#3) and a handler of 城管局 (#4);
    /// appeal #0 located in 侨香社区, #1 in 桂园社区 dispatched to 城管局, #2 in 桂园社区 dispatched to 侨香社区.
    private struct Street {
        var base: Fixtures.Street
        var registry: Registry { base.registry }
        let scoped = UserID(3)
        let handler = UserID(4)
    }

    private func street() throws -> Street {
        var s = try Fixtures.street()
        func apply(_ edit: Edit, by user: UserID? = nil) throws { try s.registry.apply(edit, by: user ?? s.admin, at: now) }
        try apply(.create(.community, [FieldChange("name", .text("桂园社区"))]))
        try apply(.create(.compound, [FieldChange("name", .text("桂园大厦")), FieldChange("community", .int(1))]))
        try apply(.create(.user, Fixtures.user("qian", "钱七", .coordinator) + [FieldChange("community", .int(0))]))
        try apply(.create(.user, Fixtures.user("sun", "孙八", .handler) + [FieldChange("department", .int(0))]))
        try apply(.create(.volunteer, [FieldChange("name", .text("陈伟")), FieldChange("community", .int(1))]))
        try apply(.create(.appeal, Fixtures.appealFields(community: 0, compound: 0)))
        try apply(.create(.appeal, Fixtures.appealFields(community: 1, compound: nil)))
        try apply(.create(.appeal, Fixtures.appealFields(community: 1, compound: nil)))
        let deadline = now + 5 * 86_400
        try apply(.moveAppeal(AppealID(1), version: 1, .dispatch(.department, handler: 0, deadline: deadline), note: ""))
        try apply(.moveAppeal(AppealID(2), version: 1, .dispatch(.community, handler: 0, deadline: deadline), note: ""))
        return Street(base: s)
    }

    private func move(_ s: Street, _ id: Int32, _ move: AppealMove) -> Edit {
        .moveAppeal(AppealID(id), version: s.registry.appeals[AppealID(id)].version, move, note: "说明")
    }

    private func compoundUpdate(_ s: Street, _ id: Int32, _ changes: [FieldChange] = [FieldChange("households", .int(500))]) -> Edit {
        .update(RecordRef(.compound, id), version: s.registry.compounds[CompoundID(id)].version, changes)
    }

    private func assertAllowed(_ s: Street, _ edit: Edit, by user: UserID, _ what: String, line: UInt = #line) {
        XCTAssertNil(s.registry.permission(for: edit, by: user), what, line: line)
    }

    private func assertRefused(_ s: Street, _ edit: Edit, by user: UserID, _ what: String, line: UInt = #line) {
        guard let error = s.registry.permission(for: edit, by: user) else { return XCTFail("\(what) should be refused", line: line) }
        if case .notPermitted = error.code {} else { XCTFail("\(what): \(error.code)", line: line) }
    }

    func testAnAdminMayDoEverything() throws {
        let s = try street()
        let admin = s.base.admin
        assertAllowed(s, .changeSettings(version: s.registry.settings.version, s.registry.settings), by: admin, "settings")
        assertAllowed(s, .create(.department, [FieldChange("name", .text("水务局"))]), by: admin, "a department")
        assertAllowed(s, .create(.user, Fixtures.user("zhou", "周九", .coordinator)), by: admin, "a user")
        assertAllowed(s, .delete(RecordRef(.community, 1), version: s.registry.communities[CommunityID(1)].version), by: admin, "a community")
    }

    func testAStreetCoordinatorChangesRecordsButNotUsersSettingsOrDecisions() throws {
        let s = try street()
        let coordinator = s.base.coordinator
        assertAllowed(s, compoundUpdate(s, 1), by: coordinator, "any community's compound")
        assertAllowed(s, move(s, 1, .accept), by: coordinator, "any appeal's step")
        assertRefused(s, .changeSettings(version: s.registry.settings.version, s.registry.settings), by: coordinator, "settings")
        assertRefused(s, .create(.user, Fixtures.user("zhou", "周九", .coordinator)), by: coordinator, "a user")
        assertRefused(s, .create(.department, [FieldChange("name", .text("水务局"))]), by: coordinator, "a department")
        assertRefused(s, .update(RecordRef(.department, 0), version: s.registry.departments[DepartmentID(0)].version, [FieldChange("phone", .text("0755-1234567"))]),
                      by: coordinator, "a department's phone")
        assertRefused(s, .delete(RecordRef(.community, 1), version: s.registry.communities[CommunityID(1)].version), by: coordinator, "a community")
        assertRefused(s, move(s, 1, .approveExtension), by: coordinator, "deciding an extension")
    }

    func testACoordinatorLimitedToACommunityChangesOnlyWhatIsInIt() throws {
        var s = try street()
        let scoped = s.scoped
        assertAllowed(s, compoundUpdate(s, 0), by: scoped, "their community's compound")
        assertRefused(s, compoundUpdate(s, 1), by: scoped, "another community's compound")
        assertRefused(s, compoundUpdate(s, 0, [FieldChange("community", .int(1))]), by: scoped, "moving a compound out")
        assertAllowed(s, .create(.compound, [FieldChange("name", .text("新村")), FieldChange("community", .int(0))]), by: scoped, "a compound in it")
        assertRefused(s, .create(.compound, [FieldChange("name", .text("新村")), FieldChange("community", .int(1))]), by: scoped, "a compound elsewhere")
        assertRefused(s, .create(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(20_000)), FieldChange("hours", .int(10))]),
                      by: scoped, "a service of another community's volunteer")
        assertRefused(s, .create(.department, [FieldChange("name", .text("水务局"))]), by: scoped, "a department")
        assertAllowed(s, move(s, 0, .dispatch(.department, handler: 0, deadline: now + 86_400)), by: scoped, "dispatching an appeal located in it")
        assertAllowed(s, move(s, 2, .accept), by: scoped, "accepting an appeal dispatched to it")
        assertAllowed(s, move(s, 2, .giveBack), by: scoped, "returning an appeal dispatched to it")
        assertRefused(s, move(s, 2, .withdraw), by: scoped, "withdrawing an appeal only dispatched to it")
        assertRefused(s, move(s, 1, .accept), by: scoped, "another community's appeal")
        assertAllowed(s, .reveal(RecordRef(.appeal, 1)), by: scoped, "reading personal data, logged")
        // Enforced in apply, with the community named.
        do {
            try s.base.registry.apply(compoundUpdate(s, 1), by: scoped, at: now)
            XCTFail("apply must refuse it")
        } catch {
            XCTAssertTrue(error.message.zh.contains("侨香社区"), error.message.zh)
        }
    }

    func testADepartmentsHandlerWorksOnlyItsAppealsHandlingSteps() throws {
        var s = try street()
        let handler = s.handler
        for step: AppealMove in [.accept, .contact, .resolve, .giveBack, .requestExtension(deadline: now + 9 * 86_400), .suspend] {
            assertAllowed(s, move(s, 1, step), by: handler, "\(step) on their department's appeal")
        }
        assertRefused(s, move(s, 1, .withdraw), by: handler, "withdrawing")
        assertRefused(s, move(s, 1, .supervise), by: handler, "supervising")
        assertRefused(s, move(s, 2, .accept), by: handler, "an appeal dispatched elsewhere")
        assertRefused(s, compoundUpdate(s, 0), by: handler, "a record")
        assertRefused(s, .create(.appeal, Fixtures.appealFields()), by: handler, "a new appeal")
        assertAllowed(s, .reveal(RecordRef(.appeal, 1)), by: handler, "their appeal's resident")
        assertRefused(s, .reveal(RecordRef(.volunteer, 0)), by: handler, "a volunteer's phone")
        try s.base.registry.apply(move(s, 1, .accept), by: handler, at: now)
        XCTAssertEqual(s.registry.timeline(of: AppealID(1)).last?.actor, handler, "the audit trail names the handler")
    }

    func testASupervisorOverseesAndChangesNoRecord() throws {
        let s = try street()
        let supervisor = s.base.supervisor
        assertAllowed(s, move(s, 1, .supervise), by: supervisor, "督办")
        assertAllowed(s, move(s, 1, .refuseExtension), by: supervisor, "deciding an extension")
        assertRefused(s, move(s, 1, .accept), by: supervisor, "a handling step")
        assertRefused(s, compoundUpdate(s, 0), by: supervisor, "a record")
    }

    func testAHandlerNeedsADepartmentAndOnlyCoordinatorsHaveACommunity() throws {
        var s = try street()
        XCTAssertThrowsError(try s.base.registry.apply(.create(.user, Fixtures.user("wu", "吴十", .handler)), by: s.base.admin, at: now))
        XCTAssertThrowsError(try s.base.registry.apply(.create(.user, Fixtures.user("zheng", "郑一", .supervisor) + [FieldChange("community", .int(0))]),
                                                       by: s.base.admin, at: now))
    }
}
