import Foundation
@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

enum AppFixtures {
    /// 2026-11-27 10:00 in Shanghai (a Friday).
    static let now: Int64 = 1_795_744_800

    /// A small street: two communities, three compounds, volunteers, appeals in several states, a project.
    static func registry() throws -> Registry {
        var r = Registry()
        let admin = UserID(0)
        func apply(_ edit: Edit, at time: Int64 = now, by user: UserID? = UserID(0)) throws { try r.apply(edit, by: user, at: time) }
        try apply(.create(.user, [FieldChange("login", .text("zhang")), FieldChange("name", .text("张主任")), FieldChange("role", .int(0))]), by: nil)
        try apply(.create(.user, [FieldChange("login", .text("lisi")), FieldChange("name", .text("李四")), FieldChange("role", .int(1))]))
        try apply(.create(.user, [FieldChange("login", .text("zhaoliu")), FieldChange("name", .text("赵六")), FieldChange("role", .int(2))]))
        var settings = r.settings
        settings.streetName = "桂香街道"
        try apply(.changeSettings(version: 0, settings))
        try apply(.create(.department, [FieldChange("name", .text("城管局")), FieldChange("categories", .int(1 << 0 | 1 << 3))]))
        try apply(.create(.community, [FieldChange("name", .text("侨香社区")), FieldChange("households", .int(6_000)), FieldChange("grids", .int(20))]))
        try apply(.create(.community, [FieldChange("name", .text("桂园社区")), FieldChange("households", .int(4_500))]))
        try apply(.create(.compound, [FieldChange("name", .text("锦绣花园")), FieldChange("community", .int(0)), FieldChange("households", .int(800)),
                                      FieldChange("party_org", .int(1)), FieldChange("disputes_this_year", .int(6)), FieldChange("disputes_last_year", .int(10))]))
        try apply(.create(.compound, [FieldChange("name", .text("翠林新村")), FieldChange("community", .int(0)), FieldChange("households", .int(1_200)),
                                      FieldChange("kind", .int(1)), FieldChange("disputes_this_year", .int(9)), FieldChange("disputes_last_year", .int(7))]))
        try apply(.create(.compound, [FieldChange("name", .text("桂园大厦")), FieldChange("community", .int(1)), FieldChange("households", .int(300)),
                                      FieldChange("party_org", .int(2)), FieldChange("owners_committee", .bool(true)), FieldChange("owners_term_end", .day(20_440))]))
        try apply(.create(.volunteer, [FieldChange("name", .text("王芳")), FieldChange("phone", .text("13812345678")), FieldChange("community", .int(0)),
                                       FieldChange("compound", .int(0)), FieldChange("kind", .int(0))]))
        try apply(.create(.volunteer, [FieldChange("name", .text("陈伟")), FieldChange("phone", .text("13998765432")), FieldChange("community", .int(1)), FieldChange("kind", .int(0))]))
        try apply(.create(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(20_777)), FieldChange("hours", .int(20)),
                                           FieldChange("activity", .text("长者探访")), FieldChange("confirmed_by", .text("李四"))]))
        let received = now - 10 * 86_400
        for (index, summary) in ["路灯不亮", "垃圾清运不及时", "夜间施工噪音"].enumerated() {
            try apply(.create(.appeal, [FieldChange("summary", .text(summary)), FieldChange("received_at", .time(received + Int64(index) * 3_600)),
                                        FieldChange("community", .int(0)), FieldChange("compound", .int(0)), FieldChange("category", .int(Int64(index == 2 ? 3 : 0))),
                                        FieldChange("submitter", .text("刘先生")), FieldChange("phone", .text("13700001111"))]), at: received + 3 * 3_600)
        }
        // #0 dispatched and overdue; #1 closed; #2 still received.
        try apply(.moveAppeal(AppealID(0), version: 1, .dispatch(.department, handler: 0, deadline: now - 2 * 86_400), note: "请处理"), at: received + 3_600)
        try apply(.moveAppeal(AppealID(1), version: 1, .dispatch(.community, handler: 0, deadline: now + 86_400), note: ""), at: received + 7_200)
        try apply(.moveAppeal(AppealID(1), version: 2, .accept, note: ""), at: received + 9_000)
        try apply(.moveAppeal(AppealID(1), version: 3, .resolve, note: "已清运"), at: received + 86_400)
        try apply(.moveAppeal(AppealID(1), version: 4, .evaluate(Evaluation(all: .satisfied), redoDeadline: now + 86_400), note: ""), at: received + 2 * 86_400)
        try apply(.create(.project, [FieldChange("name", .text("楼道照明更新")), FieldChange("community", .int(0)), FieldChange("budget", .int(120_000)),
                                     FieldChange("year", .int(2026)), FieldChange("kind", .int(0))]))
        try apply(.create(.team, [FieldChange("name", .text("侨香社区党员先锋队")), FieldChange("community", .int(0)), FieldChange("leader", .int(0))]))
        // A street's own category, and a built-in one it does not use.
        try apply(.create(.category, [FieldChange("name", .text("燃气安全")), FieldChange("name_en", .text("Gas safety"))]))
        try apply(.update(RecordRef(.category, CategoryID.housing.raw), version: 0, [FieldChange("retired", .bool(true))]))
        _ = admin
        return r
    }

    static func state(login: String = "zhang", language: Language = .zh, width: Int = 100, height: Int = 30, watch: Bool = false) throws -> AppState {
        var state = AppState(registry: try registry(), login: login, language: language, now: now, watchMode: watch, dataName: "test")
        _ = update(&state, .resize(width: width, height: height))
        return state
    }
}

/// The real interpreter (``Dashboard``) over a ``MemoryStore``: keys in, effects carried out
/// exactly as the program carries them out, with the store's journal in memory.
struct AppDriver {
    var dashboard: Dashboard<MemoryStore>

    init(_ state: AppState) {
        dashboard = Dashboard(state: state, store: MemoryStore(clock: state.now), theme: .builtinDefault)
    }

    var state: AppState { dashboard.state }

    mutating func press(_ keys: Key...) { for key in keys { dashboard.send(.key(key)) } }

    /// Presses the key bound to `command` in `mode` on the current pane, named by its binding.
    mutating func run(_ command: Command, in mode: InputMode = .browse, file: StaticString = #filePath, line: UInt = #line) {
        guard let key = Keymap.key(for: command, in: mode, on: state.pane) else {
            return XCTFail("no key is bound to \(command) in \(mode) on \(state.pane)", file: file, line: line)
        }
        press(key)
    }

    /// Goes to `pane` as a person would: its number key, or Tab from the last numbered pane.
    mutating func show(_ pane: Pane) {
        if Keymap.key(for: .pane(pane.rawValue), in: .browse, on: state.pane) != nil { return run(.pane(pane.rawValue)) }
        for _ in Pane.allCases where state.pane != pane { press(.tab) }
    }

    mutating func type(_ text: String) { for character in text { press(.character(character)) } }

    mutating func send(_ action: AppAction) { dashboard.send(action) }

    mutating func perform(_ effects: [Effect]) { dashboard.perform(effects) }

    /// Another user's edit, arriving as another process's would: at the next catch-up.
    mutating func receive(_ edit: Edit, by author: UserID, login: String) {
        dashboard.withStore { $0.receive(edit, by: author, login: login, at: AppFixtures.now) }
    }

    /// The runtime's poll of the journal.
    mutating func follow() { dashboard.followStore() }

    /// Changes journaled before this dashboard opened (for the audit view).
    mutating func remember(_ changes: [ChangeRecord]) {
        dashboard.withStore { store in for change in changes { store.remember(change) } }
    }

    var saved: Int { dashboard.store.compactions }
    var quit: Bool { !dashboard.isRunning }
    /// Files the dashboard wrote, as text.
    var written: [String: String] { dashboard.store.files.mapValues { String(decoding: $0, as: UTF8.self) } }
    /// Exports of the view: written as personal files.
    var exports: [String] { dashboard.store.personalFiles.sorted() }

    var screen: [String] { render(state).lines() }
    var selected: RecordRef? { state.selectedRecord }
}
