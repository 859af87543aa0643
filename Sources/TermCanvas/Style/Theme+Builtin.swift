// MARK: - Built-in themes

extension Theme {
    /// The dark default theme; `themes/default.toml` holds the same styles.
    public static let builtinDefault = Theme(name: "default", styles: [
        .normal: Style(),
        .header: Style(foreground: .indexed(15), background: .indexed(24), bold: true),
        .title: Style(foreground: .indexed(14), bold: true),
        .tab: Style(foreground: .indexed(250), background: .indexed(236)),
        .tabActive: Style(foreground: .indexed(15), background: .indexed(25), bold: true),
        .selected: Style(foreground: .indexed(15), background: .indexed(31), bold: true),
        .border: Style(foreground: .indexed(240)),
        .muted: Style(foreground: .indexed(245)),
        .dim: Style(foreground: .indexed(240)),
        .ok: Style(foreground: .indexed(114)),
        .warning: Style(foreground: .indexed(214)),
        .overdue: Style(foreground: .indexed(203), bold: true),
        .error: Style(foreground: .indexed(9), bold: true),
        .chart: Style(foreground: .indexed(75)),
        .input: Style(foreground: .indexed(252), background: .indexed(236)),
        .inputFocused: Style(foreground: .indexed(15), background: .indexed(238)),
        .cursor: Style(reverse: true),
        .key: Style(foreground: .indexed(221), bold: true),
        .label: Style(foreground: .indexed(250)),
        .status: Style(foreground: .indexed(252), background: .indexed(237)),
        .dialog: Style(foreground: .indexed(252), background: .indexed(236)),
        .button: Style(foreground: .indexed(252), background: .indexed(238)),
        .buttonFocused: Style(foreground: .indexed(15), background: .indexed(25), bold: true),
    ])

    /// A theme without colours, for monochrome terminals; `themes/mono.toml` holds the same styles.
    public static let builtinMono = Theme(name: "mono", styles: [
        .normal: Style(),
        .header: Style(bold: true, underline: true),
        .title: Style(bold: true),
        .tabActive: Style(bold: true, reverse: true),
        .selected: Style(reverse: true),
        .overdue: Style(bold: true, underline: true),
        .warning: Style(bold: true),
        .error: Style(bold: true),
        .inputFocused: Style(underline: true),
        .cursor: Style(reverse: true),
        .key: Style(bold: true),
        .status: Style(reverse: true),
        .buttonFocused: Style(reverse: true),
    ])

    /// Themes available without any file.
    public static let builtins: [Theme] = [builtinDefault, builtinMono]

    /// The built-in theme with this name.
    public static func builtin(named name: String) -> Theme? {
        builtins.first { $0.name == name }
    }
}
