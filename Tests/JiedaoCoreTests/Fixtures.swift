import JiedaoCore
import XCTest

/// Small data sets built through the real apply path.
enum Fixtures {
    /// 2026-11-27 10:00 in Shanghai.
    static let now: Int64 = 1_795_744_800

    struct Street {
        var registry = Registry()
        var admin = UserID(0)
        var coordinator = UserID(1)
        var supervisor = UserID(2)
        var community = CommunityID(0)
        var compound = CompoundID(0)
        var department = DepartmentID(0)
    }

    /// An admin, a coordinator, a supervisor, one community with one compound and one department.
    static func street() throws -> Street {
        var s = Street()
        try s.registry.apply(.create(.user, user("admin", "管理员", .admin)), by: nil, at: now)
        try s.registry.apply(.create(.user, user("lisi", "李四", .coordinator)), by: s.admin, at: now)
        try s.registry.apply(.create(.user, user("zhaoliu", "赵六", .supervisor)), by: s.admin, at: now)
        try s.registry.apply(.create(.community, [FieldChange("name", .text("侨香社区"))]), by: s.admin, at: now)
        try s.registry.apply(.create(.compound, [FieldChange("name", .text("锦绣花园")), FieldChange("community", .int(0)),
                                                 FieldChange("households", .int(800))]), by: s.admin, at: now)
        try s.registry.apply(.create(.department, [FieldChange("name", .text("城管局")), FieldChange("categories", .int(1))]), by: s.admin, at: now)
        return s
    }

    static func user(_ login: String, _ name: String, _ role: Role) -> [FieldChange] {
        [FieldChange("login", .text(login)), FieldChange("name", .text(name)), FieldChange("role", .int(Int64(role.rawValue)))]
    }

    static func appealFields(community: Int32 = 0, compound: Int32? = 0, received: Int64 = now - 3_600) -> [FieldChange] {
        [FieldChange("summary", .text("垃圾清运不及时")), FieldChange("received_at", .time(received)),
         FieldChange("community", .int(Int64(community))), FieldChange("compound", compound.map { .int(Int64($0)) } ?? .none),
         FieldChange("category", .int(0)), FieldChange("urgency", .int(2))]
    }
}

/// Everything a user could see of a registry, versions left out (they move forward on undo by design).
func contents(_ r: Registry) -> [String] { r.contentLines() }

extension XCTestCase {
    /// Asserts that `body` is refused with an error whose code satisfies `matches`.
    func assertRefused(_ body: () throws(EditError) -> Void, file: StaticString = #filePath, line: UInt = #line,
                       _ matches: (EditError.Code) -> Bool) {
        do {
            try body()
            XCTFail("expected a refusal", file: file, line: line)
        } catch {
            XCTAssertTrue(matches(error.code), "unexpected refusal \(error.code)", file: file, line: line)
            XCTAssertFalse(error.message.zh.isEmpty, file: file, line: line)
            XCTAssertFalse(error.message.en.isEmpty, file: file, line: line)
        }
    }
}
