import JiedaoCore

/// What the dashboard remembers for its user between runs: the language and theme last chosen
/// with `:lang` and `:theme`, and the views saved with `:view save` (the program keeps them in
/// `$XDG_CONFIG_HOME/jiedao/config.toml`). Command-line options win over the language and
/// theme; they win over the locale and the default theme.
public struct UserPreferences: Equatable, Sendable {
    public var language: Language?
    public var theme: String?
    /// Saved views by name.
    public var views: [String: SavedView]

    public init(language: Language? = nil, theme: String? = nil, views: [String: SavedView] = [:]) {
        self.language = language
        self.theme = theme
        self.views = views
    }
}
