@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The 先锋队 and 类别 panes: who changes them, and what the intake form offers once they change.
final class SetUpPanesTests: XCTestCase {
    private func driver(login: String, language: Language = .zh) throws -> AppDriver {
        AppDriver(try AppFixtures.state(login: login, language: language))
    }

    private func categoryOptions(_ app: AppDriver) -> [String] {
        guard case .form(let form) = app.state.mode, let index = form.keys.firstIndex(of: "category") else { return [] }
        return form.options[index]
    }

    func testAnAdminAddsACategoryThatTheIntakeFormThenOffers() throws {
        var admin = try driver(login: "zhang")
        admin.show(.categories)
        XCTAssertEqual(admin.state.pane, .categories)
        XCTAssertTrue(admin.screen.joined().contains("燃气安全"), "the fixture's own category is listed")
        admin.run(.add)
        guard case .form = admin.state.mode else { return XCTFail("an admin's form opens") }
        admin.type("电动车充电")
        admin.press(.tab)
        admin.type("E-bike charging")
        admin.press(.enter)
        XCTAssertEqual(admin.state.mode, .browse, admin.state.message?.text.en ?? "")
        XCTAssertEqual(admin.state.registry.categoryName(CategoryID(13), .en), "E-bike charging")
        XCTAssertTrue(admin.screen.joined().contains("电动车充电"))

        admin.show(.appeals)
        admin.run(.add)
        let options = categoryOptions(admin)
        XCTAssertTrue(options.contains("电动车充电") && options.contains("燃气安全"), "\(options)")
        XCTAssertFalse(options.contains("住房"), "住房 is retired in the fixture")
        XCTAssertEqual(options.count, 13)
    }

    func testTheEnglishFormOffersEnglishNamesAndAnAppealKeepsItsRetiredCategory() throws {
        var registry = try AppFixtures.registry()
        // Filed under 住房 before it was retired.
        try registry.apply(.update(RecordRef(.category, CategoryID.housing.raw), version: registry.categories[.housing].version, [FieldChange("retired", .bool(false))]),
                           by: UserID(0), at: AppFixtures.now)
        try registry.apply(.update(RecordRef(.appeal, 2), version: registry.appeals[AppealID(2)].version, [FieldChange("category", .int(Int64(CategoryID.housing.raw)))]),
                           by: UserID(0), at: AppFixtures.now)
        try registry.apply(.update(RecordRef(.category, CategoryID.housing.raw), version: registry.categories[.housing].version, [FieldChange("retired", .bool(true))]),
                           by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "lisi", language: .en, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        var app = AppDriver(state)
        app.show(.appeals)
        app.run(.add)
        XCTAssertTrue(categoryOptions(app).contains("Gas safety") && categoryOptions(app).contains("Noise"), "\(categoryOptions(app))")
        XCTAssertFalse(categoryOptions(app).contains("Housing"))
        app.press(.escape)
        while app.state.current.selectedID != 2 { app.press(.down) }
        app.run(.edit)
        guard case .form(let form) = app.state.mode, let index = form.keys.firstIndex(of: "category") else { return XCTFail("no form") }
        XCTAssertEqual(form.inputs[index].value, "Housing", "the appeal shows the category it has")
        XCTAssertTrue(form.options[index].contains("Housing"), "and keeps it as an option")
        app.type("x")
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse, app.state.message?.text.en ?? "")
        XCTAssertEqual(app.state.registry.appeals[AppealID(2)].category, .housing, "saving other fields keeps it")
    }

    func testCoordinatorsAreToldCategoriesAreAnAdminsAndMayAddATeam() throws {
        var coordinator = try driver(login: "lisi")
        coordinator.show(.categories)
        coordinator.run(.add)
        XCTAssertEqual(coordinator.state.mode, .browse, "no form opens")
        XCTAssertEqual(coordinator.state.message?.text.zh, "只有管理员可以修改部门、用户和类别")

        coordinator.show(.teams)
        XCTAssertTrue(coordinator.screen.joined().contains("侨香社区党员先锋队"), coordinator.screen.joined(separator: "\n"))
        XCTAssertTrue(coordinator.screen.joined().contains("王芳"), "the leader is shown")
        coordinator.run(.add)
        guard case .form = coordinator.state.mode else { return XCTFail("a coordinator's form opens: \(coordinator.state.message?.text.en ?? "")") }
        coordinator.type("桂园社区先锋队")
        coordinator.press(.enter)
        XCTAssertEqual(coordinator.state.mode, .browse, coordinator.state.message?.text.en ?? "")
        XCTAssertEqual(coordinator.state.registry.teams.liveCount, 2)
        XCTAssertTrue(coordinator.screen.joined().contains("桂园社区先锋队"))
    }

    func testATeamsMembersAreCountedAndTheSupervisorOnlyReads() throws {
        var registry = try AppFixtures.registry()
        try registry.apply(.update(RecordRef(.volunteer, 0), version: registry.volunteers[VolunteerID(0)].version, [FieldChange("team", .int(0))]),
                           by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "zhaoliu", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        var supervisor = AppDriver(state)
        supervisor.show(.teams)
        let row = supervisor.screen.first { $0.hasPrefix("侨香社区党员先锋队") } ?? ""
        XCTAssertTrue(row.hasSuffix(" 1") || row.contains(" 1 "), row)
        supervisor.run(.add)
        XCTAssertEqual(supervisor.state.mode, .browse)
        XCTAssertEqual(supervisor.state.message?.isError, true)
    }

    func testLimitSetsACategorysOwnOrTheStreetsLimit() throws {
        var state = try AppFixtures.state(login: "zhang")
        func settings(_ effects: [Effect]) -> Settings? {
            guard case .submit(.changeSettings(_, let settings), _)? = effects.first else { return nil }
            return settings
        }
        let own = try XCTUnwrap(settings(state.limitLine("limit", ["燃气安全", "一般", "2d"])))
        XCTAssertEqual(own.limit(category: CategoryID(12), urgency: .general), .workingDays(2))
        XCTAssertEqual(own.limit(category: .noise, urgency: .general), .general)
        let street = try XCTUnwrap(settings(state.limitLine("limit", ["*", "紧急", "12h"])))
        XCTAssertEqual(street.limit(category: .noise, urgency: .emergency), .hours(12))
        XCTAssertNil(settings(state.limitLine("limit", ["燃气", "一般", "2d"])), "an unknown category is refused")
        XCTAssertEqual(state.message?.isError, true)
    }
}

