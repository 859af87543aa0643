@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// Taking a call: sensible starting values, and typed input never lost to one key.
final class IntakeFormTests: XCTestCase {
    private func field(_ form: FormState, _ key: String) -> String? {
        form.keys.firstIndex(of: key).map { form.inputs[$0].value }
    }

    func testANewAppealStartsAtGeneralUrgencyWithNoCategory() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("4"), .character("a"))
        guard case .form(let form) = app.state.mode else { return XCTFail("no form") }
        XCTAssertEqual(field(form, "urgency"), "一般", "an untouched call must not become a 24-hour emergency")
        XCTAssertEqual(field(form, "category"), "", "the coordinator chooses the category")
        app.type("楼道灯不亮")
        app.press(.enter)
        guard case .form(let refused) = app.state.mode, let index = refused.keys.firstIndex(of: "category") else {
            return XCTFail("a call without a category is not saved")
        }
        XCTAssertNotNil(refused.errors[index])
        XCTAssertEqual(refused.focused, index, "the cursor goes to the field to fix")
        app.press(.right)
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        let created = AppealID(Int32(app.state.registry.appeals.count - 1))
        XCTAssertEqual(app.state.registry.appeals[created].urgency, .general)
        XCTAssertEqual(app.state.current.selectedID, created.raw, "the new appeal is selected")
    }

    func testEscOverTypedInputAsksFirst() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"), .character("a"), .escape)
        XCTAssertEqual(app.state.mode, .browse, "an untouched form closes at once")
        app.press(.character("a"))
        app.type("新小区")
        app.press(.escape)
        guard case .form(let asked) = app.state.mode else { return XCTFail("typed input is not dropped by one Esc") }
        XCTAssertEqual(asked.general?.en, "Unsaved input: Esc again discards it, any other key goes on")
        app.press(.character("甲"))
        guard case .form(let goingOn) = app.state.mode else { return XCTFail("another key goes on") }
        XCTAssertNil(goingOn.general)
        XCTAssertEqual(goingOn.inputs[0].value, "新小区甲")
        app.press(.escape, .escape)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.registry.compounds.count, 3, "nothing was saved")
    }
}
