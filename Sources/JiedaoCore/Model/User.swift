/// 用户: an OS login allowed to use the data set, with a display name and a role.
///
/// A login that is not here opens the data read-only.
public struct User: Record, Hashable {
    public static let kind = EntityKind.user

    public var version: UInt32 = 0
    public var isDeleted = false
    /// The OS login name.
    public var login = TextRef.empty
    public var displayName = TextRef.empty
    public var role = Role.coordinator
    /// A coordinator's community (社区专职工作者): their edits stay within it. None: the whole street.
    public var community = CommunityID(noReference)
    /// A handler's department: they work the appeals dispatched to it.
    public var department = DepartmentID(noReference)

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case login, displayName = "name", role, community, department
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .login: FieldSpec("login", "登录名", "Login", .name)
        case .displayName: FieldSpec("name", "姓名", "Name", .name)
        case .role: FieldSpec("role", "角色", "Role", FieldSpec.options(Role.self))
        case .community: FieldSpec("community", "所属社区", "Community", .reference(.community, optional: true))
        case .department: FieldSpec("department", "所属部门", "Department", .reference(.department, optional: true))
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .login: texts.value(login)
        case .displayName: texts.value(displayName)
        case .role: .int(Int64(role.rawValue))
        case .community: .ref(community.raw)
        case .department: .ref(department.raw)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .login: login = texts.intern(value.textValue)
        case .displayName: displayName = texts.intern(value.textValue)
        case .role: role = Role(rawValue: UInt8(truncatingIfNeeded: value.intValue)) ?? .coordinator
        case .community: community = CommunityID(value.refValue)
        case .department: department = DepartmentID(value.refValue)
        }
    }
}
