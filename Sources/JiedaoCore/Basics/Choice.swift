import Foundation

/// An enum stored as one byte in records and shown with a label in each language.
public protocol Choice: RawRepresentable, CaseIterable, Labelled, Hashable, Sendable, Codable
where RawValue == UInt8 {}

extension Choice {
    /// The case for a stored byte, or nil when the byte names no case.
    public static func decode(_ raw: UInt8) -> Self? { Self(rawValue: raw) }

    /// The case whose Chinese or English label (or raw number) equals `text`, ignoring case and spaces.
    public static func parse(_ text: String) -> Self? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { choice in
            choice.label.zh == wanted || choice.label.en.lowercased() == wanted
                || String(choice.rawValue) == wanted
        }
    }
}
