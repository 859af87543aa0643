/// 职能部门: a functional department that appeals are dispatched to, with the categories it handles.
public struct Department: Record, Hashable {
    public static let kind = EntityKind.department

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    /// Bit n set = handles the category with ID n (``AppealCategory/capacity`` bits).
    public var categories: UInt64 = 0
    public var phone = TextRef.empty
    /// 联系人: who at the department takes the street's dispatches.
    public var contact = TextRef.empty

    public init() {}

    /// Whether the department handles `category`.
    public func handles(_ category: CategoryID) -> Bool {
        (0..<Int32(AppealCategory.capacity)).contains(category.raw) && categories & (1 << UInt64(category.raw)) != 0
    }

    public enum Field: String, CaseIterable, Sendable {
        case name, contact, phone, categories
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "名称", "Name", .name)
        case .categories: FieldSpec("categories", "受理类别", "Categories", .categories)
        case .phone: FieldSpec("phone", "电话", "Phone", .phone(required: false))
        case .contact: FieldSpec("contact", "联系人", "Contact person", .text)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .categories: .int(Int64(bitPattern: categories))
        case .phone: texts.value(phone)
        case .contact: texts.value(contact)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .categories: categories = UInt64(bitPattern: value.intValue)
        case .phone: phone = texts.intern(value.textValue)
        case .contact: contact = texts.intern(value.textValue)
        }
    }
}
