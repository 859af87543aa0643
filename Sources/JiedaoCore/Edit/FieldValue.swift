/// The value of one field in an ``Edit``: what a form, an import row or an undo carries.
///
/// Enumerations, references, sets and money travel as `.int`; dates as `.day`
/// (days since 1970-01-01 in the data set's time zone); instants as `.time`
/// (Unix seconds). `.none` clears an optional field.
public enum FieldValue: Hashable, Sendable, Codable {
    case none
    case int(Int64)
    case text(String)
    case bool(Bool)
    case day(Int32)
    case time(Int64)
}

/// One field set to one value, named by the field's stable key (see ``FieldSpec/key``).
public struct FieldChange: Hashable, Sendable, Codable {
    public var key: String
    public var value: FieldValue

    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }
}
