import JiedaoCore
import XCTest

/// Every way `apply` refuses an edit, and that a refused edit changes nothing.
final class ApplyRefusalTests: XCTestCase {
    private var s = Fixtures.Street()
    private let now = Fixtures.now

    override func setUpWithError() throws { s = try Fixtures.street() }

    private func apply(_ edit: Edit, by user: UserID? = UserID(0)) throws(EditError) {
        try s.registry.apply(edit, by: user, at: now)
    }

    private var compoundRef: RecordRef { RecordRef(.compound, 0) }

    func testMissingRecordAndDeletedRecord() throws {
        assertRefused({ () throws(EditError) in try apply(.update(RecordRef(.compound, 9), version: 1, [])) }) {
            if case .notFound(RecordRef(.compound, 9)) = $0 { return true } else { return false }
        }
        try apply(.create(.community, [FieldChange("name", .text("空社区"))]))
        try apply(.delete(RecordRef(.community, 1), version: 1))
        assertRefused({ () throws(EditError) in try apply(.update(RecordRef(.community, 1), version: 2, [FieldChange("grids", .int(3))])) }) {
            if case .deleted = $0 { return true } else { return false }
        }
    }

    func testFieldLevelChecks() {
        let cases: [(FieldChange, (EditError.Code) -> Bool)] = [
            (FieldChange("no_such_field", .int(1)), { if case .unknownField("no_such_field") = $0 { true } else { false } }),
            (FieldChange("households", .text("many")), { if case .wrongType(field: "households") = $0 { true } else { false } }),
            (FieldChange("households", .int(-5)), { if case .negative(field: "households") = $0 { true } else { false } }),
            (FieldChange("name", .text("   ")), { if case .emptyName(field: "name") = $0 { true } else { false } }),
            (FieldChange("name", .none), { if case .missing(field: "name") = $0 { true } else { false } }),
            (FieldChange("kind", .int(99)), { if case .badChoice(field: "kind") = $0 { true } else { false } }),
            (FieldChange("community", .int(42)), { if case .badReference(field: "community", RecordRef(.community, 42)) = $0 { true } else { false } }),
        ]
        for (change, matches) in cases {
            let before = contents(s.registry)
            let textBytes = s.registry.texts.count
            assertRefused({ () throws(EditError) in try apply(.update(compoundRef, version: 1, [FieldChange("name", .text("新名字")), change])) }, matches)
            XCTAssertEqual(contents(s.registry), before, "a refused edit must change nothing (\(change.key))")
            XCTAssertEqual(s.registry.texts.count, textBytes, "a refused edit must leave no text behind")
        }
    }

    func testPhoneNumbers() throws {
        var fields = [FieldChange("name", .text("张伟")), FieldChange("community", .int(0))]
        for bad in ["12345", "1381234567", "23812345678", "13812345678x", "0755-123"] {
            assertRefused({ () throws(EditError) in try apply(.create(.volunteer, fields + [FieldChange("phone", .text(bad))])) }) {
                if case .badPhone(field: "phone") = $0 { true } else { false }
            }
        }
        fields.append(FieldChange("phone", .text("138 1234 5678")))
        try apply(.create(.volunteer, fields))
        XCTAssertEqual(s.registry.text(s.registry.volunteers[VolunteerID(0)].phone), "13812345678")
        XCTAssertEqual(PhoneNumber.canonical("0755-88886666"), "0755-88886666")
        XCTAssertEqual(PhoneNumber.canonical("010 12345678"), "010-12345678")
        XCTAssertEqual(PhoneNumber.masked("13812345678"), "138****5678")
    }

    func testCreateNeedsRequiredFields() {
        assertRefused({ () throws(EditError) in try apply(.create(.compound, [FieldChange("name", .text("无社区小区"))])) }) {
            if case .missing(field: "community") = $0 { true } else { false }
        }
    }

    func testCompoundMustBeInTheVolunteersCommunity() throws {
        try apply(.create(.community, [FieldChange("name", .text("桂园社区"))]))
        assertRefused({ () throws(EditError) in
            try apply(.create(.volunteer, [FieldChange("name", .text("王芳")), FieldChange("community", .int(1)), FieldChange("compound", .int(0))]))
        }) { if case .invalid = $0 { true } else { false } }
    }

    func testDeletingACommunityWithCompoundsIsRefusedWithTheCount() throws {
        try apply(.create(.compound, [FieldChange("name", .text("第二小区")), FieldChange("community", .int(0))]))
        assertRefused({ () throws(EditError) in try apply(.delete(RecordRef(.community, 0), version: 1)) }) {
            if case .hasDependents(RecordRef(.community, 0), dependents: .compound, count: 2) = $0 { true } else { false }
        }
        do {
            try apply(.delete(RecordRef(.community, 0), version: 1))
        } catch {
            XCTAssertTrue(error.message.zh.contains("2"), error.message.zh)
        }
    }

    func testVersionConflict() throws {
        try apply(.update(compoundRef, version: 1, [FieldChange("households", .int(900))]))
        assertRefused({ () throws(EditError) in try apply(.update(compoundRef, version: 1, [FieldChange("households", .int(950))])) }) {
            if case .versionConflict(_, expected: 1, actual: 2) = $0 { true } else { false }
        }
        XCTAssertEqual(s.registry.compounds[CompoundID(0)].households, 900)
    }

    func testAppealDatesMustBeOrdered() {
        assertRefused({ () throws(EditError) in try apply(.create(.appeal, Fixtures.appealFields(received: now + 86_400))) }) {
            if case .datesOutOfOrder = $0 { true } else { false }
        }
    }

    func testPermissions() throws {
        assertRefused({ () throws(EditError) in try apply(.update(compoundRef, version: 1, [FieldChange("households", .int(1))]), by: s.supervisor) }) {
            if case .notPermitted(.supervisor) = $0 { true } else { false }
        }
        try apply(.create(.community, [FieldChange("name", .text("空社区"))]))
        assertRefused({ () throws(EditError) in try apply(.delete(RecordRef(.community, 1), version: 1), by: s.coordinator) }) {
            if case .notPermitted(.coordinator) = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try apply(.create(.user, Fixtures.user("x", "X", .admin)), by: s.coordinator) }) {
            if case .notPermitted(.coordinator) = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try apply(.update(compoundRef, version: 1, []), by: nil) }) {
            if case .notPermitted(nil) = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try apply(.update(compoundRef, version: 1, []), by: UserID(77)) }) {
            if case .notPermitted(nil) = $0 { true } else { false }
        }
        // Coordinators do edit records.
        try apply(.update(compoundRef, version: 1, [FieldChange("households", .int(1))]), by: s.coordinator)
    }

    func testUsersKeepOneAdminAndUniqueLogins() {
        assertRefused({ () throws(EditError) in try apply(.create(.user, Fixtures.user("lisi", "又一个李四", .coordinator))) }) {
            if case .invalid = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try apply(.update(RecordRef(.user, 0), version: 1, [FieldChange("role", .int(1))])) }) {
            if case .invalid = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in try apply(.delete(RecordRef(.user, 0), version: 1)) }) {
            if case .invalid = $0 { true } else { false }
        }
    }

    func testOnlyTheFirstAdminNeedsNoAuthor() {
        var empty = Registry()
        assertRefused({ () throws(EditError) in
            try empty.apply(.create(.community, [FieldChange("name", .text("社区"))]), by: nil, at: now)
        }) { if case .notPermitted(nil) = $0 { true } else { false } }
        assertRefused({ () throws(EditError) in
            try empty.apply(.create(.user, Fixtures.user("a", "A", .coordinator)), by: nil, at: now)
        }) { if case .notPermitted(nil) = $0 { true } else { false } }
    }

    func testServiceHoursAndProjectYear() throws {
        try apply(.create(.volunteer, [FieldChange("name", .text("张伟")), FieldChange("community", .int(0))]))
        assertRefused({ () throws(EditError) in
            try apply(.create(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(20_000)),
                                                FieldChange("activity", .text("义诊")), FieldChange("hours", .int(300))]))
        }) { if case .invalid = $0 { true } else { false } }
        assertRefused({ () throws(EditError) in
            try apply(.create(.project, [FieldChange("name", .text("改造")), FieldChange("community", .int(0)), FieldChange("year", .int(1900))]))
        }) { if case .invalid = $0 { true } else { false } }
    }

    func testSettingsVersionAndPermission() throws {
        var settings = s.registry.settings
        settings.streetName = "桂香街道"
        assertRefused({ () throws(EditError) in try apply(.changeSettings(version: 0, settings), by: s.coordinator) }) {
            if case .notPermitted(.coordinator) = $0 { true } else { false }
        }
        try apply(.changeSettings(version: 0, settings))
        assertRefused({ () throws(EditError) in try apply(.changeSettings(version: 0, settings)) }) {
            if case .versionConflict = $0 { true } else { false }
        }
    }
}
