@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The volunteers list counts this quarter's services, calls only members behind, and `L` on
/// marked rows logs one activity for each of them as one change.
final class VolunteerServiceTests: XCTestCase {
    func testTheQuarterColumnCountsServicesAndCallsOnlyMembersBehind() throws {
        var registry = try AppFixtures.registry()
        try registry.apply(.create(.volunteer, [FieldChange("name", .text("居民甲")), FieldChange("community", .int(0)), FieldChange("kind", .int(2))]),
                           by: UserID(0), at: AppFixtures.now)
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        let column = try XCTUnwrap(PaneColumns.column(.thisQuarter, on: .volunteers))
        let context = state.rowContext
        XCTAssertEqual(column.text(context, 0), "1次", "王芳 served once this quarter")
        XCTAssertEqual(column.text(context, 1), "未服务", "陈伟 is a member with none")
        XCTAssertEqual(column.text(context, 2), "—", "a resident volunteer is bound by no rule")
    }

    func testLOnMarkedRowsLogsOneActivityForEachAsOneChange() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("4"))
        app.run(.mark)
        app.run(.mark)
        app.run(.logService)
        guard case .form(let form) = app.state.mode else { return XCTFail("no form") }
        XCTAssertTrue(form.general?.zh.contains("2名志愿者") ?? false, "\(String(describing: form.general))")
        XCTAssertEqual(form.keys.firstIndex(of: "volunteer").map { form.inputs[$0].value }, "王芳 #0", "the form names the volunteer")
        let before = app.state.registry.services.count
        app.type("社区义诊")
        app.run(.choose, in: .form)
        XCTAssertEqual(app.state.mode, .browse, "\(String(describing: app.state.message))")
        XCTAssertEqual(app.state.registry.services.count, before + 2)
        let logged = app.state.registry.services.rows.suffix(2)
        XCTAssertEqual(Set(logged.map(\.volunteer.raw)), [0, 1])
        XCTAssertEqual(Set(logged.map { app.state.registry.text($0.activity) }), ["社区义诊"])
        XCTAssertEqual(app.dashboard.store.journal.last?.edits.count, 2, "one journal record for both")
        XCTAssertTrue(app.state.current.marked.isEmpty)
    }
}
