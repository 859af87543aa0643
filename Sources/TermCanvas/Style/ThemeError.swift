/// Why a theme could not be loaded, with the file, line and key to fix.
///
/// `description` reads like a compiler message:
/// `themes/mine.toml:7: unknown role "hedaer"`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// No theme file with this name or path was found.
        case notFound
        /// The file exists but could not be read as UTF-8 text.
        case unreadable
        /// The text is not valid TOML; the parser's message.
        case syntax(String)
        /// A top-level key other than `name` and `roles`.
        case unknownKey
        /// A key under `[roles]` that is not a known ``StyleRole``.
        case unknownRole
        /// A role's value is not a table like `{ fg = "red", bold = true }`.
        case badRoleValue
        /// A colour that is not a name, an index 0–255 or `#rrggbb`.
        case badColor(String)
        /// An attribute that is unknown or not a boolean.
        case badAttribute
    }

    public var kind: Kind
    /// The theme file (as given to the parser or loader).
    public var file: String
    /// The 1-based line of the offending key, when it could be found.
    public var line: Int?
    /// The dotted key path, such as `roles.header.fg`.
    public var key: String?

    public init(kind: Kind, file: String, line: Int? = nil, key: String? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.key = key
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        let quotedKey = key.map { "\"\($0)\"" } ?? ""
        switch kind {
        case .notFound:
            return "\(location): theme not found"
        case .unreadable:
            return "\(location): cannot read theme file"
        case .syntax(let message):
            return "\(location): \(message)"
        case .unknownKey:
            return "\(location): unknown key \(quotedKey) (expected name or [roles])"
        case .unknownRole:
            let known = StyleRole.allKnown.map(\.name).joined(separator: ", ")
            return "\(location): unknown role \(quotedKey) (known roles: \(known))"
        case .badRoleValue:
            return "\(location): \(quotedKey) must be a table such as { fg = \"white\", bold = true }"
        case .badColor(let value):
            return "\(location): bad colour \(value) for \(quotedKey) (use a name, 0-255 or #rrggbb)"
        case .badAttribute:
            return "\(location): bad attribute \(quotedKey) (use fg, bg, bold, underline, reverse; flags are true or false)"
        }
    }
}
