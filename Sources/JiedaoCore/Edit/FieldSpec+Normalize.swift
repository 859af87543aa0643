import Foundation

extension FieldSpec {
    /// Checks a value against the field's kind and returns it in canonical form
    /// (trimmed text, digits-only phone): the type-level half of validation.
    /// References are checked for existence by the registry. With `maskedText`, a phone that
    /// holds a `*` is a masked one from a data server and is kept as it is.
    public func normalize(_ value: FieldValue, maskedText: Bool = false) throws(EditError) -> FieldValue {
        if case .none = value {
            guard !isRequired else { throw EditError(.missing(field: key), field: label) }
            return .none
        }
        switch kind {
        case .name:
            guard case .text(let text) = value else { throw wrongType }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw EditError(.emptyName(field: key), field: label) }
            return .text(trimmed)
        case .text, .longText:
            guard case .text(let text) = value else { throw wrongType }
            return .text(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .phone(let required):
            guard case .text(let text) = value else { throw wrongType }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                guard !required else { throw EditError(.missing(field: key), field: label) }
                return .text("")
            }
            if maskedText, trimmed.contains("*") { return .text(trimmed) }
            guard let phone = PhoneNumber.canonical(trimmed) else {
                throw EditError(.badPhone(field: key), field: label)
            }
            return .text(phone)
        case .count, .money, .tenthsOfHour:
            guard case .int(let number) = value else { throw wrongType }
            guard number >= 0 else { throw EditError(.negative(field: key), field: label) }
            guard number <= Int64(Int32.max) || kindIsMoney else { throw EditError(.invalid("\(label.en) is too large"), field: label) }
            return value
        case .bool:
            if case .bool = value { return value }
            if case .int(let number) = value, number == 0 || number == 1 { return .bool(number == 1) }
            throw wrongType
        case .day:
            guard case .day = value else { throw wrongType }
            return value
        case .time:
            guard case .time = value else { throw wrongType }
            return value
        case .choice(let options):
            guard case .int(let raw) = value else { throw wrongType }
            guard options.contains(where: { Int64($0.raw) == raw }) else {
                throw EditError(.badChoice(field: key), field: label)
            }
            return value
        case .reference:
            guard case .int(let raw) = value else { throw wrongType }
            guard raw >= 0, raw <= Int64(Int32.max) else {
                throw EditError(.badChoice(field: key), field: label)
            }
            return value
        case .skills:
            guard case .int(let raw) = value else { throw wrongType }
            guard raw >= 0, raw <= Int64(UInt16.max) else { throw EditError(.badChoice(field: key), field: label) }
            return value
        case .categories:
            // A 64-bit mask of category IDs; the department's check refuses bits that name no category.
            guard case .int = value else { throw wrongType }
            return value
        }
    }

    private var wrongType: EditError { EditError(.wrongType(field: key), field: label) }

    private var kindIsMoney: Bool {
        if case .money = kind { return true }
        return false
    }
}
