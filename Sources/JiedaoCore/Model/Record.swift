/// What every stored entity shares: a fixed-width value with a version and a
/// tombstone flag, whose fields are described by a ``FieldSpec`` table.
public protocol Record: Sendable {
    /// The record's fields; the raw value is the stable key of ``FieldSpec/key``.
    associatedtype Field: RawRepresentable, CaseIterable, Hashable, Sendable where Field.RawValue == String

    static var kind: EntityKind { get }
    /// The description of every field, in display order.
    static func spec(_ field: Field) -> FieldSpec

    /// Incremented by every change; an edit made against an older version is refused.
    var version: UInt32 { get set }
    /// Deleted records stay in place (IDs are dense) and are skipped everywhere.
    var isDeleted: Bool { get set }

    /// A record with every field at its default, before a create fills it.
    init()

    /// The field's value, with text read from `texts`.
    func value(_ field: Field, _ texts: TextStore) -> FieldValue
    /// Stores an already checked value (see ``FieldSpec/normalize(_:)``).
    mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore)
}

extension Record {
    /// The specs of every field in display order.
    public static var fieldSpecs: [FieldSpec] { Field.allCases.map { spec($0) } }

    /// The field for a stable key.
    public static func field(_ key: String) -> Field? { Field(rawValue: key) }

    /// Every field's value, for comparisons and exports.
    public func values(_ texts: TextStore) -> [FieldValue] {
        Field.allCases.map { value($0, texts) }
    }
}

// MARK: - Conversions used by the records' assign functions

extension FieldValue {
    var intValue: Int64 {
        switch self {
        case .int(let v): v
        case .time(let v): v
        case .day(let v): Int64(v)
        case .bool(let v): v ? 1 : 0
        case .none, .text: 0
        }
    }

    var textValue: String {
        if case .text(let text) = self { return text }
        return ""
    }

    var boolValue: Bool {
        switch self {
        case .bool(let v): v
        case .int(let v): v != 0
        default: false
        }
    }

    /// A reference field: `.none` is ``noReference``.
    var refValue: Int32 {
        if case .int(let v) = self { return Int32(truncatingIfNeeded: v) }
        return noReference
    }

    /// An optional day: `.none` is `Int32.min`.
    var dayValue: Int32 {
        if case .day(let v) = self { return v }
        return Int32.min
    }

    static func ref(_ id: Int32) -> FieldValue { id == noReference ? .none : .int(Int64(id)) }
    static func optionalDay(_ day: Int32) -> FieldValue { day == Int32.min ? .none : .day(day) }
}

extension TextStore {
    /// A text field's value; empty text is `.text("")`, never `.none`.
    func value(_ ref: TextRef) -> FieldValue { .text(string(ref)) }
}
