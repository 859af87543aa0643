import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TOMLKit

/// The user's remembered `:lang`, `:theme` and saved views, in `$XDG_CONFIG_HOME/jiedao/config.toml`
/// (`~/.config/jiedao/config.toml` when the variable is unset):
///
/// ```toml
/// language = "en"
/// theme = "light"
///
/// [views."超期未办"]
/// pane = "appeals"
/// search = ""
/// sort = "deadline"
/// descending = false
/// filters = [{ column = "state", values = ["办理中"], zh = "办理中", en = "In progress" }]
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
        var views: [String: SavedView] = [:]
        if let saved = table["views"]?.table {
            for name in saved.keys {
                // A view that no longer reads (a pane or column renamed) is left out, not fatal.
                if let view = saved[name]?.table.flatMap(Self.view) { views[name] = view }
            }
        }
        return (UserPreferences(language: language, theme: theme, views: views), nil)
    }

    private static func view(_ table: TOMLTable) -> SavedView? {
        guard let pane = table["pane"]?.string.flatMap(SavedView.pane(named:)) else { return nil }
        var view = SavedView(pane: pane, search: table["search"]?.string ?? "")
        if let column = table["sort"]?.string.flatMap(ColumnID.init(rawValue:)) {
            view.sort = ColumnSort(column, table["descending"]?.bool == true ? .descending : .ascending)
        }
        for item in table["filters"]?.array ?? [] {
            guard let chip = item.table, let column = chip["column"]?.string.flatMap(ColumnID.init(rawValue:)) else { return nil }
            let values = (chip["values"]?.array ?? []).compactMap(\.string)
            let label = Bilingual(zh: chip["zh"]?.string ?? values.joined(separator: "|"), en: chip["en"]?.string ?? values.joined(separator: "|"))
            view.filters.append(FilterChip(column: column, values: values, label: label))
        }
        return view
    }

    /// Writes the file (and its folder) atomically.
    static func save(_ preferences: UserPreferences) throws(StoreError) {
        var lines = ["# Remembered by the dashboard's :lang, :theme and :view save."]
        if let language = preferences.language { lines.append("language = \"\(language.rawValue)\"") }
        if let theme = preferences.theme { lines.append("theme = \(TOMLString.quoted(theme))") }
        for name in preferences.views.keys.sorted() {
            guard let view = preferences.views[name] else { continue }
            lines.append("")
            lines.append("[views.\(TOMLString.quoted(name))]")
            lines.append("pane = \(TOMLString.quoted(view.paneName))")
            lines.append("search = \(TOMLString.quoted(view.search))")
            if let sort = view.sort {
                lines.append("sort = \(TOMLString.quoted(sort.column.rawValue))")
                lines.append("descending = \(sort.direction == .descending)")
            }
            let chips = view.filters.map { chip in
                "{ column = \(TOMLString.quoted(chip.column.rawValue)), values = [\(chip.values.map(TOMLString.quoted).joined(separator: ", "))], "
                    + "zh = \(TOMLString.quoted(chip.label.zh)), en = \(TOMLString.quoted(chip.label.en)) }"
            }
            lines.append("filters = [\(chips.joined(separator: ", "))]")
        }
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
