@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// One representative action per mode, asserted on the whole state: what the action leads to
/// is written out field by field, and every other field must stay as it was.
final class WholeStateTests: XCTestCase {
    private func state(on pane: Character? = nil) throws -> AppState {
        var state = try AppFixtures.state()
        if let pane { _ = update(&state, .key(.character(pane))) }
        return state
    }

    func testBrowsingMovesTheCursorAndNothingElse() throws {
        let before = try state(on: "2")
        var after = before
        XCTAssertEqual(update(&after, .key(.character("j"))), [])
        var expected = before
        expected.panes[.communities]?.cursor = 1
        XCTAssertEqual(after, expected)
    }

    func testTypingInAFormChangesOnlyTheFocusedField() throws {
        var before = try state(on: "5")
        _ = update(&before, .key(.character("a")))
        guard case .form(let form) = before.mode else { return XCTFail("no form: \(before.mode)") }
        var after = before
        XCTAssertEqual(update(&after, .key(.character("路"))), [])
        var typed = form
        typed.inputs[form.focused].insert("路")
        var expected = before
        expected.mode = .form(typed)
        XCTAssertEqual(after, expected)
        XCTAssertEqual(after.registry, before.registry, "nothing is sent before Enter")
    }

    func testAPickerMovesItsCursor() throws {
        var app = AppDriver(try state(on: "5"))
        // Appeal #2 is still received: dispatching it opens the targets.
        app.run(.bottom)
        app.run(.dispatch)
        let before = app.state
        guard case .pick(let picker) = before.mode else { return XCTFail("no picker: \(before.mode)") }
        XCTAssertGreaterThan(picker.options.count, 1)
        var after = before
        XCTAssertEqual(update(&after, .key(try XCTUnwrap(Keymap.key(for: .moveDown, in: .choice)))), [])
        var moved = picker
        moved.cursor = 1
        var expected = before
        expected.mode = .pick(moved)
        XCTAssertEqual(after, expected)
    }

    func testTheAuditViewNarrowsToTheAuthorOfTheRow() throws {
        var before = try state()
        let rows = [AuditRow(sequence: 1, time: AppFixtures.now, login: "zhang", who: "张主任", record: RecordRef(.community, 0), what: Bilingual(zh: "改", en: "edit")),
                    AuditRow(sequence: 2, time: AppFixtures.now, login: "lisi", who: "李四", record: RecordRef(.compound, 1), what: Bilingual(zh: "改", en: "edit"))]
        _ = update(&before, .auditLoaded(rows))
        var after = before
        XCTAssertEqual(update(&after, .key(.character("u"))), [])
        var view = AuditView(rows: rows)
        view.user = "lisi"
        var expected = before
        expected.mode = .audit(view)
        XCTAssertEqual(after, expected)
        XCTAssertEqual(view.shown.map(\.sequence), [2])
    }

    func testTheCommandLineSwitchesLanguageKeepingFiltersAndPlace() throws {
        var before = try state(on: "5")
        _ = update(&before, .key(.character("j")))
        before.mode = .command(TextField("lang en"))
        before.withPane { $0.filters = [FilterChip(column: .community, value: "侨香社区")] }
        before.recomputeRows(of: .appeals)
        var after = before
        XCTAssertEqual(update(&after, .key(.enter)), [.remember(UserPreferences(language: .en))], "remembered for the next run")
        var expected = before
        expected.language = .en
        expected.preferences.language = .en
        expected.mode = .browse
        // Every other pane is listed again when next shown, in the new language.
        for pane in Pane.allCases where pane != .appeals { expected.panes[pane]?.isStale = true }
        XCTAssertEqual(after, expected)
    }

    func testSearchNarrowsAsYouType() throws {
        var before = try state(on: "5")
        _ = update(&before, .key(.character("/")))
        var after = before
        XCTAssertEqual(update(&after, .key(.character("路"))), [])
        var expected = before
        expected.mode = .search(TextField("路"))
        expected.panes[.appeals]?.search = "路"
        expected.panes[.appeals]?.rows = [0]
        XCTAssertEqual(after, expected)
    }

    /// The interpreter's half: an edit the store acknowledged changes the registry exactly as
    /// applying it would, and the user's undo history records it.
    func testAnAcknowledgedEditChangesTheRegistryAsApplyingItWould() throws {
        let before = try state(on: "3")
        var app = AppDriver(before)
        let edit = Edit.update(RecordRef(.compound, 0), version: 1, [FieldChange("households", .int(801))])
        app.perform([.submit(edit, .form)])
        var registry = before.registry
        let applied = try registry.apply(edit, by: before.user, at: AppFixtures.now)
        XCTAssertEqual(app.state.registry, registry)
        XCTAssertNotEqual(app.state.registry, before.registry)
        var history = UndoHistory()
        history.record(edit, applied, in: registry)
        XCTAssertEqual(app.state.history, history)
    }

    // MARK: - The modes' own reducers, on their sub-states alone

    func testAConfirmationStartsOnNo() {
        let question = Confirmation(title: Bilingual(zh: "删除？", en: "Delete?"), message: Bilingual(zh: "", en: ""),
                                    edit: .delete(RecordRef(.compound, 0), version: 1))
        XCTAssertEqual(question.reduce(.choose), .leave)
        XCTAssertEqual(question.reduce(.yes), .finish(question.edit))
        var yes = question
        yes.selected = 0
        XCTAssertEqual(question.reduce(.toggleButton), .stay(yes))
        XCTAssertEqual(yes.reduce(.choose), .finish(question.edit))
    }

    func testAFilterPickerStopsAtItsEnds() {
        let chips = [FilterChip(column: .state, value: "已受理"), FilterChip(column: .state, value: "办理中")]
        let picker = FilterPicker(column: .state, chips: chips, language: .zh)
        XCTAssertEqual(picker.reduce(.moveUp), .stay(picker))
        var second = picker
        second.cursor = 1
        XCTAssertEqual(picker.reduce(.moveDown), .stay(second))
        XCTAssertEqual(second.reduce(.moveDown), .stay(second))
        XCTAssertEqual(second.reduce(.choose), .finish(chips[1]))
        XCTAssertEqual(picker.reduce(.cancel), .leave)
    }

    func testScrollingNeverGoesAboveTheTop() {
        XCTAssertEqual(ScrollView.reduce(0, .moveUp, page: 20), .stay(0))
        XCTAssertEqual(ScrollView.reduce(3, .pageDown, page: 20), .stay(23))
        XCTAssertEqual(ScrollView.reduce(3, .pageUp, page: 20), .stay(0))
        XCTAssertEqual(ScrollView.reduce(3, .quit, page: 20), .leave)
    }
}
