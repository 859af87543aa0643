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
        app.press(.character("5"), .character("a"))
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
        app.press(.character("3"), .character("a"), .escape)
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

    /// Picked fields take typing: `gy` finds 桂园社区, and the compound field then offers only
    /// that community's compounds.
    func testTypingPicksAnOptionAndCompoundsFollowTheCommunity() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("5"), .character("a"))
        guard case .form(let opened) = app.state.mode, let community = opened.keys.firstIndex(of: "community"),
              let compound = opened.keys.firstIndex(of: "compound") else { return XCTFail("no form") }
        for _ in 0..<community { app.run(.nextField, in: .form) }
        app.type("gy")
        guard case .form(let typed) = app.state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(typed.inputs[community].value, "桂园社区")
        XCTAssertEqual(typed.offered(compound), ["", "桂园大厦"])
        app.run(.nextField, in: .form)
        app.run(.nextOption, in: .form)
        guard case .form(let chosen) = app.state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(chosen.inputs[compound].value, "桂园大厦")
        app.type("jx")
        guard case .form(let missed) = app.state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(missed.inputs[compound].value, "桂园大厦", "a query that matches nothing keeps the choice")
        XCTAssertNotNil(missed.errors[compound])
        // Back in the community field, choosing 侨香社区 drops the compound of 桂园社区.
        app.run(.previousField, in: .form)
        app.type("qx")
        guard case .form(let moved) = app.state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(moved.inputs[community].value, "侨香社区")
        XCTAssertEqual(moved.inputs[compound].value, "")
        XCTAssertEqual(moved.offered(compound), ["", "锦绣花园", "翠林新村"])
    }

    /// A hotline call, counted in keys: the summary, the category by initials, the community
    /// and the compound by initials, Enter. The new appeal is selected, at urgency 一般.
    func testAHotlineCallTakesADozenKeysBesideItsWords() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("5"))
        var keys = 0
        func press(_ key: Key) { app.press(key); keys += 1 }
        func type(_ text: String) { for c in text { press(.character(c)) } }
        press(.character("a"))
        app.type("楼道灯不亮")   // the resident's words are not counted
        guard case .form(let form) = app.state.mode, let category = form.keys.firstIndex(of: "category"),
              let community = form.keys.firstIndex(of: "community") else { return XCTFail("no form") }
        for _ in 0..<category { press(.tab) }
        type("wy")   // 物业管理
        for _ in category..<community { press(.tab) }
        type("qx")
        press(.tab)
        type("jx")
        press(.enter)
        XCTAssertEqual(app.state.mode, .browse, "\(app.state.message?.text.zh ?? "")")
        XCTAssertLessThanOrEqual(keys, 14)
        let created = AppealID(Int32(app.state.registry.appeals.count - 1))
        let appeal = app.state.registry.appeals[created]
        XCTAssertEqual(app.state.registry.text(appeal.summary), "楼道灯不亮")
        XCTAssertEqual(app.state.registry.name(of: RecordRef(.compound, appeal.compound.raw)), "锦绣花园")
        XCTAssertEqual(appeal.community, CommunityID(0))
        XCTAssertEqual(appeal.urgency, .general)
        XCTAssertEqual(appeal.category, .property)
        XCTAssertEqual(app.state.current.selectedID, created.raw)
    }

    /// 重复提示 as the phone is typed: the community's open appeals with that phone.
    func testTypingAKnownPhoneShowsTheLikelyDuplicatesInTheForm() throws {
        var app = AppDriver(try AppFixtures.state(login: "lisi"))
        app.press(.character("5"), .character("a"))
        app.type("路灯又坏了")
        guard case .form(let form) = app.state.mode, let community = form.keys.firstIndex(of: "community"),
              let phone = form.keys.firstIndex(of: "phone") else { return XCTFail("no form") }
        for _ in 0..<community { app.press(.tab) }
        app.type("qx")
        for _ in community..<phone { app.press(.tab) }
        app.type("137000")
        guard case .form(let partial) = app.state.mode else { return XCTFail("the form closed") }
        XCTAssertNil(partial.hint, "six digits are no phone yet")
        app.type("01111")
        guard case .form(let typed) = app.state.mode, let hint = typed.hint else { return XCTFail("no hint") }
        XCTAssertTrue(hint.zh.contains("#0") && hint.zh.contains("#2") && hint.zh.contains("同一电话"), hint.zh)
        XCTAssertFalse(hint.zh.contains("#1 "), "the closed appeal is no duplicate: \(hint.zh)")
        XCTAssertTrue(app.screen.joined().contains("可能重复"), app.screen.joined(separator: "\n"))
    }

    /// Through a data server the copy holds phones masked: the form asks the server once the
    /// phone is whole, and its answer makes the hint.
    func testOnAMaskedCopyTheHintAsksTheServerWhichAppealsHaveThePhone() throws {
        var state = try AppFixtures.state(login: "lisi")
        state.registry.acceptsMaskedText = true
        for id in 0..<3 { state.registry.overwriteText(RecordRef(.appeal, Int32(id)), key: "phone", with: "137****1111") }
        var effects: [Effect] = []
        func press(_ key: Key) { effects += update(&state, .key(key)) }
        press(.character("5"))
        press(.character("a"))
        guard case .form(let form) = state.mode, let community = form.keys.firstIndex(of: "community"),
              let phone = form.keys.firstIndex(of: "phone") else { return XCTFail("no form") }
        for character in "路灯又坏了" { press(.character(character)) }
        for _ in 0..<community { press(.tab) }
        for character in "qx" { press(.character(character)) }
        for _ in community..<phone { press(.tab) }
        for character in "1370000111" { press(.character(character)) }
        XCTAssertFalse(effects.contains { if case .findPhone = $0 { true } else { false } }, "no lookup before the phone is whole: \(effects)")
        press(.character("1"))
        XCTAssertEqual(effects.last, .findPhone(community: 0, phone: "13700001111"))
        guard case .form(let asked) = state.mode else { return XCTFail("the form closed") }
        XCTAssertNil(asked.hint, "masked phones are not compared in the copy")

        _ = update(&state, .phoneMatched(PhoneMatches(community: 0, phone: "13700001111", appeals: [2, 0])))
        guard case .form(let answered) = state.mode, let hint = answered.hint else { return XCTFail("no hint from the answer") }
        XCTAssertTrue(hint.zh.contains("#0") && hint.zh.contains("#2") && hint.zh.contains("同一电话"), hint.zh)
        // The same phone typed again is not asked twice; an answer for another phone is dropped.
        let before = effects.count
        press(.backspace)
        press(.character("1"))
        XCTAssertFalse(effects[before...].contains { if case .findPhone = $0 { true } else { false } }, "\(effects[before...])")
        _ = update(&state, .phoneMatched(PhoneMatches(community: 0, phone: "13911112222", appeals: [1])))
        guard case .form(let kept) = state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(kept.hint, hint)
    }
}
