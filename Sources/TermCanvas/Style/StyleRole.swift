/// A semantic colour role such as ``header`` or ``overdue``.
///
/// Widgets draw with roles, never with colours; a ``Theme`` maps each role to a
/// ``Style``. Dotted names refine a role: a theme without `"tab.active"` falls
/// back to `"tab"`, then to ``normal``.
///
/// ```swift
/// canvas.put("逾期 3", at: 0, y: 0, role: .overdue)
/// let role = StyleRole(parsing: "tab.active")   // .tabActive
/// ```
public struct StyleRole: Hashable, Sendable, CustomStringConvertible {
    /// The role's name as written in theme files, e.g. `"tab.active"`.
    public let name: String

    /// Creates a role with any name; use ``init(parsing:)`` to accept only known roles.
    public init(_ name: String) {
        self.name = name
    }

    /// The known role with this name, or `nil` when the name is not a known role.
    public init?(parsing name: String) {
        guard let role = StyleRole.allKnown.first(where: { $0.name == name }) else { return nil }
        self = role
    }

    /// The role this one falls back to: `"tab.active"` → `"tab"`; `nil` for a plain name.
    public var parent: StyleRole? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return StyleRole(String(name[..<dot]))
    }

    public var description: String { name }

    // MARK: Known roles

    /// Ordinary text.
    public static let normal = StyleRole("normal")
    /// Table headers.
    public static let header = StyleRole("header")
    /// Titles of boxes, dialogs and help sections.
    public static let title = StyleRole("title")
    /// Inactive tabs and the tab bar background.
    public static let tab = StyleRole("tab")
    /// The selected tab.
    public static let tabActive = StyleRole("tab.active")
    /// The selected table row.
    public static let selected = StyleRole("selected")
    /// Box borders and separators.
    public static let border = StyleRole("border")
    /// Secondary text.
    public static let muted = StyleRole("muted")
    /// Even less important text, such as placeholders.
    public static let dim = StyleRole("dim")
    /// Good news: done, on time.
    public static let ok = StyleRole("ok")
    /// Needs attention soon.
    public static let warning = StyleRole("warning")
    /// Past its deadline.
    public static let overdue = StyleRole("overdue")
    /// Errors, including form validation messages.
    public static let error = StyleRole("error")
    /// Sparklines, bar charts and progress bars.
    public static let chart = StyleRole("chart")
    /// Text fields.
    public static let input = StyleRole("input")
    /// The focused text field.
    public static let inputFocused = StyleRole("input.focused")
    /// The cell under a text field's cursor.
    public static let cursor = StyleRole("cursor")
    /// Key names in hints and help.
    public static let key = StyleRole("key")
    /// Field labels.
    public static let label = StyleRole("label")
    /// The status bar.
    public static let status = StyleRole("status")
    /// Dialog and overlay backgrounds.
    public static let dialog = StyleRole("dialog")
    /// Dialog buttons.
    public static let button = StyleRole("button")
    /// The focused dialog button.
    public static let buttonFocused = StyleRole("button.focused")

    /// Every role a theme file may name.
    public static let allKnown: [StyleRole] = [
        .normal, .header, .title, .tab, .tabActive, .selected, .border, .muted, .dim,
        .ok, .warning, .overdue, .error, .chart, .input, .inputFocused, .cursor, .key,
        .label, .status, .dialog, .button, .buttonFocused,
    ]
}
