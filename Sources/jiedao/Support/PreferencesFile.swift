import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TOMLKit

/// The user's remembered `:lang` and `:theme`, in `$XDG_CONFIG_HOME/jiedao/config.toml`
/// (`~/.config/jiedao/config.toml` when the variable is unset):
///
/// ```toml
/// language = "en"
/// theme = "light"
/// ```
enum PreferencesFile {
    static var directory: String {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? "") + "/.config")
        return config + "/jiedao"
    }

    static var path: String { directory + "/config.toml" }

    /// The remembered choices; a missing file is none, and a damaged one is none with a note.
    static func load() -> (preferences: UserPreferences, problem: Bilingual?) {
        guard case .text(let text) = TextFiles.read(path) else { return (UserPreferences(), nil) }
        guard let table = try? TOMLTable(string: text) else {
            return (UserPreferences(), Bilingual(zh: "\(path) 无法读取，已忽略（:lang 或 :theme 会重写它）",
                                                 en: "\(path) cannot be read and was ignored (:lang or :theme rewrites it)"))
        }
        let language = table["language"]?.string.flatMap(Language.init(rawValue:))
        let theme = table["theme"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        return (UserPreferences(language: language, theme: theme), nil)
    }

    /// Writes the file (and its folder) atomically.
    static func save(_ preferences: UserPreferences) throws(StoreError) {
        var lines = ["# Remembered by the dashboard's :lang and :theme."]
        if let language = preferences.language { lines.append("language = \"\(language.rawValue)\"") }
        if let theme = preferences.theme { lines.append("theme = \(TOMLString.quoted(theme))") }
        try TextFiles.makeDirectory(directory)
        try TextFiles.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: path)
    }
}

/// TOML basic strings, escaped.
enum TOMLString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
