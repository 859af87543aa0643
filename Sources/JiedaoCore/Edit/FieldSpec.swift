/// What a field of a record holds and how it is checked; one table per entity
/// drives validation, forms, tables, import and export alike.
public struct FieldSpec: Sendable {
    /// What kind of value the field takes.
    public enum Kind: Sendable {
        /// Required text, non-empty after trimming.
        case name
        /// Optional single-line text.
        case text
        /// Optional multi-line text (descriptions).
        case longText
        /// A mainland mobile (1[3-9] + 9 digits) or landline number.
        case phone(required: Bool)
        /// A whole number, zero or more.
        case count
        /// CNY, zero or more.
        case money
        /// Hours in tenths (stored ×10).
        case tenthsOfHour
        case bool
        case day(optional: Bool)
        case time
        /// One case of a ``Choice`` enumeration; the options are its cases.
        case choice([(raw: UInt8, label: Bilingual)])
        /// A reference to another record by dense ID.
        case reference(EntityKind, optional: Bool)
        /// A set of ``Skills``.
        case skills
        /// A set of ``Category`` values (bit n = raw value n).
        case categories
    }

    /// The stable English key used in journals, exports and forms.
    public let key: String
    public let label: Bilingual
    public let kind: Kind
    public init(_ key: String, _ zh: String, _ en: String, _ kind: Kind) {
        self.key = key
        self.label = Bilingual(zh: zh, en: en)
        self.kind = kind
    }

    /// The options of a choice field built from its enumeration.
    public static func options<C: Choice>(_ type: C.Type) -> Kind {
        .choice(C.allCases.map { (raw: $0.rawValue, label: $0.label) })
    }

    /// Whether the field must have a value.
    public var isRequired: Bool {
        switch kind {
        case .name, .count, .money, .tenthsOfHour, .bool, .time, .choice, .skills, .categories: true
        case .phone(let required): required
        case .day(let optional), .reference(_, let optional): !optional
        case .text, .longText: false
        }
    }
}
