@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The closed loop and the volunteers/projects features as keys in the dashboard.
final class UpdateWorkflowTests: XCTestCase {
    /// Adds two more received appeals in compound 0, category 0, so there are duplicates and marks to play with.
    private func busyState() throws -> AppState {
        var registry = try AppFixtures.registry()
        for summary in ["路灯又坏了", "路灯还是不亮"] {
            try registry.apply(.create(.appeal, [FieldChange("summary", .text(summary)), FieldChange("received_at", .time(AppFixtures.now - 3_600)),
                                                       FieldChange("community", .int(0)), FieldChange("compound", .int(0)), FieldChange("category", .int(0))]),
                               by: UserID(1), at: AppFixtures.now)
        }
        var state = AppState(registry: registry, login: "lisi", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        return state
    }

    func testMarkedRowsAreDispatchedTogether() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("j"), .character("j"))
        XCTAssertEqual(app.state.current.selectedID, 2)
        app.press(.character(" "), .character(" "), .character(" "))
        XCTAssertEqual(app.state.current.marked, [2, 3, 4])
        XCTAssertTrue(app.screen[1].contains("已选3"), app.screen[1])
        app.press(.character("D"))
        guard case .pick(let picker) = app.state.mode else { return XCTFail("no dispatch list") }
        XCTAssertTrue(picker.title.zh.hasPrefix("3件分拨至"), picker.title.zh)
        app.press(.enter)
        for id in 2...4 { XCTAssertEqual(app.state.registry.appeals[AppealID(id)].progress.state, .dispatched, "#\(id)") }
        XCTAssertEqual(app.state.current.marked, [])
        XCTAssertEqual(app.dashboard.store.journal.last?.edits.count, 3, "one change in the journal for the three rows")
    }

    func testMarkedRowsMoveAllOrNoneWhenOneChangedMeanwhile() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("j"), .character("j"), .character(" "), .character(" "), .character(" "), .character("D"))
        guard case .pick = app.state.mode else { return XCTFail("no dispatch list") }
        // Someone else withdraws #3 while the list is open; it reaches this dashboard when the batch is submitted.
        let version = app.state.registry.appeals[AppealID(3)].version
        app.receive(.moveAppeal(AppealID(3), version: version, .withdraw, note: ""), by: UserID(0), login: "zhang")
        app.press(.enter)
        let batches = app.dashboard.store.journal.filter { $0.edits.count > 1 }
        XCTAssertEqual(batches, [], "the dispatch of three marked rows is one change, refused whole")
        for id in [2, 4] { XCTAssertNotEqual(app.state.registry.appeals[AppealID(id)].progress.state, .dispatched, "#\(id) must not move alone") }
        XCTAssertEqual(app.state.registry.appeals[AppealID(3)].progress.state, .withdrawn)
    }

    func testTriagePutsOverdueFirstThenNewThenFinished() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("t"))
        let rows = app.state.current.rows
        XCTAssertEqual(rows.first, 0, "the overdue appeal first")
        XCTAssertEqual(rows.last, 1, "the closed appeal last")
        XCTAssertEqual(app.state.current.cursor, 0)
    }

    func testMergeADuplicateIntoItsOriginal() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("G"))
        XCTAssertEqual(app.state.current.selectedID, 4)
        app.press(.character("M"))
        guard case .pick(let picker) = app.state.mode else { return XCTFail("no merge list") }
        XCTAssertTrue(picker.options.map(\.label).contains { $0.hasPrefix("#3 ") }, "\(picker.options.map(\.label))")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(4)].progress.state, .merged)
        XCTAssertEqual(app.state.registry.indexes.duplicatesByAppeal.children(of: app.state.registry.appeals[AppealID(4)].progress.mergedInto.raw), [4])
    }

    func testANewAppealShowsLikelyDuplicates() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("a"))
        app.type("路灯闪烁")
        guard case .form(let form) = app.state.mode else { return XCTFail("no form") }
        let category = try XCTUnwrap(form.keys.firstIndex(of: "category"))
        let compound = try XCTUnwrap(form.keys.firstIndex(of: "compound"))
        for _ in 0..<category { app.press(.tab) }
        app.press(.right)
        for _ in category..<compound { app.press(.tab) }
        app.press(.right)
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertTrue(app.state.message?.text.zh.hasPrefix("可能重复：") ?? false, app.state.message?.text.zh ?? "")
    }

    func testAProjectFromMarkedAppealsLinksThem() throws {
        var app = AppDriver(try busyState())
        app.press(.character("5"), .character("G"), .character("k"))
        app.press(.character(" "), .character(" "))
        app.press(.character("P"))
        guard case .form(let form) = app.state.mode else { return XCTFail("no project form") }
        XCTAssertEqual(form.kind, .project)
        XCTAssertEqual(form.inputs[form.keys.firstIndex(of: "community") ?? 0].value, "侨香社区")
        let budget = try XCTUnwrap(form.keys.firstIndex(of: "budget"))
        for _ in 0..<budget { app.press(.tab) }
        app.press(.control("u"))
        app.type("80000")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.projects.liveCount, 2)
        let project = Int32(app.state.registry.projects.count - 1)
        XCTAssertEqual(app.state.registry.indexes.appealsByProject.children(of: project), [3, 4])
        app.press(.character("6"), .character("G"), .enter)
        XCTAssertTrue(app.screen.joined().contains("关联诉求"))
    }

    func testTheComplianceListAndLoggingAService() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("4"), .character("b"))
        XCTAssertEqual(app.state.current.rows, [1], "陈伟 has not served this quarter; 王芳 has")
        XCTAssertTrue(app.state.message?.text.zh.contains("本季度还剩") ?? false)
        // Switching the language keeps the compliance list (its filters are values, not screen text).
        app.press(.character(":"))
        app.type("lang en")
        app.press(.enter)
        XCTAssertEqual(app.state.current.rows, [1], "the list must not empty after :lang en")
        app.press(.character(":"))
        app.type("lang zh")
        app.press(.enter)
        app.press(.character("L"))
        guard case .form(let form) = app.state.mode else { return XCTFail("no service form") }
        XCTAssertEqual(form.kind, .serviceRecord)
        XCTAssertEqual(form.keys[form.focused], "activity")
        app.type("垃圾分类督导")
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.current.rows, [], "nobody is behind any more")
        let service = app.state.registry.services.rows.last
        XCTAssertEqual(service?.volunteer, VolunteerID(1))
        XCTAssertEqual(service?.tenthsOfHour, 20)
        XCTAssertEqual(service.map { app.state.registry.text($0.confirmedBy) }, "李四")
    }

    func testCoverageAndBudgetNotes() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"))
        XCTAssertTrue(app.screen[1].contains("党组织覆盖 2/3"), app.screen[1])
        app.press(.character("6"))
        XCTAssertTrue(app.screen[1].contains("剩余4,000,000"), app.screen[1])
    }

    func testPastTheLastKnownHolidayYearTheScreenSaysSo() throws {
        let later = AppFixtures.now + 400 * 86_400
        var state = AppState(registry: try AppFixtures.registry(), login: "zhang", language: .zh, now: later, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        var app = AppDriver(state)
        app.press(.character("5"))
        XCTAssertTrue(app.screen[1].contains("节假日安排只到2026年"), app.screen[1])
    }

    func testTheAuditTrailFiltersByUserAndRecord() throws {
        var app = AppDriver(try AppFixtures.state())
        let compound = RecordRef(.compound, 0)
        let households = { (after: Int64, before: Int64) in
            (Edit.update(compound, version: 2, [FieldChange("households", .int(after))]), Edit.update(compound, version: 3, [FieldChange("households", .int(before))]))
        }
        let first = households(900, 800)
        let third = households(950, 900)
        let dispatch = Edit.moveAppeal(AppealID(0), version: 2, .accept, note: "")
        app.remember([
            ChangeRecord(sequence: 1, user: 0, login: "zhang", time: AppFixtures.now, edits: [first.0], inverses: [first.1]),
            ChangeRecord(sequence: 2, user: 1, login: "lisi", time: AppFixtures.now, edits: [dispatch], inverses: []),
            ChangeRecord(sequence: 3, user: 1, login: "lisi", time: AppFixtures.now, edits: [third.0], inverses: [third.1]),
        ])
        app.press(.character("H"))
        guard case .audit(let view) = app.state.mode else { return XCTFail("no audit view") }
        XCTAssertEqual(view.shown.map(\.sequence), [3, 2, 1], "newest first")
        XCTAssertTrue(app.screen.joined().contains("户数 900 → 950"))
        app.press(.character("u"))
        guard case .audit(let byUser) = app.state.mode else { return XCTFail() }
        XCTAssertEqual(byUser.shown.map(\.sequence), [3, 2])
        app.press(.character("u"), .character("r"))
        guard case .audit(let byRecord) = app.state.mode else { return XCTFail() }
        XCTAssertEqual(byRecord.shown.map(\.sequence), [3, 1])
        app.press(.escape, .character("3"), .character("y"))
        guard case .audit(let history) = app.state.mode else { return XCTFail("no record history") }
        XCTAssertEqual(history.record, compound)
        XCTAssertEqual(history.shown.map(\.sequence), [3, 1])
    }

    func testFourPartEvaluationTimeLimitsAndKPIs() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("5"), .character("G"), .character("D"), .enter, .character("A"), .enter, .character("R"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].progress.state, .resolved)
        app.press(.character(":"))
        app.type("eval 1 1 2 3")
        app.press(.enter)
        let progress = app.state.registry.appeals[AppealID(2)].progress
        XCTAssertEqual([progress.speed, progress.effect, progress.attitude, progress.feedback], [.satisfied, .satisfied, .basicallySatisfied, .dissatisfied])
        XCTAssertEqual(progress.state, .reopened, "one 不满意 answer reopens it")

        app.press(.character(":"))
        app.type("limit 噪音扰民 一般 3d")
        app.press(.enter)
        XCTAssertEqual(app.state.registry.settings.limit(category: .noise, urgency: .general), .workingDays(3))
        XCTAssertEqual(app.state.registry.settings.limit(category: .traffic, urgency: .general), .workingDays(5))
        app.press(.character(":"))
        app.type("limits")
        app.press(.enter)
        guard case .pick(let limits) = app.state.mode else { return XCTFail("no limits list") }
        XCTAssertTrue(limits.options.contains { $0.label == "噪音扰民 · 一般: 3个工作日" }, "\(limits.options.map(\.label))")
        app.press(.escape)

        app.press(.character(":"))
        app.type("kpi category 2026-11-01 2026-11-30")
        app.press(.enter)
        guard case .pick(let kpis) = app.state.mode else { return XCTFail("no KPI list") }
        XCTAssertTrue(kpis.options.contains { $0.label.hasPrefix("环境卫生：受理2 ") }, "\(kpis.options.map(\.label))")
        XCTAssertTrue(kpis.options.last?.label.hasPrefix("合计：受理3 ") ?? false)

        var coordinator = AppDriver(try AppFixtures.state(login: "lisi"))
        coordinator.press(.character(":"))
        coordinator.type("limit * 紧急 12h")
        coordinator.press(.enter)
        XCTAssertEqual(coordinator.state.registry.settings.emergencyLimit, .hours(24), "only admins change limits")
    }

    func testTheSummaryTableSortsAndTheReportIsWritten() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("7"))
        XCTAssertEqual(app.state.summarySort, TableSort(column: 2, direction: .descending))
        app.press(.character("h"), .character("h"), .character("s"))
        XCTAssertEqual(app.state.summarySort, TableSort(column: 0, direction: .ascending))
        let lines = app.screen
        let first = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("侨香社区") })
        let second = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("桂园社区") })
        XCTAssertLessThan(first, second, "by name ascending: 侨 (U+4FA8) before 桂 (U+6842)")
        app.press(.character(":"))
        app.type("report 2026-11 /tmp/report.md")
        app.press(.enter)
        let report = try XCTUnwrap(app.written["/tmp/report.md"])
        XCTAssertTrue(report.hasPrefix("# 桂香街道 2026-11 民生诉求月报"), report)
        XCTAssertTrue(report.contains("| 侨香社区 | 3 |"), report)
    }
}
