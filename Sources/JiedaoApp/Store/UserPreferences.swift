import JiedaoCore

/// What the dashboard remembers for its user between runs: the language and theme last chosen
/// with `:lang` and `:theme` (the program keeps them in `$XDG_CONFIG_HOME/jiedao/config.toml`).
/// Command-line options win over them; they win over the locale and the default theme.
public struct UserPreferences: Equatable, Sendable {
    public var language: Language?
    public var theme: String?

    public init(language: Language? = nil, theme: String? = nil) {
        self.language = language
        self.theme = theme
    }
}
