/// The two languages every label and message exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// Chinese, the users' language, unless `LC_ALL`, `LC_MESSAGES` or `LANG` (the first that
    /// names a language) names another: `en_US.UTF-8` gives English. `C`, `POSIX` and
    /// `C.UTF-8` name no language, so they leave Chinese.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key]?.lowercased(), !value.isEmpty else { continue }
            let name = value.split(separator: ".").first.map(String.init) ?? value
            if name == "c" || name == "posix" { continue }
            return name.hasPrefix("zh") ? .zh : .en
        }
        return .zh
    }
}

/// A text in both languages.
public struct Bilingual: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// A value with a label in each language (enum cases, field names).
public protocol Labelled {
    var label: Bilingual { get }
}

extension Labelled {
    /// The label in `language`.
    public func label(_ language: Language) -> String { label.text(language) }
}

/// A bilingual message can be thrown or carried in a `Result`.
extension Bilingual: Error {}
