import JiedaoCore
import XCTest

/// 诉求类别 as records: the built-in twelve, a street's own, renaming, retiring and the refusals.
final class CategoryRecordTests: XCTestCase {
    private let now = Fixtures.now

    private func addCategory(_ s: inout Fixtures.Street, _ name: String, english: String = "", by user: UserID? = nil) throws(EditError) {
        try s.registry.apply(.create(.category, [FieldChange("name", .text(name)), FieldChange("name_en", .text(english))]), by: user ?? s.admin, at: now)
    }

    private func update(_ s: inout Fixtures.Street, _ id: CategoryID, _ changes: [FieldChange], by user: UserID? = nil) throws(EditError) {
        let version = s.registry.categories[id].version
        try s.registry.apply(.update(RecordRef(.category, id.raw), version: version, changes), by: user ?? s.admin, at: now)
    }

    func testEveryDataSetStartsWithTheTwelveAtTheirOldNumbers() {
        let registry = Registry()
        XCTAssertEqual(registry.categories.count, 12)
        XCTAssertEqual(registry.categoryName(.environment, .zh), "环境卫生")
        XCTAssertEqual(registry.categoryName(.noise, .en), "Noise")
        XCTAssertEqual(registry.categoryName(.other, .zh), "其他")
        XCTAssertEqual(registry.category(named: "噪音扰民"), .noise)
        XCTAssertEqual(registry.category(named: "elder care"), .elderCare, "English names match without case")
        XCTAssertEqual(registry.category(named: "#9"), .housing)
        XCTAssertNil(registry.category(named: "燃气安全"))
    }

    func testAStreetAddsItsOwnAndAnAppealTakesItWithItsTimeLimit() throws {
        var s = try Fixtures.street()
        try addCategory(&s, "燃气安全", english: "Gas safety")
        let gas = CategoryID(12)
        XCTAssertEqual(s.registry.categoryName(gas, .en), "Gas safety")
        XCTAssertEqual(s.registry.categoryName(gas, .zh), "燃气安全")
        var settings = s.registry.settings
        settings.overrides.append(TimeLimitOverride(category: gas, urgency: .general, limit: .workingDays(2)))
        try s.registry.apply(.changeSettings(version: settings.version, settings), by: s.admin, at: now)
        XCTAssertEqual(s.registry.limit(category: gas, urgency: .general), .workingDays(2))
        XCTAssertEqual(s.registry.limit(category: .noise, urgency: .general), .general, "other categories keep the street's limit")

        var fields = Fixtures.appealFields()
        fields.removeAll { $0.key == "category" }
        let parsed = FieldText.parse("Gas safety", as: Appeal.spec(.category), in: s.registry)
        guard case .success(let value) = parsed else { return XCTFail("\(parsed)") }
        try s.registry.apply(.create(.appeal, fields + [FieldChange("category", value)]), by: s.coordinator, at: now)
        XCTAssertEqual(s.registry.appeals[AppealID(0)].category, gas)
        XCTAssertEqual(FieldText.format(value, as: Appeal.spec(.category), in: s.registry, language: .zh), "燃气安全")

        // Departments take it in their mask, past the sixteen bits of the first format.
        try s.registry.apply(.update(RecordRef(.department, 0), version: s.registry.departments[DepartmentID(0)].version,
                                     [FieldChange("categories", try FieldText.parse("环境卫生、燃气安全", as: Department.spec(.categories), in: s.registry).get())]),
                             by: s.admin, at: now)
        XCTAssertEqual(s.registry.categories(inMask: s.registry.departments[DepartmentID(0)].categories), [.environment, gas])
        XCTAssertTrue(s.registry.departments[DepartmentID(0)].handles(gas))
    }

    func testAnAppealWithoutACategoryIsOtherAsBefore() throws {
        var s = try Fixtures.street()
        var fields = Fixtures.appealFields()
        fields.removeAll { $0.key == "category" }
        try s.registry.apply(.create(.appeal, fields), by: s.coordinator, at: now)
        XCTAssertEqual(s.registry.appeals[AppealID(0)].category, .other)
    }

    func testARetiredCategoryStaysOnItsAppealsAndIsGivenToNoOther() throws {
        var s = try Fixtures.street()
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.coordinator, at: now)
        try update(&s, .environment, [FieldChange("retired", .bool(true))])
        XCTAssertFalse(s.registry.offeredCategories.contains(.environment))
        XCTAssertEqual(s.registry.offeredCategories.count, 11)

        assertRefused({ () throws(EditError) in
            try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.coordinator, at: now)
        }) { $0 == .invalid("category") }
        // The appeal that has it keeps it through other edits.
        let appeal = RecordRef(.appeal, 0)
        try s.registry.apply(.update(appeal, version: s.registry.appeals[AppealID(0)].version, [FieldChange("summary", .text("垃圾满溢")),
                                                                                               FieldChange("category", .int(0))]), by: s.coordinator, at: now)
        XCTAssertEqual(s.registry.appeals[AppealID(0)].category, .environment)
        // Moved to another category, it cannot go back to the retired one.
        try s.registry.apply(.update(appeal, version: s.registry.appeals[AppealID(0)].version, [FieldChange("category", .int(3))]), by: s.coordinator, at: now)
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.update(appeal, version: s.registry.appeals[AppealID(0)].version, [FieldChange("category", .int(0))]), by: s.coordinator, at: now)
        }) { $0 == .invalid("category") }
        // Brought back into use, it is offered again.
        try update(&s, .environment, [FieldChange("retired", .bool(false))])
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.coordinator, at: now)
    }

    func testACategoryInUseIsRetiredNotDeletedAndRenamingKeepsItsAppeals() throws {
        var s = try Fixtures.street()
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.coordinator, at: now)
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.coordinator, at: now)
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.delete(RecordRef(.category, 0), version: 0), by: s.admin, at: now)
        }) { $0 == .hasDependents(RecordRef(.category, 0), dependents: .appeal, count: 2) }
        try s.registry.apply(.delete(RecordRef(.category, CategoryID.housing.raw), version: 0), by: s.admin, at: now)
        XCTAssertFalse(s.registry.isLive(RecordRef(.category, CategoryID.housing.raw)))

        try update(&s, .environment, [FieldChange("name", .text("市容环境"))])
        XCTAssertEqual(s.registry.categoryName(s.registry.appeals[AppealID(0)].category, .zh), "市容环境")
        assertRefused({ () throws(EditError) in try self.update(&s, .noise, [FieldChange("name", .text("市容环境"))]) }) { $0 == .invalid("name") }
        assertRefused({ () throws(EditError) in try self.update(&s, .noise, [FieldChange("name_en", .text("health"))]) }) { $0 == .invalid("name_en") }
    }

    func testOnlyAdminsChangeCategories() throws {
        var s = try Fixtures.street()
        for user in [s.coordinator, s.supervisor] {
            assertRefused({ () throws(EditError) in try self.addCategory(&s, "燃气安全", by: user) }) {
                if case .notPermitted = $0 { true } else { false }
            }
            assertRefused({ () throws(EditError) in try self.update(&s, .noise, [FieldChange("retired", .bool(true))], by: user) }) {
                if case .notPermitted = $0 { true } else { false }
            }
        }
        try addCategory(&s, "燃气安全")
        XCTAssertEqual(s.registry.liveCount(.category), 13)
    }

    func testThereIsRoomForSixtyFourCategories() throws {
        var s = try Fixtures.street()
        for index in 12..<AppealCategory.capacity { try addCategory(&s, "类别\(index)") }
        assertRefused({ () throws(EditError) in try self.addCategory(&s, "再一个") }) { $0 == .invalid("") }
        XCTAssertEqual(s.registry.categories.count, AppealCategory.capacity)
        // The last one fits an appeal's byte and a department's mask.
        let last = CategoryID(Int32(AppealCategory.capacity - 1))
        var fields = Fixtures.appealFields()
        fields.removeAll { $0.key == "category" }
        try s.registry.apply(.create(.appeal, fields + [FieldChange("category", .int(Int64(last.raw)))]), by: s.coordinator, at: now)
        XCTAssertEqual(s.registry.appeals[AppealID(0)].category, last)
        guard case .int(let mask) = try FieldText.parse("类别63", as: Department.spec(.categories), in: s.registry).get() else { return XCTFail("no mask") }
        XCTAssertEqual(s.registry.categories(inMask: UInt64(bitPattern: mask)), [last])
    }

    func testANumberBeyondTheTableIsRefusedNotWrapped() throws {
        var s = try Fixtures.street()
        var fields = Fixtures.appealFields()
        fields.removeAll { $0.key == "category" }
        for raw: Int64 in [256 + 3, 40, -1] {
            assertRefused({ () throws(EditError) in
                try s.registry.apply(.create(.appeal, fields + [FieldChange("category", .int(raw))]), by: s.coordinator, at: now)
            }) { code in
                if case .badReference = code { return true }
                return code == .badChoice(field: "category")
            }
        }
        XCTAssertEqual(s.registry.appeals.count, 0)
    }
}
