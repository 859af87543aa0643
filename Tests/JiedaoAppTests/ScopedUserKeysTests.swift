@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The permission table in the dashboard: a key that `apply` would refuse says why first.
final class ScopedUserKeysTests: XCTestCase {
    /// The fixture street with a coordinator limited to 侨香社区 (qian) and a handler of 城管局 (sun).
    private func driver(login: String) throws -> AppDriver {
        var registry = try AppFixtures.registry()
        try registry.apply(.create(.user, [FieldChange("login", .text("qian")), FieldChange("name", .text("钱七")),
                                           FieldChange("role", .int(Int64(Role.coordinator.rawValue))), FieldChange("community", .int(0))]),
                           by: UserID(0), at: AppFixtures.now)
        try registry.apply(.create(.user, [FieldChange("login", .text("sun")), FieldChange("name", .text("孙八")),
                                           FieldChange("role", .int(Int64(Role.handler.rawValue))), FieldChange("department", .int(0))]),
                           by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: login, language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        return AppDriver(state)
    }

    func testAScopedCoordinatorIsToldBeforeEditingAnotherCommunitysCompound() throws {
        var app = try driver(login: "qian")
        // Out of their community (Esc), to the whole street's compounds.
        app.press(.character("3"), .escape, .character("3"), .character("G"))
        let ref = RecordRef(.compound, app.state.current.selectedID ?? -1)
        XCTAssertEqual(app.state.registry.compounds[CompoundID(ref.id)].community, CommunityID(1), "桂园大厦 is in 桂园社区")
        app.press(.character("e"))
        XCTAssertEqual(app.state.mode, .browse, "no form opens")
        XCTAssertTrue(app.state.message?.text.zh.contains("侨香社区") == true, app.state.message?.text.zh ?? "")
        app.press(.character("g"), .character("e"))
        guard case .form = app.state.mode else { return XCTFail("their own community's compound opens") }
    }

    func testAHandlerWorksTheirDepartmentsAppealAndNothingElse() throws {
        var app = try driver(login: "sun")
        app.press(.character("5"), .character("g"))
        XCTAssertEqual(app.state.current.selectedID, 0, "appeal #0 is dispatched to 城管局")
        XCTAssertTrue(app.state.selectionAllows(.accept))
        XCTAssertFalse(app.state.selectionAllows(.supervise))
        app.press(.character("A"), .enter)
        XCTAssertEqual(app.state.registry.appeals[AppealID(0)].progress.state, .inProgress)
        XCTAssertEqual(app.state.registry.timeline(of: AppealID(0)).last?.actor, app.state.user)
        app.press(.character("a"))
        XCTAssertEqual(app.state.mode, .browse, "a handler adds no appeal")
        XCTAssertEqual(app.state.message?.isError, true)
        app.press(.character("G"))
        XCTAssertFalse(app.state.selectionAllows(.dispatch), "appeal #2 is not theirs")
    }

    func testAHandlerReadsNoListButTheirAppeals() throws {
        var app = try driver(login: "sun")
        for pane: Pane in [.communities, .compounds, .volunteers, .projects, .teams] {
            app.show(pane)
            XCTAssertEqual(app.state.current.rows, [], "\(pane) lists nothing for a handler")
            XCTAssertTrue(app.screen.joined().contains("承办人只查看分拨到本部门的诉求"), app.screen.joined(separator: "\n"))
        }
        app.show(.summary)
        XCTAssertTrue(app.screen.joined().contains("承办人只查看分拨到本部门的诉求"))
        XCTAssertFalse(app.screen.joined().contains("夜间施工噪音"), "no other department's appeal is named on the summary")
        app.show(.appeals)
        XCTAssertEqual(app.state.current.rows, [0], "their department's appeal")
        var coordinator = try driver(login: "lisi")
        coordinator.show(.communities)
        XCTAssertEqual(coordinator.state.current.rows.count, 2, "others read every list")
    }

    func testAdminsAddDepartmentsOnTheirPaneAndCoordinatorsAreToldWhyNot() throws {
        var admin = try driver(login: "zhang")
        admin.press(.character("8"))
        XCTAssertEqual(admin.state.pane, .departments)
        admin.press(.character("a"))
        guard case .form = admin.state.mode else { return XCTFail("an admin's form opens") }
        admin.type("水务局")
        admin.press(.enter)
        XCTAssertEqual(admin.state.registry.departments.liveCount, 2, admin.state.message?.text.en ?? "")
        XCTAssertTrue(admin.screen.joined().contains("水务局"))

        XCTAssertTrue(helpText(admin).contains("权限（jiedao user 设置）") && helpText(admin).contains("承办人 只看分拨到本部门的诉求"), "admins see who may do what in ?")

        var coordinator = try driver(login: "lisi")
        coordinator.press(.character("9"), .character("e"))
        XCTAssertEqual(coordinator.state.pane, .users)
        XCTAssertEqual(coordinator.state.mode, .browse)
        XCTAssertEqual(coordinator.state.message?.text.zh, "只有管理员可以修改部门、用户和类别")
        XCTAssertFalse(helpText(coordinator).contains("权限（jiedao user 设置）"))
    }

    func testAScopedCoordinatorOpensOnTheirCommunityAndTodayCountsIt() throws {
        var app = try driver(login: "qian")
        XCTAssertEqual(app.state.scope, [.community(CommunityID(0))])
        let registry = app.state.registry
        let theirs = registry.appeals.liveIDs.filter { registry.appeals[$0].community == CommunityID(0) && registry.appeals[$0].progress.state.isOpen }
        XCTAssertEqual(app.state.todayFigures.count(.allOpen), theirs.count)
        guard let row = app.state.current.rows.firstIndex(of: TodayItem.allOpen.rawValue) else { return XCTFail("no all-open row") }
        for _ in 0..<row { app.press(.character("j")) }
        app.press(.enter)
        XCTAssertEqual(app.state.pane, .appeals)
        XCTAssertEqual(app.state.current.rows.sorted(), theirs.map(\.raw).sorted(), "the list behind the count")
        app.press(.escape, .escape)
        XCTAssertEqual(app.state.scope, [], "Esc goes up to the whole street, which they may read")
    }

    func testAHandlersListAndTodayAreTheirDepartmentsAppeals() throws {
        var app = try driver(login: "sun")
        let registry = app.state.registry
        let theirs = registry.appeals.liveIDs.filter {
            registry.appeals[$0].progress.handlerKind == .department && registry.appeals[$0].progress.handler == 0
        }.map(\.raw)
        XCTAssertFalse(theirs.isEmpty)
        XCTAssertLessThan(theirs.count, registry.appeals.liveCount, "the fixture has appeals that are not theirs")
        XCTAssertEqual(app.state.todayFigures.count(.allOpen), theirs.filter { registry.appeals[AppealID($0)].progress.state.isOpen }.count)
        app.press(.character("5"))
        XCTAssertEqual(app.state.current.rows.sorted(), theirs.sorted())
    }

    /// Every line the help screen holds, scrolled or not.
    private func helpText(_ app: AppDriver) -> String {
        Overlays.helpSections(app.state).flatMap { [$0.title] + $0.entries.map { $0.key + " " + $0.description } }.joined(separator: "\n")
    }
}
