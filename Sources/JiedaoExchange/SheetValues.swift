import JiedaoCore
import Foundation

/// The forms a spreadsheet turns typed values into, brought back to the forms
/// ``FieldText/parse(_:as:in:)`` reads: Excel on Chinese Windows saves `2027-06-30` as
/// `2027/6/30` and may save `800` as `800.0`.
enum SheetValues {
    /// `2027/6/30`, `2027-6-30`, `2027.6.30` or `2027年6月30日` → `2027-06-30`; anything else unchanged.
    static func isoDay(_ text: String) -> String {
        var parts: [Int] = []
        var digits = ""
        var separators = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if "/-.年月日".contains(character), !digits.isEmpty {
                guard let value = Int(digits) else { return text }
                parts.append(value)
                digits = ""
                separators += 1
            } else {
                return text
            }
        }
        if !digits.isEmpty, let value = Int(digits) { parts.append(value) }
        guard parts.count == 3, separators >= 2, (1000...9999).contains(parts[0]), parts[1] < 100, parts[2] < 100 else { return text }
        return String(parts[0]) + "-" + two(parts[1]) + "-" + two(parts[2])
    }

    /// The date part of `date time` as ``isoDay(_:)``; an ISO 8601 instant is left as it is.
    static func isoTime(_ text: String) -> String {
        guard !text.contains("T") else { return text }
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = parts.first else { return text }
        return ([isoDay(String(first))] + parts.dropFirst().map(String.init)).joined(separator: " ")
    }

    /// `800.0` → `800`: a whole number a spreadsheet wrote with decimals.
    static func wholeNumber(_ text: String) -> String {
        guard let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) else { return text }
        return String(text[..<dot])
    }

    /// Skills listed with 、 , ; or / between them, in either language (`Legal aid` has a space, so spaces do not separate).
    static func skills(_ text: String) -> Skills? {
        var result = Skills()
        for word in text.split(whereSeparator: { "、,，;；/".contains($0) }) {
            let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
            if wanted.isEmpty { continue }
            guard let match = Skills.catalogue.first(where: { $0.label.zh == wanted || $0.label.en.lowercased() == wanted }) else { return nil }
            result.insert(match.skill)
        }
        return result
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
