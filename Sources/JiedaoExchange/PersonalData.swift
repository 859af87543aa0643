import JiedaoCore
/// How exports hide personal data unless it is revealed (the same forms the dashboard shows).
public enum PersonalData {
    /// A person's name with all but the first character hidden: 张*, 欧阳** .
    public static func maskedName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }

    /// The value of a personal field as shown masked: phones 138****5678, names 张*.
    public static func masked(_ text: String, key: String) -> String {
        key == "phone" ? PhoneNumber.masked(text) : maskedName(text)
    }

    /// Whether a cell holds a masked value (a `*` where a digit or a name would be).
    public static func looksMasked(_ text: String) -> Bool { text.contains("*") }

    /// Whether a record has personal data that an unmasked export would show.
    public static func hasPersonalData(_ ref: RecordRef, in registry: Registry) -> Bool {
        guard let table = ExchangeTable(kind: ref.kind), !table.personalKeys.isEmpty,
              let values = Schema.values(of: ref, in: registry) else { return false }
        for (spec, value) in zip(Schema.fields(of: ref.kind), values) where table.personalKeys.contains(spec.key) {
            if case .text(let text) = value, !text.isEmpty { return true }
        }
        return false
    }
}
