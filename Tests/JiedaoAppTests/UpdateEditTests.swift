@testable import JiedaoApp
import JiedaoCore
import JiedaoExchange
import TermCanvas
import XCTest

/// Changing data from the dashboard: forms, delete, undo/redo, roles, personal data and workflow keys.
final class UpdateEditTests: XCTestCase {
    private func focus(_ app: inout AppDriver, field key: String) throws {
        guard case .form(let form) = app.state.mode, let index = form.keys.firstIndex(of: key) else { return XCTFail("no field \(key)") }
        for _ in 0..<((index - form.focused + form.keys.count) % form.keys.count) { app.press(.tab) }
    }

    private func replaceFocused(_ app: inout AppDriver, with text: String) {
        app.press(.control("u"))
        app.type(text)
    }

    func testEditACompoundsHouseholdsThenUndoAndRedo() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("e"))
        try focus(&app, field: "households")
        replaceFocused(&app, with: "950")
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.registry.compounds[CompoundID(0)].households, 950)
        XCTAssertTrue(app.state.message?.text.zh.contains("户数") ?? false)
        app.press(.character("u"))
        XCTAssertEqual(app.state.registry.compounds[CompoundID(0)].households, 800)
        app.press(.control("r"))
        XCTAssertEqual(app.state.registry.compounds[CompoundID(0)].households, 950)
        app.press(.character("u"), .character("u"))
        XCTAssertEqual(app.state.message?.text.en, "Nothing to undo")
    }

    func testInvalidInputIsNeverSavedAndEscCancels() throws {
        var app = AppDriver(try AppFixtures.state())
        let before = app.state.registry.contentLines()
        app.press(.character("3"), .character("e"))
        try focus(&app, field: "households")
        replaceFocused(&app, with: "很多")
        app.press(.enter)
        guard case .form(let form) = app.state.mode else { return XCTFail("the form must stay open") }
        XCTAssertEqual(form.errors[form.focused]?.zh, "户数应为数字，而不是“很多”")
        replaceFocused(&app, with: "-3")
        app.press(.enter)
        guard case .form(let again) = app.state.mode else { return XCTFail("the form must stay open") }
        XCTAssertEqual(again.errors[again.focused]?.en, "Households cannot be negative")
        try focus(&app, field: "name")
        replaceFocused(&app, with: "   ")
        app.press(.enter)
        guard case .form(let third) = app.state.mode else { return XCTFail("the form must stay open") }
        XCTAssertEqual(third.keys[third.focused], "name")
        app.press(.escape)
        guard case .form = app.state.mode else { return XCTFail("the first Esc over typed input asks") }
        app.press(.escape)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.registry.contentLines(), before)
    }

    func testAddAVolunteerWithPickedFields() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.enter, .character("4"), .character("a"))
        guard case .form(let form) = app.state.mode else { return XCTFail("no form") }
        XCTAssertEqual(form.inputs[form.keys.firstIndex(of: "community") ?? 0].value, "侨香社区", "the scope fills the community")
        app.type("黄丽")
        try focus(&app, field: "phone")
        app.type("138 0000 1234")
        try focus(&app, field: "kind")
        let wanted = VolunteerKind.floatingMember.label(.zh)
        for _ in 0..<VolunteerKind.allCases.count {
            guard case .form(let current) = app.state.mode, let index = current.keys.firstIndex(of: "kind"),
                  current.inputs[index].value != wanted else { break }
            app.press(.right)
        }
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        let volunteer = app.state.registry.volunteers[VolunteerID(2)]
        XCTAssertEqual(app.state.registry.text(volunteer.name), "黄丽")
        XCTAssertEqual(app.state.registry.text(volunteer.phone), "13800001234")
        XCTAssertEqual(volunteer.volunteerKind, .floatingMember)
        XCTAssertEqual(app.state.current.selectedID, 2, "the new record is selected")
    }

    func testARefusalLandsOnItsField() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("4"), .character("a"))
        app.type("赵敏")
        try focus(&app, field: "phone")
        app.type("12345")
        app.press(.enter)
        guard case .form(let form) = app.state.mode else { return XCTFail("the form must stay open") }
        XCTAssertEqual(form.keys[form.focused], "phone")
        XCTAssertNotNil(form.errors[form.focused])
        XCTAssertEqual(app.state.registry.volunteers.count, 2)
    }

    func testDeleteAsksFirst() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("6"), .character("d"))
        guard case .confirm = app.state.mode else { return XCTFail("no confirmation") }
        app.press(.character("n"))
        XCTAssertEqual(app.state.registry.projects.liveCount, 1)
        app.press(.character("d"), .character("y"))
        XCTAssertEqual(app.state.registry.projects.liveCount, 0)
        app.press(.character("u"))
        XCTAssertEqual(app.state.registry.projects.liveCount, 1)
        app.press(.character("2"), .character("d"), .character("y"))
        XCTAssertEqual(app.state.message?.isError, true, "a community with compounds is not deleted")
        XCTAssertTrue(app.state.message?.text.zh.contains("2") ?? false, app.state.message?.text.zh ?? "")
    }

    func testRolesAndReadOnly() throws {
        var supervisor = AppDriver(try AppFixtures.state(login: "zhaoliu"))
        supervisor.press(.character("3"), .character("e"))
        XCTAssertEqual(supervisor.state.mode, .browse)
        XCTAssertTrue(supervisor.state.message?.text.zh.contains("只读") ?? false)
        var stranger = AppDriver(try AppFixtures.state(login: "nobody"))
        XCTAssertTrue(stranger.state.message?.text.en.contains("ask an admin") ?? false)
        stranger.press(.character("2"), .character("a"))
        XCTAssertEqual(stranger.state.mode, .browse)
        var coordinator = AppDriver(try AppFixtures.state(login: "lisi"))
        coordinator.press(.character("2"), .character("d"))
        XCTAssertTrue(coordinator.state.message?.text.en.contains("Only an admin") ?? false)
        var watcher = AppDriver(try AppFixtures.state(watch: true))
        XCTAssertEqual(watcher.state.pane, .summary)
        watcher.press(.character("3"), .character("e"))
        XCTAssertTrue(watcher.state.message?.text.en.contains("watch mode") ?? false)
        watcher.press(.character(":"))
        watcher.type("w")
        watcher.press(.enter)
        XCTAssertEqual(watcher.saved, 0)
    }

    func testPersonalDataIsMaskedUntilRevealed() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("4"))
        XCTAssertTrue(app.screen.joined().contains("138****5678"))
        XCTAssertFalse(app.screen.joined().contains("13812345678"))
        app.press(.character("v"))
        XCTAssertTrue(app.screen.joined().contains("13812345678"))
        var watcher = AppDriver(try AppFixtures.state(watch: true))
        watcher.press(.character("4"), .character("v"))
        XCTAssertFalse(watcher.screen.joined().contains("13812345678"))
    }

    func testAppealWorkflowKeys() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("5"), .character("G"))
        XCTAssertEqual(app.state.current.selectedID, 2)
        app.press(.character("D"))
        guard case .pick(let picker) = app.state.mode else { return XCTFail("no dispatch list") }
        XCTAssertTrue(picker.options[0].label.contains("城管局"), picker.options[0].label)
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .dispatched)
        app.press(.character("A"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .inProgress)
        app.press(.character("X"), .enter)
        guard case .note = app.state.mode else { return XCTFail("the extension asks for its reason") }
        app.type("需协调燃气公司")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .extended)
        app.press(.character("R"))
        app.type("已更换灯泡")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .resolved)
        app.press(.character("E"), .character("j"), .character("j"), .enter)
        guard case .note = app.state.mode else { return XCTFail("the callback asks for its notes") }
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .reopened)
        // Not overdue: U records the resident's call (群众催办), and Esc sends nothing.
        app.press(.character("U"))
        guard case .note(let urge) = app.state.mode else { return XCTFail("a resident's urge asks for a note") }
        XCTAssertTrue(urge.title.zh.contains("群众催办"), urge.title.zh)
        app.press(.escape)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.residentUrgeCount, 0)
        app.press(.character("u"))
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .resolved, "undo takes the step back")
        // Overdue: U offers both kinds of urge; the first is the office's.
        app.press(.character("g"), .character("U"))
        guard case .pick(let urges) = app.state.mode else { return XCTFail("an overdue appeal offers both urges") }
        XCTAssertEqual(urges.options.count, 2)
        app.press(.enter, .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.urgeCount, 1)
        app.press(.character("W"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .withdrawn)
    }

    func testProjectWorkflowKeys() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("6"), .character("V"))
        app.type("30 2")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.projects[ProjectID(0)].progress.state, .deliberated)
        app.press(.character("P"), .character("I"), .character("C"))
        app.type("88")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.projects[ProjectID(0)].progress.state, .accepted)
        XCTAssertEqual(app.state.registry.projects[ProjectID(0)].progress.score, 88)
    }

    func testAnotherUsersEditKeepsThePlaceAndTheForm() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("j"), .character("e"))
        try focus(&app, field: "households")
        replaceFocused(&app, with: "1300")
        // Meanwhile 李四 changes the same compound.
        let edit = Edit.update(RecordRef(.compound, 1), version: 1, [FieldChange("households", .int(1250))])
        app.receive(edit, by: UserID(1), login: "lisi")
        app.follow()
        guard case .form = app.state.mode else { return XCTFail("the form must survive another user's edit") }
        XCTAssertEqual(app.state.current.selectedID, 1)
        app.press(.enter)
        guard case .form(let form) = app.state.mode else { return XCTFail("a conflict keeps the form") }
        XCTAssertEqual(form.general?.zh.hasPrefix("已被李四于10:00修改——你的修改未保存"), true, form.general?.zh ?? "")
        XCTAssertEqual(form.inputs[form.focused].value, "1300", "what the user typed is kept")
        XCTAssertEqual(form.errors[form.focused]?.zh, "对方改为“1250”，你的是“1300”", "their value beside yours")
        XCTAssertEqual(app.state.registry.compounds[CompoundID(1)].households, 1250)
        app.press(.enter)
        XCTAssertEqual(app.state.registry.compounds[CompoundID(1)].households, 1300, "Enter applies it again")
        XCTAssertEqual(app.state.lastChange?.who, "张主任")
    }

    /// After a conflict, Esc keeps theirs, and a retry never puts back a field only they changed.
    func testAConflictKeepsTheirsOnEscAndNeverRevertsTheirOtherFields() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("j"), .character("e"))
        try focus(&app, field: "households")
        replaceFocused(&app, with: "1300")
        app.receive(.update(RecordRef(.compound, 1), version: 1, [FieldChange("households", .int(1250)), FieldChange("disputes_this_year", .int(12))]),
                    by: UserID(1), login: "lisi")
        app.follow()
        app.press(.enter)
        guard case .form = app.state.mode else { return XCTFail("a conflict keeps the form") }
        var retry = app
        retry.press(.enter)
        XCTAssertEqual(retry.state.registry.compounds[CompoundID(1)].households, 1300)
        XCTAssertEqual(retry.state.registry.compounds[CompoundID(1)].disputesThisYear, 12, "their other change stays")
        app.press(.escape, .escape)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.registry.compounds[CompoundID(1)].households, 1250, "Esc keeps theirs")
    }
}
