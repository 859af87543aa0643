/// Maps semantic ``StyleRole``s to terminal ``Style``s.
///
/// A role missing from the theme falls back to its parent role (`"tab.active"` →
/// `"tab"`) and finally to ``StyleRole/normal``.
///
/// ```swift
/// let theme = try Theme(toml: text, file: "themes/light.toml")
/// let style = theme.style(for: .tabActive)
/// ```
public struct Theme: Equatable, Sendable {
    /// The theme's name, from its `name` key.
    public var name: String
    /// The styles the theme defines explicitly.
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, following the fallback chain.
    public func style(for role: StyleRole) -> Style {
        var current: StyleRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return styles[.normal] ?? .plain
    }

    /// The same theme with every colour reduced to what a terminal of `depth` can show.
    public func reduced(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: styles.mapValues { $0.reduced(to: depth) })
    }
}
